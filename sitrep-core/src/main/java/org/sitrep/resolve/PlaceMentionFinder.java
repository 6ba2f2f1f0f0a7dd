package org.sitrep.resolve;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.OneLine;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the spans of an analysed document that name or imply places, in text order, never overlapping. Four
 * sources, strongest first where they overlap: a designated division ("province of Baluchistan", "Helmand
 * Province"); an NER LOCATION mention; a run of capitalised tokens that the gazetteer knows (NER misses some
 * places, "Quetta" among them); a demonym or adjective with a place ("Pakistani", "Baloch"). Runs inside PERSON or
 * ORGANIZATION mentions are skipped, except a known place that NER took for a person right after a spatial
 * preposition ("outside Djibo"), and so is a lone capitalised word that is only part of a longer name
 * ("Independence" in "Independence Day"). Month and weekday names are dates, not places ("on March 4" is not
 * March, Cambridgeshire), unless NER calls one a location away from any date. Says nothing about which place a
 * span means: {@link PlaceResolver} does.
 */
public final class PlaceMentionFinder {
  private static final int MAX_RUN = 6;
  /** A lone capitalised word that NER did not tag must name somewhere this big to count: "Police" (Poland) won't. */
  private static final long LONE_WORD_MIN_POPULATION = 20_000;
  private static final Set<String> CONNECTORS =
      Set.of("de", "del", "la", "las", "los", "el", "of", "the", "al", "da", "do", "dos", "das", "du", "des", "di", "y",
          "and", "upon", "on", "-");

  /** Month and weekday names, as the calendar spells them: never a place on their own. */
  private static final Set<String> CALENDAR_WORDS = Stream.concat(
          Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
          Stream.of(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
      .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  /** Prepositions after which a name is a place even when NER took it for a person: "outside Djibo". */
  private static final Set<String> SPATIAL = Set.of("in", "near", "outside", "inside", "around", "across", "between");
  /** Words that put a calendar word in a date: "on March 4", "since May", "last Friday". */
  private static final Set<String> DATE_CUES = Set.of("on", "since", "until", "till", "last", "next", "early", "late",
      "mid", "this", "by", "before", "after", "during", "every");

  /** Words that say which part of a place, and name a place only with a designator ("Eastern Province"). */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");
  private final Gazetteer gazetteer;

  public PlaceMentionFinder(Gazetteer gazetteer) { this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer"); }

  /** The document's place mentions in text order; each one's evidence is its raw-text span and sentence. */
  public List<PlaceMention> find(NlpDoc doc) {
    List<Span> spans = new ArrayList<>();
    for (Sentence s : doc.sentences()) spans.addAll(new SentenceScan(doc, s).spans());
    spans.sort(Comparator.comparingInt((Span sp) -> -sp.source.ordinal())
        .thenComparingInt(sp -> -(sp.end - sp.start)).thenComparingInt(sp -> sp.start));
    List<Span> kept = new ArrayList<>();
    // "the country's EASTERN region", "CENTRAL Bolivia": a bare compass word is a direction, not Ghana's Eastern Region.
    spans.removeIf(sp -> sp.source != Source.DESIGNATED
        && DIRECTIONS.contains(doc.span(sp.start, sp.end).strip().toLowerCase(java.util.Locale.ROOT)));
    for (Span sp : spans) {
      if (kept.stream().noneMatch(k -> k.start < sp.end && sp.start < k.end)) kept.add(sp);
    }
    kept.sort(Comparator.comparingInt(sp -> sp.start));
    return kept.stream()
        .map(sp -> new PlaceMention(OneLine.of(doc.span(sp.start, sp.end).strip()),
            Evidence.of(doc.raw(), sp.start, sp.end, sp.sentence)))
        .toList();
  }

  /** Where a span came from; later constants win overlaps. */
  private enum Source { ADJECTIVE, RUN, NER, DESIGNATED }

  private record Span(Source source, int sentence, int start, int end) {}

  /** The spans of one sentence. */
  private final class SentenceScan {
    private final NlpDoc doc;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final boolean[] inPersonOrOrg;
    private final List<EntityMention> locations = new ArrayList<>();

    SentenceScan(NlpDoc doc, Sentence sentence) {
      this.doc = doc;
      this.sentence = sentence;
      this.tokens = sentence.tokens();
      this.inPersonOrOrg = new boolean[tokens.size()];
      for (EntityMention m : doc.mentionsIn(sentence.index())) {
        if (m.type() == EntityType.LOCATION) locations.add(m);
        if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
          for (int i = Math.max(0, m.firstToken()); i < Math.min(tokens.size(), m.lastToken()); i++) inPersonOrOrg[i] = true;
        }
      }
    }

    List<Span> spans() {
      List<Span> out = new ArrayList<>();
      for (EntityMention m : locations) {
        if (!isDate(m.firstToken(), m.lastToken())) out.add(new Span(Source.NER, sentence.index(), m.start(), m.end()));
      }
      placesTakenForPeople(out);
      designated(out);
      runs(out);
      adjectives(out);
      return out;
    }

    /**
     * "X province" and "province of X", where X is a known place or an NER location; NER's span may take the
     * designator in ("Villa El Salvador District"), and then its whole name is the name, not the known "El Salvador".
     */
    private void designated(List<Span> out) {
      for (int k = 0; k < tokens.size(); k++) {
        if (Designator.of(tokens.get(k).text()).isEmpty()) continue;
        for (int i = Math.max(0, k - MAX_RUN); i < k; i++) {                 // longest name first
          if (isName(i, k)
              && (knownPlace(i, k) || knownPlace(i, k + 1) || isLocation(i, k) || isLocation(i, k + 1))) {
            out.add(span(Source.DESIGNATED, i, k + 1));
            break;
          }
        }
        if (k + 2 < tokens.size() && tokens.get(k + 1).lower().equals("of")) {
          for (int j = Math.min(tokens.size(), k + 2 + MAX_RUN); j > k + 2; j--) {
            if (isName(k + 2, j) && (knownPlace(k + 2, j) || knownPlace(k, j) || isLocation(k + 2, j))) {
              out.add(span(Source.DESIGNATED, k, j));
              break;
            }
          }
        }
      }
    }

    /** A one-word NER location that is a month or weekday next to a number or a date word: "on March 4". */
    private boolean isDate(int from, int to) {
      if (to - from != 1 || !isCalendarWord(from)) return false;
      boolean numberNext = (from > 0 && tokens.get(from - 1).pos().equals("CD"))
          || (to < tokens.size() && tokens.get(to).pos().equals("CD"));
      return numberNext || (from > 0 && DATE_CUES.contains(tokens.get(from - 1).lower()));
    }

    private boolean isCalendarWord(int i) { return CALENDAR_WORDS.contains(tokens.get(i).lower()); }

    /** A PERSON mention that names a known place right after a spatial preposition: "outside Djibo". */
    private void placesTakenForPeople(List<Span> out) {
      for (EntityMention m : doc.mentionsIn(sentence.index())) {
        int from = m.firstToken();
        int to = Math.min(tokens.size(), m.lastToken());
        if (m.type() != EntityType.PERSON || from < 1 || from >= to) continue;
        if (SPATIAL.contains(tokens.get(from - 1).lower()) && knownPlace(from, to)) {
          out.add(span(Source.RUN, from, to));
        }
      }
    }

    /** Capitalised token runs that the gazetteer knows, longest first. */
    private void runs(List<Span> out) {
      for (int i = 0; i < tokens.size(); i++) {
        if (!startsName(i)) continue;
        int longest = i;
        while (longest < tokens.size() && longest - i < MAX_RUN && !inPersonOrOrg[longest]
            && (tokens.get(longest).isCapitalized() || CONNECTORS.contains(tokens.get(longest).lower()))) {
          longest++;
        }
        for (int j = longest; j > i; j--) {
          if (!isName(i, j) || !knownPlace(i, j)) continue;
          if (j - i == 1 && (isCalendarWord(i) || !loneWordCounts(i))) break;
          out.add(span(Source.RUN, i, j));
          i = j - 1;
          break;
        }
      }
    }

    /**
     * Demonyms and adjectives with a place, two-word ones first ("South African", "Saudi Arabian"); a two-word one
     * that names no one place ("Central American") is no mention, and its last word is not read alone as a country's.
     */
    private void adjectives(List<Span> out) {
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).isCapitalized() || inPerson(i)) continue;
        boolean pair = i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized();
        if (pair && adjective(i, i + 2)) {
          out.add(span(Source.ADJECTIVE, i, i + 2));
          i++;
        } else if (pair && gazetteer.isAdjective(text(i, i + 2))) {
          i++;
        } else if (adjective(i, i + 1)) {
          out.add(span(Source.ADJECTIVE, i, i + 1));
        }
      }
    }

    private boolean adjective(int from, int to) { return gazetteer.placeOfAdjective(text(from, to)).isPresent(); }

    private boolean inPerson(int i) {
      return doc.mentionsIn(sentence.index()).stream().anyMatch(m -> m.type() == EntityType.PERSON
          && m.firstToken() <= i && i < m.lastToken());
    }

    /** A lone word NER did not tag as a location counts only as a whole proper noun naming somewhere big. */
    private boolean loneWordCounts(int i) {
      Token t = tokens.get(i);
      if (isLocation(i, i + 1)) return true;
      if (i + 1 < tokens.size() && isProperNoun(i + 1)) return false;
      if (i > 0 && isProperNoun(i - 1)) return false;
      if (!isProperNoun(i) || gazetteer.isAdjective(t.text())) return false;
      Optional<Place> top = gazetteer.lookup(t.text()).stream().findFirst();
      return top.isPresent() && (top.get().kind() != PlaceKind.CITY || top.get().population() >= LONE_WORD_MIN_POPULATION);
    }

    private boolean isProperNoun(int i) {
      return tokens.get(i).isCapitalized() && tokens.get(i).pos().startsWith("NNP");
    }

    private boolean startsName(int i) {
      Token t = tokens.get(i);
      return t.isCapitalized() && !inPersonOrOrg[i] && Character.isLetter(t.text().charAt(0));
    }

    /** Tokens [from, to) look like a name: capitalised ends, capitalised words or connectors between. */
    private boolean isName(int from, int to) {
      if (to <= from || !tokens.get(from).isCapitalized() || !tokens.get(to - 1).isCapitalized()) return false;
      for (int i = from; i < to; i++) {
        Token t = tokens.get(i);
        if (inPersonOrOrg[i] || !(t.isCapitalized() || CONNECTORS.contains(t.lower()))) return false;
      }
      return true;
    }

    private boolean knownPlace(int from, int to) { return gazetteer.knows(text(from, to)); }

    private boolean isLocation(int from, int to) {
      return locations.stream().anyMatch(m -> m.firstToken() == from && m.lastToken() == to);
    }

    private String text(int from, int to) { return doc.span(tokens.get(from).start(), tokens.get(to - 1).end()); }

    private Span span(Source source, int from, int to) {
      return new Span(source, sentence.index(), tokens.get(from).start(), tokens.get(to - 1).end());
    }
  }
}
