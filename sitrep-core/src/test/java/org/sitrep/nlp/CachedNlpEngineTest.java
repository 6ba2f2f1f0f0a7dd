package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.CleanText;
import org.sitrep.ingest.TextCleaner;

class CachedNlpEngineTest {
  @TempDir Path dir;

  /** Splits on spaces, tags capitalised words as LOCATION; counts its calls. */
  private static final class CountingEngine implements NlpEngine {
    int calls;

    @Override
    public NlpDoc analyze(CleanText text) {
      calls++;
      List<Token> tokens = new ArrayList<>();
      List<EntityMention> mentions = new ArrayList<>();
      int i = 0;
      for (String word : text.text().split(" ")) {
        int start = text.toRaw(i);
        int end = text.toRawEnd(i + word.length());
        boolean place = Character.isUpperCase(word.charAt(0));
        tokens.add(new Token(word, word.toLowerCase(), "NN", place ? "LOCATION" : "O", start, end, word + "~"));
        if (place) mentions.add(new EntityMention(EntityType.LOCATION, word, 0, tokens.size() - 1, tokens.size(),
            start, end));
        i += word.length() + 1;
      }
      Sentence s = new Sentence(0, 0, text.raw().length(), tokens);
      return new NlpDoc(text.raw(), List.of(s), mentions);
    }
  }

  @Test
  void aSecondAnalysisOfTheSameTextComesFromDiskAndEqualsTheFirst() {
    CountingEngine engine = new CountingEngine();
    CleanText text = new TextCleaner().clean("gunmen attacked a bus near\nQuetta on Tuesday");

    NlpDoc first = new CachedNlpEngine(() -> engine, "fake-1", dir).analyze(text);
    NlpDoc second = new CachedNlpEngine(() -> engine, "fake-1", dir).analyze(text);

    assertThat(engine.calls).isEqualTo(1);
    assertThat(second).isEqualTo(first);
    NlpDoc third = new CachedNlpEngine(() -> { throw new AssertionError("a hit must not load the engine"); },
        "fake-1", dir).analyze(text);
    assertThat(third).isEqualTo(first);
    assertThat(second.sentences().get(0).tokens()).extracting(Token::cased).contains("Quetta~");
    assertThat(second.mentions()).extracting(EntityMention::text).containsExactly("Quetta", "Tuesday");
  }

  @Test
  void anotherTextOrAnotherEngineIdMisses() {
    CountingEngine engine = new CountingEngine();
    TextCleaner cleaner = new TextCleaner();
    new CachedNlpEngine(() -> engine, "fake-1", dir).analyze(cleaner.clean("a bomb in Kabul"));
    new CachedNlpEngine(() -> engine, "fake-1", dir).analyze(cleaner.clean("a bomb in Kandahar"));
    new CachedNlpEngine(() -> engine, "fake-2", dir).analyze(cleaner.clean("a bomb in Kabul"));

    assertThat(engine.calls).isEqualTo(3);
  }

  @Test
  void aDamagedEntryIsAnalysedAgainAndRepaired() throws IOException {
    CountingEngine engine = new CountingEngine();
    CleanText text = new TextCleaner().clean("shelling in Donetsk");
    NlpDoc fresh = new CachedNlpEngine(() -> engine, "fake-1", dir).analyze(text);
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.toList()) Files.write(entry, new byte[] {31, -117, 8, 0, 1, 2});
    }

    NlpDoc again = new CachedNlpEngine(() -> engine, "fake-1", dir).analyze(text);
    NlpDoc third = new CachedNlpEngine(() -> engine, "fake-1", dir).analyze(text);

    assertThat(engine.calls).isEqualTo(2);
    assertThat(again).isEqualTo(fresh);
    assertThat(third).isEqualTo(fresh);
  }
}
