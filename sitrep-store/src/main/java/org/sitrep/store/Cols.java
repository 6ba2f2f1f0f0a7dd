package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.sitrep.domain.Evidence;

/** Reads nullable columns into Optionals, and the four evidence columns into an {@link Evidence}. */
final class Cols {
  private Cols() {}

  static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
    int n = rs.getInt(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(n);
  }

  static Optional<Long> id(ResultSet rs, String column) throws SQLException {
    long n = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(n);
  }

  static Optional<Double> real(ResultSet rs, String column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(d);
  }

  static <E extends Enum<E>> E wire(ResultSet rs, String column, Class<E> type) throws SQLException {
    return Wire.parse(type, rs.getString(column));
  }

  static <E extends Enum<E>> Optional<E> optWire(ResultSet rs, String column, Class<E> type) throws SQLException {
    return text(rs, column).map(s -> Wire.parse(type, s));
  }

  /** The evidence in columns {@code prefix + "start"}, {@code "end"}, {@code "sentence"}, {@code "text"}. */
  static Evidence evidence(ResultSet rs, String prefix) throws SQLException {
    return optEvidence(rs, prefix).orElseThrow(() -> new IllegalStateException("no evidence in " + prefix + "*"));
  }

  static Optional<Evidence> optEvidence(ResultSet rs, String prefix) throws SQLException {
    Optional<Integer> start = integer(rs, prefix + "start");
    if (start.isEmpty()) return Optional.empty();
    return Optional.of(new Evidence(start.get(), rs.getInt(prefix + "end"), rs.getString(prefix + "text"),
        rs.getInt(prefix + "sentence")));
  }
}
