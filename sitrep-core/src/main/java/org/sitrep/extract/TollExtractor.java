package org.sitrep.extract;

import static org.sitrep.domain.TollGroup.*;
import static org.sitrep.domain.TollOutcome.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Toll;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads casualty and involvement figures in one sentence: a quantity, the people it counts (the group, from the noun)
 * and what happened to them (the outcome, from the verb or adjective around it), with the sentence's source.
 */
final class TollExtractor {
  private static final Map<String, TollGroup> GROUP_NOUNS = groupNouns();
  private static final Map<String, TollOutcome> OUTCOME_WORDS = Map.ofEntries(
      Map.entry("killed", KILLED), Map.entry("kill", KILLED), Map.entry("killing", KILLED), Map.entry("dead", KILLED),
      Map.entry("died", KILLED), Map.entry("die", KILLED), Map.entry("slain", KILLED), Map.entry("murdered", KILLED),
      Map.entry("executed", KILLED), Map.entry("massacred", KILLED), Map.entry("shot", KILLED),
      Map.entry("lost", KILLED), Map.entry("claimed", KILLED), Map.entry("left", KILLED),
      Map.entry("injured", INJURED), Map.entry("injure", INJURED), Map.entry("injuring", INJURED),
      Map.entry("wounded", INJURED), Map.entry("wound", INJURED), Map.entry("wounding", INJURED),
      Map.entry("hurt", INJURED), Map.entry("hospitalized", INJURED), Map.entry("hospitalised", INJURED),
      Map.entry("kidnapped", KIDNAPPED), Map.entry("kidnap", KIDNAPPED), Map.entry("abducted", KIDNAPPED),
      Map.entry("abduct", KIDNAPPED), Map.entry("seized", KIDNAPPED), Map.entry("taken", KIDNAPPED),
      Map.entry("took", KIDNAPPED), Map.entry("held", HELD), Map.entry("holding", HELD), Map.entry("hold", HELD),
      Map.entry("rescued", RESCUED), Map.entry("rescue", RESCUED), Map.entry("evacuated", RESCUED),
      Map.entry("saved", RESCUED), Map.entry("freed", RELEASED), Map.entry("free", RELEASED),
      Map.entry("released", RELEASED), Map.entry("release", RELEASED), Map.entry("missing", MISSING),
      Map.entry("unaccounted", MISSING), Map.entry("aboard", INVOLVED), Map.entry("onboard", INVOLVED),
      Map.entry("on", INVOLVED), Map.entry("inside", INVOLVED), Map.entry("trapped", HELD),
      Map.entry("arrested", INVOLVED), Map.entry("involved", INVOLVED), Map.entry("participated", INVOLVED));

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
      "million", "billion", "year-old", "members", "sheep", "cattle", "goats", "animals", "dogs", "cows", "horses");

  private static final Set<String> BE = Set.of("were", "was", "are", "is", "been", "be", "being", "had", "have", "has",
      "remain", "remained", "remains", "still", "reportedly", "also", "all", "later", "allegedly", "initially");

  private final QuantityParser quantities = new QuantityParser();

  private static Map<String, TollGroup> groupNouns() {
    Map<String, TollGroup> m = new java.util.HashMap<>();
    for (String w : List.of("hostage", "hostages", "captive", "captives")) m.put(w, HOSTAGES);
    for (String w : List.of("passenger", "passengers", "commuters", "travellers", "travelers")) m.put(w, PASSENGERS);
    for (String w : List.of("soldier", "soldiers", "troops", "trooper", "troopers", "police", "policeman", "policemen",
        "policemen", "officer", "officers", "personnel", "guards", "guard", "paramilitaries", "paramilitary",
        "servicemen", "serviceman", "marines", "sailors", "commandos", "cops", "policewoman", "policewomen",
        "gendarmes", "rangers", "agents", "sergeant", "constable", "constables", "militiamen", "recruits"))
      m.put(w, SECURITY_FORCES);
    for (String w : List.of("militant", "militants", "attacker", "attackers", "gunman", "gunmen", "insurgent",
        "insurgents", "terrorist", "terrorists", "rebel", "rebels", "guerrilla", "guerrillas", "assailant",
        "assailants", "fighters", "fighter", "bomber", "bombers", "hijacker", "hijackers", "kidnapper", "kidnappers",
        "jihadists", "jihadist", "extremists", "separatists", "raiders", "robbers", "rioters"))
      m.put(w, PERPETRATORS);
    for (String w : List.of("civilian", "civilians", "villager", "villagers", "worshipper", "worshippers", "worshiper",
        "worshipers", "student", "students", "child", "children", "woman", "women", "resident", "residents",
        "shoppers", "pedestrians", "farmer", "farmers", "worker", "workers", "peasant", "peasants", "journalist",
        "journalists", "tourist", "tourists", "pilgrims", "mourners", "protesters", "protestors", "demonstrators",
        "engineers", "engineer", "teachers", "teacher", "doctors", "nurses", "employees", "staff", "fishermen",
        "miners", "boys", "girls", "men", "man", "nationals", "foreigners", "refugees", "migrants", "voters",
        "guests", "patients", "spectators", "bystanders", "priests", "nuns", "aid", "schoolchildren", "infants",
        "babies", "family", "families", "relatives", "officials", "judges", "politicians", "lawmakers", "drivers",
        "driver", "labourers", "laborers", "traders", "merchants", "shopkeepers", "monks", "clerics", "imams",
        "missionaries", "volunteers", "contractors", "teenagers", "youths", "adults", "elderly", "herders",
        "truckers", "vendors", "diplomats", "councillors", "councilors", "mayors", "candidates", "activists",
        "leaders", "members", "relief", "healthworkers", "medics", "paramedics", "crew", "sailors", "pupils",
        "athletes", "fans", "customers", "diners", "motorists", "cyclists", "hikers", "campers", "settlers",
        "tribesmen", "elders", "citizens", "nationals", "expatriates", "labour", "workers"))
      m.put(w, CIVILIANS);
    for (String w : List.of("people", "persons", "person", "dead", "deaths", "death", "casualties", "bodies", "lives",
        "victims", "fatalities", "injuries", "wounded", "injured", "others", "individuals"))
      m.put(w, ALL);
    return Map.copyOf(m);
  }

  /** The tolls one sentence states; {@code attributions} are that sentence's sources, resolved by the caller. */
  List<Toll> extract(String raw, Sentence s, List<Attribution> attributions,
                     java.util.function.Function<Attribution, Optional<String>> sourceName) {
    List<Token> t = s.tokens();
    List<String> words = t.stream().map(Token::text).toList();
    List<Toll> out = new ArrayList<>();
    TollOutcome previous = null;
    for (QuantityParser.Match m : quantitiesWithArticles(words, t)) {
      if (m.to() < t.size() && NON_PEOPLE.contains(t.get(m.to()).lower())) continue;
      if (m.from() > 0 && t.get(m.from() - 1).lower().equals("aged")) continue;
      int head = headNoun(t, m.to());
      TollGroup group = null;
      Optional<TollOutcome> nounOutcome = Optional.empty();
      int spanEnd = m.to();
      if (head >= 0) {
        String noun = t.get(head).lower();
        group = GROUP_NOUNS.get(noun);
        if (group == null && isPeopleOutcomeAhead(t, head) && t.get(head).pos().equals("NNS")
            && !NON_PEOPLE.contains(noun)) {
          group = UNKNOWN; // a plural head we do not know, hurt or killed: people of some kind
        }
        if (group == null) continue; // "three vehicles", "two companies": not people
        if (group == ALL && isArmed(t, m.to(), head)) group = PERPETRATORS;
        nounOutcome = Optional.ofNullable(OUTCOME_NOUNS.get(noun));
        spanEnd = head + 1;
      }
      int outcomeIndex = -1;
      TollOutcome outcome = nounOutcome.orElse(null);
      if (outcome == null) {
        outcomeIndex = outcomeAfter(t, spanEnd);
        if (outcomeIndex < 0) outcomeIndex = outcomeBefore(t, m.from());
        if (outcomeIndex >= 0) outcome = outcomeOf(t, outcomeIndex);
      }
      if (outcome == null && previous != null && coordinated(t, m.from())) outcome = previous;
      if (outcome == null) continue;
      if (group == null) {
        if (head < 0 && m.to() < t.size() && !OUTCOME_WORDS.containsKey(t.get(m.to()).lower())
            && !t.get(m.to()).pos().startsWith("VB") && !t.get(m.to()).pos().equals("MD")) continue;
        group = ALL;
      }
      int first = m.from();
      int last = spanEnd;
      if (outcomeIndex >= 0) {
        first = Math.min(first, outcomeIndex);
        last = Math.max(last, outcomeIndex + 1);
      }
      Evidence ev = Evidence.of(raw, t.get(first).start(), t.get(last - 1).end(), s.index());
      Optional<String> source = AttributionFinder.nearest(attributions, m.from()).flatMap(sourceName);
      out.add(new Toll(group, outcome, m.quantity(), ev.text().replaceAll("\\s+", " "), source, ev));
      previous = outcome;
    }
    return out;
  }

  /** Whether a killed/injured/kidnapped outcome follows the phrase: only people are. */
  private static boolean isPeopleOutcomeAhead(List<Token> t, int head) {
    int k = outcomeAfter(t, head + 1);
    if (k < 0) return false;
    TollOutcome o = outcomeOf(t, k);
    return o == KILLED || o == INJURED || o == KIDNAPPED;
  }

  /** Quantities, plus "a soldier was killed": a singular noun after "a"/"an" counts one when an outcome follows. */
  private List<QuantityParser.Match> quantitiesWithArticles(List<String> words, List<Token> t) {
    List<QuantityParser.Match> found = new ArrayList<>(quantities.findAll(words));
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).lower();
      if (!(w.equals("a") || w.equals("an"))) continue;
      int head = headNoun(t, i + 1);
      if (head < 0 || !t.get(head).pos().equals("NN") || !GROUP_NOUNS.containsKey(t.get(head).lower())) continue;
      int at = i;
      if (found.stream().anyMatch(m -> m.from() <= at && at < m.to())) continue;
      if (outcomeAfter(t, head + 1) < 0) continue;
      found.add(new QuantityParser.Match(Quantity.exact(1), i, i + 1));
    }
    found.sort(java.util.Comparator.comparingInt(QuantityParser.Match::from));
    return found;
  }

  /** The head noun of the phrase after a quantity: skips "of the", adjectives and participles ("armed", "rescued"). */
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
      if (GROUP_NOUNS.containsKey(lower) && (tok.pos().startsWith("NN") || tok.pos().startsWith("JJ"))) {
        // "dead"/"wounded" right after the number is the outcome of a bare count ("27 dead"), unless nothing follows
        return k;
      }
      if (tok.pos().startsWith("NN")) {
        if (k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN")) continue; // compound: "security personnel"
        return k;
      }
      if (tok.pos().startsWith("JJ") || tok.pos().equals("VBN") || tok.pos().equals("HYPH") || tok.pos().equals("NNP")
          || tok.pos().equals("CC") && k + 1 < t.size() && t.get(k + 1).pos().startsWith("JJ")) continue;
      break;
    }
    return -1;
  }

  private static boolean isArmed(List<Token> t, int from, int head) {
    for (int k = from; k < head; k++) if (t.get(k).lower().equals("armed")) return true;
    return false;
  }

  /** "27 hostages were killed", "35 militants died", "450 passengers were on the train", "dozens dead". */
  private static int outcomeAfter(List<Token> t, int i) {
    int k = i;
    int skipped = 0;
    while (k < t.size() && skipped < 4 && (BE.contains(t.get(k).lower()) || t.get(k).pos().equals("RB"))) { k++; skipped++; }
    if (k >= t.size()) return -1;
    String w = t.get(k).lower();
    if (!OUTCOME_WORDS.containsKey(w)) return -1;
    TollOutcome o = OUTCOME_WORDS.get(w);
    if (o == INVOLVED && (w.equals("on") || w.equals("inside")) && skipped == 0 && !vehicleFollows(t, k)) return -1;
    if (w.equals("left") || w.equals("claimed") || w.equals("lost")) return -1;
    if (w.equals("taken") && !(k + 1 < t.size() && t.get(k + 1).lower().equals("hostage"))) return -1;
    return k;
  }

  private static final Set<String> CONVEYANCES = Set.of(
      "train", "bus", "plane", "board", "ship", "flight", "boat", "ferry", "vehicle", "truck", "aircraft", "coach");

  /** "100 armed men on the train" counts people involved; "two on the list" does not. */
  private static boolean vehicleFollows(List<Token> t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + 4); j++) if (CONVEYANCES.contains(t.get(j).lower())) return true;
    return false;
  }

  /** "killed more than two dozen people", "left dozens dead" (handled by the noun), "rescued 20 hostages". */
  private static int outcomeBefore(List<Token> t, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      Token tok = t.get(k);
      String w = tok.lower();
      if (OUTCOME_WORDS.containsKey(w) && tok.pos().startsWith("VB") && !w.equals("on") && !w.equals("taken")) {
        if (w.equals("left") || w.equals("claimed") || w.equals("lost")) return -1; // outcome is after: "left 5 dead"
        return k;
      }
      if (!(tok.pos().equals("RB") || tok.pos().equals("DT") || tok.pos().equals("IN") || w.equals("a")
          || w.equals("total"))) break;
    }
    return -1;
  }

  private static TollOutcome outcomeOf(List<Token> t, int k) {
    String w = t.get(k).lower();
    TollOutcome o = OUTCOME_WORDS.get(w);
    if (o == null) o = OUTCOME_WORDS.get(t.get(k).lemma());
    if ((w.equals("taken") || w.equals("took") || w.equals("seized")) ) return KIDNAPPED;
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
}
