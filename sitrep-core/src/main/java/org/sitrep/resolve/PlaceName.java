package org.sitrep.resolve;

import java.util.Optional;
import org.sitrep.domain.OneLine;

/**
 * A mention's text split into the name and the designator around it: "province of Baluchistan" and
 * "Baluchistan Province" both give the name "Baluchistan" and {@link Designator#PROVINCE}.
 */
record PlaceName(String name, Optional<Designator> designator) {
  static PlaceName parse(String text) {
    String t = OneLine.of(text.strip());
    int sp = t.indexOf(' ');
    if (sp > 0 && t.regionMatches(true, sp, " of ", 0, 4) && t.length() > sp + 4) {
      Optional<Designator> d = Designator.of(t.substring(0, sp));
      if (d.isPresent()) return new PlaceName(t.substring(sp + 4), d);
    }
    int last = t.lastIndexOf(' ');
    if (last > 0) {
      Optional<Designator> d = Designator.of(t.substring(last + 1));
      if (d.isPresent()) return new PlaceName(t.substring(0, last), d);
    }
    return new PlaceName(t, Optional.empty());
  }
}
