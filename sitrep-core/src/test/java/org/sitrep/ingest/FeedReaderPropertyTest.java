package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.pipeline.DocResult;
import org.sitrep.pipeline.Problem;

/** {@link FeedReader} on generated feed-like XML: results named by the file or its items, in order, never a throw. */
class FeedReaderPropertyTest {
  private final FeedReader reader = new FeedReader(DocumentReader.DEFAULT_MAX_BYTES);

  private static final List<String> PIECES = List.of("<rss>", "</rss>", "<feed>", "</feed>", "<channel>",
      "</channel>", "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<description>",
      "</description>", "<content type='html'>", "</content>", "<link>", "</link>", "<pubDate>", "</pubDate>",
      "Tue, 05 Mar 2024 10:00:00 GMT", "<![CDATA[<p>Shots fired.</p>]]>", "&lt;p&gt;Escaped.&lt;/p&gt;",
      "<!DOCTYPE x [<!ENTITY e \"&e;&e;\">]>", "&e;", "&amp;", "<?xml version='1.0'?>", "<", ">", "]]>",
      "A bomb exploded. ", "é", "\u0001", " ");

  @Provide
  Arbitrary<String> feeds() {
    return Arbitraries.of(PIECES).list().ofMaxSize(50).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void everyResultIsNamedByTheFileOrItsNextItem(@ForAll("feeds") String xml) {
    List<DocResult<Source>> results =
        reader.read("f.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).toList();
    assertThat(results).isNotEmpty();
    int item = 0;
    for (DocResult<Source> r : results) {
      String name = IngestFixtures.name(r);
      if (name.equals("f.xml")) {
        assertThat(r).as("a problem with the whole file ends it").isSameAs(results.get(results.size() - 1));
        continue;
      }
      assertThat(name).isEqualTo("f.xml#" + ++item);
      if (r instanceof DocResult.Ok<Source> ok) {
        assertThat(ok.value().bytes()).isNotEmpty();
        assertThat(ok.warnings()).extracting(Problem::input).allMatch(name::equals);
      }
    }
  }
}
