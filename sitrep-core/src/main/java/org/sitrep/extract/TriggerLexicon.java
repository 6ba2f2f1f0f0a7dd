package org.sitrep.extract;

import static org.sitrep.domain.IncidentType.*;
import static org.sitrep.extract.TriggerStrength.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the words that name incidents, and keeps only those the sentence supports as real, specific violence:
 * a weak word ("attack", "shot", "strike") needs a violent cue beside it, a plural or hedged one ("such attacks",
 * "could attack") is marked generic.
 */
final class TriggerLexicon {
  private record Entry(Phrase phrase, IncidentType type, TriggerStrength strength) {}

  // Longer phrases first within each type is not needed: find() prefers the longest match at each position.
  private static final List<Entry> ENTRIES = List.of(
      e("suicide bomb*", SUICIDE_BOMBING, STRONG), e("suicide attack*", SUICIDE_BOMBING, STRONG),
      e("suicide car bomb*", SUICIDE_BOMBING, STRONG), e("blew himself up", SUICIDE_BOMBING, STRONG),
      e("blew herself up", SUICIDE_BOMBING, STRONG), e("explosive vest", SUICIDE_BOMBING, STRONG),
      e("suicide vest", SUICIDE_BOMBING, STRONG),
      e("blew up", BOMBING, STRONG), e("blown up", BOMBING, STRONG), e("blow up", BOMBING, STRONG),
      e("packed with explosives", BOMBING, STRONG), e("bombing", BOMBING, STRONG), e("bombings", BOMBING, STRONG), e("bomb", BOMBING, STRONG),
      e("car bomb", BOMBING, STRONG), e("roadside bomb", BOMBING, STRONG), e("bomber", BOMBING, STRONG),
      e("bombers", BOMBING, STRONG), e("ied", BOMBING, STRONG), e("improvised explosive device", BOMBING, STRONG),
      e("explosive device", BOMBING, STRONG), e("grenade attack", BOMBING, STRONG), e("grenade", BOMBING, WEAK),
      e("dynamite", BOMBING, WEAK), e("blast", BOMBING, WEAK), e("explosion", BOMBING, WEAK),
      e("explode", BOMBING, WEAK), e("detonate", BOMBING, WEAK), e("landmine", BOMBING, STRONG),
      e("airstrike", BOMBING, STRONG), e("air strike", BOMBING, STRONG), e("drone strike", BOMBING, STRONG),
      e("shelling", BOMBING, WEAK), e("mortar", BOMBING, WEAK), e("rocket attack", BOMBING, STRONG),
      e("hijack", HIJACKING, WEAK), e("hijacking", HIJACKING, WEAK), e("hijacker", HIJACKING, STRONG),
      e("hijackers", HIJACKING, STRONG),
      e("hostage", HOSTAGE_TAKING, STRONG), e("hostages", HOSTAGE_TAKING, STRONG),
      e("hostage-taking", HOSTAGE_TAKING, STRONG), e("siege", HOSTAGE_TAKING, WEAK),
      e("kidnap*", KIDNAPPING, STRONG), e("abduct*", KIDNAPPING, STRONG), e("kidnapping", KIDNAPPING, STRONG),
      e("assassinate", ASSASSINATION, STRONG), e("assassination", ASSASSINATION, STRONG),
      e("assassinated", ASSASSINATION, STRONG), e("assassin", ASSASSINATION, STRONG),
      e("gunman", ARMED_ASSAULT, STRONG), e("gunmen", ARMED_ASSAULT, STRONG), e("opened fire", ARMED_ASSAULT, STRONG),
      e("open fire", ARMED_ASSAULT, STRONG), e("shot dead", ARMED_ASSAULT, STRONG),
      e("gunned down", ARMED_ASSAULT, STRONG), e("ambush", ARMED_ASSAULT, STRONG), e("ambushed", ARMED_ASSAULT, STRONG),
      e("massacre", ARMED_ASSAULT, STRONG), e("hacked to death", ARMED_ASSAULT, STRONG), e("armed with", ARMED_ASSAULT, STRONG),
      e("machete attack", ARMED_ASSAULT, STRONG), e("stabbed to death", ARMED_ASSAULT, STRONG), e("gun attack", ARMED_ASSAULT, STRONG), e("stabbing", ARMED_ASSAULT, WEAK),
      e("stab", ARMED_ASSAULT, WEAK), e("attack", ARMED_ASSAULT, WEAK), e("attacks", ARMED_ASSAULT, WEAK),
      e("assault", ARMED_ASSAULT, WEAK), e("shooting", ARMED_ASSAULT, WEAK), e("shoot", ARMED_ASSAULT, WEAK),
      e("shot", ARMED_ASSAULT, WEAK), e("gunfire", ARMED_ASSAULT, WEAK), e("storm", ARMED_ASSAULT, WEAK),
      e("murder", ARMED_ASSAULT, WEAK), e("raid", ARMED_ASSAULT, WEAK),
      e("slaying", ARMED_ASSAULT, WEAK), e("attempt on the life", ASSASSINATION, STRONG),
      e("machinegunned", ARMED_ASSAULT, STRONG), e("strafed", ARMED_ASSAULT, STRONG),
      e("arson", ARSON, STRONG), e("set fire", ARSON, STRONG), e("set ablaze", ARSON, STRONG),
      e("torch", ARSON, WEAK), e("torched", ARSON, WEAK), e("firebomb*", ARSON, STRONG),
      e("petrol bomb*", ARSON, STRONG), e("molotov", ARSON, STRONG), e("burned down", ARSON, WEAK),
      e("burnt down", ARSON, WEAK), e("burn", ARSON, WEAK),
      e("sabotage", INFRASTRUCTURE_ATTACK, STRONG), e("sabotaged", INFRASTRUCTURE_ATTACK, STRONG),
      e("clash", ARMED_CLASH, WEAK), e("clashes", ARMED_CLASH, WEAK), e("gun battle", ARMED_CLASH, STRONG),
      e("firefight", ARMED_CLASH, STRONG), e("gunfight", ARMED_CLASH, STRONG),
      e("shootout", ARMED_CLASH, STRONG), e("encounter", ARMED_CLASH, WEAK), e("exchange of fire", ARMED_CLASH, STRONG),
      e("exchanged fire", ARMED_CLASH, STRONG), e("skirmish", ARMED_CLASH, WEAK), e("fighting", ARMED_CLASH, WEAK),
      e("battle", ARMED_CLASH, WEAK),
      e("operation", SECURITY_OPERATION, WEAK), e("offensive", SECURITY_OPERATION, WEAK),
      e("crackdown", SECURITY_OPERATION, WEAK), e("counter-terrorism operation", SECURITY_OPERATION, STRONG),
      e("counterterrorism operation", SECURITY_OPERATION, STRONG), e("rescue operation", SECURITY_OPERATION, STRONG),
      e("riot", RIOT, WEAK), e("rioting", RIOT, WEAK), e("rioter*", RIOT, WEAK), e("mob", RIOT, WEAK),
      e("lynch*", RIOT, STRONG), e("loot*", RIOT, WEAK), e("threw stones", RIOT, WEAK), e("hurled stones", RIOT, WEAK),
      e("protest", PROTEST, WEAK), e("protests", PROTEST, WEAK), e("protester*", PROTEST, WEAK),
      e("protestor*", PROTEST, WEAK), e("demonstration", PROTEST, WEAK), e("demonstrator*", PROTEST, WEAK),
      e("rally", PROTEST, WEAK), e("sit-in", PROTEST, WEAK),
      e("threaten", THREAT, WEAK), e("threat", THREAT, WEAK), e("bomb threat", THREAT, STRONG),
      e("death threat*", THREAT, STRONG), e("ultimatum", THREAT, WEAK), e("hoax", THREAT, STRONG),
      e("bomb scare", THREAT, STRONG), e("false alarm", THREAT, WEAK), e("found no device", THREAT, STRONG),
      e("no device", THREAT, WEAK),
      e("rescue*", SECURITY_OPERATION, WEAK), e("beaten", OTHER_VIOLENCE, WEAK), e("bludgeoned", OTHER_VIOLENCE, STRONG),
      e("robbery", ROBBERY, WEAK), e("robbed", ROBBERY, WEAK), e("rob", ROBBERY, WEAK), e("robber*", ROBBERY, WEAK),
      e("heist", ROBBERY, WEAK), e("stole", ROBBERY, WEAK),
      e("armed strike", FORCED_WORK_STOPPAGE, STRONG), e("work stoppage", FORCED_WORK_STOPPAGE, WEAK),
      e("strike", FORCED_WORK_STOPPAGE, WEAK), e("shutdown", FORCED_WORK_STOPPAGE, WEAK),
      e("kill", OTHER_VIOLENCE, CASUALTY), e("killing", OTHER_VIOLENCE, CASUALTY), e("dead", OTHER_VIOLENCE, CASUALTY),
      e("death", OTHER_VIOLENCE, CASUALTY), e("deaths", OTHER_VIOLENCE, CASUALTY), e("die", OTHER_VIOLENCE, CASUALTY),
      e("wound", OTHER_VIOLENCE, CASUALTY), e("injure", OTHER_VIOLENCE, CASUALTY),
      e("casualties", OTHER_VIOLENCE, CASUALTY), e("slain", OTHER_VIOLENCE, CASUALTY));

  /** Words that make a weak trigger violent: armed actors, weapons, harm. */
  private static final Set<String> VIOLENT_CUES = Set.of(
      "militant", "militants", "gunman", "gunmen", "insurgent", "insurgents", "rebel", "rebels", "guerrilla",
      "guerrillas", "terrorist", "terrorists", "attacker", "attackers", "assailant", "assailants", "bomber", "jihadist",
      "jihadists", "extremist", "extremists", "fighters", "soldier", "soldiers", "troops", "police", "policemen",
      "army", "military", "forces", "weapon", "weapons", "gun", "guns", "rifle", "rifles", "explosive", "explosives",
      "bomb", "grenade", "grenades", "hostage", "hostages", "killed", "kill", "dead", "death", "deaths", "wounded",
      "injured", "injuring", "killing", "casualties", "gunfire", "blast", "explosion", "bodies", "armed", "fired", "shot", "tear", "bullets", "train", "bus", "convoy", "checkpoint", "passengers", "civilians",
      "victims", "terrorism", "terror", "separatist", "separatists", "paramilitary", "mob", "stones", "torched",
      "hijacked", "kidnapped", "abducted", "security", "claimed", "responsibility", "plane", "aircraft", "vehicle",
      "hospital", "wounds", "rods", "sticks", "batons", "unidentified", "masked");

  /** Cues of force for protests: a peaceful march is no incident. */
  private static final Set<String> FORCE_CUES = Set.of(
      "tear", "baton", "batons", "bullets", "cannon", "clash", "clashed", "clashes", "killed", "dead", "died",
      "wounded", "injured", "injuring", "beaten", "beat", "fired", "stones", "rocks", "torched", "looted", "violent",
      "violence", "shot", "opened", "burned", "set");

  /** Makers of forced work stoppages: armed groups ordering a strike, not a union's. */
  private static final Set<String> FORCED_CUES = Set.of(
      "armed", "guerrillas", "rebels", "militants", "insurgents", "forced", "enforced", "ordered", "threatened",
      "terrorists", "maoists", "naxalites");

  /** Plural nouns naming people, not events: "the hostages" is specific, "attacks" in general is not. */
  private static final Set<String> PEOPLE_NOUNS = Set.of(
      "hostages", "gunmen", "hijackers", "bombers", "rioters", "protesters", "protestors", "demonstrators", "robbers",
      "kidnappers", "assassins", "casualties", "deaths", "clashes");

  private static final Set<String> HEDGES = Set.of(
      "such", "any", "every", "future", "possible", "potential", "no", "would", "could", "might", "may", "will",
      "if", "further", "more", "prevent", "against");

  private static final Phrase.Index<Entry> INDEX = new Phrase.Index<>(ENTRIES, Entry::phrase);

  private static Entry e(String phrase, IncidentType type, TriggerStrength strength) {
    return new Entry(Phrase.of(phrase), type, strength);
  }

  /** The triggers of one sentence that survive the context checks, longest match first at each position. */
  List<Trigger> find(String raw, Sentence s) {
    return find(raw, s, false);
  }

  /**
   * As {@link #find(String, Sentence)}, where {@code toldBefore} says the sentence before told of violence: a weak
   * act word in a sentence that goes on with it ("They also attacked two banks", "Later the rebels burned the town
   * hall") takes that sentence's cue, which news style does not repeat.
   */
  List<Trigger> find(String raw, Sentence s, boolean toldBefore) {
    boolean inherited = toldBefore && continues(s.tokens());
    List<Token> tokens = s.tokens();
    List<Trigger> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Entry best = INDEX.longestAt(tokens, i);
      if (best == null || !plausiblePart(tokens.get(i), best)) { i++; continue; }
      int last = i + best.phrase().size();
      if (namesTheAct(tokens, i, last)) best = new Entry(best.phrase(), actType(tokens.get(i), best), STRONG);
      if (supported(tokens, i, last, best, inherited)) {
        Evidence ev = Evidence.of(raw, tokens.get(i).start(), tokens.get(last - 1).end(), s.index());
        out.add(new Trigger(best.type(), best.strength(), s.index(), i, last, generic(tokens, i), ev));
      }
      i = last;
    }
    out.sort(Comparator.comparingInt(Trigger::first));
    return out;
  }

  /**
   * Nouns that name one act of violence against someone. Written with its victim ("the murder of the attorney
   * general", "Galan's assassination") such a noun reports that the act happened, however much the sentence is about
   * something else (a condemnation, an inquiry, a strike that followed): no violent cue is needed beside it.
   */
  private static final Set<String> ACT_NOUNS = Set.of(
      "murder", "murders", "killing", "killings", "assassination", "assassinations", "massacre", "kidnapping",
      "kidnappings", "abduction", "abductions", "bombing", "bombings", "slaying", "slayings");

  /**
   * Verbs that say someone was deliberately killed ("was murdered", "were massacred"), unlike "killed", which
   * accidents and disasters share.
   */
  private static final Set<String> MURDER_VERBS = Set.of("murder", "massacre", "slay", "assassinate", "dynamite");

  /** Nouns that name an attack but not whom it hit: "the attack on Senator Samper" names it. */
  private static final Set<String> ATTACK_NOUNS = Set.of("attack", "raid", "assault");

  /**
   * "the attack on Senator Ernesto Samper", "the raid … on the Sheraton Hotel": a person named by the parser, or a
   * name after a title, right after "on" or "against". A country after "on" is a war's front, not a target.
   */
  private static boolean attackOnSomeoneNamed(List<Token> tokens, int next) {
    int k = next;
    if (k < tokens.size() && tokens.get(k).lower().equals("by")) return false;
    if (k >= tokens.size() || !(tokens.get(k).lower().equals("on") || tokens.get(k).lower().equals("against"))) {
      return false;
    }
    boolean titled = false;
    for (k = k + 1; k < Math.min(tokens.size(), next + 5); k++) {
      Token w = tokens.get(k);
      if (TITLES.contains(w.lower())) { titled = true; continue; }
      if (w.pos().startsWith("NNP")) return titled || w.ner().equals("PERSON");
      if (!OF_FILLERS.contains(w.lower()) && !w.pos().startsWith("JJ")) return false;
    }
    return false;
  }

  /** Determiners and the like that may stand between "of" and the victim's words. */
  private static final Set<String> OF_FILLERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "two");

  /**
   * Whether the words at [first, last) name the act with its victim: "the murder of X" (X a name, a title or a
   * number of people), "X's murder", or a murder verb ("was murdered"). Plural nouns need a name or a number after
   * "of", so "the killings of civilians" stays talk of killings in general.
   */
  private static boolean namesTheAct(List<Token> tokens, int first, int last) {
    Token t = tokens.get(first);
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    if (t.pos().startsWith("VB")) return last == first + 1 && MURDER_VERBS.contains(lemma);
    if (t.pos().startsWith("NN") && last == first + 1 && ATTACK_NOUNS.contains(t.lower())) {
      return attackOnSomeoneNamed(tokens, last);
    }
    if (!t.pos().startsWith("NN") || last != first + 1 || !ACT_NOUNS.contains(t.lower())) return false;
    if (first > 0 && tokens.get(first - 1).pos().equals("POS") && first > 1
        && tokens.get(first - 2).pos().startsWith("NNP")) {
      return true; // "Galan's murder"
    }
    if (last >= tokens.size() || !tokens.get(last).lower().equals("of")) return false;
    boolean plural = t.pos().equals("NNS");
    for (int k = last + 1; k < Math.min(tokens.size(), last + 4); k++) {
      Token w = tokens.get(k);
      if (w.pos().equals("CD") || w.pos().startsWith("NNP")) return true;
      if (!plural && w.pos().startsWith("NN")) return true; // "the murder of a mayor"
      if (!OF_FILLERS.contains(w.lower()) && !w.pos().startsWith("JJ")) return false;
    }
    return false;
  }

  /** Titles and ranks before a name: "the murder of Dr Luis Galan" and "Galan's murder" name the same victim. */
  private static final Set<String> TITLES = Set.of(
      "dr", "mr", "mrs", "ms", "father", "priest", "senator", "mayor", "judge", "justice", "magistrate", "general",
      "colonel", "captain", "president", "minister", "candidate", "leader", "councilman", "deputy", "governor");

  /**
   * The words of the name of the one victim an act trigger names ("the murder of Dr Luis Carlos Galan" gives LUIS,
   * CARLOS, GALAN; "Galan's murder" and "Galan was murdered" give GALAN), upper-cased, titles left out; empty when
   * the trigger names no one by name. Two acts with victims that share no word are two incidents.
   */
  static Set<String> namedVictim(List<Token> tokens, Trigger trigger) {
    int first = trigger.first();
    int last = trigger.last();
    Token t = tokens.get(first);
    boolean seized = trigger.type() == KIDNAPPING && t.pos().equals("VBN"); // "Senator Sedano, kidnapped on 9 May"
    if (!seized && !namesTheAct(tokens, first, last)) return Set.of();
    if (t.pos().startsWith("VB")) {
      // "Galan was murdered", "Galan, who was murdered", "Sedano, kidnapped on 9 May"; not "they murdered"
      int k = first - 1;
      while (k >= 0 && (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().startsWith("RB"))) k--;
      boolean passive = k < first - 1;
      if (k >= 1 && tokens.get(k).lower().equals("who") && tokens.get(k - 1).text().equals(",")) k -= 2;
      else if (k >= 0 && tokens.get(k).text().equals(",") && !passive) k -= 1;
      else if (!passive) return Set.of();
      return k >= 0 ? nameEndingAt(tokens, k) : Set.of();
    }
    if (first > 1 && tokens.get(first - 1).pos().equals("POS")) return nameEndingAt(tokens, first - 2);
    int k = last + 1;
    while (k < tokens.size() && !tokens.get(k).pos().startsWith("NNP")
        && (OF_FILLERS.contains(tokens.get(k).lower()) || tokens.get(k).pos().startsWith("JJ")
            || TITLES.contains(tokens.get(k).lower()))) {
      k++;
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (; k < tokens.size() && tokens.get(k).pos().startsWith("NNP"); k++) {
      String w = tokens.get(k).lower();
      if (!TITLES.contains(w) && w.length() > 1) out.add(w.toUpperCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static Set<String> nameEndingAt(List<Token> tokens, int end) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (int k = end; k >= 0 && tokens.get(k).pos().startsWith("NNP"); k--) {
      String w = tokens.get(k).lower();
      if (!TITLES.contains(w) && w.length() > 1) out.add(w.toUpperCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The act a noun or verb names: killing is an armed assault, whatever the lexicon's weaker reading of the word. */
  private static IncidentType actType(Token t, Entry entry) {
    return entry.strength() == CASUALTY ? ARMED_ASSAULT : entry.type();
  }

  /** Rejects a match whose part of speech contradicts the entry: "March" the month, "Bomb" in a name. */
  private static boolean plausiblePart(Token t, Entry entry) {
    String pos = t.pos();
    if (pos.startsWith("NNP") && t.isCapitalized() && !t.text().equals(t.text().toUpperCase())) return false;
    return !(entry.type() == FORCED_WORK_STOPPAGE && pos.startsWith("VB")); // "strike" the verb is a hit, not a stoppage
  }

  /**
   * Words that carry a sentence on from the one before: "also", "later", "then". Anywhere in the sentence, not only
   * beside the act word: on MUC-4 train, asking for them within a few words of it lost the gain in cross-validation.
   */
  private static final Set<String> CONTINUERS = Set.of("also", "later", "then", "subsequently", "afterwards");

  private static boolean continues(List<Token> tokens) {
    for (Token t : tokens) {
      if (CONTINUERS.contains(t.lower())) return true;
    }
    return false;
  }

  private static boolean supported(List<Token> tokens, int first, int last, Entry entry, boolean inherited) {
    return switch (entry.strength()) {
      case STRONG -> entry.type() != HIJACKING || hasCue(tokens, first, last, VIOLENT_CUES);
      case CASUALTY -> true; // the assembler keeps these only beside a casualty figure or victim
      case WEAK -> switch (entry.type()) {
        case PROTEST, RIOT -> hasCue(tokens, first, last, FORCE_CUES);
        case FORCED_WORK_STOPPAGE -> hasCue(tokens, first, last, FORCED_CUES);
        default -> inherited || hasCue(tokens, first, last, VIOLENT_CUES) || hitsATarget(tokens, first, last, entry);
      };
    };
  }

  /** Weak act words that, done to a building or a line, are sabotage or terror whoever did them. */
  private static final Set<IncidentType> TARGETED_ACTS = Set.of(ARMED_ASSAULT, BOMBING, ARSON);

  /**
   * Things an armed group attacks and a debate or a match does not: one "attacks" a rival's plan, but a power tower,
   * an embassy or a police station attacked, dynamited or burned is an incident.
   */
  private static final Set<String> TARGETS = Set.of(
      "tower", "towers", "pylon", "pylons", "facility", "facilities", "installation", "installations",
      "headquarters", "offices", "office", "residence", "embassy", "bank", "banks", "building", "buildings",
      "substation", "station", "bridge", "bridges", "pipeline", "barracks", "outpost", "church", "mosque", "temple",
      "school", "store", "stores", "shops", "warehouse", "plant", "truck", "trucks", "vehicles");

  /** How far either side of a weak act word its target may stand: roughly its clause, not the sentence's. */
  private static final int TARGET_REACH = 8;

  private static boolean hitsATarget(List<Token> tokens, int first, int last, Entry entry) {
    return TARGETED_ACTS.contains(entry.type()) && hasCue(tokens, first, last, TARGETS, TARGET_REACH);
  }

  /** Whether a cue stands anywhere in the sentence outside the trigger's words. */
  private static boolean hasCue(List<Token> tokens, int first, int last, Set<String> cues) {
    return hasCue(tokens, first, last, cues, tokens.size());
  }

  /** Whether a cue stands within {@code reach} words either side of the trigger. */
  private static boolean hasCue(List<Token> tokens, int first, int last, Set<String> cues, int reach) {
    for (int k = Math.max(0, first - reach); k < Math.min(tokens.size(), last + reach); k++) {
      if (k >= first && k < last) continue;
      if (cues.contains(tokens.get(k).lower())) return true;
    }
    return false;
  }

  /** Words after a trigger that make it an ongoing conflict, not an incident: "fighting … began last year". */
  private static final Set<String> ONGOING = Set.of(
      "began", "begun", "started", "raged", "raging", "continues", "continue", "continued", "dragged", "ongoing");

  /** Plural or hedged mentions talk about attacks in general, not one that happened. */
  private static boolean generic(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    for (int k = i + 1; k < Math.min(tokens.size(), i + 8); k++) {
      if (ONGOING.contains(tokens.get(k).lower())) return true;
    }
    // A running total ("has killed more than 7,000 people since 2004") counts a conflict, not one incident.
    for (int k = i + 1; k + 1 < tokens.size(); k++) {
      if (tokens.get(k).lower().equals("since") && tokens.get(k + 1).text().matches("(19|20)\\d\\d")) return true;
    }
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (HEDGES.contains(tokens.get(k).lower())) return true;
    }
    if (t.pos().equals("NNS") && !PEOPLE_NOUNS.contains(t.lower()) && !namesTheAct(tokens, i, i + 1)) {
      for (int k = Math.max(0, i - 3); k < i; k++) {
        String pos = tokens.get(k).pos();
        String w = tokens.get(k).lower();
        if (pos.equals("CD") || w.equals("twin") || w.equals("both") || w.equals("these") || w.equals("those")) return false;
      }
      return true;
    }
    return false;
  }
}
