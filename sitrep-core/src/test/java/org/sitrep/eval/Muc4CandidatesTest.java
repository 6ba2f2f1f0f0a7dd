package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.testing.Tokens;

class Muc4CandidatesTest {
  /** Hand-tagged: word/POS/lemma, one sentence per array. */
  private static final String[][] SENTENCES = {
      {"MEMBERS/NNS/member", "OF/IN/of", "THE/DT/the", "FMLN/NNP/FMLN", "ATTACKED/VBD/attack", "THE/DT/the",
          "POWER/NN/power", "STATION/NN/station", "WITH/IN/with", "DYNAMITE/NN/dynamite", "./././"},
      {"THE/DT/the", "PRESIDENT/NN/president", "SPOKE/VBD/speak", "YESTERDAY/NN/yesterday", "./././"},
      {"IT/PRP/it", "RAINED/VBD/rain", "./././"},
      {"SHINING/NNP/Shining", "PATH/NNP/Path", "'S/POS/'s", "GANGS/NNS/gang", "FLED/VBD/flee", "./././"},
  };

  private static NlpDoc doc() {
    StringBuilder raw = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int s = 0; s < SENTENCES.length; s++) {
      List<Token> tokens = new ArrayList<>();
      int sentenceStart = raw.length();
      for (String word : SENTENCES[s]) {
        String[] parts = word.split("/");
        if (raw.length() > 0) raw.append(' ');
        int start = raw.length();
        raw.append(parts[0]);
        String ner = parts[0].equals("FMLN") ? "ORGANIZATION" : "O";
        tokens.add(new Token(parts[0], parts[2], parts[1], ner, start, raw.length(), parts[0]));
      }
      sentences.add(new Sentence(s, sentenceStart, raw.length(), tokens));
    }
    int fmln = raw.indexOf("FMLN");
    EntityMention m = new EntityMention(EntityType.ORGANIZATION, "FMLN", 0, 3, 4, fmln, fmln + 4);
    return new NlpDoc(raw.toString(), sentences, List.of(m));
  }

  private static Extraction extraction(NlpDoc nlp, Incident incident) {
    Document d = new Document("d", "d.txt", Optional.empty(), Optional.empty(), "en", nlp.raw());
    return new Extraction(d, List.of(incident), List.of());
  }

  private static Incident attack(NlpDoc nlp) {
    int at = nlp.raw().indexOf("ATTACKED");
    int station = nlp.raw().indexOf("POWER STATION");
    Participant target = new Participant("POWER STATION", List.of(), Role.TARGET, ActorKind.INFRASTRUCTURE, false,
        Evidence.of(nlp.raw(), station, station + "POWER STATION".length(), 0));
    return new Incident("i", IncidentStatus.CURRENT, IncidentType.ARMED_ASSAULT, List.of(), Optional.empty(),
        Optional.empty(), List.of(target), List.of(), List.of(), List.of(Evidence.of(nlp.raw(), at, at + 8, 0)));
  }

  private static Map<String, Muc4Candidates.Candidate> byText(List<Muc4Candidates.Candidate> candidates) {
    Map<String, Muc4Candidates.Candidate> out = new LinkedHashMap<>();
    for (Muc4Candidates.Candidate c : candidates) out.putIfAbsent(c.text(), c);
    return out;
  }

  @Test
  void proposesChunksTheirSuffixesOfExtensionsAndPossessors() {
    NlpDoc nlp = doc();
    Incident attack = attack(nlp);
    Map<String, Muc4Candidates.Candidate> c = byText(Muc4Candidates.of(extraction(nlp, attack), nlp,
        Map.of(attack, Muc4IncidentType.ATTACK)));

    assertThat(c).containsKeys("MEMBERS", "THE FMLN", "FMLN", "MEMBERS OF THE FMLN", "THE POWER STATION",
        "POWER STATION", "STATION", "DYNAMITE", "THE PRESIDENT");
    assertThat(c).as("two sentences away from the incident").doesNotContainKeys("SHINING PATH", "GANGS");
    assertThat(c.keySet()).as("no chunk without a noun").noneMatch(t -> t.equals("IT") || t.contains("ATTACKED"));
  }

  @Test
  void possessiveSplitsAChunk() {
    NlpDoc nlp = doc();
    List<String> texts = Muc4Candidates.chunks(nlp.sentences().get(3)).stream()
        .map(s -> nlp.raw().substring(nlp.sentences().get(3).tokens().get(s.first()).start(),
            nlp.sentences().get(3).tokens().get(s.last() - 1).end()))
        .toList();
    assertThat(texts).contains("SHINING PATH", "PATH", "GANGS").doesNotContain("SHINING PATH 'S GANGS");
  }

  @Test
  void featuresSayWhatThePhraseDoesInItsSentence() {
    NlpDoc nlp = doc();
    Incident attack = attack(nlp);
    Map<String, Muc4Candidates.Candidate> c = byText(Muc4Candidates.of(extraction(nlp, attack), nlp,
        Map.of(attack, Muc4IncidentType.ATTACK)));

    assertThat(c.get("DYNAMITE").features()).containsKeys("h:dynamite", "prep:with", "vL:attack", "pv:with_attack",
        "type:ATTACK", "evd:0", "first_mention");
    assertThat(c.get("MEMBERS").features()).containsKeys("subj:attack", "vL:none", "sent:0");
    assertThat(c.get("POWER STATION").features()).as("sitrep's own reading of the span")
        .containsKeys("sr:target", "sk:target:infrastructure", "obj:attack");
    assertThat(c.get("STATION").features()).as("inside sitrep's span").containsKey("osr:target")
        .doesNotContainKey("sr:target");
    assertThat(c.get("FMLN").features()).containsKeys("ner=ORGANIZATION", "cap_head");
    assertThat(c.get("THE PRESIDENT").features()).containsKeys("evd:1", "subj:speak");
  }

  @Test
  void noIncidentNoCandidates() {
    NlpDoc nlp = doc();
    assertThat(Muc4Candidates.of(extraction(nlp, attack(nlp)), nlp, Map.of())).isEmpty();
  }

  @Test
  void everyMentionOfAStringReadsWhatItsNamesakesDo() {
    NlpDoc nlp = Tokens.documentWithMentions(
        "Guerrillas/NNS/guerrilla attacked/VBD/attack the/DT post/NN ./.",
        "The/DT guerrillas/NNS/guerrilla fled/VBD/flee from/IN soldiers/NNS/soldier near/IN the/DT post/NN ./.");
    int at = nlp.raw().indexOf("attacked");
    Participant perpetrator = new Participant("Guerrillas", List.of(), Role.PERPETRATOR,
        ActorKind.NON_STATE_ARMED_GROUP, false, Evidence.of(nlp.raw(), 0, "Guerrillas".length(), 0));
    Incident incident = new Incident("i", IncidentStatus.CURRENT, IncidentType.ARMED_ASSAULT, List.of(),
        Optional.empty(), Optional.empty(), List.of(perpetrator), List.of(), List.of(),
        List.of(Evidence.of(nlp.raw(), at, at + "attacked".length(), 0)));
    List<Muc4Candidates.Candidate> all = Muc4Candidates.of(extraction(nlp, incident), nlp,
        Map.of(incident, Muc4IncidentType.ATTACK));
    Map<String, Double> first = find(all, 0, "Guerrillas");
    Map<String, Double> second = find(all, 1, "guerrillas");

    assertThat(first).containsKeys("sr:perpetrator", "doc_sr:perpetrator", "doc_sk:perpetrator:non_state_armed_group");
    assertThat(second).as("the same string, which sitrep did not tag in this sentence")
        .containsKeys("doc_sr:perpetrator", "doc_sk:perpetrator:non_state_armed_group")
        .doesNotContainKeys("sr:perpetrator", "osr:perpetrator");
    assertThat(find(all, 0, "the post")).containsKeys("obj:attack", "doc_obj:attack", "doc_pv:near_flee");
    assertThat(find(all, 1, "the post")).containsKeys("doc_obj:attack", "pv:near_flee").doesNotContainKey("obj:attack");
    assertThat(find(all, 1, "The guerrillas")).as("one string once normalized, as the key's strings are compared")
        .containsKey("doc_sr:perpetrator");
    assertThat(find(all, 1, "soldiers")).as("a string no mention of which sitrep tagged or the act has as object")
        .containsKey("doc_pv:from_flee").doesNotContainKeys("doc_sr:perpetrator", "doc_obj:attack");
  }

  private static Map<String, Double> find(List<Muc4Candidates.Candidate> all, int sentence, String text) {
    return all.stream().filter(c -> c.sentence() == sentence && c.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no candidate " + sentence + ":" + text)).features();
  }
}
