package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.OneLine;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;
import org.sitrep.domain.Toll;
import org.sitrep.nlp.EntityMention;
import org.sitrep.nlp.EntityType;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Who took part in one incident: named armed groups (with aliases and claims of responsibility), generic perpetrators
 * when none is named, targets (vehicles, facilities, named people), victims from the tolls, and state forces, which
 * responded unless the text makes them the agent of the harm or blames them ({@link StateForces}).
 */
final class ParticipantExtractor {
  private static final Set<String> ARMED_GROUP_WORDS = Set.of(
      "army", "front", "liberation", "brigade", "brigades", "militia", "taliban", "qaeda", "qaida", "state", "isis",
      "isil", "daesh", "shabaab", "shabab", "haram", "hezbollah", "hizbollah", "hamas", "jihad", "mujahideen",
      "tigers", "guerrilla", "guerrillas", "rebels", "cartel", "movement", "commando", "command", "battalion",
      "squad", "houthis", "houthi", "ansar", "lashkar", "jaish", "tehreek", "tehrik", "fmln", "farc", "eln",
      "sendero", "path", "m23", "jnim", "hts", "ttp", "pkk", "ira", "eta", "harakat", "jabhat", "katiba", "jamaat",
      "tanzim", "hizb", "sipah", "jaysh", "kataib", "saraya", "liwa", "faylaq", "resistance", "insurgency", "gang",
      "maoist", "maoists", "naxal", "separatist", "separatists");
  private static final Set<String> STATE_WORDS = Set.of(
      "military", "army", "police", "troops", "soldiers", "forces", "force", "paramilitary", "paramilitaries",
      "rangers", "commandos", "corps", "guard", "navy", "gendarmerie", "security");
  private static final Set<String> GENERIC_PERPETRATORS = Set.of(
      "militants", "militant", "gunmen", "gunman", "attackers", "attacker", "insurgents", "insurgent", "terrorists",
      "terrorist", "rebels", "rebel", "guerrillas", "guerrilla", "assailants", "assailant", "bomber", "bombers",
      "hijackers", "kidnappers", "rioters", "robbers", "extremists", "jihadists", "separatists", "mob", "subversives",
      "narcoterrorists", "murderers", "hitmen", "assassins", "killers", "traffickers", "squads", "commandos");
  /** People nouns that name perpetrators only when described so: "armed men", "unidentified individuals". */
  private static final Set<String> PEOPLE_NOUNS = Set.of("men", "man", "individuals", "individual", "persons", "people",
      "youths");
  /**
   * Words that belong to a description of perpetrators ("heavily armed men", "urban guerrillas"); nationalities and
   * hedges ("Salvadoran", "alleged") do not, so the description reads as the text's own noun phrase core.
   */
  private static final Set<String> PERPETRATOR_MODIFIERS = Set.of("armed", "urban", "unidentified", "unknown",
      "masked", "hooded", "uniformed", "suicide", "rural", "drug", "leftist", "rightist", "islamist", "jihadist", "death",
      "guerrilla");
  private static final Set<String> SUSPECT_DESCRIPTORS = Set.of("armed", "unidentified", "unknown", "masked", "hooded",
      "uniformed");
  private static final Set<String> NON_STATE_GENERIC = Set.of(
      "militants", "militant", "insurgents", "insurgent", "terrorists", "terrorist", "rebels", "rebel", "guerrillas",
      "guerrilla", "extremists", "jihadists", "separatists");
  private static final Map<String, ActorKind> TARGET_NOUNS = targetNouns();
  private static final Set<String> NAMED_VEHICLE_ENDINGS = Set.of("express", "mail", "airlines", "airways", "air", "flight");
  private static final Set<String> MEDIA = Set.of(
      "cnn", "bbc", "reuters", "ap", "afp", "associated press", "al jazeera", "the new york times", "new york times",
      "dawn", "xinhua", "efe", "acan-efe", "tass", "npr", "the guardian", "the washington post", "fox news");

  private static Map<String, ActorKind> targetNouns() {
    Map<String, ActorKind> m = new LinkedHashMap<>();
    for (String w : List.of("train", "bus", "convoy", "car", "vehicle", "truck", "plane", "aircraft", "flight", "ship",
        "boat", "ferry", "minibus", "van", "tanker", "helicopter", "jeep", "taxi", "motorcycle", "buses")) m.put(w, ActorKind.VEHICLE);
    for (String w : List.of("station", "checkpoint", "base", "camp", "post", "market", "mosque", "church", "temple",
        "shrine", "school", "university", "college", "hospital", "hotel", "embassy", "consulate", "office", "offices",
        "headquarters", "court", "courthouse", "prison", "jail", "bank", "restaurant", "cafe", "shop", "store",
        "village", "house", "home", "residence", "building", "compound", "barracks", "farm", "factory", "mall",
        "stadium", "airport", "port", "rally", "wedding", "funeral", "parliament", "ministry", "polling",
        "establishment", "establishments", "pharmacy", "pharmacies", "facility", "facilities", "hall", "dealership",
        "warehouse", "premises", "agency", "branch", "installation", "installations", "property", "properties",
        "pub", "pubs", "bar", "bars", "nightclub", "synagogue", "cathedral", "marketplace", "supermarket", "arena",
        "theater", "theatre", "cinema", "concert", "festival", "parade", "marathon"))
      m.put(w, ActorKind.FACILITY);
    for (String w : List.of("pipeline", "tower", "towers", "pylon", "pylons", "bridge", "railway", "railroad", "dam",
        "substation", "plant", "power", "grid", "refinery", "well", "transformer", "antenna", "mast", "exchange",
        "lines", "system"))
      m.put(w, ActorKind.INFRASTRUCTURE);
    return Map.copyOf(m);
  }

  /** Names of peoples and nationalities ("Baloch", "Pakistani"): never an armed group's name on their own. */
  private final java.util.function.Predicate<String> isPeople;

  ParticipantExtractor(java.util.function.Predicate<String> isPeople) { this.isPeople = isPeople; }

  List<Participant> extract(NlpDoc doc, List<Sentence> sentences, List<Trigger> triggers, List<Toll> tolls,
                            ActorAliases aliases, Optional<String> lastGroupBefore) {
    String raw = doc.raw();
    Map<String, Participant> byKey = new LinkedHashMap<>();
    Set<Integer> indexes = new java.util.HashSet<>();
    sentences.forEach(s -> indexes.add(s.index()));
    boolean sawNamedPerpetrator = false;
    Map<String, Participant> aside = new LinkedHashMap<>();
    Map<String, Participant> deniers = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      boolean claim = claimsResponsibility(t);
      int denial = denialIndex(t);
      Set<Integer> groups = armedGroupTokens(doc, s, aliases);
      for (EntityMention m : doc.mentionsIn(s.index())) {
        if (m.type() != EntityType.ORGANIZATION) continue;
        String name = aliases.canonical(m.text());
        if (MEDIA.contains(name.toLowerCase())) continue;
        if (isStateForce(name)) {
          // "the Salvadoran Army massacred …" did it; "the Army said", "the Army rescued …" answered it
          Role role = StateForces.perpetrates(t, m.firstToken(), m.lastToken(), groups)
              ? Role.PERPETRATOR : Role.RESPONDER;
          put(byKey, new Participant(name, aliases.aliasesOf(name), role, ActorKind.STATE_FORCES, false,
              ev(raw, s, m.firstToken(), m.lastToken())));
          continue;
        }
        if (isNamedVehicle(name)) {
          put(byKey, new Participant(name, List.of(), Role.TARGET, ActorKind.VEHICLE, false,
              ev(raw, s, m.firstToken(), m.lastToken())));
          continue;
        }
        if (!isArmedGroup(name, aliases) && !(claim && m.firstToken() < claimIndex(t))) continue;
        if (denial > m.firstToken()) {
          // "the BLA denied involvement": named beside the act, but by its own word not the one that did it
          deniers.putIfAbsent(name.toLowerCase(), new Participant(name, aliases.aliasesOf(name), Role.OTHER,
              ActorKind.NON_STATE_ARMED_GROUP, false, ev(raw, s, m.firstToken(), m.lastToken())));
          continue;
        }
        // an organisation named beside the act, blamed or claiming it did it; one named elsewhere (a communique's
        // author, a party to talks) is the perpetrator only when the incident names no other
        if (!claim && !blames(t) && triggers.stream().noneMatch(tr -> tr.sentence() == s.index())) {
          aside.putIfAbsent(name.toLowerCase(), new Participant(name, aliases.aliasesOf(name), Role.PERPETRATOR,
              ActorKind.NON_STATE_ARMED_GROUP, false, ev(raw, s, m.firstToken(), m.lastToken())));
          continue;
        }
        boolean claimed = claim && m.firstToken() < claimIndex(t);
        sawNamedPerpetrator = true;
        put(byKey, new Participant(name, aliases.aliasesOf(name), Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP,
            claimed, ev(raw, s, m.firstToken(), m.lastToken())));
      }
      statePerpetrators(doc, s, groups).forEach(p -> put(byKey, p));
      personPerpetrators(doc, s, groups).forEach(p -> put(byKey, p));
      for (int[] g : describedGroups(t)) {
        String name = aliases.canonical(raw.substring(t.get(g[0]).start(), t.get(g[1] - 1).end()));
        if (MEDIA.contains(name.toLowerCase()) || isStateForce(name) || isPeople.test(name)) continue;
        boolean claimed = claim && g[0] < claimIndex(t);
        sawNamedPerpetrator = true;
        put(byKey, new Participant(name, aliases.aliasesOf(name), Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP,
            claimed, ev(raw, s, g[0], g[1])));
      }
      if (claim && !sawNamedPerpetrator) {
        // NER often misses invented or transliterated names: the capitalised words before "claimed" are the claimant.
        int end = claimIndex(t);
        while (end > 0 && (t.get(end - 1).pos().equals("VBD") || t.get(end - 1).pos().equals("VBZ")
            || t.get(end - 1).pos().equals("VBP") || t.get(end - 1).pos().equals("RB") || t.get(end - 1).pos().equals("MD"))) end--;
        if (end > 0 && t.get(end - 1).text().equals(")") && end > 3 && t.get(end - 3).text().equals("(")) end -= 3;
        int start = end;
        while (start > 0 && (t.get(start - 1).pos().startsWith("NNP") || t.get(start - 1).pos().equals("HYPH")
            || (t.get(start - 1).pos().equals("IN") || t.get(start - 1).pos().equals("DT")) && start - 2 >= 0
            && t.get(start - 2).pos().startsWith("NNP"))) start--;
        if (start < end && t.get(start).pos().startsWith("NNP")) {
          String name = aliases.canonical(raw.substring(t.get(start).start(), t.get(end - 1).end()));
          if (!MEDIA.contains(name.toLowerCase()) && !isStateForce(name)) {
            sawNamedPerpetrator = true;
            put(byKey, new Participant(name, aliases.aliasesOf(name), Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP,
                true, ev(raw, s, start, end)));
          }
        }
      }
      if (claim && !sawNamedPerpetrator && lastGroupBefore.isPresent()) {
        int it = pronounBefore(t, claimIndex(t));
        if (it >= 0) {
          String name = lastGroupBefore.get();
          sawNamedPerpetrator = true;
          put(byKey, new Participant(name, aliases.aliasesOf(name), Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP,
              true, ev(raw, s, it, it + 1)));
        }
      }
    }
    List<Participant> described = genericPerpetrators(raw, sentences);
    if (!sawNamedPerpetrator && described.isEmpty()) aside.values().forEach(p -> put(byKey, p));
    // "guerrillas" and "the FMLN" are both who did it: the people described and the organisation named
    described.forEach(p -> put(byKey, p));
    deniers.forEach((key, p) -> {
      if (!byKey.containsKey(Role.PERPETRATOR + "|" + key)) put(byKey, p);
    });
    for (Trigger tr : triggers) targets(raw, doc.sentences().get(tr.sentence()), tr).forEach(p -> put(byKey, p));
    for (Sentence s : sentences) passiveTargets(raw, s).forEach(p -> put(byKey, p));
    namedVictims(doc, sentences).forEach(p -> put(byKey, p));
    responders(doc, sentences, triggers, aliases).forEach(p -> put(byKey, p));
    victims(tolls).forEach(p -> put(byKey, p));
    return foldVehicles(List.copyOf(byKey.values()));
  }

  /** "the train" and "the Jaffer Express" are one target: the generic vehicle becomes the named one's alias. */
  private static List<Participant> foldVehicles(List<Participant> all) {
    Optional<Participant> named = all.stream()
        .filter(p -> p.role() == Role.TARGET && p.kind() == ActorKind.VEHICLE && isNamedVehicle(p.name())).findFirst();
    if (named.isEmpty()) return all;
    List<String> aliases = new ArrayList<>(named.get().aliases());
    List<Participant> out = new ArrayList<>();
    for (Participant p : all) {
      if (p.role() == Role.TARGET && p.kind() == ActorKind.VEHICLE && p != named.get()) {
        if (!aliases.contains(p.name())) aliases.add(p.name());
      } else if (p != named.get()) {
        out.add(p);
      }
    }
    Participant n = named.get();
    out.add(0, new Participant(n.name(), aliases, n.role(), n.kind(), n.claimedResponsibility(), n.evidence()));
    return out;
  }

  /** The most recent named armed group in {@code sentences}, for "it claimed responsibility" further on. */
  static Optional<String> lastArmedGroup(NlpDoc doc, int beforeSentence, ActorAliases aliases) {
    String found = null;
    for (EntityMention m : doc.mentions()) {
      if (m.sentence() >= beforeSentence || m.type() != EntityType.ORGANIZATION) continue;
      String name = aliases.canonical(m.text());
      if (isArmedGroup(name, aliases)) found = name;
    }
    return Optional.ofNullable(found);
  }

  private static void put(Map<String, Participant> byKey, Participant p) {
    byKey.merge(p.role() + "|" + p.name().toLowerCase(), p, (a, b) ->
        a.claimedResponsibility() || !b.claimedResponsibility() ? a : b);
  }

  static boolean isArmedGroup(String name, ActorAliases aliases) {
    if (MEDIA.contains(name.toLowerCase()) || isStateForce(name)) return false;
    if (!aliases.aliasesOf(name).isEmpty() && hasGroupWord(name)) return true;
    return hasGroupWord(name);
  }

  private static boolean hasGroupWord(String name) {
    for (String w : name.toLowerCase().split("[\\s-]+")) if (ARMED_GROUP_WORDS.contains(w)) return true;
    return false;
  }

  /** "Pakistan Army", "Frontier Corps", "National Police": a state's forces, not an armed group. */
  private static boolean isStateForce(String name) {
    String lower = name.toLowerCase();
    if (lower.contains("liberation") || lower.contains("revolutionary") || lower.contains("islamic state")) return false;
    String[] words = lower.split("\\s+");
    String last = words[words.length - 1];
    if (words.length == 1 && STATE_WORDS.contains(last)) return true; // "the Army" said, "Police" responded
    return (last.equals("police") || last.equals("corps") || last.equals("gendarmerie") || last.equals("rangers")
        || last.equals("navy") || lower.endsWith("armed forces") || lower.endsWith("security forces")
        || lower.endsWith("air force") || words.length >= 2 && last.equals("guard")
        // an army's units: "Atlacatl Battalion", "1st Infantry Brigade", "Military Detachment No. 4"
        || last.equals("battalion") || last.equals("battalions") || lower.contains("infantry")
        || lower.contains("military detachment")
        || (last.equals("army") && words.length == 2 && Character.isUpperCase(name.charAt(0))
            && !lower.startsWith("new") && !lower.startsWith("red") && !lower.startsWith("free")));
  }

  private static boolean isNamedVehicle(String name) {
    String[] words = name.toLowerCase().split("\\s+");
    return words.length >= 2 && NAMED_VEHICLE_ENDINGS.contains(words[words.length - 1]);
  }

  private static boolean claimsResponsibility(List<Token> t) { return claimIndex(t) >= 0; }

  /** Whether a sentence says who did it ("claimed responsibility", "blamed X"): it belongs with the incident. */
  static boolean namesPerpetrator(List<Token> t) {
    if (claimIndex(t) >= 0 || !describedGroups(t).isEmpty()) return true;
    for (Token tok : t) if (tok.lemma().equals("blame")) return true;
    return false;
  }

  private static final Set<String> GROUP_DESCRIPTORS = Set.of(
      "rebel", "rebels", "militant", "insurgent", "jihadist", "armed", "separatist", "guerrilla", "terrorist",
      "extremist", "islamist", "maoist", "criminal");
  private static final Set<String> GROUP_NOUNS = Set.of(
      "group", "faction", "movement", "outfit", "organisation", "organization", "militia", "gang", "network", "cell",
      "groups", "factions", "militias", "gangs");
  private static final Set<String> NAME_CONNECTORS = Set.of(
      "al", "el", "e", "de", "du", "la", "le", "des", "of", "pour", "wal", "ul", "bin", "del", "los", "las", "y");

  /**
   * Armed groups the text describes as such, whether or not NER tags them: "the militant group Harakat al-Sahil",
   * "the rebel Mouvement pour la Renaissance du Kivu", "a faction calling itself Lashkar-e-Sadiq", "the Jabhat al-Qarn
   * militant group", "the group, Katiba Seno al-Jadida,". Returns token ranges [first, last) of the names.
   */
  static List<int[]> describedGroups(List<Token> t) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!nameWord(t.get(i)) || i > 0 && nameWord(t.get(i - 1))) continue;
      int end = nameEnd(t, i);
      boolean ethnic = i > 0 && t.get(i - 1).lower().equals("ethnic"); // "the ethnic Baloch group" is a people
      if (!ethnic && (describedBefore(t, i) || describedAfter(t, end))) out.add(new int[] {i, end});
      i = end - 1;
    }
    return out;
  }

  private static int nameEnd(List<Token> t, int i) {
    int k = i;
    while (k < t.size()) {
      Token tok = t.get(k);
      if (nameWord(tok) || tok.pos().equals("HYPH") && k > i) { k++; continue; }
      if (NAME_CONNECTORS.contains(tok.lower()) || tok.lower().startsWith("al-")) {
        int next = k + 1;
        while (next < t.size() && NAME_CONNECTORS.contains(t.get(next).lower())) next++; // "pour la"
        if (next < t.size() && (nameWord(t.get(next)) || t.get(next).pos().equals("HYPH"))) { k = next; continue; }
      }
      break;
    }
    while (k > i + 1 && (t.get(k - 1).pos().equals("HYPH") || NAME_CONNECTORS.contains(t.get(k - 1).lower()))) k--;
    return k;
  }

  private static boolean describedBefore(List<Token> t, int i) {
    int k = i - 1;
    if (k >= 0 && t.get(k).text().equals(",")) k--;
    if (k >= 0 && (t.get(k).lower().equals("itself") || t.get(k).lower().equals("as") && k > 0
        && t.get(k - 1).lower().equals("known"))) return true;
    if (k >= 0 && GROUP_NOUNS.contains(t.get(k).lower())) k--;
    return k >= 0 && GROUP_DESCRIPTORS.contains(t.get(k).lower())
        || k + 1 < i && k + 1 >= 0 && GROUP_NOUNS.contains(t.get(k + 1).lower()) && k >= 0 && t.get(k).lower().equals("the");
  }

  private static boolean describedAfter(List<Token> t, int end) {
    int k = end;
    // an appositive: "the Frente Guerrillero Manuel Paredes, a rebel faction"
    if (k + 1 < t.size() && t.get(k).text().equals(",") && Set.of("a", "an", "the").contains(t.get(k + 1).lower())) k += 2;
    if (k < t.size() && GROUP_DESCRIPTORS.contains(t.get(k).lower())) k++;
    return k < t.size() && GROUP_NOUNS.contains(t.get(k).lower());
  }

  /** A word of a proper name: tagged NNP, or a capitalised foreign word ("Mouvement pour la …" is tagged FW). */
  private static boolean nameWord(Token t) {
    return t.pos().startsWith("NNP") || t.pos().equals("FW") && t.isCapitalized();
  }

  /** Index of "claimed" in "claimed responsibility"/"claimed the attack"/"took responsibility", or -1. */
  private static int claimIndex(List<Token> t) {
    int i = claimWordIndex(t);
    return i >= 0 && negated(t, i) ? -1 : i;
  }

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "yet", "no", "nobody", "none");

  /**
   * Whether the claim is denied or missing rather than made: "has not claimed responsibility", "no group has yet
   * claimed", "denied it carried out", "has yet to claim".
   */
  private static boolean negated(List<Token> t, int claim) {
    for (int k = claim - 1; k >= Math.max(0, claim - 4); k--) {
      Token tok = t.get(k);
      if (NEGATIONS.contains(tok.lower()) || tok.lemma().equalsIgnoreCase("deny")) return true;
      if (tok.text().equals(",") || tok.text().equals(";")) return false;
    }
    return false;
  }

  /** What a denial is about: "denied involvement", "rejected any role", "denied responsibility". */
  private static final Set<String> DENIAL_OBJECTS = Set.of(
      "involvement", "responsibility", "role", "part", "participation", "claim", "claims", "link", "links");
  /** Words a denial may run through to reach what it is about: those, and "any", "it", "the", "having"... */
  private static final Set<String> DENIED_THINGS = java.util.stream.Stream.concat(DENIAL_OBJECTS.stream(),
      java.util.stream.Stream.of("any", "it", "that", "carrying", "having", "being", "the", "its", "a", "an"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Index of a denial of involvement ("denied involvement", "rejected any role in"), or -1. */
  static int denialIndex(List<Token> t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).lemma().toLowerCase();
      if (!(w.equals("deny") || w.equals("reject") || w.equals("disown")) || !t.get(i).pos().startsWith("VB")) continue;
      for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
        String next = t.get(k).lower();
        if (DENIAL_OBJECTS.contains(next) || next.equals("carrying") || next.equals("it") && k + 1 < t.size()
            && t.get(k + 1).lemma().equals("carry")) return i;
        if (!DENIED_THINGS.contains(next)) break;
      }
    }
    return -1;
  }

  private static int claimWordIndex(List<Token> t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).lemma().toLowerCase();
      String next = t.get(i + 1).lower();
      if ((w.equals("claim") || w.equals("take") || w.equals("accept") || w.equals("admit"))
          && (next.equals("responsibility") || next.equals("credit"))) return i;
      if (w.equals("say") && i + 3 < t.size() && (next.equals("it") || next.equals("they"))
          && (t.get(i + 2).lemma().equals("carry") || t.get(i + 2).lower().equals("was") && t.get(i + 3).lower().equals("behind")))
        return i;
      if (w.equals("claim") && t.get(i).pos().startsWith("VB") && i + 2 < t.size()
          && (next.equals("the") || next.equals("an") || next.equals("a"))
          && Set.of("attack", "bombing", "killing", "hijacking", "kidnapping", "assault", "blast").contains(t.get(i + 2).lower()))
        return i;
    }
    return -1;
  }

  /** Whether a sentence lays blame: "blamed the FMLN", "attributed the attack to", "accused the cartel". */
  private static boolean blames(List<Token> t) {
    for (Token tok : t) if (Set.of("blame", "attribute", "accuse").contains(tok.lemma().toLowerCase())) return true;
    return false;
  }

  private static int pronounBefore(List<Token> t, int claim) {
    for (int k = claim - 1; k >= Math.max(0, claim - 3); k--) {
      String w = t.get(k).lower();
      if (w.equals("it") || w.equals("they") || w.equals("group")) return k;
    }
    return -1;
  }

  /**
   * How many descriptions of perpetrators an incident keeps, in text order: on MUC-4 train, a second one ("guerrillas"
   * after "urban terrorists") was wrong more often than right.
   */
  private static final int MAX_DESCRIBED = 1;

  /**
   * Every description of perpetrators in the sentences, each occurrence with its span, in text order ("armed
   * militants", "militants", "attackers"): the mentions {@link PerpetratorLinker} ties to a named group.
   */
  static List<Evidence> genericMentions(String raw, List<Sentence> sentences) {
    List<Evidence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        String w = t.get(i).lower();
        if (!t.get(i).pos().startsWith("NN")) continue;
        boolean described = PEOPLE_NOUNS.contains(w) && i > 0 && SUSPECT_DESCRIPTORS.contains(t.get(i - 1).lower());
        if (!GENERIC_PERPETRATORS.contains(w) && !described) continue;
        // "guerrilla" in "a guerrilla column" describes the column, not who acted
        if (i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN")) continue;
        int start = i;
        while (start > 0 && PERPETRATOR_MODIFIERS.contains(t.get(start - 1).lower())
            || start > 0 && t.get(start).lower().equals("armed") && t.get(start - 1).pos().equals("RB")) start--;
        out.add(ev(raw, s, start, i + 1));
      }
    }
    return out;
  }

  /** Whether a perpetrator's name describes rather than names: "gunmen", "heavily armed men", "Suicide bombers". */
  static boolean isGenericDescription(String name) {
    String[] words = name.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+");
    String head = words[words.length - 1];
    if (!GENERIC_PERPETRATORS.contains(head) && !(PEOPLE_NOUNS.contains(head) && words.length > 1
        && SUSPECT_DESCRIPTORS.contains(words[words.length - 2]))) return false;
    if (name.equals(name.toUpperCase(java.util.Locale.ROOT))) return true; // wire copy in capitals: case says nothing
    String[] written = name.strip().split("\\s+");
    for (int k = 1; k < written.length; k++) if (!written[k].equals(words[k])) return false; // "Death Squads" is a name
    return true;
  }

  /** The first {@link #MAX_DESCRIBED} distinct descriptions of perpetrators, each as a perpetrator of its own. */
  private static List<Participant> genericPerpetrators(String raw, List<Sentence> sentences) {
    Map<String, Participant> found = new LinkedHashMap<>();
    for (Evidence ev : genericMentions(raw, sentences)) {
      if (found.size() >= MAX_DESCRIBED) break;
      String text = OneLine.of(ev.text());
      String[] words = text.toLowerCase(java.util.Locale.ROOT).split(" ");
      ActorKind kind = NON_STATE_GENERIC.contains(words[words.length - 1]) ? ActorKind.NON_STATE_ARMED_GROUP
          : ActorKind.UNKNOWN;
      found.putIfAbsent(text.toLowerCase(), new Participant(text, List.of(), Role.PERPETRATOR, kind, false, ev));
    }
    return List.copyOf(found.values());
  }


  /**
   * The things a trigger acts on: "hijacked a train", "attack on a convoy", "bombing at a train station", and those
   * listed with it ("attacked three pharmacies, the public registration office and a bank").
   */
  private static List<Participant> targets(String raw, Sentence s, Trigger tr) {
    List<Token> t = s.tokens();
    List<Participant> out = new ArrayList<>();
    int end = Math.min(t.size(), tr.last() + 12);
    for (int k = tr.last(); k < end; k++) {
      Token tok = t.get(k);
      if (tok.text().equals(".") || tok.text().equals(";")) break;
      int[] span = targetAt(t, k, tr.last());
      if (span == null) continue;
      Evidence ev = ev(raw, s, span[0], span[1]);
      out.add(new Participant(OneLine.of(ev.text()), List.of(), Role.TARGET, kindAt(t, span[2]), false, ev));
      int next = span[1];
      if (next >= t.size() || !(t.get(next).text().equals(",") || t.get(next).lower().equals("and"))) break;
      k = next;
      end = Math.min(t.size(), next + 8);
    }
    return out;
  }

  /** Things named as the subject of a passive harm: "13 business establishments were destroyed". */
  private static List<Participant> passiveTargets(String raw, Sentence s) {
    List<Token> t = s.tokens();
    List<Participant> out = new ArrayList<>();
    for (int k = 0; k < t.size(); k++) {
      int[] span = targetAt(t, k, 0);
      if (span == null) continue;
      int v = span[1];
      if (v < t.size() && t.get(v).lemma().equals("be")) v++;
      else if (v + 1 < t.size() && (t.get(v).lemma().equals("have") && t.get(v + 1).lemma().equals("be"))) v += 2;
      else { k = span[1] - 1; continue; }
      if (v < t.size() && t.get(v).pos().equals("RB")) v++;
      if (v < t.size() && t.get(v).pos().equals("VBN") && DAMAGE_VERBS.contains(t.get(v).lemma().toLowerCase())) {
        Evidence ev = ev(raw, s, span[0], span[1]);
        out.add(new Participant(OneLine.of(ev.text()), List.of(), Role.TARGET, kindAt(t, span[2]), false, ev));
      }
      k = span[1] - 1;
    }
    return out;
  }

  private static final Set<String> DAMAGE_VERBS = Set.of(
      "destroy", "damage", "burn", "attack", "bomb", "dynamite", "derail", "hit", "blow", "loot", "raze", "sabotage",
      "set", "torch", "machinegun", "ransack", "occupy", "seize", "hijack", "storm");
  private static final Set<String> NOT_TARGET_HEADS = Set.of(
      "bomb", "bombs", "explosive", "explosives", "explosion", "explosions", "attack", "attacks", "responsibility",
      "dynamite", "charge", "charges", "device", "devices", "grenade", "grenades", "strike", "strikes", "chase");
  /** A road vehicle before these is the bomb ("car bombing", "truck bomber"); a train or bus before them is the target. */
  private static final Set<String> VEHICLE_BOMB_HEADS = Set.of("bombing", "bombings", "bomber", "bombers");
  private static final Set<String> ROAD_VEHICLES = Set.of("car", "truck", "van", "vehicle", "motorcycle", "tanker", "jeep");

  /**
   * The noun phrase around a target noun at {@code k}: [first, last, head] with modifiers to the left (not before
   * {@code floor}), the rest of the compound to the right ("power transmission towers") and its "of" phrase; or null.
   */
  private static int[] targetAt(List<Token> t, int k, int floor) {
    Token tok = t.get(k);
    if (kindOf(tok) == null || !tok.pos().startsWith("NN")) return null;
    int last = k + 1;
    while (last < t.size() && (t.get(last).pos().equals("NN") || t.get(last).pos().equals("NNS"))
        && !NOT_TARGET_HEADS.contains(t.get(last).lower()) && !VEHICLE_BOMB_HEADS.contains(t.get(last).lower())) last++;
    if (last < t.size() && NOT_TARGET_HEADS.contains(t.get(last).lower()) && t.get(last).pos().startsWith("NN")) {
      return null; // "car bomb": the weapon, not the target
    }
    if (last < t.size() && VEHICLE_BOMB_HEADS.contains(t.get(last).lower())
        && ROAD_VEHICLES.contains(t.get(last - 1).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int head = last - 1;
    if (kindOf(t.get(head)) == null) head = k;
    int first = k;
    while (first > floor && (t.get(first - 1).pos().startsWith("NN") || t.get(first - 1).pos().startsWith("JJ")
        || t.get(first - 1).pos().equals("POS") || t.get(first - 1).pos().equals("CD"))
        && !NOT_TARGET_HEADS.contains(t.get(first - 1).lower())) first--;
    if (carriesExplosives(t, first, last)) return null;
    return new int[] {first, ofPhraseEnd(t, last), head};
  }

  /**
   * "an explosives-laden vehicle", "a car full of explosives", "a truck packed with explosives": the vehicle is the
   * weapon, not what was attacked.
   */
  private static boolean carriesExplosives(List<Token> t, int first, int last) {
    for (int k = first; k < last; k++) if (t.get(k).lower().endsWith("laden")) return true;
    int k = last;
    if (k < t.size() && t.get(k).lower().equals("-")) k++;
    if (k + 1 >= t.size()) return false;
    String w = t.get(k).lower(), next = t.get(k + 1).lower();
    boolean carrying = w.equals("laden") && next.equals("with") || w.equals("full") && next.equals("of")
        || w.equals("packed") && next.equals("with") || w.equals("loaded") && next.equals("with")
        || w.equals("rigged") && next.equals("with");
    return carrying && k + 2 < t.size() && (t.get(k + 2).lower().startsWith("explosive")
        || t.get(k + 2).lower().startsWith("bomb") || t.get(k + 2).lower().equals("dynamite")
        || k + 3 < t.size() && t.get(k + 3).lower().startsWith("explosive"));
  }

  private static ActorKind kindOf(Token tok) {
    return TARGET_NOUNS.getOrDefault(tok.lower(), TARGET_NOUNS.get(tok.lemma().toLowerCase()));
  }

  private static ActorKind kindAt(List<Token> t, int head) { return kindOf(t.get(head)); }

  /**
   * The end of a target's "of" phrase, which says whose or which it is: "the house of Judge Guillermo Torre",
   * "the headquarters of the 1st Infantry Brigade". Stops at the first word that is not part of a noun phrase.
   */
  private static int ofPhraseEnd(List<Token> t, int last) {
    if (last + 1 >= t.size() || !t.get(last).lower().equals("of")) return last;
    int k = last + 1;
    while (k < t.size() && (t.get(k).pos().startsWith("NN") || t.get(k).pos().startsWith("JJ")
        || t.get(k).pos().equals("DT") || t.get(k).pos().equals("CD") || t.get(k).pos().equals("POS"))) k++;
    while (k > last + 1 && !t.get(k - 1).pos().startsWith("NN") && !t.get(k - 1).pos().equals("CD")) k--;
    return k > last + 1 ? k : last;
  }

  private static final Set<String> HARM_VERBS = Set.of(
      "kill", "shoot", "murder", "assassinate", "stab", "kidnap", "abduct", "behead", "execute", "wound", "injure",
      "gun", "slay", "hack", "lynch", "beat", "hold");
  private static final Set<String> OFFICE_TITLES = Set.of(
      "mayor", "governor", "minister", "senator", "lawmaker", "mp", "councillor", "councilor", "judge", "prosecutor",
      "president", "deputy", "official", "legislator", "candidate", "commissioner", "prefect", "chief", "ambassador");

  /**
   * People named as those harmed: "shot dead Salwa Hadi", "Ricardo Salgado Vela, the mayor of …, was shot dead".
   * Holders of public office are government; everyone else a civilian.
   */
  private static List<Participant> namedVictims(NlpDoc doc, List<Sentence> sentences) {
    List<Participant> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      boolean harmSentence = t.stream().anyMatch(x -> HARM_VERBS.contains(x.lemma().toLowerCase())
          || HARM_NOUNS.contains(x.lower()) || x.lower().equals("dead") || x.lower().equals("victim")
          || x.lower().equals("victims"));
      int previousVictimEnd = -1;
      for (EntityMention m : doc.mentionsIn(s.index())) {
        if (m.type() != EntityType.PERSON) continue;
        boolean harmed = harmedObject(t, m.firstToken()) || harmedSubject(t, m.lastToken())
            || harmSentence && identifiedAs(t, m.firstToken())
            || previousVictimEnd >= 0 && coordinated(t, previousVictimEnd, m.firstToken())
            || harmSentence && harmNear(t, m, HARM_WINDOW) && !speaks(t, m) && !afterPreposition(t, m);
        if (!harmed) continue;
        previousVictimEnd = m.lastToken();
        ActorKind kind = nearTitle(t, m) ? ActorKind.GOVERNMENT : ActorKind.CIVILIANS;
        out.add(new Participant(OneLine.of(m.text()), List.of(), Role.VICTIM, kind, false,
            ev(doc.raw(), s, m.firstToken(), m.lastToken())));
      }
    }
    return out;
  }

  /**
   * A harm verb just before the name ("shot dead Salwa Hadi", "killed the mayor, Ana Ruiz"), or a harm noun
   * ("the assassination of presidential candidate Luis Carlos Galan").
   */
  private static boolean harmedObject(List<Token> t, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
      Token tok = t.get(k);
      if (tok.pos().startsWith("VB") && HARM_VERBS.contains(tok.lemma().toLowerCase())) return !tok.pos().equals("VBN")
          || k > 0 && !t.get(k - 1).lemma().equals("be");
      if (tok.pos().equals("IN") && k > 0 && HARM_NOUNS.contains(t.get(k - 1).lower())
          && Set.of("of", "on", "against").contains(tok.lower())) return true;
      if (tok.pos().startsWith("VB") || tok.pos().equals("IN") || tok.text().equals(".")) return false;
    }
    return false;
  }

  /** Nouns of harm done to a person: "the murder of Hector Oqueli", "an attack on Minister X". */
  private static final Set<String> HARM_NOUNS = Set.of(
      "murder", "murders", "assassination", "killing", "killings", "kidnapping", "abduction", "death", "attack",
      "attempt", "massacre", "kidnap", "slaying", "execution", "shooting");

  /**
   * How near a word of harm must be for a person named beside it to count as harmed ("the bodies of X and Y, who had
   * been shot"): on MUC-4 train, 8 tokens either side balanced the victims found against bystanders named.
   */
  private static final int HARM_WINDOW = 8;

  private static boolean harmNear(List<Token> t, EntityMention m, int window) {
    for (int k = Math.max(0, m.firstToken() - window); k < Math.min(t.size(), m.lastToken() + window); k++) {
      Token x = t.get(k);
      if (HARM_VERBS.contains(x.lemma().toLowerCase()) || HARM_NOUNS.contains(x.lower()) || x.lower().equals("dead")
          || x.lower().equals("victim") || x.lower().equals("victims")) return true;
    }
    return false;
  }

  /** "outside Djibo", "in Santander": a name after a preposition other than "of" is more likely a place. */
  private static boolean afterPreposition(List<Token> t, EntityMention m) {
    int k = m.firstToken() - 1;
    return k >= 0 && (t.get(k).pos().equals("IN") || t.get(k).pos().equals("TO")) && !t.get(k).lower().equals("of");
  }

  /** A source, not a victim: "Colonel X said", "according to X". */
  private static boolean speaks(List<Token> t, EntityMention m) {
    for (int k = Math.max(0, m.firstToken() - 3); k < Math.min(t.size(), m.lastToken() + 3); k++) {
      if (AttributionFinder.REPORTING_VERBS.contains(t.get(k).lower()) || t.get(k).lower().equals("according")) return true;
    }
    return false;
  }

  /** "identified as 57-year-old Jose Martinez": how reports name the dead. */
  private static boolean identifiedAs(List<Token> t, int first) {
    for (int k = first - 1; k >= Math.max(1, first - 4); k--) {
      if (t.get(k).lower().equals("as") && t.get(k - 1).lemma().equalsIgnoreCase("identify")) return true;
      if (t.get(k).pos().startsWith("VB") || t.get(k).text().equals(".")) return false;
    }
    return false;
  }

  /**
   * A name listed with a victim's: "the death of Hector Oqueli and Guatemalan lawyer Hilda Flores". Only "and" or a
   * comma, and a title's words, may come between.
   */
  private static boolean coordinated(List<Token> t, int previousEnd, int first) {
    if (first - previousEnd > 8) return false;
    boolean joined = false;
    for (int k = previousEnd; k < first; k++) {
      Token tok = t.get(k);
      if (tok.lower().equals("and") || tok.text().equals(",")) joined = true;
      else if (!tok.pos().startsWith("NN") && !tok.pos().startsWith("JJ") && !tok.pos().equals("DT")
          && !tok.pos().equals("CD") && !tok.pos().equals("HYPH")) return false;
    }
    return joined;
  }

  /** The name is the subject of a passive harm verb: "X, the mayor of Y, was shot dead". */
  private static boolean harmedSubject(List<Token> t, int last) {
    int depth = 0;
    for (int k = last; k < Math.min(t.size(), last + 25); k++) {
      Token tok = t.get(k);
      if (tok.text().equals(",")) { depth++; continue; }
      if (depth % 2 == 1) continue; // inside an appositive
      if (tok.lemma().equals("be")) {
        return k + 1 < t.size() && t.get(k + 1).pos().equals("VBN") && HARM_VERBS.contains(t.get(k + 1).lemma().toLowerCase());
      }
      if (tok.pos().startsWith("VB")) return false;
    }
    return false;
  }

  private static boolean nearTitle(List<Token> t, EntityMention m) {
    for (int k = Math.max(0, m.firstToken() - 3); k < Math.min(t.size(), m.lastToken() + 5); k++) {
      if (OFFICE_TITLES.contains(t.get(k).lower())) return true;
    }
    return false;
  }

  /** State forces acting in a response: "Pakistan's military then launched an operation". */
  private static List<Participant> responders(NlpDoc doc, List<Sentence> sentences, List<Trigger> triggers,
                                              ActorAliases aliases) {
    String raw = doc.raw();
    List<Participant> out = new ArrayList<>();
    Set<Integer> opSentences = new java.util.HashSet<>();
    Set<IncidentType> responses = java.util.EnumSet.of(IncidentType.SECURITY_OPERATION, IncidentType.ARMED_CLASH,
        IncidentType.PROTEST, IncidentType.RIOT);
    for (Trigger tr : triggers) if (responses.contains(tr.type())) opSentences.add(tr.sentence());
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      boolean rescue = t.stream().anyMatch(x -> x.lemma().equals("rescue") || x.lemma().equals("respond"));
      if (!opSentences.contains(s.index()) && !rescue) continue;
      for (int i = 0; i < t.size(); i++) {
        String w = t.get(i).lower();
        if (!STATE_WORDS.contains(w) || !t.get(i).pos().startsWith("NN")) continue;
        if (w.equals("security") && !(i + 1 < t.size() && t.get(i + 1).lower().startsWith("force"))) continue;
        int last = w.equals("security") ? i + 2 : i + 1;
        int first = i;
        while (first > 0 && (t.get(first - 1).pos().equals("POS") || t.get(first - 1).pos().startsWith("NNP")
            || t.get(first - 1).pos().startsWith("JJ"))) first--;
        // it did the harm: a perpetrator, not the response
        if (StateForces.perpetrates(t, first, last, armedGroupTokens(doc, s, aliases))) continue;
        Evidence ev = ev(raw, s, first, last);
        out.add(new Participant(OneLine.of(ev.text()), List.of(), Role.RESPONDER, ActorKind.STATE_FORCES,
            false, ev));
        return out;
      }
    }
    return out;
  }

  /**
   * State forces a sentence names by a common noun ("soldiers", "the army", "police", "members of the armed forces")
   * where they did the harm or are blamed for it, in text order beside the organisations named, so the mapper's
   * first perpetrator is the text's first. Organisations NER tagged are judged where they are named, so a phrase
   * inside one is left to it.
   */
  private static List<Participant> statePerpetrators(NlpDoc doc, Sentence s, Set<Integer> groups) {
    List<Participant> out = new ArrayList<>();
    List<Token> t = s.tokens();
    List<EntityMention> orgs = doc.mentionsIn(s.index()).stream()
        .filter(m -> m.type() == EntityType.ORGANIZATION).toList();
    for (StateForces.Span span : StateForces.phrases(t)) {
      boolean tagged = orgs.stream().anyMatch(m -> m.firstToken() < span.last() && span.first() < m.lastToken());
      if (tagged || !StateForces.perpetrates(t, span.first(), span.last(), groups)) continue;
      Evidence ev = ev(doc.raw(), s, span.first(), span.last());
      out.add(new Participant(OneLine.of(ev.text()), List.of(), Role.PERPETRATOR, ActorKind.STATE_FORCES,
          false, ev));
    }
    return out;
  }

  /**
   * People named as the ones who did it: the agent of the harm ("Tsarnaev killed a police officer", "shot by Omar
   * Mateen"), the one blamed or charged ("prosecutors charged Dzhokhar Tsarnaev"), or named as the attacker ("the
   * suspect, Salah Abdeslam", "gunman Anis Amri"). Lone attackers have no group to name.
   */
  private static List<Participant> personPerpetrators(NlpDoc doc, Sentence s, Set<Integer> groups) {
    List<Participant> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (EntityMention m : doc.mentionsIn(s.index())) {
      if (m.type() != EntityType.PERSON) continue;
      if (!namedAsAttacker(t, m.firstToken())
          && !StateForces.personPerpetrates(t, m.firstToken(), m.lastToken(), groups)) {
        continue;
      }
      Evidence ev = ev(doc.raw(), s, m.firstToken(), m.lastToken());
      out.add(new Participant(OneLine.of(ev.text()), List.of(), Role.PERPETRATOR, ActorKind.UNKNOWN, false,
          ev));
    }
    return out;
  }

  private static final Set<String> ATTACKER_NOUNS = Set.of("suspect", "gunman", "bomber", "attacker", "assailant",
      "shooter", "killer", "assassin", "hijacker", "kidnapper", "perpetrator");

  /** "suspect Dzhokhar Tsarnaev", "the gunman, Omar Mateen": an attacker's noun just before the name. */
  private static boolean namedAsAttacker(List<Token> t, int first) {
    int k = first - 1;
    if (k >= 0 && t.get(k).text().equals(",")) k--;
    while (k >= 0 && (t.get(k).pos().startsWith("JJ") || t.get(k).pos().equals("HYPH"))) k--;
    return k >= 0 && t.get(k).pos().startsWith("NN") && ATTACKER_NOUNS.contains(t.get(k).lemma().toLowerCase());
  }

  /** The tokens of a sentence inside the names of non-state armed groups: whom the state fights, not harms. */
  private static Set<Integer> armedGroupTokens(NlpDoc doc, Sentence s, ActorAliases aliases) {
    Set<Integer> out = new java.util.HashSet<>();
    for (EntityMention m : doc.mentionsIn(s.index())) {
      if (m.type() != EntityType.ORGANIZATION || !isArmedGroup(aliases.canonical(m.text()), aliases)) continue;
      for (int k = m.firstToken(); k < m.lastToken(); k++) out.add(k);
    }
    return Set.copyOf(out);
  }

  /**
   * The people the figures count become participants: hostages and civilians are victims, passengers a target;
   * security forces and a total ("14 people were killed") are victims only when harmed, since "200 people were in the
   * market" counts no one hurt.
   */
  private static List<Participant> victims(List<Toll> tolls) {
    List<Participant> out = new ArrayList<>();
    for (Toll toll : tolls) {
      switch (toll.group()) {
        case HOSTAGES -> out.add(new Participant("hostages", List.of(), Role.VICTIM, ActorKind.CIVILIANS, false, toll.evidence()));
        case PASSENGERS -> out.add(new Participant("passengers", List.of(), Role.TARGET, ActorKind.CIVILIANS, false, toll.evidence()));
        case CIVILIANS -> out.add(new Participant("civilians", List.of(), Role.VICTIM, ActorKind.CIVILIANS, false, toll.evidence()));
        case SECURITY_FORCES -> {
          if (harmed(toll)) {
            out.add(new Participant("security forces", List.of(), Role.VICTIM, ActorKind.STATE_FORCES, false, toll.evidence()));
          }
        }
        case ALL -> {
          if (harmed(toll)) out.add(new Participant("people", List.of(), Role.VICTIM, ActorKind.UNKNOWN, false, toll.evidence()));
        }
        default -> { }
      }
    }
    return out;
  }

  private static boolean harmed(Toll toll) {
    return switch (toll.outcome()) {
      case KILLED, INJURED, KIDNAPPED -> true;
      default -> false;
    };
  }

  private static Evidence ev(String raw, Sentence s, int first, int last) {
    List<Token> t = s.tokens();
    return Evidence.of(raw, t.get(first).start(), t.get(last - 1).end(), s.index());
  }
}
