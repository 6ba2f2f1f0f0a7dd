package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decoding that reports the first bad byte instead of replacing it: a silent U+FFFD would hide a wrong charset from
 * the user. The same rule as {@link DocumentReader}, for the readers that decode before they parse.
 */
final class StrictDecoding {
  private StrictDecoding() {}

  /** The text, or the offset (from the start of the array) of the first byte the charset rejects. */
  record Decoded(String text, int badByte) {
    boolean ok() { return badByte < 0; }
  }

  static Decoded decode(Charset charset, byte[] bytes, int from) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - from) * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) return new Decoded("", in.position());
    result = decoder.flush(out);
    if (result.isError()) return new Decoded("", in.position());
    return new Decoded(out.flip().toString(), -1);
  }

  /** The offset of the first NUL byte, or -1: no text format we read has one, so it means binary data or UTF-16. */
  static int firstNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) return i;
    }
    return -1;
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }
}
