package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sitrep ingest} on a database that already holds reports, fed over 200 malformed inputs mixed with good
 * articles: one error line naming each bad input, the good articles stored, and every row stored before unchanged.
 */
class IngestCommandIT {
  private static final String FIRST = """
      {"id":"a1","source":"Dawn","published":"2024-05-14","title":"Police killed at checkpoint","text":"PESHAWAR, Pakistan -- Gunmen killed four police officers at a checkpoint outside Peshawar on Monday, officials said. No group claimed responsibility."}
      {"id":"a2","source":"Reuters","published":"2024-06-03","title":"Bus bombed","text":"MOGADISHU, Somalia -- A roadside bomb hit a minibus near Mogadishu on Sunday, killing at least nine passengers, police said. Al-Shabaab claimed responsibility."}
      """;
  private static final String LATER = """
      {"id":"b1","source":"AFP","published":"2024-09-20","title":"Kidnapping","text":"MAIDUGURI, Nigeria -- Gunmen kidnapped 14 farmers near Maiduguri on Thursday, residents said."}
      """;

  private record Run(int exit, String stderr) {}

  private static Run ingest(Path db, Path... paths) {
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      List<String> args = new ArrayList<>(List.of("--db", "jdbc:sqlite:" + db));
      for (Path p : paths) args.add(p.toString());
      int exit = new CommandLine(new IngestCommand()).execute(args.toArray(String[]::new));
      return new Run(exit, e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void malformedInputsAreNamedTheRestIsStoredAndNothingStoredBeforeChanges(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("sitrep.db");
    Path first = Files.writeString(dir.resolve("first.jsonl"), FIRST);
    Run initial = ingest(db, first);
    assertThat(initial.exit()).isZero();
    assertThat(count(db, "documents")).isEqualTo(2);
    List<String> before = dump(db);

    Path bad = Files.createDirectories(dir.resolve("bad"));
    List<String> mustFail = new ArrayList<>();
    for (int i = 0; i < 40; i++) mustFail.add(write(bad, "empty-" + i + ".txt", new byte[0]));
    for (int i = 0; i < 40; i++) mustFail.add(write(bad, "binary-" + i + ".txt", new byte[] {'M', 'Z', 0, 0, (byte) i, 0}));
    for (int i = 0; i < 40; i++) {   // 0x81 is neither UTF-8 nor Windows-1252
      mustFail.add(write(bad, "undecodable-" + i + ".txt", new byte[] {'G', 'u', 'n', (byte) 0x81, (byte) 0xC3, 'x',
          (byte) ('0' + i % 10)}));
    }
    Path huge = bad.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    mustFail.add(huge.toString());
    for (int i = 0; i < 30; i++) {
      mustFail.add(write(bad, "broken-" + i + ".jsonl", ("{\"id\":\"x" + i + "\",\"text\":\"Gunmen kil")
          .getBytes(StandardCharsets.UTF_8)));
    }
    for (int i = 0; i < 20; i++) {
      mustFail.add(write(bad, "broken-" + i + ".json", "[{\"text\": ".getBytes(StandardCharsets.UTF_8)));
    }
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
        + "<rss version=\"2.0\"><channel><title>&lol3;</title><item><title>&lol3;</title></item></channel></rss>";
    for (int i = 0; i < 10; i++) mustFail.add(write(bad, "laughs-" + i + ".xml", laughs.getBytes(StandardCharsets.UTF_8)));
    for (int i = 0; i < 20; i++) mustFail.add(write(bad, "report-" + i + ".docx", new byte[] {'P', 'K', 3, 4}));
    // hostile but possibly readable: each may be stored or refused, but must not disturb anything else
    String page = "<html><head><title>Attack</title></head><body><article><p>Gunmen attacked a police post in "
        + "Quetta on Monday, killing three officers, officials said.</p><p>The attackers fled.</p></article></body></html>";
    for (int i = 0; i < 20; i++) {
      write(bad, "truncated-" + i + ".html", page.substring(0, 20 + i * (page.length() - 20) / 20)
          .getBytes(StandardCharsets.UTF_8));
    }
    write(bad, "nested.html", ("<html><body>" + "<div>".repeat(100_000) + "deep").getBytes(StandardCharsets.UTF_8));
    assertThat(mustFail).hasSizeGreaterThanOrEqualTo(200);
    Path later = Files.writeString(dir.resolve("later.jsonl"), LATER);

    Run r = ingest(db, bad, later);

    assertThat(r.exit()).isZero();
    List<String> errors = r.stderr().lines().filter(l -> l.startsWith("sitrep: error:")).toList();
    for (String name : mustFail) {
      assertThat(errors).as("an error line naming " + name).anyMatch(l -> l.contains(name));
    }
    assertThat(r.stderr()).contains("(done)");
    assertThat(count(db, "documents")).isGreaterThanOrEqualTo(3);
    assertThat(query(db, "SELECT COUNT(*) FROM documents WHERE title = 'Kidnapping'")).isEqualTo("1");
    List<String> after = dump(db);
    assertThat(after).containsAll(before);   // every row stored before is still there, byte for byte
    assertThat(query(db, "PRAGMA integrity_check")).isEqualTo("ok");

    Run again = ingest(db, first, later);
    assertThat(again.stderr()).contains("0 stored, 3 already stored");
    assertThat(dump(db)).isEqualTo(after);
  }

  private static String write(Path dir, String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes).toString();
  }

  private static long count(Path db, String table) throws Exception {
    return Long.parseLong(query(db, "SELECT COUNT(*) FROM " + table));
  }

  private static String query(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  /** Every row of every sitrep table as one line, "table|col=value|...", excluding the migration bookkeeping. */
  private static List<String> dump(Path db) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
          + "'sqlite_%' AND name <> 'schema_version' AND name NOT LIKE '%fts%' ORDER BY name")) {
        while (rs.next()) tables.add(rs.getString(1));
      }
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder b = new StringBuilder(table);
            for (int i = 1; i <= md.getColumnCount(); i++) b.append('|').append(md.getColumnName(i)).append('=')
                .append(rs.getString(i));
            rows.add(b.toString());
          }
        }
      }
    }
    return rows;
  }
}
