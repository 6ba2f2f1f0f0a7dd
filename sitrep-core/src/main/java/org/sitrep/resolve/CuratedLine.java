package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@code curated.tsv}, the hand-made complement to the generated index. Tab-separated, '#' comments:
 * <pre>
 * place      kind(A|P)  name  country  admin1  lat  lon  population   a place GeoNames lacks
 * alias      name  kind(C|A|P)  country  [place name]                  another name of an indexed place
 * adjective  word  kind(C|A|P)  country  [place name]                  a demonym or adjective and its place
 * adjective  word  -                                                   an adjective that names no one place
 * </pre>
 * A target of kind C is the country itself; of kind A or P, the most populous place of that kind, name and country.
 */
sealed interface CuratedLine {
  int line();

  /** What an alias or adjective points to. */
  record Target(PlaceKind kind, String country, String name) {
    public Target {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(name, "name");
    }
  }

  record Addition(Place place, int line) implements CuratedLine {}

  record Alias(String name, Target target, int line) implements CuratedLine {}

  record Adjective(String word, Optional<Target> target, int line) implements CuratedLine {}

  static List<CuratedLine> parse(String text) {
    List<CuratedLine> out = new ArrayList<>();
    int n = 0;
    for (String raw : text.split("\n", -1)) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      out.add(parse(line.split("\t", -1), n));
    }
    return List.copyOf(out);
  }

  private static CuratedLine parse(String[] f, int line) {
    try {
      return switch (f[0]) {
        case "place" -> {
          expect(f, 8, 8);
          PlaceKind kind = kind(f[1]);
          if (kind == PlaceKind.COUNTRY) throw new IllegalArgumentException("countries cannot be added");
          yield new Addition(new Place(f[2], kind, f[3], f[4].isEmpty() ? Optional.empty() : Optional.of(f[4]),
              Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7])), line);
        }
        case "alias" -> {
          expect(f, 4, 5);
          yield new Alias(f[1], target(f), line);
        }
        case "adjective" -> {
          if (f.length == 3 && f[2].equals("-")) yield new Adjective(f[1], Optional.empty(), line);
          expect(f, 4, 5);
          yield new Adjective(f[1], Optional.of(target(f)), line);
        }
        default -> throw new IllegalArgumentException("unknown line type " + f[0]);
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("curated line " + line + ": " + e.getMessage(), e);
    }
  }

  private static Target target(String[] f) {
    PlaceKind kind = kind(f[2]);
    if (kind != PlaceKind.COUNTRY && f.length < 5) throw new IllegalArgumentException("a place target needs a name");
    return new Target(kind, f[3], kind == PlaceKind.COUNTRY ? "" : f[4]);
  }

  private static PlaceKind kind(String code) {
    return switch (code) {
      case "C" -> PlaceKind.COUNTRY;
      case "A" -> PlaceKind.ADMIN1;
      case "P" -> PlaceKind.CITY;
      default -> throw new IllegalArgumentException("unknown kind " + code);
    };
  }

  private static void expect(String[] f, int min, int max) {
    if (f.length < min || f.length > max) {
      throw new IllegalArgumentException("expected " + min + (min == max ? "" : ".." + max) + " fields, got " + f.length);
    }
  }
}
