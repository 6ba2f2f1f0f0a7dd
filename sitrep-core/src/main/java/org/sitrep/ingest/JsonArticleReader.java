package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemCode;

/**
 * Reads article records from JSON Lines (one object per line) or a JSON document (one object, or an array of
 * objects): {@code {"id", "url", "source", "published", "title", "text"}}, where only {@code text} is required and
 * other fields are ignored. Each record becomes a {@link Source} named by its {@code id}, else by where it is:
 * {@code file:line} in JSON Lines, {@code file#n} for the n-th element of an array (a minified array is one line),
 * the file for a lone object; problems always name where. A bad line is one problem and the next line is read; no
 * record may exceed the byte limit, and the input is streamed so a large file never sits in memory. The stream is read
 * lazily and consumed but not closed: the caller closes it after the returned stream. Stateless and safe to share.
 */
public final class JsonArticleReader {
  private final int maxBytes;
  private final DocumentReader sizes;
  /** Reads one line: a line holds exactly one value. */
  private final ObjectMapper lineMapper;
  /** Reads one value at a time from a document's parser; what follows is the next record, not an error. */
  private final ObjectMapper streamMapper;

  public JsonArticleReader(int maxBytes) {
    this.sizes = new DocumentReader(maxBytes); // validates maxBytes; gives size problems the usual wording
    this.maxBytes = maxBytes;
    this.lineMapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.streamMapper = new ObjectMapper();
  }

  /** One record per non-blank line of {@code in} (UTF-8); {@code file} names the input in names and problems. */
  public Stream<DocResult<Source>> readLines(String file, InputStream in) {
    return lazy(new LinesIterator(file, in));
  }

  /** The records of a JSON document holding one object or an array of objects. */
  public Stream<DocResult<Source>> readDocument(String file, InputStream in) {
    return lazy(new DocumentIterator(file, in));
  }

  private static Stream<DocResult<Source>> lazy(Iterator<DocResult<Source>> it) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** One record: a Source, or the problem with it. {@code where} is "file:line". */
  DocResult<Source> record(String where, JsonNode node) {
    if (!node.isObject()) {
      return failed(ProblemCode.MALFORMED, where, "expected a JSON object, found " + kind(node));
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) return failed(ProblemCode.MALFORMED, where, "no \"text\" field");
    if (!text.isTextual()) return failed(ProblemCode.MALFORMED, where, "\"text\" is " + kind(text) + ", not a string");
    if (TextChars.isBlank(text.asText())) return failed(ProblemCode.NO_TEXT, where, "\"text\" is blank");

    List<Problem> warnings = new ArrayList<>();
    Optional<String> id = node.path("id").isNumber() ? Optional.of(node.get("id").asText())
        : optionalString(node, "id", where, warnings);
    Optional<String> url = optionalString(node, "url", where, warnings);
    Optional<String> outlet = optionalString(node, "source", where, warnings);
    Optional<String> title = optionalString(node, "title", where, warnings);
    Optional<LocalDate> published = optionalString(node, "published", where, warnings).flatMap(p -> {
      Optional<LocalDate> date = PublishedDates.parse(p);
      if (date.isEmpty()) {
        warnings.add(ArticleSources.problem(ProblemCode.INVALID_DATE, where,
            "\"published\" is " + ArticleSources.quote(p) + ", not an ISO date or date-time"));
      }
      return date;
    });
    Optional<String> webUrl = url.flatMap(ArticleSources::webUrl);
    if (url.isPresent() && webUrl.isEmpty()) {
      warnings.add(ArticleSources.problem(ProblemCode.MALFORMED, where,
          "\"url\" is " + ArticleSources.quote(url.get()) + ", not an http(s) address; it was ignored"));
    }
    Source source = ArticleSources.source(id.orElse(where), title, text.asText(), outlet, published, webUrl);
    Optional<Problem> tooLarge = sizes.sizeProblem(where, source.bytes().length);
    if (tooLarge.isPresent()) return DocResult.failed(tooLarge.get());
    return new DocResult.Ok<>(source, warnings);
  }

  /** A string field, or empty when absent or null; any other type is a warning and is ignored. */
  private static Optional<String> optionalString(JsonNode node, String field, String where, List<Problem> warnings) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return Optional.empty();
    if (!v.isTextual()) {
      warnings.add(ArticleSources.problem(ProblemCode.MALFORMED, where,
          "\"" + field + "\" is " + kind(v) + ", not a string; it was ignored"));
      return Optional.empty();
    }
    return ArticleSources.nonBlank(v.asText());
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> "nothing";
    };
  }

  private static DocResult<Source> failed(ProblemCode code, String where, String detail) {
    return DocResult.failed(ArticleSources.problem(code, where, detail));
  }

  /** A Jackson error as a user reads it: what is wrong and where, without Jackson's source dump. */
  private static String describe(JsonProcessingException e, boolean withLine) {
    if (e instanceof JsonEOFException) return "the JSON ends before its value is complete";
    JsonLocation at = e.getLocation();
    String message = e.getOriginalMessage();
    for (String noise : List.of("\n", " (start marker at [Source", " at [Source")) {
      int cut = message.indexOf(noise);
      if (cut >= 0) message = message.substring(0, cut);
    }
    if (at == null) return message;
    return message + " (" + (withLine ? "line " + at.getLineNr() + ", " : "") + "column " + at.getColumnNr() + ")";
  }

  /** Lines of at most {@code maxBytes}; longer ones are skipped without being held, and reported. */
  private final class LinesIterator extends StepIterator<DocResult<Source>> {
    private final String file;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineNumber;
    private boolean sawRecord;

    LinesIterator(String file, InputStream in) {
      this.file = file;
      this.in = new BufferedInputStream(in);
    }

    /** The result for the next line, or null for a blank line or the end. */
    @Override
    protected DocResult<Source> step() {
      line.reset();
      long length = 0;
      int b;
      try {
        while ((b = in.read()) >= 0 && b != '\n') {
          length++;
          if (length <= maxBytes) line.write(b);
        }
      } catch (IOException e) {
        return end(failed(ProblemCode.UNREADABLE, file + ":" + (lineNumber + 1), InputReader.describe(e)));
      }
      if (b < 0 && length == 0) {
        return end(sawRecord ? null : failed(ProblemCode.EMPTY, file, "no JSON records"));
      }
      lineNumber++;
      String where = file + ":" + lineNumber;
      if (length > maxBytes) {
        sawRecord = true;
        return DocResult.failed(sizes.sizeProblem(where, length).orElseThrow());
      }
      byte[] bytes = line.toByteArray();
      int from = lineNumber == 1 && StrictDecoding.hasUtf8Bom(bytes) ? 3 : 0;
      StrictDecoding.Decoded decoded = StrictDecoding.decode(StandardCharsets.UTF_8, bytes, from);
      if (!decoded.ok()) {
        sawRecord = true;
        return failed(ProblemCode.UNDECODABLE, where, "invalid UTF-8 at byte " + (decoded.badByte() + 1)
            + " of the line");
      }
      if (decoded.text().isBlank()) return null;
      sawRecord = true;
      try {
        return record(where, lineMapper.readTree(decoded.text()));
      } catch (JsonProcessingException e) {
        return failed(ProblemCode.MALFORMED, where, describe(e, false));
      }
    }
  }

  /**
   * The objects of one JSON document, pulled one at a time from a streaming parser. An error inside the document
   * leaves no safe place to go on from, so it ends the file after records already read.
   */
  private final class DocumentIterator extends StepIterator<DocResult<Source>> {
    private final String file;
    private final BudgetedInputStream in;
    private JsonParser parser;
    private boolean inArray;
    private int elements; // array elements begun so far

    DocumentIterator(String file, InputStream in) {
      this.file = file;
      this.in = new BudgetedInputStream(in, maxBytes);
    }

    /** The record being read: {@code file#n} for the n-th element of an array, the file for a lone object. */
    private String where() { return inArray ? file + "#" + elements : file; }

    @Override
    protected DocResult<Source> step() {
      try {
        JsonToken token;
        if (parser == null) {
          parser = streamMapper.getFactory().createParser(in);
          token = parser.nextToken();
          if (token == null) return end(failed(ProblemCode.EMPTY, file, "no JSON value"));
          if (token == JsonToken.START_ARRAY) {
            inArray = true;
            elements++;
            token = parser.nextToken();
          } else if (token != JsonToken.START_OBJECT) {
            return end(failed(ProblemCode.MALFORMED, file, "expected a JSON object or an array of objects, found "
                + ArticleSources.quote(parser.getText())));
          }
        } else {
          if (!inArray) return end(trailing());
          elements++;
          token = parser.nextToken();
        }
        if (token == JsonToken.END_ARRAY) return end(trailing());
        in.startSegment();
        return record(where(), streamMapper.readTree(parser));
      } catch (BudgetedInputStream.OverBudgetException e) {
        Problem size = sizes.sizeProblem(where(), e.counted()).orElseThrow();
        return end(failed(ProblemCode.TOO_LARGE, size.input(), "at least " + size.detail()
            + "; the rest of the file was not read"));
      } catch (JsonProcessingException e) {
        return end(failed(ProblemCode.MALFORMED, where(), describe(e, true) + "; the rest of the file was not read"));
      } catch (IOException e) {
        return end(failed(ProblemCode.UNREADABLE, where(), InputReader.describe(e)));
      }
    }

    /** Null when nothing but whitespace follows the value; else the problem with what does. */
    private DocResult<Source> trailing() throws IOException {
      JsonToken after = parser.nextToken();
      if (after == null) return null;
      return failed(ProblemCode.MALFORMED, file, "more JSON after the " + (inArray ? "array" : "object")
          + " ends, at line " + parser.currentTokenLocation().getLineNr()
          + (inArray ? "" : "; for one object per line, name the file .jsonl"));
    }
  }
}
