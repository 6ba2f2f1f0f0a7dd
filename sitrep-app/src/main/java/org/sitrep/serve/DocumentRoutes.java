package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.JsonArticleReader;
import org.sitrep.ingest.Source;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import org.sitrep.store.StoredDocument;
import org.sitrep.store.StoredSpan;

/**
 * Documents: {@code GET /api/documents/{id}} (text and spans) and {@code POST /api/documents} (an article in, its
 * incidents out). Submitting needs the server's bearer token; without one configured, submitting is switched off.
 */
final class DocumentRoutes {
  /** What names a submitted article in problems and in the store's {@code path}. */
  static final String SUBMITTED = "POST /api/documents";
  /** A content hash as {@link DocumentReader#contentId} writes it. */
  private static final Pattern CONTENT_HASH = Pattern.compile("[0-9a-f]{16}");

  private final StorePool stores;
  private final ObjectMapper mapper;
  private final Optional<byte[]> token;
  private final int maxBodyBytes;
  private final Submitter submitter;
  private final JsonArticleReader records = new JsonArticleReader(DocumentReader.DEFAULT_MAX_BYTES);

  DocumentRoutes(StorePool stores, ObjectMapper mapper, Optional<String> token, int maxBodyBytes,
                 Submitter submitter) {
    this.stores = stores;
    this.mapper = mapper;
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.maxBodyBytes = maxBodyBytes;
    this.submitter = submitter;
  }

  /** {@code GET /api/documents/{id}}: by row id, or by the 16-hex content hash that toll claims cite. */
  void one(Context ctx) {
    String key = ctx.pathParam("id");
    ObjectNode body = stores.read(store -> {
      long id = CONTENT_HASH.matcher(key).matches()
          ? Optional.ofNullable(store.documentIds(List.of(key)).get(key))
              .orElseThrow(() -> ApiException.notFound("no document with content hash " + key))
          : Json.id(key, "a document");
      StoredDocument d = store.document(id).orElseThrow(() -> ApiException.notFound("no document " + id));
      return IncidentJson.document(mapper, d);
    });
    Json.send(ctx, 200, body);
  }

  /**
   * {@code POST /api/documents}: {@code {"title", "source", "published", "url", "text"}} (the record format of
   * {@code sitrep ingest}) through the pipeline into the store; answers {@code {"document_id", "incidents"}}, 201 for
   * a new document, 200 with {@code "duplicate": true} for one already stored. 403 when submitting is off, 401
   * without the token, 413 over the size limit, 400 for a malformed article, 422 when the pipeline refuses it.
   */
  void submit(Context ctx) {
    if (token.isEmpty()) {
      throw new ApiException(403, "submitting is switched off: start sitrep serve with --token or SITREP_TOKEN "
          + "to allow it");
    }
    if (!authorised(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
      throw new ApiException(401, "a valid token is needed: send Authorization: Bearer <token>");
    }
    Source source = article(body(ctx));
    Ingestor.Outcome outcome = submitter.submit(source);
    if (outcome instanceof Ingestor.Outcome.Failed failed) {
      throw new ApiException(422, "the article was not stored: " + String.join("; ",
          failed.problems().stream().map(Problem::oneLine).toList()));
    }
    ObjectNode answer = stores.read(store -> {
      if (outcome instanceof Ingestor.Outcome.Stored stored) {
        ObjectNode n = answer(store, stored.result().documentId(), stored.result().incidents());
        ArrayNode warnings = n.putArray("warnings");
        stored.warnings().forEach(p -> warnings.add(p.oneLine()));
        return n;
      }
      String hash = ((Ingestor.Outcome.Duplicate) outcome).contentHash();
      long documentId = Optional.ofNullable(store.documentIds(List.of(hash)).get(hash))
          .orElseThrow(() -> new IllegalStateException("a duplicate of a document that is not stored: " + hash));
      Set<Long> incidents = new LinkedHashSet<>();
      store.document(documentId).ifPresent(d -> d.spans().stream().map(StoredSpan::incidentId)
          .flatMap(Optional::stream).forEach(incidents::add));
      ObjectNode n = answer(store, documentId, new ArrayList<>(incidents));
      n.put("duplicate", true);
      return n;
    });
    Json.send(ctx, answer.path("duplicate").asBoolean(false) ? 200 : 201, answer);
  }

  private ObjectNode answer(Store store, long documentId, List<Long> incidentIds) {
    ObjectNode n = mapper.createObjectNode();
    n.put("document_id", documentId);
    n.put("duplicate", false);
    ArrayNode incidents = n.putArray("incidents");
    for (long id : new LinkedHashSet<>(incidentIds)) {
      store.incident(id).ifPresent(d -> {
        Map<String, Long> ids = new LinkedHashMap<>();
        d.reports().forEach(r -> ids.put(r.contentHash(), r.documentId()));
        incidents.add(IncidentJson.summary(mapper, d.summary(), ids));
      });
    }
    return n;
  }

  /** Compared in constant time, so the answer's timing says nothing about how much of a guess was right. */
  private boolean authorised(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.orElseThrow());
  }

  /** The request body, refused with 413 past the limit without reading more than one byte over it. */
  private byte[] body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) throw tooLarge(declared);
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes(maxBodyBytes + 1);
      if (bytes.length > maxBodyBytes) throw tooLarge(-1);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  private ApiException tooLarge(long declared) {
    return new ApiException(413, "the article is " + (declared >= 0 ? declared + " bytes" : "too large")
        + "; the limit is " + maxBodyBytes + " bytes");
  }

  /** The JSON record as a Source; any problem with it, warnings included, is the client's to fix: a 400. */
  private Source article(byte[] body) {
    List<DocResult<Source>> read;
    try (var stream = records.readDocument(SUBMITTED, new ByteArrayInputStream(body))) {
      read = stream.limit(2).toList();
    }
    if (read.size() != 1) throw ApiException.badRequest("expected one JSON object {\"title\", \"source\", "
        + "\"published\", \"url\", \"text\"}, found " + (read.isEmpty() ? "none" : "several"));
    DocResult<Source> r = read.get(0);
    if (r instanceof DocResult.Failed<Source> failed) {
      throw ApiException.badRequest(failed.problems().get(0).detail());
    }
    DocResult.Ok<Source> ok = (DocResult.Ok<Source>) r;
    if (!ok.warnings().isEmpty()) throw ApiException.badRequest(ok.warnings().get(0).detail());
    return ok.value();
  }
}
