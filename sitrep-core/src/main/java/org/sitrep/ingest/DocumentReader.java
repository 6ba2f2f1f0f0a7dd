package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.domain.Document;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

/**
 * Turns a {@link Source} into a {@link Document}: checks size, rejects binary data, decodes strictly as UTF-8 (a BOM is
 * dropped) and falls back to Windows-1252 with a warning. {@link Document#text()} is exactly the decoded text, so
 * evidence offsets point into it. Bad input becomes a {@link Problem} naming the source; this never throws on bytes.
 * Stateless and safe to share between threads.
 */
public final class DocumentReader {
  /** Default size limit: news articles are kilobytes; anything this big is not one article. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  /** Above this share of control characters (other than tab, CR, LF, FF) the input is not prose. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final int maxBytes;

  public DocumentReader(int maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    this.maxBytes = maxBytes;
  }

  /** The problem with an input of {@code bytes} bytes, if it is too large: lets callers refuse before reading it. */
  public Optional<Problem> sizeProblem(String name, long bytes) {
    if (bytes <= maxBytes) return Optional.empty();
    return Optional.of(new Problem(StageName.INGEST, ProblemCode.TOO_LARGE, name,
        size(bytes) + "; the limit is " + size(maxBytes)));
  }

  public DocResult<Document> read(Source source) {
    byte[] bytes = source.bytes();
    Optional<Problem> tooLarge = sizeProblem(source.name(), bytes.length);
    if (tooLarge.isPresent()) return DocResult.failed(tooLarge.get());
    if (bytes.length == 0) return fail(source, ProblemCode.EMPTY, "0 bytes");
    Optional<String> binary = binaryEvidence(bytes);
    if (binary.isPresent()) return fail(source, ProblemCode.BINARY, binary.get());

    int bom = hasUtf8Bom(bytes) ? 3 : 0;
    Decoded utf8 = decode(StandardCharsets.UTF_8, bytes, bom);
    String text = utf8.text();
    List<Problem> warnings = List.of();
    if (!utf8.ok()) {
      Decoded cp1252 = decode(WINDOWS_1252, bytes, bom);
      if (!cp1252.ok()) {
        return fail(source, ProblemCode.UNDECODABLE, "invalid UTF-8 at byte offset " + utf8.badByte() + ", and byte "
            + hex(bytes[cp1252.badByte()]) + " at offset " + cp1252.badByte() + " is not Windows-1252");
      }
      text = cp1252.text();
      warnings = List.of(problem(source, ProblemCode.DECODED_AS_WINDOWS_1252,
          "first invalid UTF-8 byte at offset " + utf8.badByte()));
    }
    if (TextChars.isBlank(text))
      return fail(source, ProblemCode.EMPTY, "nothing but whitespace in " + size(bytes.length));
    Document doc = new Document(contentId(bytes), source.name(), source.sourceName(), source.published(), "en", text,
        source.url(), source.title());
    return new DocResult.Ok<>(doc, warnings);
  }

  /**
   * Why the bytes look binary, or empty when they look like text: any NUL byte (which also catches UTF-16, which we do
   * not read), or too many other control characters.
   */
  private static Optional<String> binaryEvidence(byte[] bytes) {
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("NUL byte at offset " + i
            + (looksUtf16(bytes) ? "; it looks like UTF-16, save it as UTF-8" : ""));
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) controls++;
    }
    if (controls > bytes.length * MAX_CONTROL_SHARE) {
      return Optional.of(String.format(Locale.ROOT, "%d of %d bytes are control characters", controls, bytes.length));
    }
    return Optional.empty();
  }

  private static boolean looksUtf16(byte[] bytes) {
    return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  /** A strict decoding: the text, or the offset of the first byte the charset rejects ({@code badByte >= 0}). */
  private record Decoded(String text, int badByte) {
    boolean ok() { return badByte < 0; }
  }

  private static Decoded decode(Charset charset, byte[] bytes, int from) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    // Neither UTF-8 nor Windows-1252 makes more chars than bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) return new Decoded("", in.position());
    result = decoder.flush(out);
    if (result.isError()) return new Decoded("", in.position());
    return new Decoded(out.flip().toString(), -1);
  }

  private static String hex(byte b) { return String.format(Locale.ROOT, "0x%02X", b & 0xFF); }

  private static String size(long bytes) {
    return String.format(Locale.ROOT, "%d bytes (%.1f MiB)", bytes, bytes / (1024.0 * 1024.0));
  }

  private static Problem problem(Source source, ProblemCode code, String detail) {
    return new Problem(StageName.INGEST, code, source.name(), detail);
  }

  private static DocResult<Document> fail(Source source, ProblemCode code, String detail) {
    return DocResult.failed(problem(source, code, detail));
  }

  /** A short content hash: the same bytes always get the same id, whatever their file name. */
  public static String contentId(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
