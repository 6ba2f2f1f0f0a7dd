package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.sitrep.domain.Document;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

/** Turns a {@link Source} into a {@link Document}: decodes and checks the bytes; bad input becomes a Problem. */
public final class DocumentReader {
  /** Default size limit: news articles are kilobytes; anything this big is not one article. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  private final int maxBytes;

  public DocumentReader(int maxBytes) { this.maxBytes = maxBytes; }

  public DocResult<Document> read(Source source) {
    byte[] bytes = source.bytes();
    if (bytes.length > maxBytes)
      return fail(source, ProblemCode.TOO_LARGE, bytes.length + " bytes; the limit is " + maxBytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) return fail(source, ProblemCode.EMPTY, "");
    Document doc = new Document(contentId(bytes), source.name(), source.sourceName(), source.published(), "en", text);
    return DocResult.ok(doc);
  }

  private static DocResult<Document> fail(Source source, ProblemCode code, String detail) {
    return DocResult.failed(new Problem(StageName.INGEST, code, source.name(), detail));
  }

  /** A short content hash: the same bytes always get the same id, whatever their file name. */
  static String contentId(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
