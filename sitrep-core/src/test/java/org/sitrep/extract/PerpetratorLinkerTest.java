package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Participants of hand-tagged sentences, through the extractor and the linker as {@link ArticleExtractor} runs them.
 * Tokens are "word/POS" or "word/POS/lemma"; braces mark an organisation NER found; a leading '*' marks the trigger.
 */
class PerpetratorLinkerTest {
  private record Tagged(NlpDoc doc, List<Trigger> triggers) {}

  private static Tagged tag(String... sentences) {
    StringBuilder raw = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    List<int[]> triggerAt = new ArrayList<>();
    for (int si = 0; si < sentences.length; si++) {
      if (si > 0) raw.append(' ');
      int sentenceStart = raw.length();
      List<Token> tokens = new ArrayList<>();
      int orgFirst = -1;
      for (String item : sentences[si].split(" ")) {
        boolean opens = item.startsWith("{");
        boolean closes = item.endsWith("}");
        boolean trigger = item.startsWith("*");
        String[] p = item.replaceAll("[{}*]", "").split("/");
        String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
        if (!tokens.isEmpty()) raw.append(' ');
        int start = raw.length();
        raw.append(p[0]);
        if (opens) orgFirst = tokens.size();
        if (trigger) triggerAt.add(new int[] {si, tokens.size()});
        tokens.add(new Token(p[0], lemma, p[1], "O", start, raw.length()));
        if (closes) {
          int first = tokens.get(orgFirst).start();
          mentions.add(new EntityMention(EntityType.ORGANIZATION, raw.substring(first, raw.length()), si, orgFirst,
              tokens.size(), first, raw.length()));
        }
      }
      out.add(new Sentence(si, sentenceStart, raw.length(), tokens));
    }
    NlpDoc doc = new NlpDoc(raw.toString(), out, mentions);
    List<Trigger> triggers = new ArrayList<>();
    for (int[] at : triggerAt) {
      Token tok = out.get(at[0]).tokens().get(at[1]);
      triggers.add(new Trigger(IncidentType.ARMED_ASSAULT, TriggerStrength.STRONG, at[0], at[1], at[1] + 1, false,
          Evidence.of(doc.raw(), tok.start(), tok.end(), at[0])));
    }
    return new Tagged(doc, triggers);
  }

  private static List<Participant> participants(String... sentences) {
    Tagged t = tag(sentences);
    List<Participant> people = new ParticipantExtractor(s -> false).extract(t.doc(), t.doc().sentences(), t.triggers(),
        List.of(), ActorAliases.of(t.doc()), Optional.empty());
    return PerpetratorLinker.link(people, ParticipantExtractor.genericMentions(t.doc().raw(), t.doc().sentences()));
  }

  private static List<Participant> perpetrators(List<Participant> people) {
    return people.stream().filter(p -> p.role() == Role.PERPETRATOR).toList();
  }

  @Test
  void genericMentionsBecomeTheClaimantsMentionsWithTheirSpans() {
    List<Participant> people = participants(
        "Gunmen/NNS *attacked/VBD/attack a/DT bus/NN in/IN Quetta/NNP ./.",
        "The/DT {Baloch/NNP Liberation/NNP Army/NNP} (/-LRB- BLA/NNP )/-RRB- claimed/VBD/claim responsibility/NN"
            + " for/IN the/DT attack/NN ./.",
        "The/DT militants/NNS fled/VBD/flee into/IN the/DT hills/NNS ./.");
    assertThat(perpetrators(people)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Baloch Liberation Army");
      assertThat(p.kind()).isEqualTo(ActorKind.NON_STATE_ARMED_GROUP);
      assertThat(p.aliases()).containsExactly("BLA");
      assertThat(p.mentions()).extracting(Evidence::text, Evidence::sentence)
          .containsExactly(tuple("Gunmen", 0), tuple("militants", 2));
      assertThat(p.claimedResponsibility()).isTrue();
      assertThat(p.evidence().sentence()).isEqualTo(1); // the claim's sentence
      assertThat(p.evidence().text()).isEqualTo("Baloch Liberation Army");
    });
  }

  @Test
  void theOnlyNamedGroupTakesTheGenericsWithoutAClaim() {
    List<Participant> people = participants(
        "Armed/JJ militants/NNS from/IN the/DT {Islamic/NNP State/NNP} *stormed/VBD/storm a/DT village/NN ./.",
        "The/DT attackers/NNS killed/VBD/kill 12/CD people/NNS ./.");
    assertThat(perpetrators(people)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Islamic State");
      assertThat(p.claimedResponsibility()).isFalse();
      assertThat(p.aliases()).isEmpty();
      assertThat(p.mentions()).extracting(Evidence::text).containsExactly("Armed militants", "attackers");
    });
  }

  @Test
  void twoNamedGroupsLeaveTheGenericsApart() {
    List<Participant> people = participants(
        "Gunmen/NNS *attacked/VBD/attack a/DT checkpoint/NN ./.",
        "Police/NNS blamed/VBD/blame the/DT {Baloch/NNP Liberation/NNP Army/NNP} and/CC the/DT {Pakistani/NNP"
            + " Taliban/NNP} ./.");
    assertThat(perpetrators(people)).extracting(Participant::name)
        .containsExactlyInAnyOrder("Baloch Liberation Army", "Pakistani Taliban", "Gunmen");
    assertThat(perpetrators(people)).allSatisfy(p -> assertThat(p.mentions()).isEmpty());
  }

  @Test
  void saidItCarriedOutIsAClaim() {
    List<Participant> people = participants(
        "A/DT bomb/NN *exploded/VBD/explode at/IN a/DT market/NN ./.",
        "The/DT {Balochistan/NNP Liberation/NNP Front/NNP} said/VBD/say it/PRP carried/VBD/carry out/RP"
            + " the/DT attack/NN ./.");
    assertThat(perpetrators(people)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Balochistan Liberation Front");
      assertThat(p.claimedResponsibility()).isTrue();
    });
  }

  @Test
  void aDenialIsNeitherAClaimNorTheAct() {
    List<Participant> people = participants(
        "Gunmen/NNS *attacked/VBD/attack a/DT bus/NN ./.",
        "The/DT {Baloch/NNP Liberation/NNP Army/NNP} denied/VBD/deny involvement/NN in/IN the/DT attack/NN ./.");
    assertThat(perpetrators(people)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Gunmen");
      assertThat(p.mentions()).isEmpty();
    });
    assertThat(people).filteredOn(p -> p.name().equals("Baloch Liberation Army")).singleElement()
        .satisfies(p -> {
          assertThat(p.role()).isEqualTo(Role.OTHER);
          assertThat(p.claimedResponsibility()).isFalse();
        });
  }

  @Test
  void noClaimYetIsNoClaim() {
    List<Participant> people = participants(
        "Fighters/NNS of/IN the/DT {Baloch/NNP Liberation/NNP Army/NNP} *attacked/VBD/attack a/DT bus/NN ,/,"
            + " but/CC the/DT group/NN has/VBZ/have not/RB claimed/VBN/claim responsibility/NN ./.");
    assertThat(perpetrators(people)).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Baloch Liberation Army");
      assertThat(p.claimedResponsibility()).isFalse();
    });
  }

  @Test
  void stateForcesRespondAndTakeNoGenerics() {
    List<Participant> people = participants(
        "Gunmen/NNS *attacked/VBD/attack a/DT bus/NN ./.",
        "Security/NN forces/NNS rescued/VBD/rescue 40/CD passengers/NNS ./.",
        "The/DT {Army/NNP} said/VBD/say the/DT attackers/NNS escaped/VBD/escape ./.");
    assertThat(people).filteredOn(p -> p.role() == Role.RESPONDER).extracting(Participant::name)
        .containsExactlyInAnyOrder("Security forces", "Army");
    assertThat(people).filteredOn(p -> p.role() == Role.RESPONDER)
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(ActorKind.STATE_FORCES));
    assertThat(perpetrators(people)).extracting(Participant::name).containsExactly("Gunmen");
  }

  @Test
  void aStateForceThatDidTheHarmIsThePerpetrator() {
    List<Participant> people = participants(
        "Witnesses/NNS said/VBD/say the/DT {Salvadoran/NNP Army/NNP} *bombed/VBD/bomb the/DT village/NN ./.",
        "Three/CD peasants/NNS were/VBD/be killed/VBN/kill by/IN soldiers/NNS ./.");
    assertThat(perpetrators(people)).extracting(Participant::name, Participant::kind)
        .containsExactly(tuple("Salvadoran Army", ActorKind.STATE_FORCES), tuple("soldiers", ActorKind.STATE_FORCES));
    assertThat(people).noneMatch(p -> p.role() == Role.RESPONDER);
  }

  @Test
  void aStateForceHeldResponsibleIsThePerpetrator() {
    List<Participant> people = participants(
        "Survivors/NNS described/VBD/describe the/DT *massacre/NN ,/, for/IN which/WDT they/PRP hold/VBP/hold"
            + " the/DT army/NN responsible/JJ ./.");
    assertThat(perpetrators(people)).extracting(Participant::name).containsExactly("army");
  }

  @Test
  void aStateForceThatAnsweredTheAttackStaysTheResponder() {
    List<Participant> people = participants(
        "Militants/NNS *hijacked/VBD/hijack a/DT train/NN ./.",
        "The/DT {Baloch/NNP Liberation/NNP Army/NNP} claimed/VBD/claim responsibility/NN ./.",
        "Pakistan/NNP 's/POS military/NN then/RB launched/VBD/launch an/DT *operation/NN to/TO confront/VB the/DT"
            + " attackers/NNS ./.",
        "Troops/NNS killed/VBD/kill 33/CD militants/NNS ./.");
    assertThat(perpetrators(people)).extracting(Participant::name).containsExactly("Baloch Liberation Army");
    assertThat(people).noneMatch(p -> p.kind() == ActorKind.STATE_FORCES && p.role() == Role.PERPETRATOR);
  }

  @Test
  void aStateForceNamedAloneIsNoArmedGroup() {
    assertThat(ParticipantExtractor.isArmedGroup("Army", new ActorAliases())).isFalse();
    assertThat(ParticipantExtractor.isArmedGroup("Irish Republican Army", new ActorAliases())).isTrue();
  }

  @Test
  void descriptionsAreGenericNamesAreNot() {
    assertThat(ParticipantExtractor.isGenericDescription("young men")).isFalse(); // men, but not described as suspects
    assertThat(ParticipantExtractor.isGenericDescription("armed men")).isTrue();
    assertThat(ParticipantExtractor.isGenericDescription("Gunmen")).isTrue();
    assertThat(ParticipantExtractor.isGenericDescription("suicide bombers")).isTrue();
    assertThat(ParticipantExtractor.isGenericDescription("Death Squads")).isFalse();
    assertThat(ParticipantExtractor.isGenericDescription("Baloch Liberation Army")).isFalse();
  }
}
