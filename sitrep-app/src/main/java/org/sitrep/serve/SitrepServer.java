package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.store.IncidentIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sitrep's HTTP server: the analyst's page (classpath folder {@code /web}) at {@code /} and the JSON API of
 * web/README.md under {@code /api}, described by the OpenAPI document at {@code /api/openapi.json}. Every answer
 * carries a Content-Security-Policy that allows only the server's own files, and {@code nosniff}; API answers are
 * never cached. Errors are {@code {"error": "..."}}: 400 for bad parameters, 404 for unknown ids and paths; anything
 * unexpected is logged and answered 500 without details. Reads go through a {@link StorePool} (lists and exports
 * through an {@link IncidentIndex} read at start and brought up to date on each request); submissions through a
 * {@link Submitter}. The caller owns both and closes them after {@link #close}.
 */
public final class SitrepServer implements AutoCloseable {
  /** The policy the page is written for: no inline script or style, nothing from elsewhere, no framing. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** Where the hand-written OpenAPI 3.1 description of the API lives on the classpath. */
  static final String OPENAPI = "/org/sitrep/serve/openapi.json";
  private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);

  /**
   * Where to listen, the token that allows submitting (none: submitting is switched off), and the largest request
   * body accepted.
   */
  public record Settings(String host, int port, Optional<String> token, int maxBodyBytes) {
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public Settings {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " not in 0..65535");
      token = Objects.requireNonNull(token, "token").filter(t -> !t.isBlank());
      if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes);
    }
  }

  /** One route the server answers, as the OpenAPI document must list it. */
  public record Route(String method, String path) {}

  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();

  private SitrepServer(Settings settings, StorePool stores, Submitter submitter) {
    ObjectMapper mapper = new ObjectMapper();
    // Every incident in memory, so that lists cost no query; kept up to date from the database on each request.
    long loading = System.nanoTime();
    IncidentIndex index = stores.read(IncidentIndex::load);
    LOG.info("{} incidents in memory for lists, read in {} ms", index.size(),
        (System.nanoTime() - loading) / 1_000_000);
    IncidentRoutes incidents = new IncidentRoutes(stores, index, mapper);
    DocumentRoutes documents = new DocumentRoutes(stores, mapper, settings.token(), settings.maxBodyBytes(), submitter);
    byte[] openapi = resource(OPENAPI);
    boolean page = SitrepServer.class.getResource("/web/index.html") != null;
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      if (page) {
        config.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = "/web";
          files.location = Location.CLASSPATH;
        });
      }
    });
    if (!page) LOG.warn("no page: /web/index.html is not on the classpath; serving the API only");
    app.before(SitrepServer::headers);
    route(HandlerType.GET, "/api/incidents", incidents::list);
    route(HandlerType.GET, "/api/incidents/{id}", incidents::one);
    route(HandlerType.GET, "/api/search", incidents::search);
    route(HandlerType.GET, "/api/stats", incidents::stats);
    route(HandlerType.GET, "/api/export.csv", incidents::exportCsv);
    route(HandlerType.GET, "/api/export.geojson", incidents::exportGeoJson);
    route(HandlerType.GET, "/api/documents/{id}", documents::one);
    route(HandlerType.POST, "/api/documents", documents::submit);
    route(HandlerType.GET, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    // Anything else under /api is a JSON 404 rather than the page's or Jetty's HTML one.
    for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
        HandlerType.DELETE)) {
      app.addHttpHandler(method, "/api/<rest>", ctx -> {
        throw ApiException.notFound("no such API route: " + ctx.method() + " " + ctx.path());
      });
    }
    app.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      Json.error(ctx, 500, "internal error; the server's log has the details");
    });
    app.start(settings.host(), settings.port());
  }

  /** Starts listening; {@link Settings#port()} 0 picks a free port ({@link #port()} tells which). */
  public static SitrepServer start(Settings settings, StorePool stores, Submitter submitter) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(stores, "stores");
    Objects.requireNonNull(submitter, "submitter");
    return new SitrepServer(settings, stores, submitter);
  }

  public int port() { return app.port(); }

  /** Every API route, in the order they were registered. */
  public List<Route> routes() { return List.copyOf(routes); }

  /** Stops listening; requests in flight are finished first. */
  @Override
  public void close() { app.stop(); }

  private void route(HandlerType method, String path, Handler handler) {
    app.addHttpHandler(method, path, handler);
    routes.add(new Route(method.name(), path));
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
  }

  private static byte[] resource(String path) {
    try (InputStream in = SitrepServer.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException(path + " is missing from the classpath");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
