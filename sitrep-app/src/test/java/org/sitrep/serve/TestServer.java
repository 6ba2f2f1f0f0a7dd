package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.store.AddResult;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import org.sitrep.testkit.Article;

/**
 * A SQLite database seeded by hand-built extractions ({@link Seed}) and a server on it at a free port, with an HTTP
 * client. Submissions go through the real pipeline (CoreNLP, loaded on the first one).
 */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The seeded incidents and documents. */
  record Seed(long train, long quetta, long mogadishu, long nigeria, long hostile, long cnn, long dawn, long ap,
              long hostileDoc, String cnnHash) {}

  final String url;
  final Seed seed;
  private final Store writer;
  private final StorePool pool;
  private final SitrepServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestServer(String url, Seed seed, Store writer, StorePool pool, SitrepServer server) {
    this.url = url;
    this.seed = seed;
    this.writer = writer;
    this.pool = pool;
    this.server = server;
  }

  /** A seeded database in {@code dir} and a server on it; {@code token} empty: submitting is switched off. */
  static TestServer start(Path dir, Optional<String> token) {
    String url = "jdbc:sqlite:" + dir.resolve("sitrep.db");
    Store writer = Store.open(url);
    Seed seed = seed(writer);
    StorePool pool = StorePool.open(url, 2);
    Ingestor ingestor = new Ingestor(writer, () -> Sitrep.pipeline(CoreNlpEngine.sitrepProfile()), System.err::println);
    SitrepServer server = SitrepServer.start(new SitrepServer.Settings("127.0.0.1", 0, token, 64 * 1024), pool,
        Submitter.serialised(ingestor));
    return new TestServer(url, seed, writer, pool, server);
  }

  static Seed seed(Store store) {
    LocalDate tuesday = LocalDate.of(2025, 3, 11);
    Article cnn = Article.of("a1", "CNN", LocalDate.of(2025, 3, 12), "Militants hijack train in Balochistan",
        "https://example.com/cnn/train",
        "Militants of the Baloch Liberation Army seized the Jaffer Express in Balochistan on Tuesday. A security source "
            + "said 27 hostages were killed. In November a suicide bomber killed 26 people at Quetta railway station. "
            + "\"We will not negotiate,\" a minister said.")
        .incident("i1", IncidentType.HIJACKING).subtype(IncidentType.HOSTAGE_TAKING).on(tuesday, "Tuesday")
        .in("Balochistan", "Sibi", "Balochistan", "PK", 29.54, 67.88).by("Baloch Liberation Army", "BLA")
        .against("Jaffer Express")
        .toll(TollGroup.HOSTAGES, TollOutcome.KILLED, Quantity.exact(27), "27 hostages were killed", "A security source")
        .told("Militants of the Baloch Liberation Army seized the Jaffer Express").add()
        .incident("i2", IncidentType.SUICIDE_BOMBING).background().inMonth(LocalDate.of(2024, 11, 1), "November")
        .in("Quetta", "Quetta", "Balochistan", "PK", 30.18, 67.0)
        .toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.exact(26), "killed 26 people", null)
        .told("a suicide bomber killed 26 people").add()
        .quote("We will not negotiate,", "a minister");
    AddResult a = store.add(cnn.extraction());
    Article dawn = Article.of("b1", "Dawn", LocalDate.of(2025, 3, 13), "Jaffer Express siege ends",
        "https://example.org/dawn/siege",
        "The siege of the Jaffer Express in Balochistan ended; officials said 31 hostages were killed in the attack "
            + "that began on Tuesday.")
        .incident("i1", IncidentType.HIJACKING).on(tuesday, "Tuesday")
        .in("Balochistan", "Sibi", "Balochistan", "PK", 29.54, 67.88)
        .toll(TollGroup.HOSTAGES, TollOutcome.KILLED, Quantity.exact(31), "31 hostages were killed", "officials")
        .told("The siege of the Jaffer Express in Balochistan ended").add();
    AddResult b = store.add(dawn.extraction());
    LocalDate jan10 = LocalDate.of(2024, 1, 10);
    AddResult c = store.add(Article.of("c1", "AP", jan10, null, null,
            "A bomb planted by al-Shabaab killed 5 soldiers in Mogadishu on Wednesday.")
        .incident("i1", IncidentType.BOMBING).on(jan10, "Wednesday")
        .in("Mogadishu", "Mogadishu", "Banaadir", "SO", 2.0371, 45.3438)
        .by("al-Shabaab", "Harakat al-Shabaab al-Mujahideen")
        .toll(TollGroup.SECURITY_FORCES, TollOutcome.KILLED, Quantity.exact(5), "killed 5 soldiers", null)
        .told("A bomb planted by al-Shabaab killed 5 soldiers").add().extraction());
    AddResult d = store.add(Article.of("d1", "Premium Times", LocalDate.of(2024, 3, 1), null, null,
            "Boko Haram abducted 30 students in Nigeria in February.")
        .incident("i1", IncidentType.KIDNAPPING).inMonth(LocalDate.of(2024, 2, 1), "February")
        .inCountry("Nigeria", "NG").by("Boko Haram").against("30 students")
        .toll(TollGroup.CIVILIANS, TollOutcome.KIDNAPPED, Quantity.exact(30), "abducted 30 students", null)
        .told("Boko Haram abducted 30 students").add().extraction());
    LocalDate monday = LocalDate.of(2025, 2, 3);
    AddResult e = store.add(Article.of("e1", "<b>Wire</b>", LocalDate.of(2025, 2, 4),
            "<script>document.title='pwned-title'</script>Market attack", "javascript:window.pwned='url'",
            "<b onmouseover=\"window.pwned='name'\">Gunmen</b> attacked a market in Gao on Monday "
                + "<img src=x onerror=\"window.pwned='img'\"> and killed 4 people. "
                + "<script>window.pwned='script'</script> See <a href=\"javascript:window.pwned='link'\">this</a>.")
        .incident("i1", IncidentType.ARMED_ASSAULT).on(monday, "Monday")
        .in("Gao", "Gao", "Gao", "ML", 16.27, -0.04).by("<b onmouseover=\"window.pwned='name'\">Gunmen</b>")
        .toll(TollGroup.ALL, TollOutcome.KILLED, Quantity.exact(4), "killed 4 people", null)
        .told("attacked a market in Gao on Monday <img src=x onerror=\"window.pwned='img'\">").add().extraction());
    assertThat(b.incidents()).as("the two hijacking reports merge").isEqualTo(a.incidents().subList(0, 1));
    return new Seed(a.incidents().get(0), a.incidents().get(1), c.incidents().get(0), d.incidents().get(0),
        e.incidents().get(0), a.documentId(), b.documentId(), c.documentId(), e.documentId(),
        cnn.document().id());
  }

  String base() { return "http://127.0.0.1:" + server.port() + "/"; }

  SitrepServer server() { return server; }

  /** The pool's stores, to look behind the API. */
  StorePool stores() { return pool; }

  /** The store the seed was written through: a writer beside the server's pool, as an ingest would be. */
  Store writer() { return writer; }

  HttpResponse<String> get(String path) { return send(HttpRequest.newBuilder(uri(path)).GET().build()); }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET a JSON answer with the expected status. */
  JsonNode json(String path, int status) {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
        "application/json"));
    return parse(r.body());
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  URI uri(String path) { return URI.create(base() + (path.startsWith("/") ? path.substring(1) : path)); }

  @Override
  public void close() {
    server.close();
    pool.close();
    writer.close();
  }
}
