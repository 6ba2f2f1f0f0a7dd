package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.domain.OneLine;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The organisations a document names and the short forms it introduces for them: "Baloch Liberation Army (BLA)"
 * makes "BLA" an alias, so later mentions of either name the same actor.
 */
public final class ActorAliases {
  private final Map<String, List<String>> aliasesByName = new LinkedHashMap<>();
  private final Map<String, String> nameByAlias = new HashMap<>();

  static ActorAliases of(NlpDoc doc) {
    ActorAliases a = new ActorAliases();
    for (EntityMention m : doc.mentions()) {
      if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC) continue;
      Sentence s = doc.sentences().get(m.sentence());
      List<Token> t = s.tokens();
      int k = m.lastToken();
      if (k + 2 < t.size() && opens(t.get(k)) && closes(t.get(k + 2))) {
        String shortForm = t.get(k + 1).text();
        if (isAcronymOf(shortForm, m.text())) a.add(clean(m.text()), shortForm);
      }
      // a translator's expansion: "the FMLN [Farabundo Marti National Liberation Front]"
      if (k + 1 < t.size() && opens(t.get(k))) {
        for (EntityMention full : doc.mentionsIn(m.sentence())) {
          if (full.firstToken() == k + 1 && full.lastToken() < t.size() && closes(t.get(full.lastToken()))
              && isAcronymOf(clean(m.text()), full.text())) {
            a.add(clean(full.text()), clean(m.text()));
          }
        }
      }
    }
    return a;
  }

  private static boolean opens(Token t) { return t.text().equals("(") || t.text().equals("["); }

  private static boolean closes(Token t) { return t.text().equals(")") || t.text().equals("]"); }

  private void add(String name, String alias) {
    aliasesByName.computeIfAbsent(name, n -> new ArrayList<>());
    if (!aliasesByName.get(name).contains(alias)) aliasesByName.get(name).add(alias);
    nameByAlias.put(alias, name);
  }

  /** The canonical name for a mention's text ("BLA" → "Baloch Liberation Army"). */
  String canonical(String text) {
    String c = clean(text);
    return nameByAlias.getOrDefault(c, c);
  }

  List<String> aliasesOf(String canonical) { return aliasesByName.getOrDefault(canonical, List.of()); }

  Optional<String> nameOfAlias(String alias) { return Optional.ofNullable(nameByAlias.get(alias)); }

  static String clean(String text) { return OneLine.of(text).replaceFirst("^(?i)the ", "").strip(); }

  /** "BLA" abbreviates "Baloch Liberation Army": its letters are the initials, in order (small words may be skipped). */
  public static boolean isAcronymOf(String shortForm, String name) {
    if (shortForm.length() < 2 || shortForm.length() > 8 || !shortForm.equals(shortForm.toUpperCase())) return false;
    String letters = shortForm.replaceAll("[^A-Za-z]", "").toUpperCase();
    String[] words = name.replaceAll("[-’']", " ").trim().split("\\s+");
    int w = 0;
    boolean ordered = true;
    for (int i = 0; i < letters.length() && ordered; i++) {
      while (w < words.length && (words[w].isEmpty() || Character.toUpperCase(words[w].charAt(0)) != letters.charAt(i))) w++;
      if (w >= words.length) ordered = false;
      w++;
    }
    return ordered || translatedAcronym(letters, words);
  }

  /**
   * Acronyms kept from the original language cover the translated name's initials in another order: "FMLN" for
   * "Farabundo Marti National Liberation Front". Every letter must use a distinct initial, the first letter the first, with at most one initial left over.
   */
  private static boolean translatedAcronym(String letters, String[] words) {
    if (words.length == 0 || words[0].isEmpty() || Character.toUpperCase(words[0].charAt(0)) != letters.charAt(0)) {
      return false;
    }
    List<Character> initials = new ArrayList<>();
    for (String word : words) if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) initials.add(word.charAt(0));
    if (initials.size() < letters.length() || initials.size() > letters.length() + 1) return false;
    for (char c : letters.toCharArray()) if (!initials.remove((Character) c)) return false;
    return true;
  }
}
