package org.sitrep.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.corenlp.CoreNlpEngine;
import org.sitrep.pipeline.Sitrep;
import org.sitrep.serve.SitrepServer;
import org.sitrep.serve.StorePool;
import org.sitrep.serve.Submitter;
import org.sitrep.store.Ingestor;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the analyst's page and the JSON API over a database, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the analyst's page at / and the JSON API under /api (described at /api/openapi.json).",
        "Submitting articles (POST /api/documents) needs a token: SITREP_TOKEN, or --token (visible to other users "
            + "in the process list); without one, submitting is switched off."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "URL", description = "Database (default: ${DEFAULT-VALUE}).",
      defaultValue = Store.DEFAULT_URL)
  String db;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).",
      defaultValue = "127.0.0.1")
  String host;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).",
      defaultValue = "8080")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token that allows POST /api/documents "
      + "(default: $SITREP_TOKEN).")
  String token;

  @Option(names = "--readers", description = "Database connections for reads (default: ${DEFAULT-VALUE}).",
      defaultValue = "4")
  int readers;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest submitted article (default: "
      + "${DEFAULT-VALUE}).", defaultValue = "" + SitrepServer.Settings.DEFAULT_MAX_BODY_BYTES)
  int maxBody;

  @Override
  public Integer call() throws InterruptedException {
    try (Store writer = Store.open(db)) {
      Ingestor ingestor = new Ingestor(writer, () -> Sitrep.pipeline(CoreNlpEngine.sitrepProfile()),
          System.err::println);
      serve(writer, ingestor);
    }
    return 0;
  }

  /**
   * Serves {@link #db} until the process is interrupted; submitted articles go through {@code ingestor}, which writes to
   * {@code writer} (so {@code sitrep run} can hand over the pipeline its ingest already loaded).
   */
  void serve(Store writer, Ingestor ingestor) throws InterruptedException {
    Optional<String> secret = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("SITREP_TOKEN")))
        .filter(t -> !t.isBlank());
    secret.filter(t -> t.length() < 16).ifPresent(t ->
        System.err.println("sitrep: warning: the token is short (" + t.length() + " characters); anyone who guesses "
            + "it can add articles"));
    try (StorePool readPool = StorePool.open(db, readers)) {
      SitrepServer.Settings settings = new SitrepServer.Settings(host, port, secret, maxBody);
      CountDownLatch stopped = new CountDownLatch(1);
      try (SitrepServer server = SitrepServer.start(settings, readPool, Submitter.serialised(ingestor))) {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        System.err.printf("sitrep: serving http://%s:%d/ from %s; submitting is %s; Ctrl-C stops%n", shownHost,
            server.port(), redact(db), secret.isPresent() ? "on (bearer token)" : "off (no token)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          stopped.countDown();
        }, "sitrep-serve-stop"));
        stopped.await();
      }
    }
  }

  private static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }
}
