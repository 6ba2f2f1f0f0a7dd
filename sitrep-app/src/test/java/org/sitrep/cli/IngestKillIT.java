package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never losing a report, tested with real processes: {@code sitrep ingest} over 2,000 documents is killed with
 * SIGKILL at random moments (during model loading, mid-file, mid-transaction) and restarted, several times, then
 * allowed to finish. The database must then hold exactly what one uninterrupted run stores: every document once, the
 * same incidents built from the same reports, and SQLite must find itself consistent.
 */
class IngestKillIT {
  private static final int DOCUMENTS = 2000;
  private static final int KILLS = 5;

  @Test
  void killedAndRestartedIngestStoresExactlyWhatAnUninterruptedOneDoes(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    SyntheticNews.write(corpus, DOCUMENTS, 250, 42);
    Path reference = dir.resolve("reference.db");
    Path killed = dir.resolve("killed.db");

    assertThat(ingest(reference, corpus, dir.resolve("reference.log")).waitFor()).isZero();

    Random random = new Random(7);
    List<Integer> storedAtKill = new ArrayList<>();
    for (int k = 0; k < KILLS; k++) {
      Process p = ingest(killed, corpus, dir.resolve("killed-" + k + ".log"));
      // the first kill lands while the models load; the others once the run has stored a few more documents,
      // plus a random few milliseconds so that some land inside a transaction
      int before = documents(killed);
      int target = k == 0 ? before : before + 50 + random.nextInt(DOCUMENTS / (2 * KILLS));
      while (p.isAlive() && documents(killed) < target) Thread.sleep(100);
      Thread.sleep(k == 0 ? 500 : random.nextInt(300));
      if (!p.isAlive()) break;   // finished before its kill: nothing left to interrupt
      p.destroyForcibly();   // SIGKILL on Unix: no shutdown hooks, no rollback by the JVM
      p.waitFor();
      storedAtKill.add(documents(killed));
    }
    assertThat(ingest(killed, corpus, dir.resolve("killed-final.log")).waitFor()).isZero();

    assertThat(storedAtKill).as("the kills landed mid-run (documents stored at each kill)")
        .hasSize(KILLS).allMatch(n -> n < DOCUMENTS).anyMatch(n -> n > 0);
    assertThat(documents(killed)).isEqualTo(DOCUMENTS);
    assertThat(scalar(killed, "SELECT COUNT(DISTINCT content_hash) FROM documents")).isEqualTo(DOCUMENTS);
    assertThat(scalar(killed, "SELECT COUNT(*) FROM incidents")).isEqualTo(scalar(reference, "SELECT COUNT(*) FROM incidents"));
    assertThat(partition(killed)).isEqualTo(partition(reference));
    assertThat(text(killed, "PRAGMA integrity_check")).isEqualTo("ok");
    assertThat(rows(killed, "PRAGMA foreign_key_check")).isZero();
    // every document that produced a report has all of them: no half-written document
    assertThat(scalar(killed, "SELECT COUNT(*) FROM reports")).isEqualTo(scalar(reference, "SELECT COUNT(*) FROM reports"));
  }

  private static Process ingest(Path db, Path corpus, Path log) throws IOException {
    // the launcher's classpath, written at package time (failsafe runs after it); surefire's own is a booter jar
    String classpath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
        + Files.readString(Path.of("target", "classpath.txt"), StandardCharsets.UTF_8).strip();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx3g", "-cp", classpath, "org.sitrep.cli.SitrepCommand", "ingest",
        "--db", "jdbc:sqlite:" + db, corpus.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Each incident as the sorted list of its reports' (document hash, extracted id): equal maps mean equal merges. */
  private static TreeMap<String, Integer> partition(Path db) throws Exception {
    TreeMap<String, Integer> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT group_concat(key, ' ') FROM (SELECT r.incident_id AS incident, "
             + "d.content_hash || '/' || r.extracted_id AS key FROM reports r JOIN documents d ON d.id = r.document_id "
             + "ORDER BY key) GROUP BY incident")) {
      while (rs.next()) out.merge(rs.getString(1), 1, Integer::sum);
    }
    return out;
  }

  private static int documents(Path db) throws Exception {
    if (!Files.exists(db)) return 0;
    try {
      return (int) scalar(db, "SELECT COUNT(*) FROM documents");
    } catch (java.sql.SQLException e) {
      return 0;   // the first process has created the file but not yet the schema
    }
  }

  private static long scalar(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static String text(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  private static int rows(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      int n = 0;
      while (rs.next()) n++;
      return n;
    }
  }
}
