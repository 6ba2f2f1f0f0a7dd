package org.sitrep.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.domain.ActorKind;

/**
 * Names of armed groups, state forces, government bodies and generic agents ("gunmen", "police"), each tied to
 * an {@link Actor} with a kind, a country and a CAMEO-style code. Built from the curated additions
 * ({@code actors-curated.tsv}, which win every clash) and the table derived from the Phoenix dictionaries
 * ({@code actors.tsv.gz}, see tools/actors/README.md). Immutable and safe to share; {@link #bundled()} reads the
 * resources each time it is called, so build it once and pass it around.
 *
 * <p>Names match regardless of case, accents, punctuation and a leading "the" ("al Shabaab" = "al-Shabaab"),
 * except acronyms ("BLA", "ELN", "LeT"), which {@link #find} matches only as written so that ordinary words
 * ("eta", "an") never become groups. Country names are not actors here: "Pakistan" alone finds nothing.
 */
public final class ActorDictionary {
  static final String PHOENIX = "actors.tsv.gz";
  static final String CURATED = "actors-curated.tsv";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("['\u2019\u2018`.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^0-9a-z]+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

  /** A name as it binds to an actor; caseSensitive names must appear in the text exactly as written. */
  private record Binding(Actor actor, String surface, boolean caseSensitive) {}

  /** One normalised word of a scanned token list and the tokens it came from. */
  private record Word(String text, int firstToken, int lastToken, boolean startsToken, boolean endsToken) {}

  private final List<Actor> actors;
  private final Map<String, Binding> byKey;
  private final Set<String> prefixes;

  private ActorDictionary(List<Actor> actors, Map<String, Binding> byKey, Set<String> prefixes) {
    this.actors = actors;
    this.byKey = byKey;
    this.prefixes = prefixes;
  }

  /**
   * The dictionary shipped in sitrep-core's jar: curated additions first, then the Phoenix-derived table.
   *
   * @throws IllegalStateException if a resource is missing or malformed: a packaging bug, not bad input
   */
  public static ActorDictionary bundled() {
    try (InputStream curated = ActorDictionary.class.getResourceAsStream(CURATED);
         InputStream phoenix = ActorDictionary.class.getResourceAsStream(PHOENIX)) {
      if (curated == null || phoenix == null) {
        throw new IllegalStateException("org/sitrep/resolve/" + (curated == null ? CURATED : PHOENIX)
            + " is not on the class path (see tools/actors/README.md)");
      }
      String curatedTsv = new String(curated.readAllBytes(), StandardCharsets.UTF_8);
      String phoenixTsv;
      try (InputStream in = new GZIPInputStream(phoenix, 1 << 15)) {
        phoenixTsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return of(List.of(curatedTsv, phoenixTsv));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled actor dictionary", e);
    }
  }

  /**
   * A dictionary from TSV texts (columns code, kind, country, name, aliases separated by '|'; '#' comments),
   * earlier texts and earlier rows winning any name they share with later ones.
   *
   * @throws IllegalArgumentException on a malformed row, naming its text and line
   */
  public static ActorDictionary of(List<String> tsvTexts) {
    List<Actor> actors = new ArrayList<>();
    Map<String, Binding> byKey = new HashMap<>();
    Set<String> prefixes = new HashSet<>();
    for (int t = 0; t < tsvTexts.size(); t++) {
      String[] lines = tsvTexts.get(t).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        Actor actor = parse(lines[i], t, i + 1);
        boolean bound = false;
        for (String surface : names(actor)) {
          String key = key(surface);
          if (key.isEmpty() || byKey.containsKey(key)) continue;
          byKey.put(key, new Binding(actor, surface, caseSensitive(surface)));
          addPrefixes(key, prefixes);
          bound = true;
        }
        if (bound) actors.add(actor);
      }
    }
    return new ActorDictionary(List.copyOf(actors), Map.copyOf(byKey), Set.copyOf(prefixes));
  }

  private static Actor parse(String line, int text, int lineNo) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 5) {
      throw new IllegalArgumentException("actor table " + text + " line " + lineNo + ": " + cols.length
          + " columns, expected 5: " + line);
    }
    ActorKind kind;
    try {
      kind = ActorKind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("actor table " + text + " line " + lineNo + ": unknown kind " + cols[1], e);
    }
    String country = cols[2].strip();
    List<String> aliases = cols[4].isBlank() ? List.of()
        : Arrays.stream(cols[4].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    return new Actor(cols[3].strip(), kind, country.isEmpty() ? Optional.empty() : Optional.of(country), aliases,
        cols[0].strip());
  }

  private static List<String> names(Actor actor) {
    List<String> names = new ArrayList<>(1 + actor.aliases().size());
    names.add(actor.name());
    names.addAll(actor.aliases());
    return names;
  }

  private static void addPrefixes(String key, Set<String> prefixes) {
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      prefixes.add(key.substring(0, i));
    }
  }

  /**
   * An acronym ("BLA", "ISIS-K", "M23") or a mixed-case short form ("LeT"): one word, no lower-case letter, or
   * a capital after a lower-case one. Such names stand for a group only when written that way.
   */
  static boolean caseSensitive(String surface) {
    String letters = NOT_ALNUM.matcher(surface).replaceAll("");
    if (surface.contains(" ") || letters.isEmpty() || letters.length() > 8) return false;
    if (letters.equals(letters.toUpperCase(Locale.ROOT))) return true;
    for (int i = 1; i < letters.length(); i++) {
      if (Character.isLowerCase(letters.charAt(i - 1)) && Character.isUpperCase(letters.charAt(i))) return true;
    }
    return false;
  }

  /** The matching key: no accents, lower case, apostrophes and dots dropped, other punctuation a space. */
  static String key(String text) {
    String k = words(text);
    return k.startsWith("the ") ? k.substring(4) : k.equals("the") ? "" : k;
  }

  private static String words(String text) {
    String s = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    s = DROPPED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    return SEPARATORS.matcher(s).replaceAll(" ").strip();
  }

  /** The actor a whole name stands for, ignoring case, accents, punctuation and a leading "the". */
  public Optional<Actor> lookup(String name) {
    Binding b = byKey.get(key(name));
    return b == null ? Optional.empty() : Optional.of(b.actor());
  }

  /** Whether two names stand for one particular actor; two names of a generic agent ("gunmen", "police") do not. */
  public boolean sameActor(String a, String b) {
    Optional<Actor> x = lookup(a);
    return x.isPresent() && !x.get().generic() && x.equals(lookup(b));
  }

  /**
   * Every actor name in a token sequence, scanning left to right and taking the longest name at each point;
   * matches never overlap and always start and end on token boundaries. Tokens may carry punctuation
   * ("al-Shabaab") or be split finely ("al", "-", "Shabaab"); a possessive token ("'s") joins the word before it,
   * so "Pakistan 's military" reads as "Pakistan's military".
   */
  public List<ActorMatch> find(List<String> tokens) {
    List<Word> words = words(tokens);
    List<ActorMatch> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int end = longestMatchEnd(words, i, tokens);
      if (end < 0) {
        i++;
        continue;
      }
      Binding b = byKey.get(join(words, i, end));
      found.add(new ActorMatch(words.get(i).firstToken(), words.get(end).lastToken() + 1, b.actor(), b.surface()));
      i = end + 1;
    }
    return Collections.unmodifiableList(found);
  }

  private int longestMatchEnd(List<Word> words, int start, List<String> tokens) {
    if (!words.get(start).startsToken()) return -1;
    int best = -1;
    StringBuilder phrase = new StringBuilder();
    for (int j = start; j < words.size(); j++) {
      if (j > start) phrase.append(' ');
      phrase.append(words.get(j).text());
      String key = phrase.toString();
      Binding b = byKey.get(key);
      if (b != null && words.get(j).endsToken() && writtenAsNamed(b, tokens, words.get(start), words.get(j))) {
        best = j;
      }
      if (!prefixes.contains(key)) break;
    }
    return best;
  }

  private static boolean writtenAsNamed(Binding b, List<String> tokens, Word first, Word last) {
    if (!b.caseSensitive()) return true;
    StringBuilder text = new StringBuilder();
    for (int t = first.firstToken(); t <= last.lastToken(); t++) text.append(tokens.get(t));
    return letters(text.toString()).equals(letters(b.surface()));
  }

  private static String letters(String s) {
    return NOT_ALNUM.matcher(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")).replaceAll("");
  }

  private static String join(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int j = from; j <= to; j++) {
      if (j > from) sb.append(' ');
      sb.append(words.get(j).text());
    }
    return sb.toString();
  }

  private static List<Word> words(List<String> tokens) {
    List<Word> out = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      String raw = tokens.get(t);
      String norm = words(raw);
      if (norm.isEmpty()) continue;
      if (norm.equals("s") && isPossessive(raw) && !out.isEmpty() && out.get(out.size() - 1).lastToken() == t - 1) {
        Word prev = out.remove(out.size() - 1);
        out.add(new Word(prev.text() + "s", prev.firstToken(), t, prev.startsToken(), true));
        continue;
      }
      String[] parts = norm.split(" ");
      for (int p = 0; p < parts.length; p++) {
        out.add(new Word(parts[p], t, t, p == 0, p == parts.length - 1));
      }
    }
    return out;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) return false;
    }
    return true;
  }

  private static boolean isPossessive(String raw) {
    String r = raw.strip();
    return r.length() == 2 && DROPPED.matcher(r.substring(0, 1)).matches();
  }

  /** Every actor that kept at least one name, curated ones first. */
  public List<Actor> actors() { return actors; }

  /** How many distinct names (after normalisation) the dictionary knows. */
  public int nameCount() { return byKey.size(); }
}
