package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sitrep.ingest.Source;

/**
 * A MUC-4 corpus line as sitrep reads it: the dateline goes back in front of the body, as the wire printed it
 * ("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- ..."), so that where and when the report was filed can place and date its
 * incidents the way they do in news; its date is the publication date.
 */
public final class Muc4Input {
  private Muc4Input() {}

  /** The report as a source, or any JSON line of {"id","dateline","text"}. */
  public static Source source(JsonNode doc, String fallbackId) {
    String id = doc.path("id").asText(fallbackId);
    String dateline = doc.path("dateline").path("raw").asText("").strip();
    String body = doc.path("text").asText("");
    String text = dateline.isEmpty() ? body : dateline + " -- " + body;
    return new Source(id, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), published(doc));
  }

  private static Optional<LocalDate> published(JsonNode doc) {
    String date = doc.path("dateline").path("date").asText("");
    try {
      return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      // an undated report is still read (and merged last): one bad key must not stop a corpus run
      System.err.println("sitrep: warning: " + doc.path("id").asText() + " has a malformed dateline date '" + date
          + "'; it is read as undated");
      return Optional.empty();
    }
  }
}
