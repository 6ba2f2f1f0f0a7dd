package org.sitrep.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Token;

/** Loads CoreNLP's models (the truecaser included): needs ~3 GB of heap, hence an IT. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreNlpEngineIT {
  private static final String SHOUTING = "GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED A "
      + "POLICE POST IN SAN SALVADOR YESTERDAY.";
  private static final String CASED = "Guerrillas of the Farabundo Marti National Liberation Front attacked a "
      + "police post in San Salvador yesterday. Police chief Juan Lopez said two officers were wounded.";

  private final CoreNlpEngine engine = CoreNlpEngine.sitrepProfile();
  private final CoreNlpEngine withoutTruecasing = CoreNlpEngine.sitrepProfileWithoutTruecasing();
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void namesInUpperCaseWireCopyAreFound() {
    NlpDoc doc = engine.analyze(cleaner.clean(SHOUTING));

    assertThat(doc.mentions()).extracting(EntityMention::type, EntityMention::text).containsExactly(
        tuple(EntityType.ORGANIZATION, "FARABUNDO MARTI NATIONAL LIBERATION FRONT"),
        tuple(EntityType.LOCATION, "SAN SALVADOR"));
  }

  @Test
  void upperCaseWordsGetTheTagsOfTheirTruecasedForm() {
    List<Token> tokens = engine.analyze(cleaner.clean(SHOUTING)).sentences().get(0).tokens();

    assertThat(tokens).extracting(Token::text, Token::pos).contains(
        tuple("GUERRILLAS", "NNS"), tuple("OF", "IN"), tuple("THE", "DT"), tuple("FARABUNDO", "NNP"),
        tuple("ATTACKED", "VBD"), tuple("POLICE", "NN"), tuple("IN", "IN"), tuple("SALVADOR", "NNP"));
    // Lemmas come from the truecased word: rules keyed on lemmas work on wire copy as on cased news.
    assertThat(tokens).extracting(Token::text, Token::lemma).contains(
        tuple("GUERRILLAS", "guerrilla"), tuple("ATTACKED", "attack"), tuple("SAN", "San"));
    // The restored case, so that "is this a capitalised word" still means something in wire copy.
    assertThat(tokens).extracting(Token::text, Token::cased, Token::isCapitalized).contains(
        tuple("POLICE", "police", false), tuple("FARABUNDO", "Farabundo", true), tuple("SALVADOR", "Salvador", true));
  }

  @Test
  void tokenTextsAndOffsetsStayThoseOfTheRawUpperCaseText() {
    // Extra spaces and a hard wrap make the cleaned text's offsets differ from the raw text's.
    String raw = "  GUERRILLAS OF THE   FARABUNDO MARTI\nNATIONAL LIBERATION FRONT ATTACKED A POLICE POST IN SAN\n"
        + "SALVADOR YESTERDAY.\n";
    NlpDoc doc = engine.analyze(cleaner.clean(raw));

    assertThat(doc.raw()).isEqualTo(raw);
    List<Token> tokens = doc.sentences().get(0).tokens();
    assertThat(tokens).extracting(Token::text).containsExactly("GUERRILLAS", "OF", "THE", "FARABUNDO", "MARTI",
        "NATIONAL", "LIBERATION", "FRONT", "ATTACKED", "A", "POLICE", "POST", "IN", "SAN", "SALVADOR", "YESTERDAY",
        ".");
    for (Token t : tokens) assertThat(raw.substring(t.start(), t.end())).isEqualTo(t.text());
    assertThat(tokens.get(3).start()).isEqualTo(raw.indexOf("FARABUNDO"));
    assertThat(tokens.get(14).start()).isEqualTo(raw.indexOf("SALVADOR"));
    for (EntityMention m : doc.mentions()) assertThat(raw.substring(m.start(), m.end())).isEqualTo(m.text());
    assertThat(doc.mentions()).extracting(EntityMention::text)
        .containsExactly("FARABUNDO MARTI\nNATIONAL LIBERATION FRONT", "SAN\nSALVADOR");
  }

  @Test
  void casedTextGetsExactlyWhatTheCasedPipelineGives() {
    NlpDoc doc = engine.analyze(cleaner.clean(CASED));

    assertThat(doc).isEqualTo(withoutTruecasing.analyze(cleaner.clean(CASED)));
    assertThat(doc.mentions()).extracting(EntityMention::type, EntityMention::text).containsExactly(
        tuple(EntityType.ORGANIZATION, "Farabundo Marti National Liberation Front"),
        tuple(EntityType.LOCATION, "San Salvador"),
        tuple(EntityType.PERSON, "Juan Lopez"));
    assertThat(doc.sentences().get(0).tokens()).extracting(Token::text, Token::pos)
        .contains(tuple("attacked", "VBD"), tuple("Salvador", "NNP"));
    List<Token> all = doc.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    assertThat(all).allSatisfy(t -> assertThat(t.cased()).isEqualTo(t.text()));
  }

  @Test
  void withoutTruecasingUpperCaseTextIsAnalysedAsWritten() {
    // Not a claim about CoreNLP's quality, only that the switch decides: the two runs must differ on wire copy.
    NlpDoc truecased = engine.analyze(cleaner.clean(SHOUTING));
    NlpDoc asWritten = withoutTruecasing.analyze(cleaner.clean(SHOUTING));

    assertThat(asWritten.sentences().get(0).tokens()).extracting(Token::text)
        .isEqualTo(truecased.sentences().get(0).tokens().stream().map(Token::text).toList());
    assertThat(asWritten).isNotEqualTo(truecased);
    assertThat(asWritten.sentences().get(0).tokens()).allSatisfy(t -> assertThat(t.cased()).isEqualTo(t.text()));
  }
}
