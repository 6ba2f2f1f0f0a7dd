package org.sitrep.extract;

import static org.sitrep.domain.TollGroup.*;
import static org.sitrep.domain.TollOutcome.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.OneLine;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Toll;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads casualty and involvement figures in one sentence: a quantity, the people it counts (the group, from the noun)
 * and what happened to them (the outcome, from the verb or adjective around it), with the sentence's source.
 *
 * <p>The rules follow English news structure rather than particular strings: the outcome may sit after the phrase
 * ("27 hostages were killed"), before it ("killing 27 villagers"), behind a relative or participial clause ("two
 * engineers working for a company have been kidnapped", "60 worshippers they were holding") or an appositive ("a
 * passenger, a girl aged 10, was hurt"); a partitive ("17 of the 20 passengers") counts the inner phrase's people;
 * people held by captors are hostages; a stated death toll that "has risen to N" is the toll and the deaths that
 * raised it are not another one; aggregate figures over years ("have killed hundreds in recent years") are no toll.
 */
final class TollExtractor {
  private static final Map<String, TollGroup> GROUP_NOUNS = groupNouns();
  private static final Map<String, TollOutcome> OUTCOME_WORDS = Map.ofEntries(
      Map.entry("killed", KILLED), Map.entry("kill", KILLED), Map.entry("killing", KILLED), Map.entry("dead", KILLED),
      Map.entry("died", KILLED), Map.entry("die", KILLED), Map.entry("slain", KILLED), Map.entry("murdered", KILLED),
      Map.entry("executed", KILLED), Map.entry("massacred", KILLED), Map.entry("shot", KILLED),
      Map.entry("lost", KILLED), Map.entry("claimed", KILLED), Map.entry("left", KILLED), Map.entry("buried", KILLED),
      Map.entry("injured", INJURED), Map.entry("injure", INJURED), Map.entry("injuring", INJURED),
      Map.entry("wounded", INJURED), Map.entry("wound", INJURED), Map.entry("wounding", INJURED),
      Map.entry("hurt", INJURED), Map.entry("beaten", INJURED), Map.entry("stabbed", INJURED), Map.entry("hospitalized", INJURED), Map.entry("hospitalised", INJURED),
      Map.entry("kidnapped", KIDNAPPED), Map.entry("kidnap", KIDNAPPED), Map.entry("abducted", KIDNAPPED),
      Map.entry("abduct", KIDNAPPED), Map.entry("seized", KIDNAPPED), Map.entry("taken", KIDNAPPED),
      Map.entry("took", KIDNAPPED), Map.entry("held", HELD), Map.entry("holding", HELD), Map.entry("hold", HELD),
      Map.entry("rescued", RESCUED), Map.entry("rescue", RESCUED), Map.entry("saved", RESCUED),
      Map.entry("freed", RELEASED), Map.entry("free", RELEASED), Map.entry("released", RELEASED),
      Map.entry("release", RELEASED), Map.entry("missing", MISSING), Map.entry("unaccounted", MISSING),
      Map.entry("aboard", INVOLVED), Map.entry("onboard", INVOLVED), Map.entry("on", INVOLVED),
      Map.entry("inside", INVOLVED), Map.entry("trapped", HELD), Map.entry("evacuated", INVOLVED),
      Map.entry("involved", INVOLVED), Map.entry("participated", INVOLVED));

  /** Verbs before a figure that say the people were present, not harmed: "a ferry carrying about 120 passengers". */
  private static final Set<String> PRESENCE_VERBS = Set.of("carrying", "carried", "carry", "ferrying", "transporting");

  /** "The robbers, numbering about 20": the figure sizes the noun phrase before the comma. */
  private static final Set<String> SIZE_VERBS = Set.of("numbering", "totalling", "totaling");

  /** Nouns that carry their own outcome: "two deaths", "30 injuries". */
  private static final Map<String, TollOutcome> OUTCOME_NOUNS = Map.of(
      "deaths", KILLED, "death", KILLED, "dead", KILLED, "bodies", KILLED, "fatalities", KILLED, "lives", KILLED,
      "injuries", INJURED, "wounded", INJURED, "injured", INJURED);

  /** Units that make a number something other than a head count. */
  private static final Set<String> NON_PEOPLE = Set.of(
      "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
      "percent", "per", "%", "km", "kilometres", "kilometers", "miles", "metres", "meters", "kg", "rupees", "dollars",
      "pesos", "am", "a.m.", "pm", "p.m.", "o'clock", "times", "vehicles", "cars", "buildings", "houses", "homes",
      "rounds", "shots", "bullets", "votes", "seats", "points", "goals", "acres", "tons", "tonnes", "feet", "inches",
      "million", "billion", "year-old", "sheep", "cattle", "goats", "animals", "dogs", "cows", "horses", "trains",
      "buses", "trucks", "rifles", "weapons", "guns");

  private static final Set<String> BE = Set.of("were", "was", "are", "is", "been", "be", "being", "had", "have", "has",
      "remain", "remained", "remains", "still", "reportedly", "also", "all", "later", "allegedly", "initially");

  /** Auxiliaries that can open the verb group after a participial clause: "engineers working for X have been ...". */
  private static final Set<String> AUXILIARIES = Set.of(
      "were", "was", "are", "is", "had", "have", "has", "remain", "remained", "remains");

  /** Time spans that make a figure an aggregate over many events when the verb is present or perfect. */
  private static final List<List<String>> AGGREGATE_SPANS = List.of(
      List.of("recent", "years"), List.of("recent", "months"), List.of("each", "year"), List.of("every", "year"),
      List.of("per", "year"), List.of("over", "the", "years"), List.of("past", "decade"), List.of("last", "decade"),
      List.of("annually"));

  /** Verbs that state where a running death toll now stands: "the death toll had risen to 21". */
  private static final Set<String> TOLL_VERBS = Set.of(
      "rise", "rose", "risen", "rising", "climb", "climbed", "increase", "increased", "reach", "reached", "jump",
      "jumped", "stand", "stands", "stood", "hit");

  /** How long an appositive may be: "X, the mayor of a town in the southern state of Y, was shot dead". */
  private static final int APPOSITIVE_REACH = 24;

  /** How far after "toll" its verb may come: "the death toll from Tuesday's attack on a mine near X, in Y, had risen". */
  private static final int TOLL_REACH = 30;

  /** Modifiers that put an otherwise neutral fighter on the attacking side: "rebel fighters", "jihadist forces". */
  private static final Set<String> HOSTILE_MODIFIERS = Set.of(
      "rebel", "militant", "insurgent", "jihadist", "islamist", "terrorist", "separatist", "guerrilla", "enemy",
      "armed");

  private final QuantityParser quantities = new QuantityParser();

  private static Map<String, TollGroup> groupNouns() {
    Map<String, TollGroup> m = new HashMap<>();
    for (String w : List.of("hostage", "hostages", "captive", "captives")) m.put(w, HOSTAGES);
    for (String w : List.of("passenger", "passengers", "commuters", "travellers", "travelers")) m.put(w, PASSENGERS);
    for (String w : List.of("soldier", "soldiers", "troops", "trooper", "troopers", "police", "policeman", "policemen",
        "officer", "officers", "personnel", "guards", "guard", "paramilitaries", "paramilitary", "forces",
        "servicemen", "serviceman", "marines", "commandos", "cops", "policewoman", "policewomen",
        "gendarmes", "rangers", "ranger", "agents", "bodyguard", "bodyguards", "sergeant", "constable", "constables", "militiamen", "recruits"))
      m.put(w, SECURITY_FORCES);
    for (String w : List.of("militant", "militants", "attacker", "attackers", "gunman", "gunmen", "insurgent",
        "insurgents", "terrorist", "terrorists", "rebel", "rebels", "guerrilla", "guerrillas", "assailant",
        "assailants", "bomber", "bombers", "hijacker", "hijackers", "kidnapper", "kidnappers",
        "jihadists", "jihadist", "extremists", "separatists", "raiders", "robbers", "robber", "rioters"))
      m.put(w, PERPETRATORS);
    // Which side a "fighter" was on is often left unsaid ("fighters were killed in clashes"); modifiers decide.
    for (String w : List.of("fighter", "fighters", "combatant", "combatants")) m.put(w, UNKNOWN);
    for (String w : List.of("civilian", "civilians", "villager", "villagers", "worshipper", "worshippers", "worshiper",
        "worshipers", "student", "students", "child", "children", "woman", "women", "resident", "residents",
        "shoppers", "pedestrians", "farmer", "farmers", "worker", "workers", "peasant", "peasants", "journalist",
        "journalists", "tourist", "tourists", "pilgrims", "mourners", "protesters", "protestors", "demonstrators",
        "engineers", "engineer", "teachers", "teacher", "doctors", "nurses", "employees", "staff", "fishermen",
        "miners", "boys", "girls", "boy", "girl", "men", "man", "nationals", "foreigners", "refugees", "migrants",
        "voters", "guests", "patients", "spectators", "bystanders", "priests", "nuns", "schoolchildren", "infants",
        "babies", "family", "families", "relatives", "officials", "judges", "politicians", "lawmakers", "drivers",
        "driver", "labourers", "laborers", "traders", "merchants", "shopkeepers", "monks", "clerics", "imams",
        "missionaries", "volunteers", "contractors", "teenagers", "youths", "adults", "elderly", "herders",
        "truckers", "vendors", "diplomats", "councillors", "councilors", "mayors", "candidates", "activists",
        "leaders", "members", "member", "healthworkers", "medics", "paramedics", "crew", "sailors", "pupils",
        "pupil", "athletes", "fans", "customers", "customer", "diners", "motorists", "cyclists", "hikers", "campers",
        "settlers", "tribesmen", "elders", "citizens", "expatriates", "pilgrim", "student", "trader"))
      m.put(w, CIVILIANS);
    for (String w : List.of("people", "persons", "person", "dead", "deaths", "death", "casualties", "bodies", "lives",
        "victims", "fatalities", "injuries", "wounded", "injured", "others", "individuals"))
      m.put(w, ALL);
    return Map.copyOf(m);
  }

  /** What one figure says: whose, what happened, and the token span [first, last) that says it. */
  private record Reading(TollGroup group, TollOutcome outcome, int first, int last) {}

  /** The outcome word found for a phrase and whether it sits before the figure. */
  private record Cue(int index, TollOutcome outcome) {}

  /** The tolls one sentence states; {@code attributions} are that sentence's sources, resolved by the caller. */
  List<Toll> extract(String raw, Sentence s, List<Attribution> attributions,
                     Function<Attribution, Optional<String>> sourceName) {
    List<Token> t = s.tokens();
    List<QuantityParser.Match> found = quantitiesWithArticles(t);
    int stated = statedDeathToll(t, found);
    List<Toll> out = new ArrayList<>();
    Reading previous = null;
    for (int i = 0; i < found.size(); i++) {
      QuantityParser.Match m = found.get(i);
      Optional<Reading> r;
      if (i == stated) {
        r = Optional.of(new Reading(ALL, KILLED, tollWord(t, m.from()), m.to()));
      } else {
        r = read(t, found, i, previous, 0);
        // Deaths that raised a stated toll ("after four wounded miners died") are part of it, not another toll.
        if (stated >= 0 && r.isPresent() && r.get().outcome() == KILLED) r = Optional.empty();
      }
      if (r.isEmpty()) continue;
      Reading reading = r.get();
      Evidence ev = Evidence.of(raw, t.get(reading.first()).start(), t.get(reading.last() - 1).end(), s.index());
      Optional<String> source = AttributionFinder.covering(attributions, t, m.from()).flatMap(sourceName);
      out.add(new Toll(reading.group(), reading.outcome(), m.quantity(), OneLine.of(ev.text()), source, ev));
      previous = reading;
    }
    for (Reading r : namedVictims(t, found)) {
      Evidence ev = Evidence.of(raw, t.get(r.first()).start(), t.get(r.last() - 1).end(), s.index());
      Optional<String> source = AttributionFinder.covering(attributions, t, r.first()).flatMap(sourceName);
      out.add(new Toll(r.group(), r.outcome(), Quantity.exact(1), OneLine.of(ev.text()), source, ev));
    }
    return out;
  }

  /** Outcomes a named person can suffer in a report of violence; "held" or "involved" name no victim. */
  private static final Set<TollOutcome> VICTIM_OUTCOMES = java.util.EnumSet.of(KILLED, INJURED, KIDNAPPED, MISSING);

  /**
   * One named person harmed: "Gunmen shot dead Salwa Hadi", "X, the mayor of Y, was shot dead". The group comes from
   * a role noun in apposition ("a women's rights activist"); with none, the person's side is unknown.
   */
  private static List<Reading> namedVictims(List<Token> t, List<QuantityParser.Match> found) {
    List<Reading> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!t.get(i).ner().equals("PERSON")) { i++; continue; }
      int a = i;
      while (i < t.size() && t.get(i).ner().equals("PERSON")) i++;
      int b = i;
      if (found.stream().anyMatch(m -> m.from() < b && a < m.to())) continue;
      Optional<Cue> cue = victimCueBefore(t, a);
      if (cue.isEmpty()) {
        Optional<Cue> after = outcomeAfter(t, b);
        if (after.isEmpty() && b + 1 < t.size() && t.get(b).lower().equals(",")) after = outcomeAt(t, b + 1);
        cue = after;
      }
      if (cue.isEmpty() || !VICTIM_OUTCOMES.contains(cue.get().outcome())) continue;
      int k = cue.get().index();
      TollGroup group = appositionGroup(t, a, b).orElse(UNKNOWN);
      out.add(new Reading(group, cue.get().outcome(), Math.min(a, k), Math.max(b, k + 1)));
    }
    return out;
  }

  /** "shot dead Salwa Hadi", "kidnapped X": a finite or participial outcome verb right before the name. */
  private static Optional<Cue> victimCueBefore(List<Token> t, int a) {
    int k = a - 1;
    if (k >= 0 && t.get(k).lower().equals("dead")) k--;
    if (k < 0 || !t.get(k).pos().startsWith("VB") || !OUTCOME_WORDS.containsKey(t.get(k).lower())) return Optional.empty();
    return Optional.of(new Cue(k, outcomeOf(t, k)));
  }

  /** The group of a role noun in apposition to the name [a, b): ", a prominent activist," or "another activist, X". */
  private static Optional<TollGroup> appositionGroup(List<Token> t, int a, int b) {
    if (b < t.size() && t.get(b).lower().equals(",")) {
      for (int k = b + 1; k < Math.min(t.size(), b + APPOSITIVE_REACH) && !t.get(k).lower().equals(","); k++) {
        if (t.get(k).pos().startsWith("NN") && !t.get(k).pos().startsWith("NNP")) {
          TollGroup g = groupOf(t, k, k);
          if (g != null && (k + 1 >= t.size() || !t.get(k + 1).pos().startsWith("NN"))) return Optional.of(g);
        }
      }
    }
    if (a > 1 && t.get(a - 1).lower().equals(",")) {
      for (int k = a - 2; k >= 0 && !t.get(k).lower().equals(","); k--) {
        if (t.get(k).pos().equals("NN") || t.get(k).pos().equals("NNS")) {
          TollGroup g = groupOf(t, k, k);
          if (g != null) return Optional.of(g);
        }
      }
    }
    return Optional.empty();
  }

  /** Reads figure {@code i}; {@code depth} stops a partitive from recursing more than once. */
  private static Optional<Reading> read(List<Token> t, List<QuantityParser.Match> found, int i, Reading previous,
                                        int depth) {
    QuantityParser.Match m = found.get(i);
    if (m.to() < t.size() && NON_PEOPLE.contains(t.get(m.to()).lower())) return Optional.empty();
    if (m.from() > 0 && t.get(m.from() - 1).lower().equals("aged")) return Optional.empty();

    int sized = sizedPhraseHead(t, m.from());
    if (sized >= 0) return Optional.of(new Reading(groupOf(t, sized, sized), INVOLVED, sized, m.to()));

    TollGroup group = null;
    TollOutcome outcome = null;
    int spanEnd = m.to();
    int head = -1;
    Optional<Reading> whole = depth == 0 ? partitiveWhole(t, found, i, previous) : Optional.empty();
    if (whole.isPresent()) {
      group = whole.get().group();
      spanEnd = whole.get().last();
    } else {
      head = headNoun(t, m.to());
      if (head >= 0) {
        String noun = t.get(head).lower();
        if (NON_PEOPLE.contains(noun)) return Optional.empty();
        group = groupOf(t, m.to(), head);
        if (group == ALL && noun.equals("others") && previous != null) group = previous.group();
        if (group == null && isPeopleOutcomeAhead(t, head) && t.get(head).pos().equals("NNS")) {
          group = UNKNOWN; // a plural head we do not know, hurt or killed: people of some kind
        }
        if (group == null) return Optional.empty(); // "three vehicles", "two companies": not people
        outcome = OUTCOME_NOUNS.get(noun);
        spanEnd = head + 1;
      }
    }

    int outcomeIndex = -1;
    if (outcome == null) {
      Optional<Cue> cue = outcomeFor(t, m.from(), spanEnd);
      if (cue.isPresent()) {
        outcomeIndex = cue.get().index();
        outcome = cue.get().outcome();
      }
    }
    if (outcome == null && whole.isPresent()) outcome = whole.get().outcome();
    if (outcome == null && previous != null && coordinated(t, m.from())) outcome = previous.outcome();
    if (outcome == null && group == PERPETRATORS && actsAsSubject(t, spanEnd)) outcome = INVOLVED;
    if (outcome == null) return Optional.empty();
    if (outcomeIndex >= 0 && isAggregate(t, outcomeIndex)) return Optional.empty();
    if (group == null) {
      // A bare figure needs its verb next to it: "wounding 15," or "three were missing", not "killed 5 in 2019".
      boolean objectOfVerb = outcomeIndex >= 0 && outcomeIndex < m.from();
      if (head < 0 && !objectOfVerb && m.to() < t.size() && !OUTCOME_WORDS.containsKey(t.get(m.to()).lower())
          && !t.get(m.to()).pos().startsWith("VB") && !t.get(m.to()).pos().equals("MD")) return Optional.empty();
      group = outcomeIndex > m.from() ? antecedentGroup(t, m.from()).orElse(ALL) : ALL;
    }
    // People someone holds are hostages, whatever they were before: "held more than 100 guests and staff".
    if (outcome == HELD && (group == CIVILIANS || group == ALL || group == UNKNOWN)) group = HOSTAGES;
    int first = m.from();
    int last = spanEnd;
    if (outcomeIndex >= 0) {
      first = Math.min(first, outcomeIndex);
      last = Math.max(last, outcomeIndex + 1);
    }
    return Optional.of(new Reading(group, outcome, first, last));
  }

  /** The group a head noun names, corrected by its modifiers between {@code from} and the head. */
  private static TollGroup groupOf(List<Token> t, int from, int head) {
    Token h = t.get(head);
    TollGroup group = GROUP_NOUNS.get(h.lower());
    if (group == null) group = GROUP_NOUNS.get(h.lemma().toLowerCase(java.util.Locale.ROOT));
    if (group == null && h.pos().equals("NN")) group = GROUP_NOUNS.get(h.lower() + "s"); // "activist", "mayor"
    if (group == null) return null;
    boolean hostile = false;
    boolean named = false;
    for (int k = from; k < head; k++) {
      String w = t.get(k).lower();
      if (HOSTILE_MODIFIERS.contains(w) || GROUP_NOUNS.get(w) == PERPETRATORS) hostile = true;
      if (t.get(k).pos().startsWith("NNP")) named = true;
    }
    if (group == UNKNOWN && (hostile || named)) return PERPETRATORS;
    if (group == ALL && hostile) return PERPETRATORS; // "100 armed individuals"
    if (group == SECURITY_FORCES && h.lower().equals("forces") && hostile) return PERPETRATORS;
    return group;
  }

  /**
   * "17 of the 20 bus passengers", "23 of the roughly 60 worshippers they were holding": the part counts the same
   * people as the whole, so it takes the whole's group, and its outcome when it states none of its own.
   */
  private static Optional<Reading> partitiveWhole(List<Token> t, List<QuantityParser.Match> found, int i,
                                                  Reading previous) {
    QuantityParser.Match m = found.get(i);
    int k = m.to();
    if (k >= t.size() || !t.get(k).lower().equals("of")) return Optional.empty();
    k++;
    if (k < t.size() && (t.get(k).pos().equals("DT") || t.get(k).pos().equals("PRP$"))) k++;
    if (i + 1 >= found.size() || found.get(i + 1).from() != k) return Optional.empty();
    return read(t, found, i + 1, previous, 1);
  }

  /** "The robbers, numbering about 20": the head of the phrase the figure sizes, or -1. */
  private static int sizedPhraseHead(List<Token> t, int from) {
    if (from < 2 || !SIZE_VERBS.contains(t.get(from - 1).lower()) || !t.get(from - 2).lower().equals(",")) return -1;
    for (int k = from - 3; k >= Math.max(0, from - 6); k--) {
      Token tok = t.get(k);
      if (tok.pos().startsWith("NN")) return groupOf(t, k, k) != null ? k : -1;
      if (!(tok.pos().startsWith("JJ") || tok.pos().equals("DT"))) return -1;
    }
    return -1;
  }

  /** Whether a killed/injured/kidnapped outcome follows the phrase: only people are. */
  private static boolean isPeopleOutcomeAhead(List<Token> t, int head) {
    Optional<Cue> c = outcomeAfter(t, head + 1);
    if (c.isEmpty()) return false;
    TollOutcome o = c.get().outcome();
    return o == KILLED || o == INJURED || o == KIDNAPPED;
  }

  /**
   * The outcome of a phrase spanning [from, end): after it first ("27 hostages were killed"), else before it
   * ("killing 27 villagers"); a bare participle with an agent after the phrase ("rescued 62 hostages held by
   * bandits") describes how they came to be there, so the verb before the phrase wins over it.
   */
  private static Optional<Cue> outcomeFor(List<Token> t, int from, int end) {
    Optional<Cue> after = outcomeAfter(t, end);
    Optional<Cue> before = outcomeBefore(t, from);
    if (after.isPresent() && before.isPresent() && after.get().index() == end
        && after.get().index() + 1 < t.size() && t.get(after.get().index() + 1).lower().equals("by")) return before;
    return after.isPresent() ? after : before;
  }

  /**
   * Quantities, plus "a soldier was killed", "his bodyguard was wounded": a singular noun after "a"/"an" or a
   * possessive counts one when an outcome names it.
   */
  private List<QuantityParser.Match> quantitiesWithArticles(List<Token> t) {
    List<String> words = t.stream().map(Token::text).toList();
    List<QuantityParser.Match> found = new ArrayList<>(quantities.findAll(words));
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).lower();
      if (!(w.equals("a") || w.equals("an") || t.get(i).pos().equals("PRP$"))) continue; // "his bodyguard"
      int head = headNoun(t, i + 1);
      if (head < 0 || !t.get(head).pos().equals("NN") || groupOf(t, head, head) == null) continue;
      int at = i;
      if (found.stream().anyMatch(m -> m.from() <= at && at < m.to())) continue;
      // "and a child" after an earlier figure shares its outcome; otherwise an outcome must follow.
      boolean joined = i > 0 && t.get(i - 1).lower().equals("and")
          && found.stream().anyMatch(m -> m.to() <= at);
      if (!joined && outcomeAfter(t, head + 1).isEmpty()) continue;
      found.add(new QuantityParser.Match(Quantity.exact(1), i, i + 1));
    }
    found.sort(Comparator.comparingInt(QuantityParser.Match::from));
    return List.copyOf(found);
  }

  /**
   * The head noun of the phrase after a quantity: skips "of the", adjectives and participles ("armed", "rescued"),
   * takes the last noun of a compound ("aid workers", "crew members"), and reads through "members of X" to X.
   */
  private static int headNoun(List<Token> t, int i) {
    int k = i;
    if (k < t.size() && t.get(k).lower().equals("of")) k++;
    if (k < t.size() && (t.get(k).lower().equals("the") || t.get(k).lower().equals("them") || t.get(k).pos().equals("PRP$"))) {
      if (t.get(k).lower().equals("them")) return -1;
      k++;
    }
    int limit = k + 4;
    for (; k < t.size() && k < limit; k++) {
      Token tok = t.get(k);
      String lower = tok.lower();
      boolean nextIsNoun = k + 1 < t.size() && (t.get(k + 1).pos().equals("NN") || t.get(k + 1).pos().equals("NNS"));
      if (GROUP_NOUNS.containsKey(lower) && tok.pos().startsWith("JJ") || OUTCOME_NOUNS.containsKey(lower)
          && tok.pos().startsWith("VBN")) {
        // "27 dead", "scores injured": the outcome of a bare count; "four wounded miners": a modifier of the noun
        if (nextIsNoun) continue;
        return k;
      }
      if (tok.pos().startsWith("NN")) {
        if (nextIsNoun) continue; // compound: "security personnel", "aid workers"
        if ((lower.equals("members") || lower.equals("member")) && k + 1 < t.size()
            && t.get(k + 1).lower().equals("of")) {
          int inner = memberOf(t, k + 2);
          return inner >= 0 ? inner : k;
        }
        return k;
      }
      if (tok.pos().startsWith("JJ") || tok.pos().equals("VBN") || tok.pos().equals("HYPH") || tok.pos().equals("NNP")
          || tok.pos().equals("CC") && k + 1 < t.size() && t.get(k + 1).pos().startsWith("JJ")) continue;
      break;
    }
    return -1;
  }

  /** "members of one family", "members of the security forces": the group noun after "of", or -1. */
  private static int memberOf(List<Token> t, int i) {
    for (int k = i; k < Math.min(t.size(), i + 4); k++) {
      Token tok = t.get(k);
      if (tok.pos().startsWith("NN")) {
        boolean nextIsNoun = k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN");
        if (nextIsNoun) continue;
        return GROUP_NOUNS.containsKey(tok.lower()) ? k : -1;
      }
      if (!(tok.pos().equals("DT") || tok.pos().equals("CD") || tok.pos().equals("PRP$") || tok.pos().startsWith("JJ")))
        return -1;
    }
    return -1;
  }

  /**
   * "27 hostages were killed", "35 militants died", "450 passengers were on the train", "dozens dead", and the same
   * behind a relative clause ("who were kidnapped", "they were holding"), a participial clause ("working for a
   * company have been kidnapped") or an appositive ("a passenger, a girl aged about 10, was hurt").
   */
  private static Optional<Cue> outcomeAfter(List<Token> t, int i) {
    Optional<Cue> direct = outcomeAt(t, i);
    if (direct.isPresent() || i >= t.size()) return direct;
    Token tok = t.get(i);
    String w = tok.lower();
    if (w.equals("who") || w.equals("that") || w.equals("whom")) return outcomeAt(t, i + 1);
    if (tok.pos().equals("PRP") && i + 1 < t.size()) return outcomeAt(t, i + 1); // "60 worshippers they were holding"
    if (tok.pos().equals("VBG") && !OUTCOME_WORDS.containsKey(w)) {
      for (int k = i + 1; k < Math.min(t.size(), i + 9); k++) {
        Token x = t.get(k);
        if (AUXILIARIES.contains(x.lower())) return outcomeAt(t, k);
        if (isClauseBreak(x)) break;
      }
      return Optional.empty();
    }
    if (w.equals(",")) {
      for (int k = i + 1; k < Math.min(t.size(), i + APPOSITIVE_REACH); k++) {
        Token x = t.get(k);
        if (x.pos().equals("VBD") || x.pos().equals("VBZ") || x.pos().equals("VBP") || x.pos().equals("MD")) break;
        if (x.lower().equals(",")) return k > i + 1 ? outcomeAt(t, k + 1) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isClauseBreak(Token x) {
    String w = x.lower();
    return w.equals(",") || w.equals(".") || w.equals(";") || x.pos().equals("CC") || x.pos().equals("VBD")
        || x.pos().equals("VBZ") || x.pos().equals("VBP");
  }

  /** An outcome word at {@code i}, after auxiliaries and adverbs ("were still being held"). */
  private static Optional<Cue> outcomeAt(List<Token> t, int i) {
    int k = i;
    int skipped = 0;
    while (k < t.size() && skipped < 4 && (BE.contains(t.get(k).lower()) || t.get(k).pos().equals("RB"))) {
      k++;
      skipped++;
    }
    if (k >= t.size()) return Optional.empty();
    String w = t.get(k).lower();
    if (!OUTCOME_WORDS.containsKey(w)) return Optional.empty();
    TollOutcome o = OUTCOME_WORDS.get(w);
    if (o == INVOLVED && (w.equals("on") || w.equals("inside")) && skipped == 0 && !vehicleFollows(t, k)) {
      return Optional.empty();
    }
    if (w.equals("left") || w.equals("claimed") || w.equals("lost")) return Optional.empty();
    if (w.equals("taken") && !(k + 1 < t.size() && t.get(k + 1).lower().equals("hostage"))) return Optional.empty();
    return Optional.of(new Cue(k, outcomeOf(t, k)));
  }

  private static final Set<String> CONVEYANCES = Set.of(
      "train", "bus", "plane", "board", "ship", "flight", "boat", "ferry", "vehicle", "truck", "aircraft", "coach");

  /** "100 armed men on the train" counts people involved; "two on the list" does not. */
  private static boolean vehicleFollows(List<Token> t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) if (CONVEYANCES.contains(t.get(j).lower())) return true;
    return false;
  }

  /** "killed more than two dozen people", "rescued 20 hostages", "a ferry carrying about 120 passengers". */
  private static Optional<Cue> outcomeBefore(List<Token> t, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      Token tok = t.get(k);
      String w = tok.lower();
      if (PRESENCE_VERBS.contains(w) && tok.pos().startsWith("VB")) return Optional.of(new Cue(k, INVOLVED));
      // "shot dead three officers", "gunned down two guards": the particle ends a verb of killing
      if ((w.equals("dead") || w.equals("down")) && k > 0
          && Set.of("shoot", "shot", "gun", "gunned", "mow", "mowed", "cut", "hack", "hacked").contains(t.get(k - 1).lower())) {
        return Optional.of(new Cue(k - 1, KILLED));
      }
      if (OUTCOME_WORDS.containsKey(w) && tok.pos().startsWith("VB") && !w.equals("on") && !w.equals("taken")) {
        if (w.equals("left") || w.equals("claimed") || w.equals("lost")) return Optional.empty(); // "left 5 dead"
        return Optional.of(new Cue(k, outcomeOf(t, k)));
      }
      if (!(tok.pos().equals("RB") || tok.pos().equals("DT") || tok.pos().equals("IN") || w.equals("a")
          || w.equals("total"))) break;
    }
    return Optional.empty();
  }

  private static TollOutcome outcomeOf(List<Token> t, int k) {
    String w = t.get(k).lower();
    TollOutcome o = OUTCOME_WORDS.get(w);
    if (o == null) o = OUTCOME_WORDS.get(t.get(k).lemma());
    if (w.equals("taken") || w.equals("took") || w.equals("seized")) return KIDNAPPED;
    return o;
  }

  /** "..., as well as one soldier", "and two policemen", "including five children": shares the previous outcome. */
  private static boolean coordinated(List<Token> t, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      String w = t.get(k).lower();
      if (w.equals("and") || w.equals("including") || w.equals("well") || w.equals("plus") || w.equals("among")) return true;
    }
    return false;
  }

  /**
   * "hundreds of rioters set fire to shops": attackers counted as they act are people involved. A participle with a
   * direct object acts too (taggers often read "set" in "rioters set fire" as VBN); one without ("arrested by police")
   * says what was done to them.
   */
  private static boolean actsAsSubject(List<Token> t, int end) {
    int k = end;
    while (k < t.size() && t.get(k).pos().equals("RB")) k++;
    if (k + 1 >= t.size() || BE.contains(t.get(k).lower())) return false;
    String pos = t.get(k).pos();
    String object = t.get(k + 1).pos();
    boolean takesObject = object.equals("DT") || object.startsWith("NN") || object.equals("PRP$");
    return pos.equals("VBD") || pos.equals("VBP") || pos.equals("VBZ") || pos.equals("VBN") && takesObject;
  }

  /**
   * "but three were still missing" after "rescued the remaining hostages": a bare figure in subject position counts
   * the people the sentence last named.
   */
  private static Optional<TollGroup> antecedentGroup(List<Token> t, int from) {
    for (int k = from - 1; k >= 0; k--) {
      Token tok = t.get(k);
      if (!tok.pos().equals("NNS") || !isObject(t, k)) continue;
      TollGroup g = groupOf(t, k, k);
      if (g != null) return Optional.of(g);
    }
    return Optional.empty();
  }

  /** Whether a verb governs the noun at {@code k} as its object ("rescued the remaining hostages"). */
  private static boolean isObject(List<Token> t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      String pos = t.get(j).pos();
      boolean modifier = pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD")
          || pos.equals("PRP$") || pos.equals("VBG") && j == k - 1; // "the remaining hostages"
      if (!modifier) return pos.startsWith("VB");
    }
    return false;
  }

  /**
   * "have killed hundreds of people in recent years", "kill dozens of Afghans each year": a present or perfect verb
   * over a span of years states an aggregate, not one incident's toll.
   */
  private static boolean isAggregate(List<Token> t, int outcomeIndex) {
    if (!mentionsAggregateSpan(t)) return false;
    Token verb = t.get(outcomeIndex);
    if (verb.pos().equals("VBP") || verb.pos().equals("VBZ")) return true;
    for (int k = outcomeIndex - 1; k >= Math.max(0, outcomeIndex - 3); k--) {
      String w = t.get(k).lower();
      if (w.equals("have") || w.equals("has")) return true;
    }
    return false;
  }

  private static boolean mentionsAggregateSpan(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      for (List<String> span : AGGREGATE_SPANS) {
        if (i + span.size() > t.size()) continue;
        boolean all = true;
        for (int k = 0; k < span.size() && all; k++) all = t.get(i + k).lower().equals(span.get(k));
        if (all) return true;
      }
    }
    return false;
  }

  /**
   * "the death toll ... had risen to twenty-one": the figure (index into {@code found}) that a "toll" noun says the
   * count now stands at, or -1.
   */
  private static int statedDeathToll(List<Token> t, List<QuantityParser.Match> found) {
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).lemma().equalsIgnoreCase("toll")) continue;
      boolean moved = false;
      for (int k = i + 1; k < Math.min(t.size(), i + TOLL_REACH); k++) {
        Token tok = t.get(k);
        if (TOLL_VERBS.contains(tok.lower()) && tok.pos().startsWith("VB")) moved = true;
        if (!moved) continue;
        int at = k;
        for (int f = 0; f < found.size(); f++) {
          int from = found.get(f).from();
          if (from > at && from <= at + 3) return f;
        }
      }
    }
    return -1;
  }

  /** Where the evidence of a stated toll starts: "death toll" rather than the bare figure. */
  private static int tollWord(List<Token> t, int from) {
    for (int k = from - 1; k >= 0; k--) {
      if (t.get(k).lemma().equalsIgnoreCase("toll")) {
        return k > 0 && t.get(k - 1).lower().equals("death") ? k - 1 : k;
      }
    }
    return from;
  }
}
