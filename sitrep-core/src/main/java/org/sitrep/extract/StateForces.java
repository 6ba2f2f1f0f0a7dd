package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Token;

/**
 * Whether a state force named in a sentence did the harm or answered it. Reports of political violence name soldiers
 * and police on both sides of an act: "police opened fire on protesters" and "the massacre, for which they hold the
 * army responsible" make the state the perpetrator, "troops rescued 40 passengers" and "soldiers killed three
 * guerrillas" make it the responder. Without a dependency parse the rules read the words around the force's noun
 * phrase: the agent of a harm verb (its subject, or its "by" phrase in the passive or after a harm noun), or the one
 * blamed, held responsible or accused. A harm whose patient is an attacker ("the gunman was shot dead by police",
 * "troops killed 12 militants") is the state's response, not a new perpetration, and stays with the responder.
 */
final class StateForces {
  private StateForces() {}

  /** Tokens [first, last) of one sentence: a state force's noun phrase. */
  record Span(int first, int last) {
    Span {
      if (first < 0 || last <= first) throw new IllegalArgumentException("bad span " + first + ".." + last);
    }
  }

  /** Head nouns of a state's forces taken as a body: "the army", "security forces", "the Air Force". */
  private static final Set<String> BODY_HEADS = Set.of(
      "army", "military", "police", "forces", "force", "navy", "gendarmerie", "paramilitary", "paramilitaries",
      "coalition", "regime");
  /** Head nouns of a state's forces taken as people: "soldiers", "Honduran troops", "policemen". */
  private static final Set<String> PEOPLE_HEADS = Set.of(
      "soldiers", "soldier", "troops", "policemen", "policeman", "paratroopers", "gendarmes", "guardsmen",
      "servicemen", "marines", "warplanes", "jets");
  /** People heads that are state forces only with a state word before them: "police officers", "army patrols". */
  private static final Set<String> QUALIFIED_HEADS = Set.of(
      "officers", "officer", "personnel", "patrol", "patrols", "units", "unit", "agents", "members", "planes",
      "aircraft", "helicopters", "helicopter", "guards");
  /** Nouns that make a phrase a state's before its head: "army soldiers", "government troops", "riot police". */
  private static final Set<String> STATE_MODIFIERS = Set.of(
      "army", "military", "police", "security", "government", "coalition", "border", "riot", "air", "navy", "naval",
      "armed", "state", "federal", "national", "checkpoint", "highway", "regime", "pro-government");
  /** Words that make "forces" or "troops" someone else's: "rebel forces", "opposition troops". */
  private static final Set<String> NOT_STATE = Set.of(
      "rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents", "militant", "militants", "opposition",
      "liberation", "revolutionary", "resistance", "militia", "terrorist", "terrorists", "islamist", "jihadist",
      "separatist", "separatists", "maoist", "anti-government", "task", "labor", "labour", "work", "driving",
      "special-purpose", "peacekeeping", "un", "u.n.", "houthi", "houthis", "taliban", "fmln", "farc", "eln", "pkk",
      "hamas", "hezbollah", "shabaab", "qaeda", "isis", "isil", "daesh", "contra", "contras");
  /** People nouns that may stand before "of the armed forces": "members of the army", "officers of the police". */
  private static final Set<String> PART_NOUNS = Set.of(
      "members", "member", "officers", "officer", "elements", "units", "unit", "personnel", "agents", "soldiers",
      "troops");

  /** Acts of harm a state force commits as a perpetrator: "killed", "opened fire", "bombed", "tortured". */
  private static final Set<String> HARM_VERBS = Set.of(
      "kill", "shoot", "murder", "massacre", "assassinate", "bomb", "strafe", "attack", "torture", "burn", "abduct",
      "kidnap", "execute", "beat", "rape", "machinegun", "machine-gun", "gun", "slay", "wound", "injure", "destroy",
      "raze", "shell", "loot", "fire", "disappear", "bayonet", "hack", "stab", "behead", "mutilate", "perpetrate",
      "commit", "club", "assault", "set", "dynamite", "blow", "hit", "target");
  /** Nouns of such acts, which take their agent in a "by" phrase or before them: "an air strike by", "police shootings". */
  private static final Set<String> HARM_NOUNS = Set.of(
      "strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes", "bombing", "bombings", "shooting",
      "shootings", "massacre", "massacres", "killing", "killings", "murder", "murders", "attack", "attacks",
      "assassination", "assassinations", "shelling", "bombardment", "bombardments", "execution", "executions",
      "torture", "crackdown", "crime", "crimes", "abduction", "abductions", "disappearance",
      "disappearances", "violence", "abuses", "atrocities", "atrocity", "slaughter", "death", "deaths");
  /**
   * The patients of a state's harm that make it the state's answer to the act: the attackers themselves, their
   * positions and camps ("troops killed 12 militants", "the Air Force bombed guerrilla positions").
   */
  private static final Set<String> ENEMY_NOUNS = Set.of(
      "militants", "militant", "gunmen", "gunman", "attackers", "attacker", "insurgents", "insurgent", "terrorists",
      "terrorist", "rebels", "rebel", "guerrillas", "guerrilla", "assailants", "assailant", "bomber", "bombers",
      "hijackers", "hijacker", "kidnappers", "kidnapper", "suspects", "suspect", "extremists", "extremist", "jihadists",
      "jihadist", "separatists", "subversives", "subversive", "fighters", "fighter", "narcoterrorists", "criminals",
      "robbers", "shooter", "perpetrators", "perpetrator", "positions", "position", "hideout", "hideouts", "camps",
      "bases", "commandos", "columns", "column", "militiamen", "bandits", "traffickers", "hitmen", "assassins",
      "murderers", "killers", "sharpshooter", "sniper", "snipers");
  /** Nouns for those who did an act, which a copula may identify: "the killers were policemen". */
  private static final Set<String> PERPETRATOR_NOUNS = Set.of("attackers", "attacker", "killers", "killer",
      "murderers", "murderer", "perpetrators", "perpetrator", "assailants", "assailant", "gunmen", "gunman", "culprits",
      "culprit", "kidnappers", "abductors", "assassins", "shooters", "shooter", "responsible");

  /** Groups that kill on a state's behalf, whose masters are perpetrators too: "death squads run by the army". */
  private static final Set<String> PERPETRATOR_GROUPS = Set.of("squads", "squad", "paramilitaries", "paramilitary",
      "militias", "militia", "gunmen", "groups", "gangs", "vigilantes");

  /** Verbs of blame that take the blamed as their object: "blamed the army", "accused soldiers of". */
  private static final Set<String> BLAME_VERBS = Set.of("blame", "accuse", "charge", "implicate", "indict", "convict",
      "denounce", "condemn");
  /** Participles and adjectives that say the subject is held to account: "were implicated in", "was responsible". */
  private static final Set<String> BLAMED_STATES = Set.of("accuse", "blame", "charge", "implicate", "involve",
      "participate", "link", "tie", "connect", "suspect", "hold", "indict", "convict", "responsible", "guilty",
      "culpable", "accountable", "behind");
  /** Words that end the clause a subject's verb must be found in. */
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "after", "before", "when", "while", "as",
      "because", "since", "if", "that", "which", "who", "whom", "whose", "where", "but", "until", "although", "though",
      "whereas", "according");
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "may", "might", "can",
      "could", "shall", "should", "must");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /**
   * The state forces' noun phrases of a sentence written as common nouns, whether or not NER tagged them: "the
   * army", "Honduran troops", "members of the armed forces", "Saudi-led coalition". A phrase whose words make it
   * someone else's ("rebel forces") is left out.
   */
  static List<Span> phrases(List<Token> t) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (!tok.pos().startsWith("NN")) continue;
      String w = tok.lower();
      // the head is the phrase's last noun: "army" in "army soldiers" is a modifier, "soldiers" the head
      if (i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN") && isStateHead(t, i + 1)) continue;
      if (!isStateHead(t, i)) continue;
      int first = i;
      while (first > 0 && modifies(t.get(first - 1))) first--;
      if (w.equals("force") || w.equals("coalition") || QUALIFIED_HEADS.contains(w)) {
        boolean qualified = false;
        for (int k = first; k < i; k++) qualified |= STATE_MODIFIERS.contains(t.get(k).lower()) || isLed(t.get(k));
        if (!qualified) continue;
      }
      boolean foreign = false;
      // "rebel forces": the word before may be one the phrase does not take in
      for (int k = Math.max(0, first - 1); k <= i; k++) foreign |= NOT_STATE.contains(t.get(k).lower());
      if (foreign) continue;
      // "members of the armed forces": the people are the phrase, the body their qualifier
      int of = first - 1;
      if (of >= 0 && t.get(of).pos().equals("DT")) of--;
      if (of >= 1 && t.get(of).lower().equals("of") && PART_NOUNS.contains(t.get(of - 1).lower())) {
        first = of - 1;
        while (first > 0 && modifies(t.get(first - 1))) first--;
      }
      out.add(new Span(first, i + 1));
    }
    return out;
  }

  private static boolean isStateHead(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (!t.get(i).pos().startsWith("NN")) return false;
    if (BODY_HEADS.contains(w) || PEOPLE_HEADS.contains(w)) {
      // "police station", "army base": the phrase goes on to its real head; "coalition air strikes", "a police
      // shooting" keep the force as the harm's agent
      if (i + 1 >= t.size() || !t.get(i + 1).pos().startsWith("NN")) return true;
      String next = t.get(i + 1).lower();
      return AIR.contains(next) || HARM_NOUNS.contains(next) || isStateHead(t, i + 1);
    }
    return QUALIFIED_HEADS.contains(w);
  }

  private static boolean modifies(Token t) {
    String pos = t.pos();
    return pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("POS") || pos.equals("HYPH")
        || pos.startsWith("NN") && STATE_MODIFIERS.contains(t.lower())
        || isLed(t);
  }

  /** "Saudi-led", whole or split at its hyphen ("Saudi", "-", "led"). */
  private static boolean isLed(Token t) { return t.lower().equals("led") || t.lower().endsWith("-led"); }

  /**
   * Whether the force at tokens [first, last) is the perpetrator: the agent of a harm ("soldiers killed", "killed by
   * soldiers", "an air strike by the coalition", "police shootings") whose patient is no attacker, or the one blamed
   * for it ("blamed the army", "held the military responsible", "soldiers were implicated in the massacre").
   *
   * @param armedGroups tokens of the sentence that name non-state armed groups ("FMLN" in "65 MRTA members"): a harm
   *                    done to them is the state fighting, not perpetrating
   */
  static boolean perpetrates(List<Token> t, int first, int last, Set<Integer> armedGroups) {
    if (disguise(t, first)) return false;
    return blamed(t, first, last) || agentOfHarm(t, first, last, armedGroups);
  }

  /** "guerrillas, disguised as policemen, kidnapped": a phrase after "as" or "like" is a disguise, not who did it. */
  private static boolean disguise(List<Token> t, int first) {
    int k = wordBefore(t, first);
    return k >= 0 && (t.get(k).lower().equals("as") || t.get(k).lower().equals("like"));
  }

  /** {@link #perpetrates(List, int, int, Set)} where the sentence names no armed group. */
  static boolean perpetrates(List<Token> t, int first, int last) { return perpetrates(t, first, last, Set.of()); }

  /** Whether the force is the one blamed, accused or held responsible. */
  static boolean blamed(List<Token> t, int first, int last) {
    // object of blame: "blamed the army", "accused soldiers of", "hold the army responsible", "attributed it to police"
    int k = wordBefore(t, first);
    if (k >= 0) {
      String lemma = lemma(t.get(k));
      if (t.get(k).pos().startsWith("VB") && BLAME_VERBS.contains(lemma) && !passive(t, k)) return true;
      // the last of those blamed: "blamed the government and the armed forces for", "implicated four officers,
      // including one colonel, and five members of the armed forces in"
      if (t.get(k).pos().equals("CC") && blameListed(t, k)) return true;
      // "the attackers were soldiers in uniform": the perpetrators named as the force
      if (lemma.equals("be") && k > 0 && PERPETRATOR_NOUNS.contains(t.get(k - 1).lower())) return true;
      if (lemma.equals("hold") && t.get(k).pos().startsWith("VB")
          && within(t, last, 4, x -> x.lower().equals("responsible") || x.lower().equals("accountable"))) return true;
      if ((t.get(k).lower().equals("on") || t.get(k).lower().equals("to"))
          && before(t, k, 5, x -> x.pos().startsWith("VB") && (lemma(x).equals("blame") || lemma(x).equals("attribute")))) {
        return true;
      }
    }
    // subject held to account: "the armed forces were guilty of the murders", "soldiers implicated in the killing"
    int j = skipAside(t, last);
    boolean negated = false;
    while (j < t.size() && (t.get(j).pos().equals("RB") || t.get(j).pos().equals("MD")
        || AUXILIARIES.contains(lemma(t.get(j))) && t.get(j).pos().startsWith("VB"))) {
      negated |= NEGATIONS.contains(t.get(j).lower());
      j++;
    }
    if (negated || j >= t.size()) return false;
    String state = lemma(t.get(j));
    if (!BLAMED_STATES.contains(state) && !BLAMED_STATES.contains(t.get(j).lower())) return false;
    boolean finite = t.get(j).pos().equals("VBD") || t.get(j).pos().equals("VBZ") || t.get(j).pos().equals("VBP");
    // "soldiers involved in the killing" is often tagged as a past tense; "participated in the crime" is one
    boolean involvedIn = j + 1 < t.size() && t.get(j + 1).lower().equals("in")
        && Set.of("involve", "implicate", "participate").contains(state);
    if (finite && !involvedIn) return false;
    if (state.equals("behind")) return within(t, j + 1, 4, x -> HARM_NOUNS.contains(x.lower()));
    // "responsible for security" is no blame: the thing answered for must be a harm
    return within(t, j + 1, 6, x -> HARM_NOUNS.contains(x.lower()) || x.lower().equals("it"));
  }

  /** Whether a list ending at the conjunction {@code cc} is the object of a verb of blame. */
  private static boolean blameListed(List<Token> t, int cc) {
    for (int k = cc - 1; k >= Math.max(0, cc - 16); k--) {
      Token x = t.get(k);
      if (x.pos().startsWith("VB") && BLAME_VERBS.contains(lemma(x))) return !passive(t, k);
      boolean listed = x.pos().startsWith("NN") || x.pos().startsWith("JJ") || x.pos().equals("DT")
          || x.pos().equals("CD") || x.pos().equals("PRP$") || x.pos().equals("POS") || x.pos().equals("CC")
          || x.text().equals(",") || x.lower().equals("of") || x.lower().equals("including") || x.pos().startsWith("-")
          || x.text().equals("[") || x.text().equals("]");
      if (!listed) return false;
    }
    return false;
  }

  /** Whether the force is the agent of a harm done to someone other than the attackers. */
  static boolean agentOfHarm(List<Token> t, int first, int last, Set<Integer> armedGroups) {
    return passiveAgent(t, first) || nounAgent(t, last) || activeSubject(t, first, last, armedGroups, true);
  }

  /**
   * Whether the person named at tokens [first, last) did the harm: blamed for it, its agent after "by", or the subject
   * of a harm verb. Unlike a force's, a person's harm to soldiers or police is an attack, not fighting.
   */
  static boolean personPerpetrates(List<Token> t, int first, int last, Set<Integer> armedGroups) {
    if (disguise(t, first)) return false;
    return blamed(t, first, last) || passiveAgent(t, first)
        || !insidePrepositionalPhrase(t, first) && activeSubject(t, first, last, armedGroups, false);
  }

  /**
   * "a concert by American pop star Ariana Grande at Manchester Arena killed 22": the name ends a phrase governed by a
   * preposition, so it is not the verb's subject even though nothing else stands between them.
   */
  private static boolean insidePrepositionalPhrase(List<Token> t, int first) {
    int k = first - 1;
    while (k >= 0 && (t.get(k).pos().startsWith("NN") || t.get(k).pos().startsWith("JJ") || t.get(k).pos().equals("DT")
        || t.get(k).pos().equals("POS") || t.get(k).pos().equals("CD"))) k--;
    return k >= 0 && (t.get(k).pos().equals("IN") && !SUBORDINATORS.contains(t.get(k).lower())
        || t.get(k).pos().equals("TO"));
  }

  /** "killed by soldiers", "an air strike by the Saudi-led coalition", "shootings by republicans and the police". */
  private static boolean passiveAgent(List<Token> t, int first) {
    int k = first - 1;
    while (k >= 0 && t.get(k).pos().equals("DT")) k--;
    if (k < 1) return false;
    if (t.get(k).pos().equals("CC")) {
      // the last of a list after "by": "by republicans, loyalists and the security forces"
      int floor = Math.max(0, k - 8);
      k--;
      while (k >= floor && !t.get(k).lower().equals("by")) {
        Token x = t.get(k);
        if (!(x.pos().equals("DT") || x.pos().startsWith("NN") || x.pos().startsWith("JJ") || x.text().equals(",")
            || x.pos().equals("POS"))) return false;
        k--;
      }
      if (k < Math.max(1, floor)) return false;
    }
    if (!t.get(k).lower().equals("by")) return false;
    // "death squads run by the armed forces", "paramilitaries backed by the army": the force behind the killers
    if (k >= 2 && Set.of("run", "backed", "controlled", "directed", "commanded", "organized", "organised")
        .contains(t.get(k - 1).lower()) && PERPETRATOR_GROUPS.contains(t.get(k - 2).lower())) return true;
    // "shot dead by", "killed and wounded by", "carried out by": the participle before "by"
    int v = k - 1;
    while (v > 0 && (t.get(v).pos().equals("RB") || t.get(v).pos().equals("RP") || t.get(v).pos().equals("CD")
        || t.get(v).pos().equals("NNP") || Set.of("dead", "down", "up", "out", "on", "in").contains(t.get(v).lower()))) {
      v--; // "carried out on 30 May by": a date may come between
    }
    Token verb = t.get(v);
    if ((verb.pos().equals("VBN") || verb.pos().equals("VBD")) && isHarmVerb(t, v)) {
      if (namesDeed(lemma(verb))) return patientIsHarm(t, v); // "operations carried out by the army" are no harm
      return !patientIsEnemy(t, v);
    }
    // "the massacre of six Jesuits by soldiers": a harm noun, perhaps with its "of" phrase, before "by"
    for (int n = k - 1; n >= Math.max(0, k - 7); n--) {
      Token x = t.get(n);
      if (x.pos().startsWith("NN") && HARM_NOUNS.contains(x.lower())) return true;
      if (!(x.pos().startsWith("NN") || x.pos().startsWith("JJ") || x.pos().equals("DT") || x.pos().equals("CD")
          || x.lower().equals("of") || x.text().equals(",") || x.pos().equals("CC") || x.pos().equals("POS"))) {
        return false;
      }
    }
    return false;
  }

  /** Verbs whose harm lies in their object: "committed the massacre", "carried out the killings". */
  private static boolean namesDeed(String lemma) {
    return lemma.equals("carry") || lemma.equals("commit") || lemma.equals("perpetrate");
  }

  /** "coalition air strikes", "a police shooting", "the army's bombing of": the force names who did the harm noun. */
  private static boolean nounAgent(List<Token> t, int last) {
    int k = last;
    if (k < t.size() && t.get(k).pos().equals("POS")) k++;
    boolean fromAir = t.get(last - 1).lower().equals("coalition");
    while (k < t.size() && (t.get(k).pos().startsWith("JJ") || AIR.contains(t.get(k).lower()))) {
      fromAir |= AIR.contains(t.get(k).lower());
      k++;
    }
    if (k >= t.size() || !t.get(k).pos().startsWith("NN") || k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN")) {
      return false;
    }
    String noun = t.get(k).lower();
    // a bare "police strike" is a walkout; "army attacks" are mostly on the rebels, "the army's deaths" its losses
    if (noun.equals("strike") || noun.equals("strikes")) return fromAir;
    return HARM_NOUNS.contains(noun) && !Set.of("death", "deaths", "attack", "attacks", "crime", "crimes").contains(noun);
  }

  private static final Set<String> AIR = Set.of("air", "drone", "missile", "rocket");

  /**
   * "police opened fire on protesters", "soldiers with their faces painted black arrived in the town and killed":
   * the force is the subject of a harm verb in its own clause, and what it harmed is no attacker.
   */
  private static boolean activeSubject(List<Token> t, int first, int last, Set<Integer> armedGroups,
                                       boolean forcesAreEnemies) {
    // a subject starts its clause: "killed 15 soldiers and wounded 30", "in collusion with the military, and
    // massacred" have the force as an object
    int p = first - 1;
    while (p >= 0 && (t.get(p).pos().equals("DT") || t.get(p).pos().equals("PRP$") || t.get(p).pos().equals("CD"))) p--;
    // ... but "witnesses said the army bombed" opens a clause after a verb of saying
    boolean saying = p >= 0 && t.get(p).pos().startsWith("VB") && (AttributionFinder.REPORTING_VERBS
        .contains(t.get(p).lower()) || CLAUSE_VERBS.contains(lemma(t.get(p))));
    if (p >= 0 && !saying && (t.get(p).pos().equals("IN") && !SUBORDINATORS.contains(t.get(p).lower())
        || t.get(p).pos().equals("TO") || t.get(p).pos().startsWith("VB"))) {
      return false;
    }
    int k = skipAside(t, last);
    boolean needsAnd = false;
    for (int steps = 0; k < t.size() && steps < SUBJECT_REACH; k++, steps++) {
      Token x = t.get(k);
      String lower = x.lower();
      if (CLAUSE_ENDS.contains(lower) || x.pos().equals("PRP") || ENEMY_NOUNS.contains(lower)
          || AttributionFinder.REPORTING_VERBS.contains(lower)) return false;
      if (!x.pos().startsWith("VB")) continue;
      String lemma = lemma(x);
      if (AUXILIARIES.contains(lemma)) continue;
      boolean finite = x.pos().equals("VBD") || x.pos().equals("VBZ") || x.pos().equals("VBP")
          || (x.pos().equals("VBN") || x.pos().equals("VBG")) && k > 0 && AUXILIARIES.contains(lemma(t.get(k - 1)))
          && !(x.pos().equals("VBN") && lemma(t.get(k - 1)).equals("be"));
      if (!finite) continue;
      // "began shooting randomly", "started firing": the harm is the verb after
      if (Set.of("begin", "start", "continue").contains(lemma) && k + 1 < t.size()
          && t.get(k + 1).pos().equals("VBG") && isHarmVerb(t, k + 1)) {
        return (!needsAnd || joined(t, k)) && !objectIsEnemy(t, k + 1, armedGroups, forcesAreEnemies);
      }
      if (isHarmVerb(t, k)) {
        if (needsAnd && !joined(t, k) || !hasObject(t, k)) return false;
        if (namesDeed(lemma)) return within(t, k + 2, 4, y -> HARM_NOUNS.contains(y.lower()));
        return !objectIsEnemy(t, k, armedGroups, forcesAreEnemies);
      }
      if (x.pos().equals("VBN") && lemma(t.get(k - 1)).equals("be")) return false; // passive: the force is the patient
      needsAnd = true; // "arrived in the town and killed": another verb of the same subject may follow
    }
    return false;
  }

  /**
   * How many tokens after its subject a harm verb may come: "soldiers with their faces painted black arrived in
   * Cayara last Saturday and broke down doors, looted stores" puts 16 between them.
   */
  private static final int SUBJECT_REACH = 24;

  /** Words tagged as prepositions that open a clause, so a subject may follow: "after military patrols killed". */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
      "although", "though", "that", "as", "if", "until", "whereas", "once", "whether");

  /** Verbs that take a clause whose subject may follow at once: "alleged the army had bombed". */
  private static final Set<String> CLAUSE_VERBS = Set.of("say", "report", "claim", "allege", "believe", "think",
      "know", "confirm", "hear", "acknowledge", "admit", "charge", "assert", "deny", "insist", "suspect", "fear");

  /** Nouns after an armed group's name that make it the thing harmed: "65 MRTA members", "FMLN positions". */
  private static final Set<String> GROUP_PARTS = Set.of("members", "member", "fighters", "fighter", "leader",
      "leaders", "commander", "commanders", "positions", "position", "column", "columns", "camp", "camps", "unit",
      "units", "base", "bases", "militants", "guerrillas", "rebels", "men", "troops", "forces", "combatants");

  /** Whether a verb is one of harm: "killed", "opened fire", "set fire to", "blew up", "carried out". */
  private static boolean isHarmVerb(List<Token> t, int k) {
    String lemma = lemma(t.get(k));
    if (lemma.equals("open")) return k + 1 < t.size() && t.get(k + 1).lower().equals("fire");
    if (lemma.equals("set")) return within(t, k + 1, 2, x -> x.lower().equals("fire") || x.lower().equals("ablaze"));
    if (lemma.equals("blow")) return within(t, k + 1, 3, x -> x.lower().equals("up"));
    if (lemma.equals("carry")) return within(t, k + 1, 1, x -> x.lower().equals("out"));
    return HARM_VERBS.contains(lemma);
  }

  /**
   * Whether a harm verb is used transitively, as an act done to someone: "killed three peasants", "opened fire on",
   * "shot dead a student"; "soldiers killed in the clash" is a reduced passive, "burned to death" what befell them.
   */
  private static boolean hasObject(List<Token> t, int k) {
    if (lemma(t.get(k)).equals("open")) return true; // "police opened fire" needs no one named at once
    int j = k + 1;
    while (j < t.size() && (t.get(j).pos().equals("RB") || t.get(j).pos().equals("RP")
        || Set.of("dead", "down", "up", "out", "fire", "ablaze").contains(t.get(j).lower()))) j++;
    if (j >= t.size()) return false;
    String pos = t.get(j).pos();
    if (t.get(j).lower().equals("to")) return lemma(t.get(k)).equals("set"); // "set fire to"
    return pos.equals("DT") || pos.equals("CD") || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("PRP")
        || pos.equals("PRP$") || Set.of("on", "at", "into", "upon", "against").contains(t.get(j).lower());
  }

  /** A harm verb reached from its subject past another verb must be joined to it: "arrived and killed". */
  private static boolean joined(List<Token> t, int k) {
    int j = k - 1;
    while (j >= 0 && t.get(j).pos().equals("RB")) j--;
    return j >= 0 && (t.get(j).pos().equals("CC") || t.get(j).text().equals(","));
  }

  /** Words of fighting between armed sides: a harm done in one is combat, not a perpetration. */
  private static final Set<String> COMBAT = Set.of("clash", "clashes", "fighting", "combat", "battle", "shootout",
      "firefight", "gunbattle", "skirmish", "confrontation", "exchange");

  /**
   * "killed 12 militants", "opened fire on the attackers", "bombed guerrilla positions", "shot 65 MRTA members in a
   * clash", "attacked a border patrol": the harm hit the attackers or another armed side.
   */
  private static boolean objectIsEnemy(List<Token> t, int verb, Set<Integer> armedGroups, boolean forcesAreEnemies) {
    List<Span> forces = forcesAreEnemies ? phrases(t) : List.of();
    for (int k = verb + 1; k < Math.min(t.size(), verb + 20); k++) {
      Token x = t.get(k);
      if (x.text().equals(".") || x.text().equals(";")) return false;
      // "65 MRTA members", "the FMLN": the group harmed; "FMLN hospitals" are a group's, harmed all the same
      boolean groupHead = armedGroups.contains(k) && (k + 1 >= t.size() || !armedGroups.contains(k + 1)
          && (!t.get(k + 1).pos().startsWith("NN") || GROUP_PARTS.contains(t.get(k + 1).lower())));
      if (groupHead || COMBAT.contains(x.lower())) return true;
      if (ENEMY_NOUNS.contains(x.lower()) && (x.pos().startsWith("NN") || x.pos().startsWith("JJ"))) return true;
      int at = k;
      if (forces.stream().anyMatch(f -> f.first() <= at && at < f.last())) return true;
      boolean finite = x.pos().equals("VBD") || x.pos().equals("VBZ") || x.pos().equals("VBP");
      if (finite && k > verb + 1 && !x.lower().equals("dead")) return false;
    }
    return false;
  }

  /** "operations carried out by the army" did no harm, "the massacre carried out by soldiers" did. */
  private static boolean patientIsHarm(List<Token> t, int verb) {
    for (int n = verb - 1; n >= Math.max(0, verb - 6); n--) {
      Token x = t.get(n);
      if (x.pos().startsWith("NN") && HARM_NOUNS.contains(x.lower())) return true;
      if (x.pos().startsWith("NN")) return false;
    }
    return false;
  }

  /**
   * "the gunman was shot dead by police", "attackers ... before being shot dead by French police", "the
   * sharpshooter, who was shot by policemen": the passive's patient is an attacker, so the force answered the act.
   */
  private static boolean patientIsEnemy(List<Token> t, int verb) {
    int k = verb - 1;
    while (k >= 0 && (t.get(k).pos().equals("RB") || t.get(k).pos().equals("CC")
        || t.get(k).pos().startsWith("VB") && (AUXILIARIES.contains(lemma(t.get(k))) || k < verb - 1))) {
      if (t.get(k).lower().equals("being") && k > 0
          && Set.of("before", "after", "until", "upon", "without").contains(t.get(k - 1).lower())) return true;
      k--;
    }
    // a relative clause's patient is the noun before it: "the sharpshooter, who was shot"
    if (k >= 0 && (t.get(k).lower().equals("who") || t.get(k).lower().equals("which") || t.get(k).lower().equals("that"))) {
      k--;
      if (k >= 0 && t.get(k).text().equals(",")) k--;
    }
    for (int n = k; n >= Math.max(0, k - 3); n--) {
      Token x = t.get(n);
      if (ENEMY_NOUNS.contains(x.lower()) && x.pos().startsWith("NN")) return true;
      if (!(x.pos().startsWith("NN") || x.pos().startsWith("JJ") || x.pos().equals("DT") || x.pos().equals("CD"))) {
        return false;
      }
    }
    return false;
  }

  /** The index after the force's phrase and an aside set off by commas: "members, who remain unidentified, are". */
  private static int skipAside(List<Token> t, int last) {
    if (last < t.size() && t.get(last).text().equals(",")) {
      for (int k = last + 1; k < Math.min(t.size(), last + 14); k++) {
        if (t.get(k).text().equals(",")) return k + 1;
        if (t.get(k).text().equals(".")) break;
      }
    }
    return last;
  }

  /** Whether the verb at {@code k} is a passive participle: "was accused", whose object is no blamed one. */
  private static boolean passive(List<Token> t, int k) {
    return t.get(k).pos().equals("VBN") && k > 0 && lemma(t.get(k - 1)).equals("be");
  }

  private static boolean within(List<Token> t, int from, int n, java.util.function.Predicate<Token> test) {
    for (int k = from; k < Math.min(t.size(), from + n); k++) {
      if (t.get(k).text().equals(".") || t.get(k).text().equals(";")) return false;
      if (test.test(t.get(k))) return true;
    }
    return false;
  }

  private static boolean before(List<Token> t, int to, int n, java.util.function.Predicate<Token> test) {
    for (int k = to - 1; k >= Math.max(0, to - n); k--) {
      if (t.get(k).text().equals(".") || t.get(k).text().equals(";")) return false;
      if (test.test(t.get(k))) return true;
    }
    return false;
  }

  /** The index of the word before the phrase at {@code first}, past its determiners and quotes, or -1. */
  private static int wordBefore(List<Token> t, int first) {
    int k = first - 1;
    while (k >= 0 && (t.get(k).pos().equals("DT") || t.get(k).pos().equals("PRP$") || isQuote(t.get(k)))) k--;
    return k;
  }

  private static boolean isQuote(Token t) { return t.pos().equals("``") || t.pos().equals("''"); }

  private static String lemma(Token t) { return t.lemma().toLowerCase(Locale.ROOT); }
}
