package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.sitrep.store.IncidentSummary;

/**
 * Incidents as an RFC 7946 GeoJSON FeatureCollection, streamed: one Feature per incident, a Point in
 * [longitude, latitude] (WGS 84, no "crs" member, as the RFC requires) or a null geometry when the incident has no
 * coordinates (the RFC's "unlocated" feature, kept so the file lists what the CSV lists), the export columns as
 * properties, and the incident id as the feature id. Construct, {@link #write} each incident, then {@link #close} to end the collection.
 */
public final class IncidentGeoJson implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();
  /** Written as JSON numbers, so that QGIS and pandas see numbers; null when unknown. */
  private static final Set<String> NUMERIC = Set.of("event_id", "latitude", "longitude", "fatalities",
      "fatalities_min", "fatalities_max", "injured", "hostages", "report_count");
  private final JsonGenerator g;

  public IncidentGeoJson(OutputStream out) {
    try {
      g = JSON.createGenerator(out, JsonEncoding.UTF8);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(IncidentSummary incident) {
    ExportRow row = ExportRow.of(incident);
    try {
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      g.writeNumberField("id", row.id());
      if (row.latitude().isPresent() && row.longitude().isPresent()) {
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(round(row.longitude().get()));
        g.writeNumber(round(row.latitude().get()));
        g.writeEndArray();
        g.writeEndObject();
      } else {
        g.writeNullField("geometry");
      }
      g.writeObjectFieldStart("properties");
      List<String> values = row.values();
      for (int i = 0; i < IncidentCsv.COLUMNS.size(); i++) {
        String column = IncidentCsv.COLUMNS.get(i);
        String value = values.get(i);
        if (!NUMERIC.contains(column)) {
          g.writeStringField(column, value);
        } else if (value.isEmpty()) {
          g.writeNullField(column);
        } else {
          g.writeFieldName(column);
          g.writeNumber(value);   // Integer/Double.toString output: always a valid JSON number
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Six decimals (about 10 cm): the RFC recommends not implying more precision than the data has. */
  private static double round(double degrees) { return Math.round(degrees * 1e6) / 1e6; }

  @Override
  public void close() {
    try {
      g.writeEndArray();
      g.writeEndObject();
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
