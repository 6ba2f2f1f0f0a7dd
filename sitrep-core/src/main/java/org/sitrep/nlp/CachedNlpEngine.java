package org.sitrep.nlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.ingest.CleanText;

/**
 * An {@link NlpEngine} that keeps each analysis on disk and answers a text it has seen from there.
 *
 * <p>Why: the engine costs about 95% of an evaluation run, yet evaluating a change to extraction, resolution or
 * mapping re-analyses the same corpus unchanged. With a cache, a pass over MUC-4 train takes seconds after the first.
 * It is for evaluation and training commands only; ingest never uses it, so stored results always come from the
 * engine itself.
 *
 * <p>The key is a SHA-256 of the engine's id and the whole clean text (raw text, clean text and offset map), so a
 * change to the cleaner or a new engine profile misses instead of answering with a stale analysis. Entries are
 * written to a temporary file and moved into place, so a killed run never leaves a half-written entry behind; an
 * entry that cannot be read is analysed again and rewritten.
 */
public final class CachedNlpEngine implements NlpEngine {
  // Records' derived accessors (Token.isCapitalized) are written too; reading ignores them.
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Supplier<NlpEngine> engineFactory;
  private NlpEngine engine;
  private final String engineId;
  private final Path dir;

  /**
   * @param engine creates the engine on the first miss, so a run that the cache answers whole never loads models
   * @param engineId names the engine and its settings; change it whenever the engine's output would change
   */
  public CachedNlpEngine(Supplier<NlpEngine> engine, String engineId, Path dir) {
    this.engineFactory = Objects.requireNonNull(engine, "engine");
    this.engineId = Objects.requireNonNull(engineId, "engineId");
    this.dir = Objects.requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create NLP cache directory " + dir, e);
    }
  }

  @Override
  public NlpDoc analyze(CleanText text) {
    Path entry = dir.resolve(key(text) + ".json.gz");
    NlpDoc cached = read(entry);
    if (cached != null && cached.raw().equals(text.raw())) return cached;
    NlpDoc doc = engine().analyze(text);
    write(entry, doc);
    return doc;
  }

  private synchronized NlpEngine engine() {
    if (engine == null) engine = Objects.requireNonNull(engineFactory.get(), "engine");
    return engine;
  }

  private static NlpDoc read(Path entry) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(entry))) {
      return JSON.readValue(in, NlpDoc.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      // A damaged entry (a disk filled up, an older format) is a miss: the engine's answer replaces it.
      return null;
    }
  }

  private void write(Path entry, NlpDoc doc) {
    try {
      Path tmp = Files.createTempFile(dir, "entry", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        JSON.writeValue(out, doc);
      }
      try {
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write NLP cache entry " + entry, e);
    }
  }

  private String key(CleanText text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(engineId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.raw().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.text().getBytes(StandardCharsets.UTF_8));
      ByteBuffer map = ByteBuffer.allocate(4 * text.cleanToRaw().length);
      for (int i : text.cleanToRaw()) map.putInt(i);
      sha.update(map.array());
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
