package org.sitrep.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.sitrep.store.IncidentSummary;

/**
 * Incidents as CSV in the spirit of ACLED's and GTD's exports: one row per incident, RFC 4180 quoting, a header row,
 * dates as ISO days with their precision in a column of its own, lists joined with "; ". Text that starts like a
 * spreadsheet formula ({@code = + @}, tab, CR) gets a leading apostrophe, since these cells come from untrusted
 * articles and analysts open exports in spreadsheets; no other value is changed.
 */
public final class IncidentCsv {
  public static final List<String> COLUMNS = List.of("event_id", "event_date", "date_precision", "type", "sub_type",
      "codes", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
      "fatalities", "fatalities_min", "fatalities_max", "injured", "hostages", "sources", "report_count", "notes");

  private IncidentCsv() {}

  public static void writeHeader(Writer out) {
    row(out, COLUMNS);
  }

  public static void write(Writer out, IncidentSummary incident) {
    row(out, ExportRow.of(incident).values());
  }

  private static void row(Writer out, List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) out.write(',');
        out.write(cell(cells.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || !v.equals(v.strip());
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  static String opt(Optional<?> o) { return o.map(String::valueOf).orElse(""); }
}
