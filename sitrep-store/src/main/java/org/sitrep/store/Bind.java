package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.domain.Evidence;

/** Binds a statement's parameters left to right; an empty Optional binds SQL NULL. The only way values reach SQL. */
final class Bind {
  private final PreparedStatement ps;
  private final Dialect dialect;
  private int i;

  Bind(PreparedStatement ps, Dialect dialect) {
    this.ps = ps;
    this.dialect = dialect;
  }

  Bind text(String s) throws SQLException {
    ps.setString(++i, s);
    return this;
  }

  Bind text(Optional<String> s) throws SQLException {
    if (s.isPresent()) return text(s.get());
    ps.setNull(++i, Types.VARCHAR);
    return this;
  }

  Bind wire(Enum<?> e) throws SQLException { return text(Wire.of(e)); }

  Bind wire(Optional<? extends Enum<?>> e) throws SQLException { return text(e.map(Wire::of)); }

  Bind integer(int n) throws SQLException {
    ps.setInt(++i, n);
    return this;
  }

  Bind integer(Optional<Integer> n) throws SQLException {
    if (n.isPresent()) return integer(n.get());
    ps.setNull(++i, Types.INTEGER);
    return this;
  }

  Bind id(long id) throws SQLException {
    ps.setLong(++i, id);
    return this;
  }

  Bind real(Optional<Double> d) throws SQLException {
    if (d.isPresent()) ps.setDouble(++i, d.get());
    else ps.setNull(++i, Types.DOUBLE);
    return this;
  }

  Bind bool(boolean b) throws SQLException {
    ps.setBoolean(++i, b);
    return this;
  }

  Bind date(LocalDate d) throws SQLException {
    dialect.bindDate(ps, ++i, d);
    return this;
  }

  Bind date(Optional<LocalDate> d) throws SQLException {
    dialect.bindDate(ps, ++i, d);
    return this;
  }

  Bind instant(Instant t) throws SQLException {
    dialect.bindInstant(ps, ++i, t);
    return this;
  }

  /** Four columns: start, end, sentence, text. */
  Bind evidence(Evidence e) throws SQLException {
    return integer(e.start()).integer(e.end()).integer(e.sentence()).text(e.text());
  }

  Bind evidence(Optional<Evidence> e) throws SQLException {
    return integer(e.map(Evidence::start)).integer(e.map(Evidence::end)).integer(e.map(Evidence::sentence))
        .text(e.map(Evidence::text));
  }

  /** Filter values built by a query: strings, longs and dates only. */
  Bind all(List<Object> values) throws SQLException {
    for (Object v : values) {
      if (v instanceof String s) text(s);
      else if (v instanceof Long n) id(n);
      else if (v instanceof Integer n) integer(n);
      else if (v instanceof LocalDate d) date(d);
      else throw new IllegalArgumentException("cannot bind " + v.getClass());
    }
    return this;
  }
}
