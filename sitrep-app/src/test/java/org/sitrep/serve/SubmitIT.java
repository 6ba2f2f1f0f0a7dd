package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/documents: the token, the size limit, malformed articles, and a real article through the real pipeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmitIT {
  static final String TOKEN = "submit-it-token-0123456789";

  TestServer s;

  @BeforeAll
  void start(@TempDir Path tmp) { s = TestServer.start(tmp, Optional.of(TOKEN)); }

  @AfterAll
  void stop() { s.close(); }

  static String article() {
    try (InputStream in = SubmitIT.class.getResourceAsStream("submitted-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String body(String title, String published, String text) {
    ObjectNode n = TestServer.JSON.createObjectNode();
    n.put("title", title);
    n.put("source", "Test Wire");
    n.put("published", published);
    n.put("url", "https://example.net/car-bomb");
    n.put("text", text);
    return n.toString();
  }

  private HttpResponse<String> post(String authorization, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/api/documents")).header("Content-Type", "application/json")
        .POST(body);
    if (authorization != null) b.header("Authorization", authorization);
    return s.send(b.build());
  }

  private HttpResponse<String> post(String authorization, String json) {
    return post(authorization, HttpRequest.BodyPublishers.ofString(json));
  }

  private int documents() { return s.json("/api/stats", 200).get("documents").asInt(); }

  @Test
  void no_or_a_wrong_token_is_401() {
    int before = documents();
    String json = body("x", "2025-06-04", "Gunmen killed 3 people in Gao on Monday.");
    HttpResponse<String> none = post(null, json);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(TestServer.parse(none.body()).get("error").asText()).contains("Bearer");
    assertThat(post("Bearer wrong-token", json).statusCode()).isEqualTo(401);
    assertThat(post("Bearer " + TOKEN + "x", json).statusCode()).isEqualTo(401);
    assertThat(post("Basic " + TOKEN, json).statusCode()).isEqualTo(401);
    assertThat(post("Bearer", json).statusCode()).isEqualTo(401);
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void over_the_size_limit_is_413_declared_or_streamed() {
    int before = documents();
    String big = body("big", "2025-06-04", "Gunmen attacked. ".repeat(5000));   // ~85 kB > the tests' 64 KiB
    HttpResponse<String> declared = post("Bearer " + TOKEN, big);
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(TestServer.parse(declared.body()).get("error").asText()).contains("limit");
    // no Content-Length: chunked, so the server finds out while reading
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked = post("Bearer " + TOKEN,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    assertThat(chunked.statusCode()).isEqualTo(413);
    // the token is checked first: a stranger's body is never read, whatever its size
    assertThat(post(null, big).statusCode()).isEqualTo(401);
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void malformed_articles_are_400() {
    int before = documents();
    String auth = "Bearer " + TOKEN;
    assertThat(post(auth, "not json").statusCode()).isEqualTo(400);
    assertThat(post(auth, "[]").statusCode()).isEqualTo(400);
    assertThat(post(auth, "{\"title\": \"no text\"}").statusCode()).isEqualTo(400);
    assertThat(post(auth, "{\"text\": \"   \"}").statusCode()).isEqualTo(400);
    assertThat(post(auth, "{\"text\": 42}").statusCode()).isEqualTo(400);
    HttpResponse<String> badDate = post(auth, body("t", "last Tuesday", "Gunmen killed 3 people."));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(TestServer.parse(badDate.body()).get("error").asText()).contains("published");
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void an_article_goes_through_the_pipeline_into_the_list() {
    int before = documents();
    String json = body("Car bomb kills 12 in Mogadishu market", "2025-06-04", article());
    HttpResponse<String> r = post("Bearer " + TOKEN, json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode answer = TestServer.parse(r.body());
    long documentId = answer.get("document_id").asLong();
    assertThat(answer.get("duplicate").asBoolean()).isFalse();
    JsonNode incident = answer.get("incidents").get(0);
    assertThat(incident.get("type").asText()).isEqualTo("bombing");
    assertThat(incident.get("date").get("start").asText()).isEqualTo("2025-06-03");
    assertThat(incident.get("place").get("country").asText()).isEqualTo("SO");
    assertThat(incident.get("sources").get(0).asText()).isEqualTo("Test Wire");
    long id = incident.get("id").asLong();
    // it is listed, newest first, and its document reads back with the headline as the first paragraph
    assertThat(s.json("/api/incidents", 200).get("items").get(0).get("id").asLong()).isEqualTo(id);
    JsonNode doc = s.json("/api/documents/" + documentId, 200);
    assertThat(doc.get("text").asText()).startsWith("Car bomb kills 12 in Mogadishu market\n\nA car bomb exploded");
    assertThat(doc.get("url").asText()).isEqualTo("https://example.net/car-bomb");
    assertThat(doc.get("spans")).anySatisfy(sp -> assertThat(sp.get("incident_id").asLong()).isEqualTo(id));
    assertThat(s.json("/api/search?q=stalls", 200).get("items").get(0).get("id").asLong()).isEqualTo(id);
    // the same article again changes nothing and says so
    HttpResponse<String> again = post("Bearer " + TOKEN, json);
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode dup = TestServer.parse(again.body());
    assertThat(dup.get("duplicate").asBoolean()).isTrue();
    assertThat(dup.get("document_id").asLong()).isEqualTo(documentId);
    assertThat(dup.get("incidents").get(0).get("id").asLong()).isEqualTo(id);
    assertThat(documents()).isEqualTo(before + 1);
  }
}
