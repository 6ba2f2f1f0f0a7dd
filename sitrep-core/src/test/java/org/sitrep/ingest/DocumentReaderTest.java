package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Document;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;
import org.sitrep.pipeline.StageName;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  private Document readOk(String name, byte[] bytes) {
    DocResult<Document> result = reader.read(Source.of(name, bytes));
    assertThat(result).isInstanceOf(DocResult.Ok.class);
    DocResult.Ok<Document> ok = (DocResult.Ok<Document>) result;
    assertThat(ok.warnings()).isEmpty();
    return ok.value();
  }

  private Problem readFailing(String name, byte[] bytes, ProblemCode expected) {
    return readFailing(reader, name, bytes, expected);
  }

  private static Problem readFailing(DocumentReader reader, String name, byte[] bytes, ProblemCode expected) {
    DocResult<Document> result = reader.read(Source.of(name, bytes));
    assertThat(result).isInstanceOf(DocResult.Failed.class);
    Problem p = ((DocResult.Failed<Document>) result).problems().get(0);
    assertThat(p.code()).isEqualTo(expected);
    assertThat(p.stage()).isEqualTo(StageName.INGEST);
    assertThat(p.input()).isEqualTo(name);
    assertThat(p.oneLine()).startsWith(name + " " + expected.message()).doesNotContain("\n");
    return p;
  }

  @Test
  void readsUtf8TextExactly() {
    String text = "Pakistan’s military said “27 hostages” were killed – café.\r\n";
    Document doc = readOk("a.txt", utf8(text));
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.path()).isEqualTo("a.txt");
    assertThat(doc.language()).isEqualTo("en");
  }

  @Test
  void carriesWhatTheCallerKnowsAboutTheSource() {
    Source source = new Source("feed:42", utf8("Text."), Optional.of("CNN"), Optional.of(LocalDate.of(2025, 3, 12)));
    Document doc = ((DocResult.Ok<Document>) reader.read(source)).value();
    assertThat(doc.source()).contains("CNN");
    assertThat(doc.published()).contains(LocalDate.of(2025, 3, 12));
  }

  @Test
  void idIsAContentHashIndependentOfTheName() {
    assertThat(readOk("a.txt", utf8("Same text.")).id())
        .isEqualTo(readOk("b.txt", utf8("Same text.")).id())
        .isNotEqualTo(readOk("a.txt", utf8("Other text.")).id())
        .hasSize(16);
  }

  @Test
  void stripsAUtf8ByteOrderMark() {
    Document doc = readOk("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), utf8("Hello “there”.")));
    assertThat(doc.text()).isEqualTo("Hello “there”.");
  }

  @Test
  void emptyInputIsRejected() {
    Problem p = readFailing("empty.txt", new byte[0], ProblemCode.EMPTY);
    assertThat(p.oneLine()).isEqualTo("empty.txt is empty (0 bytes)");
  }

  @Test
  void whitespaceOnlyInputIsRejected() {
    readFailing("blank.txt", utf8("  \n\t \r\n\f "), ProblemCode.EMPTY);
    readFailing("nbsp.txt", utf8("\u00A0\u2003\u200B\n"), ProblemCode.EMPTY);
    readFailing("bom-only.txt", bytes(0xEF, 0xBB, 0xBF), ProblemCode.EMPTY);
  }

  @Test
  void fiftyMegabytesIsRejectedQuicklyAsTooLarge() {
    byte[] huge = new byte[50 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    DocResult<Document> result = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> reader.read(Source.of("huge.txt", huge)));
    Problem p = ((DocResult.Failed<Document>) result).problems().get(0);
    assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE);
    assertThat(p.oneLine()).isEqualTo(
        "huge.txt is too large (52428800 bytes (50.0 MiB); the limit is 5242880 bytes (5.0 MiB))");
  }

  @Test
  void sizeLimitIsInclusive() {
    DocumentReader small = new DocumentReader(10);
    assertThat(small.read(Source.of("ten", utf8("0123456789")))).isInstanceOf(DocResult.Ok.class);
    readFailing(small, "eleven", utf8("0123456789A"), ProblemCode.TOO_LARGE);
  }

  @Test
  void limitMustBePositive() {
    assertThatThrownBy(() -> new DocumentReader(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidUtf8ThatIsWindows1252IsDecodedWithAWarning() {
    DocResult<Document> result = reader.read(Source.of("cafe.txt", bytes('c', 'a', 'f', 0xE9)));
    assertThat(result).isInstanceOf(DocResult.Ok.class);
    DocResult.Ok<Document> ok = (DocResult.Ok<Document>) result;
    assertThat(ok.value().text()).isEqualTo("café");
    assertThat(ok.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(ProblemCode.DECODED_AS_WINDOWS_1252);
      assertThat(w.input()).isEqualTo("cafe.txt");
      assertThat(w.oneLine()).isEqualTo(
          "cafe.txt is not valid UTF-8; decoded as Windows-1252 (first invalid UTF-8 byte at offset 3)");
    });
  }

  @Test
  void windows1252SmartQuotesAndDashesDecode() {
    DocResult.Ok<Document> ok = (DocResult.Ok<Document>) reader.read(
        Source.of("quotes.txt", bytes(0x93, 'h', 'i', 0x94, ' ', 0x96, ' ', 'i', 't', 0x92, 's')));
    assertThat(ok.value().text()).isEqualTo("“hi” – it’s");
    assertThat(ok.warnings()).extracting(Problem::code).containsExactly(ProblemCode.DECODED_AS_WINDOWS_1252);
  }

  @Test
  void bytesThatAreNeitherUtf8NorWindows1252AreUndecodable() {
    Problem p = readFailing("odd.txt", bytes('a', 0xE9, 'b', 0x81, 'c'), ProblemCode.UNDECODABLE);
    assertThat(p.detail()).contains("offset 1").contains("0x81").contains("offset 3");
  }

  @Test
  void nulByteMeansBinary() {
    Problem p = readFailing("image.png", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13),
        ProblemCode.BINARY);
    assertThat(p.detail()).contains("NUL byte at offset 8");
  }

  @Test
  void utf16IsBinaryWithAHint() {
    byte[] utf16 = concat(bytes(0xFF, 0xFE), "Hello".getBytes(StandardCharsets.UTF_16LE));
    assertThat(readFailing("utf16.txt", utf16, ProblemCode.BINARY).detail()).contains("UTF-16");
  }

  @Test
  void manyControlCharactersMeanBinary() {
    byte[] data = utf8("header" + "\u0001\u0002\u0003\u001B\u007F".repeat(4) + "trailer text");
    assertThat(readFailing("data.bin", data, ProblemCode.BINARY).detail()).contains("20 of " + data.length);
  }

  @Test
  void aStrayControlCharacterInProseIsStillText() {
    String text = "A long enough paragraph of ordinary prose with one stray control char.\u001A\n";
    assertThat(readOk("dos.txt", utf8(text)).text()).isEqualTo(text);
  }

  @Test
  void tabsFormFeedsAndLineEndsAreNotControlNoise() {
    String text = "a\tb\fc\r\nd\te\tf\n\t\t\t\f";
    assertThat(readOk("tabs.txt", utf8(text)).text()).isEqualTo(text);
  }
}
