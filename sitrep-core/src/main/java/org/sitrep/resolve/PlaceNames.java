package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.List;

/** The one comparison form of place names: case-, accent- and punctuation-free, single-spaced. */
final class PlaceNames {
  private PlaceNames() {}

  /** "Côte d'Ivoire" -> "cote divoire"; "KHYBER-Pakhtunkhwa" -> "khyber pakhtunkhwa"; "Łódź" -> "lodz". */
  static String key(String name) {
    String d = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    boolean gap = false;
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.MODIFIER_LETTER
          || type == Character.MODIFIER_SYMBOL || isApostrophe(cp)) {
        continue;                                   // marks and apostrophes vanish: "d'Ivoire" == "dIvoire"
      }
      if (!Character.isLetterOrDigit(cp)) {
        gap = b.length() > 0;
        continue;
      }
      if (gap) b.append(' ');
      gap = false;
      fold(b, Character.toLowerCase(cp));
    }
    return b.toString();
  }

  /** Variants tried when a key finds nothing: "st louis" <-> "saint louis". */
  static List<String> variants(String key) {
    if (key.startsWith("st ")) return List.of("saint " + key.substring(3));
    if (key.startsWith("saint ")) return List.of("st " + key.substring(6));
    return List.of();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) return false;
    }
    return true;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '’' || cp == '‘' || cp == '`' || cp == 'ʼ' || cp == '′';
  }

  /** Appends the letter, spelling plainly those that do not decompose under NFD but that English writes plainly. */
  private static void fold(StringBuilder b, int cp) {
    switch (cp) {
      case 'ø' -> b.append('o');
      case 'ł' -> b.append('l');
      case 'đ', 'ð' -> b.append('d');
      case 'ħ' -> b.append('h');
      case 'ı' -> b.append('i');
      case 'æ' -> b.append("ae");
      case 'œ' -> b.append("oe");
      case 'ß' -> b.append("ss");
      case 'þ' -> b.append("th");
      default -> b.appendCodePoint(cp);
    }
  }
}
