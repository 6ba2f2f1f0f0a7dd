package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.OneLine;
import org.sitrep.domain.Quote;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Quotations in news style and who said them. A quote gets its speaker from the reporting clause after it
 * ("…," said X / X said / he added), before it (X said "…", X vowed to "…", likening it to "…"), or, when it stands
 * alone, from the quote just before it. Pronouns go to the last person named; short quoted phrases with no reporting
 * clause are scare quotes, not quotations.
 */
final class QuoteExtractor {
  private static final Set<String> SPEECH = Set.of(
      "say", "tell", "add", "state", "note", "explain", "insist", "warn", "vow", "write", "tweet", "post", "declare",
      "announce", "claim", "describe", "liken", "call", "urge", "accuse", "recall", "continue", "ask", "argue",
      "reply", "respond", "confirm", "deny", "plead", "shout", "scream", "cry", "pledge", "promise",
      "stress", "emphasize", "emphasise", "comment", "remark", "complain", "admit", "acknowledge", "predict");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i");
  private static final int SCARE_QUOTE_MAX_WORDS = 4;

  private record Speaker(Optional<String> name, Optional<String> title, int offset) {}

  List<Quote> extract(NlpDoc doc) {
    String raw = doc.raw();
    List<Quote> out = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    Speaker previous = null;
    int previousSentence = -10;
    for (QuoteSpans.Span span : QuoteSpans.find(raw)) {
      Optional<Sentence> found = sentenceAt(doc, span.contentStart());
      if (found.isEmpty()) continue;
      Sentence s = found.get();
      List<Token> t = s.tokens();
      int open = tokenIndexAtOrAfter(t, span.start());
      // A long quotation may run over several sentences; its reporting clause follows the last of them.
      Sentence closing = sentenceAt(doc, Math.max(span.start(), span.end() - 1)).orElse(s);
      Speaker speaker = after(doc, closing, tokenIndexAtOrAfter(closing.tokens(), span.end()), titles);
      if (speaker == null) speaker = before(doc, s, open, span.start(), titles, previous, previousSentence);
      String content = raw.substring(span.contentStart(), span.contentEnd()).strip();
      int words = content.isEmpty() ? 0 : content.split("\\s+").length;
      if (speaker == null) {
        boolean standsAlone = open == 0 || (open == 1 && !t.get(0).isCapitalized());
        boolean continues = previous != null && s.index() - previousSentence <= 2 && standsAlone;
        if (continues) speaker = previous;
        else if (words <= SCARE_QUOTE_MAX_WORDS) continue;
      }
      String text = stripTrailingComma(content);
      int contentEnd = span.contentStart() + raw.substring(span.contentStart(), span.contentEnd()).stripTrailing().length();
      int contentStart = contentEnd - raw.substring(span.contentStart(), contentEnd).strip().length();
      Evidence ev = Evidence.of(raw, contentStart, contentEnd, s.index());
      Speaker sp = speaker == null ? new Speaker(Optional.empty(), Optional.empty(), span.start()) : speaker;
      Optional<String> title = sp.title().or(() -> sp.name().map(titles::get));
      out.add(new Quote(OneLine.of(text), sp.name(), title, ev));
      if (speaker != null) {
        previous = speaker;
        previousSentence = s.index();
      }
    }
    return out;
  }

  /** "…," said X / "…," X said / "…," he added / "…" according to X. */
  private Speaker after(NlpDoc doc, Sentence s, int close, Map<String, String> titles) {
    List<Token> t = s.tokens();
    int i = close;
    while (i < t.size() && isQuoteOrComma(t.get(i))) i++;
    if (i >= t.size()) return null;
    if (t.get(i).lower().equals("according") && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
      return phraseSpeaker(doc, s, i + 2, forwardEnd(t, i + 2), titles);
    }
    if (isSpeech(t.get(i))) {
      int end = forwardEnd(t, i + 1);
      Speaker named = appositivePerson(doc, s, i + 1, end, titles);
      return named != null ? named : phraseSpeaker(doc, s, i + 1, end, titles);
    }
    int limit = Math.min(t.size(), i + 14);
    int commas = 0;
    for (int k = i + 1; k < limit; k++) {
      if (isSpeech(t.get(k)) && t.get(k).pos().startsWith("VB")) {
        int end = t.get(k - 1).text().equals(",") ? k - 1 : k;
        int comma = firstComma(t, i, end);
        // "the group, Katiba Seno al-Jadida, said": the name in the appositive is the speaker, the phrase its title
        if (comma > i && comma + 1 < end) {
          Speaker named = phraseSpeaker(doc, s, comma + 1, end, titles);
          if (named != null) return named;
        }
        return phraseSpeaker(doc, s, i, end, titles);
      }
      if (t.get(k).text().equals(",") && ++commas <= 2) continue;
      if (!isNominal(t.get(k)) && !t.get(k).pos().equals("HYPH")) break;
    }
    return null;
  }

  /** X said "…" / X vowed to "…" / "…, likening it to the "…"" (the participle's subject is the clause's). */
  private Speaker before(NlpDoc doc, Sentence s, int open, int markStart, Map<String, String> titles, Speaker previous,
                         int previousSentence) {
    List<Token> t = s.tokens();
    for (int k = open - 1; k >= 0; k--) {
      Token tok = t.get(k);
      if (!isSpeech(tok) || !tok.pos().startsWith("VB")) continue;
      if (tok.pos().equals("VBG")) {
        // "he added, saying …" / "likening it to …": the subject of the finite reporting verb before it
        if (previous != null && previousSentence == s.index()) return previous;
        for (int j = k - 1; j >= 0; j--) {
          if (isSpeech(t.get(j)) && t.get(j).pos().startsWith("VB") && !t.get(j).pos().equals("VBG")) {
            return subjectOf(doc, s, j, titles);
          }
        }
        return null;
      }
      return subjectOf(doc, s, k, titles);
    }
    return null;
  }

  private Speaker subjectOf(NlpDoc doc, Sentence s, int verb, Map<String, String> titles) {
    List<Token> t = s.tokens();
    int start = verb;
    while (start > 0 && (isNominal(t.get(start - 1)) || t.get(start - 1).pos().equals("RB") && start - 1 > 0
        && isNominal(t.get(start - 2)))) {
      start--;
    }
    while (start < verb && t.get(start).pos().equals("RB")) start++;
    int end = verb;
    while (end > start && t.get(end - 1).pos().equals("RB")) end--;
    if (start >= end) return null;
    return phraseSpeaker(doc, s, start, end, titles);
  }

  private static int firstComma(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) if (t.get(k).text().equals(",")) return k;
    return -1;
  }

  /** "said a resident, Sita Gurung": the phrase is the title, the name after the comma the speaker. */
  private Speaker appositivePerson(NlpDoc doc, Sentence s, int from, int end, Map<String, String> titles) {
    List<Token> t = s.tokens();
    if (end >= t.size() || end <= from || !t.get(end).text().equals(",")) return null;
    for (EntityMention m : doc.mentionsIn(s.index())) {
      if (m.type() != EntityType.PERSON || m.firstToken() != end + 1) continue;
      int first = from;
      String article = t.get(first).lower();
      if (article.equals("a") || article.equals("an") || article.equals("the")) first++;
      if (first >= end) return null;
      String title = OneLine.of(doc.raw().substring(t.get(first).start(), t.get(end - 1).end()));
      String name = fullName(doc, m);
      titles.putIfAbsent(name, title);
      return new Speaker(Optional.of(name), Optional.of(title), t.get(from).start());
    }
    return null;
  }

  /** The speaker named by tokens [from, to): a person's full name with its title, a pronoun resolved, or the phrase. */
  private Speaker phraseSpeaker(NlpDoc doc, Sentence s, int from, int to, Map<String, String> titles) {
    List<Token> t = s.tokens();
    if (from >= to || from >= t.size()) return null;
    int offset = t.get(from).start();
    if (to - from == 1 && PRONOUNS.contains(t.get(from).lower())) {
      Optional<String> name = lastPersonBefore(doc, offset);
      return name.map(n -> new Speaker(Optional.of(n), Optional.ofNullable(titles.get(n)), offset)).orElse(null);
    }
    for (EntityMention m : doc.mentionsIn(s.index())) {
      if (m.type() != EntityType.PERSON || m.firstToken() < from || m.firstToken() >= to) continue;
      String name = fullName(doc, m);
      Optional<String> title = titleBefore(t, from, m.firstToken()).or(() -> appositive(doc.raw(), t, to));
      title.ifPresent(x -> titles.putIfAbsent(name, x));
      return new Speaker(Optional.of(name), title.or(() -> Optional.ofNullable(titles.get(name))), offset);
    }
    String phrase = OneLine.of(doc.raw().substring(t.get(from).start(), t.get(to - 1).end()));
    return new Speaker(Optional.of(phrase), Optional.empty(), offset);
  }

  /** "Pakistan's Prime Minister Shehbaz Sharif" → "Prime Minister": capitalised words before the name, after any owner. */
  private static Optional<String> titleBefore(List<Token> t, int from, int nameStart) {
    int start = nameStart;
    while (start > from && (t.get(start - 1).pos().startsWith("NN") || t.get(start - 1).pos().startsWith("JJ"))
        && !t.get(start - 1).pos().equals("POS")) {
      start--;
    }
    if (start == nameStart) return Optional.empty();
    StringBuilder b = new StringBuilder();
    for (int k = start; k < nameStart; k++) {
      if (k + 1 < nameStart && t.get(k + 1).pos().equals("POS")) { b.setLength(0); k++; continue; }
      if (b.length() > 0) b.append(' ');
      b.append(t.get(k).text());
    }
    return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
  }

  /** ", a Senior Associate Fellow at the S. Rajaratnam School …" → the phrase without its article. */
  private static Optional<String> appositive(String raw, List<Token> t, int afterName) {
    if (afterName + 1 >= t.size() || !t.get(afterName).text().equals(",")) return Optional.empty();
    int k = afterName + 1;
    String article = t.get(k).lower();
    if (article.equals("a") || article.equals("an") || article.equals("the")) k++;
    else if (!t.get(k).pos().startsWith("NN") && !t.get(k).pos().startsWith("JJ")) return Optional.empty();
    int end = k;
    while (end < t.size() && !t.get(end).text().equals(",") && !t.get(end).text().equals(".")
        && !t.get(end).pos().startsWith("VB") && !isQuoteOrComma(t.get(end))) {
      end++;
    }
    if (end <= k) return Optional.empty();
    return Optional.of(OneLine.of(raw.substring(t.get(k).start(), t.get(end - 1).end())));
  }

  /** The longest PERSON name in the document that ends with this mention's last word ("Basit" → "Abdul Basit"). */
  static String fullName(NlpDoc doc, EntityMention m) {
    String joined = hyphenated(doc, m);
    if (joined != null) return joined;
    String[] parts = m.text().split("\\s+");
    String last = parts[parts.length - 1];
    String best = OneLine.of(m.text());
    for (EntityMention other : doc.mentions()) {
      if (other.type() != EntityType.PERSON) continue;
      String text = OneLine.of(other.text());
      if (text.length() > best.length() && text.endsWith(" " + last)) best = text;
    }
    return best;
  }

  /** "Marie-Claude Pierre" when NER tagged only "Marie": the name runs on through hyphens and capitalised words. */
  private static String hyphenated(NlpDoc doc, EntityMention m) {
    List<Token> t = doc.sentences().get(m.sentence()).tokens();
    int k = m.lastToken();
    if (k + 1 >= t.size() || !t.get(k).text().equals("-") || t.get(k).start() != t.get(k - 1).end()) return null;
    while (k < t.size() && (t.get(k).text().equals("-") || t.get(k).isCapitalized() && t.get(k).pos().startsWith("NNP"))) k++;
    if (t.get(k - 1).text().equals("-")) k--;
    return OneLine.of(doc.raw().substring(t.get(m.firstToken()).start(), t.get(k - 1).end()));
  }

  static Optional<String> lastPersonBefore(NlpDoc doc, int offset) {
    EntityMention best = null;
    for (EntityMention m : doc.mentions()) {
      if (m.type() == EntityType.PERSON && m.end() <= offset && (best == null || m.start() > best.start())) best = m;
    }
    return Optional.ofNullable(best).map(m -> fullName(doc, m));
  }

  private static int forwardEnd(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && (isNominal(t.get(k)) || t.get(k).pos().equals("HYPH")
        || (t.get(k).lower().equals("of") && k > from))) k++;
    while (k > from && !(t.get(k - 1).pos().startsWith("NN") || t.get(k - 1).pos().equals("PRP"))) k--;
    return k;
  }

  private static boolean isNominal(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS") || pos.equals("PRP")
        || pos.equals("PRP$") || pos.equals("CD") || pos.equals("VBN");
  }

  private static boolean isSpeech(Token t) {
    return SPEECH.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) && t.pos().startsWith("VB");
  }

  private static boolean isQuoteOrComma(Token t) {
    String x = t.text();
    return x.equals(",") || x.equals("”") || x.equals("“") || x.equals("\"") || x.equals("''") || x.equals("``")
        || x.equals("’") || x.equals("‘");
  }

  private static String stripTrailingComma(String s) {
    String x = s.strip();
    while (x.endsWith(",")) x = x.substring(0, x.length() - 1).stripTrailing();
    return x;
  }

  private static Optional<Sentence> sentenceAt(NlpDoc doc, int offset) {
    for (Sentence s : doc.sentences()) if (offset >= s.start() && offset < s.end()) return Optional.of(s);
    return Optional.empty();
  }

  /** Index of the first token starting at or after {@code offset} (tokens.size() if none). */
  private static int tokenIndexAtOrAfter(List<Token> t, int offset) {
    for (int k = 0; k < t.size(); k++) if (t.get(k).start() >= offset) return k;
    return t.size();
  }
}
