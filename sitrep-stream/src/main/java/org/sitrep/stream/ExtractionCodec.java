package org.sitrep.stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sitrep.domain.Extraction;

/**
 * Carries an {@link Extraction} between Flink tasks as JSON bytes. Flink's own fallback (Kryo) cannot rebuild the
 * domain's immutable lists, and the domain stays free of serialization concerns; records, optionals and dates map to
 * JSON one to one, and decoding goes through the records' constructors, so their checks run again. Unknown fields fail
 * the decode: both ends are always the same build. Thread-safe.
 */
public final class ExtractionCodec {
  private final ObjectMapper json = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public byte[] encode(Extraction x) {
    try {
      return json.writeValueAsBytes(x);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the extraction of " + x.document().path(), e);
    }
  }

  public Extraction decode(byte[] bytes) {
    try {
      return json.readValue(bytes, Extraction.class);
    } catch (IOException e) {
      // Both ends run the same build, so this is a bug, never bad input.
      throw new IllegalStateException("cannot decode an extraction this job encoded: " + e.getMessage(), e);
    }
  }
}
