package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.resolve.ActorDictionary;
import org.sitrep.resolve.Gazetteer;

/**
 * Whatever tokens the NLP stage hands over, extraction never throws and every evidence span quotes the raw text.
 * The vocabulary mixes the words the rules react to (numbers, ordinals, months, weekdays, triggers, quotes) so that
 * random sentences reach the rules' corners; a real news text once crashed the date rules on "16th".
 */
class ArticleExtractorPropertyTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Gazetteer.bundled(), ActorDictionary.bundled());
  private static final List<String> WORDS = List.of(
      "16th", "2nd", "3", "27", "1,200", "2019", "90", "March", "May", "Tuesday", "last", "previous", "month", "the",
      "a", "at", "least", "more", "than", "nearly", "around", "dozens", "two", "dozen", "killed", "wounded", "held",
      "hostages", "militants", "gunmen", "police", "said", "according", "to", "bomb", "attack", "hijacked", "train",
      "in", "Quetta", "Pakistan", "of", "province", "“", "”", "\"", ",", ".", "(", ")", "BLA", "-", "claimed",
      "responsibility", "he", "added", "since", "ago", "years", "’s", "Army", "Liberation", "Front", "group", "rebel");
  private static final List<String> TAGS = List.of(
      "NN", "NNS", "NNP", "VBD", "VBN", "VBG", "VB", "JJ", "CD", "IN", "DT", "PRP", "RB", ",", ".", "POS", "HYPH", "MD");
  private static final List<String> NER = List.of("O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION");

  @Provide
  Arbitrary<List<List<Integer>>> sentences() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(30).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void neverThrowsAndEvidenceQuotesTheRawText(@ForAll("sentences") List<List<Integer>> picks) {
    StringBuilder raw = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (List<Integer> sentencePicks : picks) {
      List<Token> tokens = new ArrayList<>();
      int sentenceStart = raw.length();
      for (int pick : sentencePicks) {
        String w = WORDS.get(pick % WORDS.size());
        if (raw.length() > 0) raw.append(' ');
        int start = raw.length();
        raw.append(w);
        String ner = NER.get(pick % NER.size());
        tokens.add(new Token(w, w.toLowerCase(), TAGS.get(pick % TAGS.size()), ner, start, raw.length()));
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, sentenceStart, raw.length(), tokens));
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).ner().equals("O")) continue;
        EntityType type = EntityType.valueOf(tokens.get(i).ner());
        mentions.add(new EntityMention(type, tokens.get(i).text(), index, i, i + 1, tokens.get(i).start(),
            tokens.get(i).end()));
      }
    }
    String text = raw.toString();
    Document doc = new Document("d", "d.txt", Optional.empty(), Optional.of(LocalDate.of(2025, 3, 12)), "en", text);
    Extraction x = EXTRACTOR.extract(doc, new NlpDoc(text, sentences, mentions));

    List<Evidence> all = new ArrayList<>();
    for (Incident i : x.incidents()) {
      all.addAll(i.evidence());
      i.date().flatMap(d -> d.evidence()).ifPresent(all::add);
      i.location().flatMap(l -> l.evidence()).ifPresent(all::add);
      i.participants().forEach(p -> all.add(p.evidence()));
      i.weapons().forEach(w -> all.add(w.evidence()));
      i.tolls().forEach(t -> all.add(t.evidence()));
    }
    x.quotes().forEach(q -> all.add(q.evidence()));
    for (Evidence e : all) {
      assertThat(e.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }
}
