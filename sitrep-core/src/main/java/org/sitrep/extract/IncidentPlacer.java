package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.Location;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.resolve.PlaceMention;
import org.sitrep.resolve.PlaceResolver;

/** Chooses which place mentions can place an incident, and lets the resolver pick among them. */
final class IncidentPlacer {
  private final PlaceResolver resolver;

  IncidentPlacer(PlaceResolver resolver) { this.resolver = resolver; }

  /**
   * The incident's place: locative mentions ("in X", "at X", "province of X", "overran X") in its trigger sentences
   * first, then in all its sentences, then names qualifying a noun in its trigger sentences ("a Basra activist");
   * route phrases ("from Quetta to Peshawar") never place an incident. Within a sentence, mentions nearer a trigger
   * come first, so that "a court in Pattani sentenced ... for a bombing in Yala" places the bombing in Yala.
   * The locative phrase attached to the incident's own trigger ({@link #attached}) outranks that reading, which only
   * checks its country and refines a division it names: a town named at the trigger beats a better-known city named
   * elsewhere, and a town the gazetteer lacks keeps its name, with the coordinates of the place its context supports
   * and that precision. An incident with no place of its own, in a report filed abroad, takes the country its
   * victims' or targets' demonyms name over the dateline's.
   */
  Optional<Location> locate(NlpDoc doc, IncidentStatus status, List<Sentence> sentences, List<Trigger> specific,
                            List<PlaceMention> places) {
    Set<Integer> triggerSentences = new LinkedHashSet<>();
    specific.forEach(t -> triggerSentences.add(t.sentence()));
    List<PlaceMention> inTriggers = new ArrayList<>();
    List<PlaceMention> inDraft = new ArrayList<>();
    List<PlaceMention> qualifying = new ArrayList<>();
    List<PlaceMention> datelines = new ArrayList<>();
    Set<Integer> draftSentences = new LinkedHashSet<>();
    sentences.forEach(s -> draftSentences.add(s.index()));
    List<PlaceMention> whose = new ArrayList<>();
    for (PlaceMention m : places) {
      int si = m.evidence().sentence();
      Sentence s = doc.sentences().get(si);
      if (si == 0 && isDateline(s, m)) datelines.add(m);
      if (nationality(s, m)) {
        whose.add(m);
        continue;
      }
      if (!draftSentences.contains(si)) continue;
      Role role = role(s, m);
      if (role == Role.QUALIFIER && resolver.namesCountry(m)) continue;
      if (role == Role.QUALIFIER && triggerSentences.contains(si)) qualifying.add(m);
      if (role != Role.LOCATIVE) continue;
      if (!triggerSentences.contains(si) && talksClause(s, m)) continue;
      inDraft.add(m);
      if (triggerSentences.contains(si)) inTriggers.add(m);
    }
    Comparator<PlaceMention> nearest = Comparator.comparingInt(m -> distanceToTrigger(doc, m, specific));
    inTriggers.sort(nearest);
    inDraft.sort(nearest);
    qualifying.sort(nearest);
    Optional<PlaceMention> dateline = datelines.stream().findFirst();
    Optional<PlaceMention> datelineCountry = dateline.flatMap(d -> places.stream()
        .filter(m -> m.evidence().start() >= d.evidence().end()).findFirst()
        .filter(m -> doc.raw().substring(d.evidence().end(), m.evidence().start()).matches("\\s*[(,]\\s*")));
    Optional<PlaceResolver.Dateline> filed = dateline.flatMap(d -> resolver.dateline(d, datelineCountry));
    List<PlaceMention> candidates = !inTriggers.isEmpty() ? inTriggers : !inDraft.isEmpty() ? inDraft : qualifying;
    Optional<Location> broad = resolver.resolve(candidates, places, filed);
    Optional<Location> placed = attached(doc, specific, inTriggers, places, filed)
        .map(own -> reconciled(own, broad))
        .or(() -> broad)
        .map(l -> narrowedToDateline(l, filed));
    // Whose embassy or student it was ("the U.S. embassy") says nothing of where the article's news is.
    List<PlaceMention> body = places.stream()
        .filter(m -> !dateline.equals(Optional.of(m)) && !datelineCountry.equals(Optional.of(m)) && !whose.contains(m))
        .toList();
    List<PlaceMention> inTriggerSentences = places.stream()
        .filter(m -> triggerSentences.contains(m.evidence().sentence()) && !dateline.equals(Optional.of(m))
            && !whose.contains(m)
            && (resolver.isDemonym(m) || role(doc.sentences().get(m.evidence().sentence()), m) == Role.LOCATIVE))
        .toList();
    Optional<Location> reaction = placed.flatMap(l -> reactionAbroad(l, filed, body, inTriggerSentences, places));
    if (reaction.isPresent()) return reaction;
    if (placed.isPresent() || status != IncidentStatus.CURRENT) return placed;
    // A report filed abroad ("MANAGUA -- Nicaragua has denied any link with the assassination of the Salvadoran
    // minister") tells whose the victims or the place were where it names no place: that country, not the dateline's.
    List<PlaceMention> demonyms = places.stream()
        .filter(m -> triggerSentences.contains(m.evidence().sentence()) && resolver.isDemonym(m)).toList();
    Optional<Location> whoseCountry = resolver.resolve(demonyms, places, filed)
        .filter(l -> l.country().isPresent() && filed.flatMap(d -> d.location().country()).isPresent()
            && !l.country().equals(filed.get().location().country()))
        // read together, the dateline's own demonym outvotes the victim's ("GUATEMALA CITY -- The Guatemalan
        // government condemned the murder of a Salvadoran minister"): the victim's country, where the article's names
        // are about that country too
        .or(() -> aboutAbroad(filed, body)
            .filter(about -> demonyms.stream().anyMatch(m -> ofTheVictim(doc, m, specific)
                && resolver.resolve(List.of(m), places, filed).flatMap(Location::country).equals(Optional.of(about))))
            .flatMap(resolver::country).map(PlaceResolver::countryLocation));
    Optional<Location> fallback = whoseCountry.or(() -> filedFrom(filed.map(PlaceResolver.Dateline::location), body));
    return fallback.flatMap(Location::country).flatMap(c -> leadPlace(doc, body, places, filed, c)).or(() -> fallback);
  }

  /** How many sentences open an article: the lead, which says where its news happened. */
  static final int LEAD_SENTENCES = 2;

  /**
   * The place the article's lead names, for a current incident whose own sentences name none, in the country that
   * the report's dateline or else the article's names put it in: "BOGOTA -- There has been another attack in
   * Medellin" places a blast told later in Medellin, not in the city the report was filed from, and "MOSCOW (USSR) --
   * a bomb went off in Lima" places it in Lima, not only in Peru. Only a locative phrase ("in X", "hit X") in the
   * lead's {@value #LEAD_SENTENCES} sentences counts, and only a town, or a name the gazetteer lacks, in that
   * country, where the name read alone (one the gazetteer lacks: with the article's other names) means a place there.
   */
  private Optional<Location> leadPlace(NlpDoc doc, List<PlaceMention> body, List<PlaceMention> places,
                                       Optional<PlaceResolver.Dateline> filed, String countryCode) {
    Optional<String> country = Optional.of(countryCode);
    for (PlaceMention m : body) {
      int si = m.evidence().sentence();
      if (si >= LEAD_SENTENCES) break;
      if (resolver.isDemonym(m) || resolver.namesCountry(m) || feature(m)
          || role(doc.sentences().get(si), m) != Role.LOCATIVE) {
        continue;
      }
      Optional<Location> at = resolver.resolve(List.of(m), places, filed);
      // The dateline's votes must not be what puts the name in its country: "MEXICO CITY -- clashes in San Salvador"
      // are not in San Salvador, Hidalgo. A known name alone must already mean a place there; a name the gazetteer
      // lacks, the article's other names must point there.
      boolean known = resolver.knows(m);
      List<PlaceMention> context = known ? List.of(m) : places;
      boolean own = resolver.resolve(List.of(m), context).flatMap(Location::country).equals(country);
      if (own && at.isPresent() && at.get().country().equals(country)
          && (at.get().precision() == GeoPrecision.CITY || !known)) {
        return at;
      }
    }
    return Optional.empty();
  }

  /**
   * An incident placed in the country a report was filed from, in a report about another country: a reaction filed
   * abroad ("MANAGUA -- Nicaragua denied any link with the assassination of the Salvadoran minister", "on his
   * arrival in Panama City, Ungo called the Salvadoran army's counteroffensive savage"). The place named there is
   * where the news was told, not where the act was done, when the article's other names point mostly to another
   * country and the incident's own sentences name that country too (a place in it, its name or its demonym): the
   * incident is placed there, at the most precise of those names that is no demonym, else at the country. Empty
   * where the incident stays where it was placed.
   */
  private Optional<Location> reactionAbroad(Location placed, Optional<PlaceResolver.Dateline> filed,
                                            List<PlaceMention> body, List<PlaceMention> own,
                                            List<PlaceMention> places) {
    Optional<String> from = filed.flatMap(d -> d.location().country());
    if (from.isEmpty() || !placed.country().equals(from)) return Optional.empty();
    // A town of its own ("kidnapped in Tecun Uman"), not the report's city or country, is where the act was done.
    boolean filedPlace = placed.precision() == GeoPrecision.COUNTRY
        || placed.city().isPresent() && placed.city().equals(filed.get().location().city());
    if (!filedPlace) return Optional.empty();
    Optional<String> about = aboutAbroad(filed, body);
    if (about.isEmpty()) return Optional.empty();
    // A name the gazetteer lacks would only be put in that country for want of a better guess: no evidence of it.
    List<PlaceMention> there = own.stream()
        .filter(m -> resolver.isDemonym(m) || resolver.knows(m))
        .filter(m -> resolver.resolve(List.of(m), places, filed).flatMap(Location::country).equals(about)).toList();
    if (there.isEmpty()) return Optional.empty();
    List<PlaceMention> named = there.stream().filter(m -> !resolver.isDemonym(m)).toList();
    Optional<Location> precise = named.isEmpty() ? Optional.empty() : resolver.resolve(named, places, filed)
        .filter(l -> l.country().equals(about));
    return precise.or(() -> resolver.country(about.get()).map(PlaceResolver::countryLocation));
  }

  /** Words that may stand between an act and its victim's demonym: "the murder of two Salvadoran ministers". */
  private static final int VICTIM_GAP = 3;

  /** Whether the demonym qualifies the act's victim: "the assassination of (the) Salvadoran minister". */
  private static boolean ofTheVictim(NlpDoc doc, PlaceMention demonym, List<Trigger> triggers) {
    List<Token> t = doc.sentences().get(demonym.evidence().sentence()).tokens();
    for (Trigger tr : triggers) {
      if (tr.sentence() != demonym.evidence().sentence() || tr.last() >= t.size()
          || !t.get(tr.last()).lower().equals("of")) {
        continue;
      }
      for (int k = tr.last() + 1; k < Math.min(t.size(), tr.last() + 1 + VICTIM_GAP); k++) {
        if (t.get(k).start() == demonym.evidence().start()) return true;
        String pos = t.get(k).pos();
        if (!pos.equals("DT") && !pos.equals("CD") && !pos.startsWith("JJ")) break;
      }
    }
    return false;
  }

  /**
   * The country a report filed abroad is about: the one the article's place names point to, by a margin over the
   * dateline's country. Names, not demonyms, tell it: "the American Popular Revolutionary Alliance" is Peru's.
   */
  private Optional<String> aboutAbroad(Optional<PlaceResolver.Dateline> filed, List<PlaceMention> body) {
    Optional<String> from = filed.flatMap(d -> d.location().country());
    if (from.isEmpty()) return Optional.empty();
    Map<String, Double> shares = resolver.countryShares(body.stream().filter(m -> !resolver.isDemonym(m)).toList());
    Optional<String> about = PlaceResolver.leading(shares).map(Map.Entry::getKey);
    if (about.isEmpty() || about.equals(from)
        || shares.get(about.get()) <= shares.getOrDefault(from.get(), 0.0) + REACTION_MARGIN) {
      return Optional.empty();
    }
    return about;
  }

  /** How much more of the article's place votes the other country needs than the dateline's, to be what it is about. */
  static final double REACTION_MARGIN = 0.1;

  /** A locative phrase's distance from a trigger that it cannot modify. */
  private static final int NOT_ATTACHED = Integer.MAX_VALUE;
  /** What a phrase measured from a place ("25 km from Medellin") costs over the place itself. */
  private static final int REFERENCE_COST = 20;
  /** Words between a place before a trigger and the trigger that end the place's clause: "reported in Lima that". */
  private static final Set<String> CLAUSE_BREAKS = Set.of("that", ";", ":", "said", "says", "reported", "according",
      "regarding", "concerning");
  /** Words opening a relative clause, whose places describe someone ("who served in Ayacucho"), not the act. */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "where");
  /** Nouns that follow a place name as an adverb of time, not as a thing in the place: "in Lima today". */
  private static final Set<String> TIME_NOUNS = Set.of("today", "yesterday", "tonight", "tomorrow", "morning",
      "afternoon", "evening", "night", "week", "weekend", "month", "year", "overnight");
  /** Last words of the names of buildings, streets and the like: a place inside a town, never a town. */
  private static final Set<String> FEATURE_NOUNS = Set.of("hospital", "street", "avenue", "bridge", "highway",
      "road", "market", "building", "hotel", "church", "center", "centre", "school", "university", "embassy",
      "airport", "station", "base", "barracks", "farm", "hill", "volcano", "square", "park", "plaza", "stadium",
      "premises", "pipeline", "neighborhood", "neighbourhood", "river", "stream", "dam", "plant", "mine", "port",
      "prison", "jail", "cathedral", "office", "offices", "headquarters", "garrison", "post", "camp", "boulevard",
      "capitol", "palace", "ministry", "parliament", "congress");
  /** A distance phrase between a place and the place it is measured from: "Chinchipe, 220 km north of Ayacucho". */
  private static final Pattern DISTANCE = Pattern.compile(
      "(?i)\\s*,?\\s*(about |some |nearly |approximately )?[\\d,.]+\\s*(-\\s*)?(km|kilometers|kilometres|miles|mi)\\.?"
          + "\\s*((north|south|east|west|northeast|northwest|southeast|southwest)(ern)?\\s*)?(of|from)\\s*(the\\s*)?");
  /**
   * What lies between a place and the division or town that contains it: ", in Santander Department", " in the
   * central Indian state of".
   */
  private static final Pattern CONTAINER = Pattern.compile(
      "(?i)\\s*(,|,?\\s*(also\\s+)?in\\s*(the\\s*)?([a-z]+\\s+){0,3})?\\s*(the\\s*)?"
          + "((north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern"
          + "|southeastern|southwestern)\\s*(part of\\s*(the\\s*)?)?)?");

  /** The phrase that places an incident and the place it names. */
  private record Attached(PlaceMention head, Location place) {}

  /** A locative phrase and its {@link #attachment} cost. */
  private record Costed(PlaceMention mention, long cost) {}

  /**
   * The place of the locative phrase attached to the incident's own trigger, which says where this incident
   * happened better than any other name: the report's first trigger sentence that has one decides, and within it the
   * phrase nearest after a trigger ("the massacre ... in the town of Cayara"), else a sentence-opening one ("In
   * Usulutan, rebels attacked"), else the nearest before it in the same clause ("the courts in Ayacucho city
   * regarding the massacre" is the courts' place, not the massacre's). The phrase's name is read with the divisions
   * written after it ("La Rochela, in Santander Department"); a name the gazetteer lacks keeps its name and takes the
   * coordinates of the place it is measured from ("Campina, 60 km south of Ayacucho": Ayacucho's region) or else of
   * the country the article is about. A known place coarser than a town is narrowed by a later trigger sentence's
   * phrase that lies inside it ("kidnapped in San Miguel Department. The kidnapping took place in San Luis de la
   * Reina").
   */
  private Optional<Attached> attached(NlpDoc doc, List<Trigger> specific, List<PlaceMention> locatives,
                                      List<PlaceMention> places, Optional<PlaceResolver.Dateline> filed) {
    Set<Integer> order = new LinkedHashSet<>();
    specific.forEach(t -> order.add(t.sentence()));
    Optional<Attached> best = Optional.empty();
    for (int si : order) {
      Sentence s = doc.sentences().get(si);
      List<Trigger> here = specific.stream().filter(t -> t.sentence() == si).toList();
      List<PlaceMention> deictic = filed.filter(d -> d.location().precision() == GeoPrecision.CITY)
          .map(d -> reportCity(doc, s)).orElse(List.of());
      // Each phrase's cost is measured once: the token walk is the same for the filter and the ordering.
      Optional<PlaceMention> head = java.util.stream.Stream.concat(locatives.stream()
              .filter(m -> m.evidence().sentence() == si && !resolver.isDemonym(m) && !feature(m)), deictic.stream())
          .map(m -> new Costed(m, attachment(doc, s, m, here)))
          .filter(c -> c.cost() != NOT_ATTACHED)
          .min(Comparator.comparingLong(Costed::cost))
          .map(Costed::mention);
      if (head.isEmpty()) continue;
      Optional<Attached> own = deictic.contains(head.get())
          ? filed.map(d -> new Attached(d.mention(), d.location()))
          : phrasePlace(doc, head.get(), places, filed);
      if (own.isEmpty()) continue;
      if (best.isEmpty()) {
        best = own;
        if (!resolver.namesDivision(own.get().head(), own.get().place())) return best;
        continue;
      }
      Optional<Location> narrower = inside(own.get(), best.get().place());
      if (narrower.isPresent()) return Optional.of(new Attached(own.get().head(), narrower.get()));
    }
    return best;
  }

  /**
   * The place a locative phrase names, read with the divisions after it and the place it is measured from; a part of
   * a town ("the Belen neighborhood of Medellin") is placed by its town.
   */
  private Optional<Attached> phrasePlace(NlpDoc doc, PlaceMention head, List<PlaceMention> places,
                                         Optional<PlaceResolver.Dateline> filed) {
    List<PlaceMention> chain = new ArrayList<>(List.of(head));
    Optional<PlaceMention> reference = Optional.empty();
    PlaceMention last = head;
    for (PlaceMention m : places) {
      if (m.evidence().sentence() != head.evidence().sentence() || m.evidence().start() < last.evidence().end()
          || m == last || resolver.isDemonym(m)) {
        continue;
      }
      String gap = doc.raw().substring(last.evidence().end(), m.evidence().start());
      if (reference.isEmpty() && chain.size() == 1 && DISTANCE.matcher(gap).matches()) {
        reference = Optional.of(m);
        break;
      }
      boolean link = CONTAINER.matcher(gap).matches() || (chain.size() == 1 && partOf(doc, head, m));
      if (!link) break;
      chain.add(m);
      last = m;
    }
    if (chain.size() > 1 && partOf(doc, head, chain.get(1))) chain.remove(0);
    PlaceMention named = chain.get(0);
    Optional<Location> own = resolver.resolve(chain, places, filed);
    boolean town = own.map(l -> l.precision() == GeoPrecision.CITY).orElse(false);
    if (resolver.knows(named) || reference.isEmpty() || town) {
      return own.map(l -> new Attached(named, l));
    }
    Optional<Location> from = resolver.resolve(List.of(reference.get()), places, filed);
    if (from.isEmpty() || from.get().country().isEmpty()
        || (own.isPresent() && !own.get().country().equals(from.get().country()))) {
      return own.map(l -> new Attached(named, l));
    }
    return resolver.within(named, from.get().country().get(), from.get().admin1()).or(() -> own)
        .map(l -> new Attached(named, l));
  }

  /**
   * Whether the name only qualifies a thing that lies in the next place: "the Floralia neighborhood, in eastern
   * Cali", "the El Despertar refugee center in San Salvador", "the Pacific oil pipeline in Mulalo": one to three nouns,
   * then "in" or "of", between the two names.
   */
  private static boolean partOf(NlpDoc doc, PlaceMention head, PlaceMention next) {
    List<Token> t = doc.sentences().get(head.evidence().sentence()).tokens();
    int i = tokenAt(t, head.evidence().end());
    int nouns = 0;
    while (i < t.size() && t.get(i).pos().startsWith("NN") && !TIME_NOUNS.contains(t.get(i).lower())
        && t.get(i).start() < next.evidence().start()) {
      nouns++;
      i++;
    }
    if (nouns == 0 || nouns > 3) return false;
    if (i < t.size() && t.get(i).text().equals(",")) i++;
    if (i < t.size() && t.get(i).lower().equals("also")) i++;
    if (i >= t.size() || !(t.get(i).lower().equals("in") || t.get(i).lower().equals("of"))) return false;
    // a mention need not start at a token boundary ("in" may run into it in odd text): then there is no gap to read
    if (t.get(i).end() > next.evidence().start()) return false;
    String rest = doc.raw().substring(t.get(i).end(), next.evidence().start());
    return CONTAINER.matcher(rest).matches();
  }

  /**
   * "In this capital", "in this city": the city the report was filed from, as wire copy says it. Spans of the
   * sentence to weigh like place mentions; the caller reads them as the dateline's city.
   */
  private static List<PlaceMention> reportCity(NlpDoc doc, Sentence s) {
    List<Token> t = s.tokens();
    List<PlaceMention> out = new ArrayList<>();
    for (int i = 1; i + 1 < t.size(); i++) {
      if (!t.get(i).lower().equals("this") || !LOCATIVE.contains(t.get(i - 1).lower())) continue;
      String noun = t.get(i + 1).lower();
      if (!noun.equals("capital") && !noun.equals("city")) continue;
      out.add(new PlaceMention(doc.span(t.get(i).start(), t.get(i + 1).end()),
          Evidence.of(doc.raw(), t.get(i).start(), t.get(i + 1).end(), s.index())));
    }
    return out;
  }

  /** Whether a name the gazetteer lacks names a building, street or other feature, not a settlement. */
  private boolean feature(PlaceMention m) {
    if (resolver.knows(m)) return false;
    String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return FEATURE_NOUNS.contains(words[words.length - 1]);
  }

  /**
   * A later phrase's place inside a known place coarser than a town found first: a known town in the same division
   * ("Santa Elena" after "Usulutan Department"), or a name the gazetteer lacks, which is then placed in that division.
   */
  private Optional<Location> inside(Attached later, Location coarse) {
    Location l = later.place();
    if (l.country().isEmpty() || !l.country().equals(coarse.country())) return Optional.empty();
    if (resolver.knows(later.head())) {
      boolean finer = l.precision().ordinal() < coarse.precision().ordinal();
      boolean within = coarse.admin1().isEmpty() || coarse.admin1().equals(l.admin1());
      return finer && within ? Optional.of(l) : Optional.empty();
    }
    if (l.precision().ordinal() < coarse.precision().ordinal()) return Optional.empty();
    return resolver.within(later.head(), coarse.country().get(), coarse.admin1());
  }

  /**
   * The attached phrase's place, checked against the incident's place read from all its trigger sentences (which
   * weighs every name the incident and the article give): where the two disagree on the country, the phrase's
   * reading is the odd one out; where the phrase names a coarser place, a finer place inside it is taken. A name the
   * gazetteer lacks keeps its name and takes that place's division.
   */
  private Location reconciled(Attached own, Optional<Location> broad) {
    Location o = own.place();
    if (broad.isEmpty() || broad.get().country().isEmpty()) return o;
    Location b = broad.get();
    // The same name, read among all the incident's names ("Bijapur district in the state of Chhattisgarh").
    boolean known = resolver.knows(own.head());
    if (known && b.evidence().equals(Optional.of(own.head().evidence()))) return b;
    boolean sameCountry = b.country().equals(o.country());
    if (!sameCountry) {
      return known ? b : resolver.within(own.head(), b.country().get(), b.admin1()).orElse(o);
    }
    if (o.precision() == GeoPrecision.CITY) return o;
    boolean finer = b.precision().ordinal() < o.precision().ordinal();
    boolean within = o.admin1().isEmpty() || o.admin1().equals(b.admin1());
    if (!finer || !within) return o;
    if (resolver.namesDivision(own.head(), o)) return b;
    // A town the gazetteer lacks, placed no closer than its country: the division of the incident's other place.
    return known || o.precision() != GeoPrecision.COUNTRY ? o
        : resolver.within(own.head(), b.country().get(), b.admin1()).orElse(o);
  }

  /**
   * How far a locative mention stands from the nearest of its sentence's triggers, as a cost: tokens after the
   * trigger count once, a sentence-opening phrase ("In Usulutan, ...") half, and a phrase before the trigger twice
   * plus a penalty; a place a distance is measured from costs {@value #REFERENCE_COST} more. {@link #NOT_ATTACHED}
   * when a clause break ("reported in Lima that") lies between, or the place sits in a relative clause that closes
   * before the trigger ("Palomino, who served in Ayacucho, was shot").
   */
  static long attachment(NlpDoc doc, Sentence s, PlaceMention m, List<Trigger> triggers) {
    List<Token> t = s.tokens();
    int at = tokenAt(t, m.evidence().start());
    int end = tokenAt(t, m.evidence().end());
    boolean relative = false;
    boolean commaBefore = false;
    for (int k = at - 1; k >= 0; k--) {
      if (t.get(k).text().equals(",")) {
        commaBefore = true;
        break;
      }
      relative |= RELATIVES.contains(t.get(k).lower());
    }
    for (int k = at - 1; k >= 0 && !commaBefore; k--) commaBefore = t.get(k).text().equals(",");
    boolean reference = at > 0 && t.get(at - 1).lower().matches("of|from")
        && DISTANCE.matcher(doc.raw().substring(Math.max(s.start(), t.get(Math.max(0, at - 6)).start()),
            m.evidence().start())).find();
    long best = NOT_ATTACHED;
    for (Trigger tr : triggers) {
      if (at >= tr.last()) {
        best = Math.min(best, at - tr.last());
        continue;
      }
      if (end > tr.first()) {
        best = 0;
        continue;
      }
      boolean broken = false;
      for (int k = end; k < tr.first(); k++) {
        String w = t.get(k).lower();
        broken |= CLAUSE_BREAKS.contains(w) || (relative && w.equals(","));
      }
      if (broken) continue;
      int d = tr.first() - end;
      boolean opening = !commaBefore && !t.isEmpty() && LOCATIVE.contains(t.get(0).lower());
      best = Math.min(best, opening ? d / 2 : 2L * d + 5);
    }
    return best == NOT_ATTACHED || !reference ? best : best + REFERENCE_COST;
  }

  /**
   * An incident placed no closer than a country ("attacked in Guatemala", a street the gazetteer lacks) in the
   * country of a report filed from one of its cities: the report's city, the nearest the text allows. A town the
   * gazetteer lacks ("the town of Cayara") keeps its country's coordinates: nothing says it is near that city.
   */
  private Location narrowedToDateline(Location placed, Optional<PlaceResolver.Dateline> filed) {
    if (placed.precision() != GeoPrecision.COUNTRY || filed.isEmpty()) return placed;
    Location city = filed.get().location();
    if (city.precision() != GeoPrecision.CITY || !city.country().equals(placed.country())) return placed;
    Optional<PlaceMention> named = placed.evidence().map(e -> new PlaceMention(placed.name(), e));
    boolean country = named.map(resolver::namesCountry).orElse(true);
    // A name the gazetteer lacks is most often a part of the city the report was filed from ("Escalon", "Miraflores");
    // a town so called ("the town of Cayara") is somewhere in the country, not there.
    if (!country && named.map(resolver::namesSettlement).orElse(false)) return placed;
    return country ? city : new Location(placed.name(), city.city(), city.admin1(), city.country(),
        city.lat(), city.lon(), GeoPrecision.CITY, placed.evidence());
  }

  /** The least share of the article's place votes that makes its country the place of an unplaced incident. */
  static final double BODY_FOCUS_SHARE = 0.5;
  /** The least share of the article's place votes that places an unplaced incident in a report with no dateline. */
  static final double UNFILED_FOCUS_SHARE = 0.3;
  /** The share of the article's place votes under which the dateline's country counts as absent from it. */
  static final double ABSENT_SHARE = 0.2;

  /**
   * The place of a current incident whose own sentences name none: the dateline's, where the report was filed,
   * unless the article's other names point to another country and hardly to the dateline's ("MOSCOW (USSR)" over a bombing in Peru, a
   * "CLANDESTINE" radio's report on El Salvador): then that country.
   */
  private Optional<Location> filedFrom(Optional<Location> filed, List<PlaceMention> body) {
    // With no dateline to fall back on ("CLANDESTINE", a radio's report), the country most names point to is the
    // best guess left.
    Optional<org.sitrep.resolve.Place> focus = resolver.focus(body,
        filed.isEmpty() ? UNFILED_FOCUS_SHARE : BODY_FOCUS_SHARE);
    if (focus.isEmpty()) return filed;
    double filedShare = filed.flatMap(Location::country)
        .map(c -> resolver.countryShares(body).getOrDefault(c, 0.0)).orElse(0.0);
    if (filedShare >= ABSENT_SHARE) return filed;
    // One mention is too little to overrule a dateline: "slogans against the United States" in a Bogota report, "between
    // San Diego and Arturo Prat streets" in a Santiago one.
    if (filed.isPresent() && mentionsIn(body, focus.get().countryCode()) < OVERRULING_MENTIONS) return filed;
    return Optional.of(PlaceResolver.countryLocation(focus.get()));
  }

  /** How many mentions of places the article needs in another country to overrule its dateline. */
  static final int OVERRULING_MENTIONS = 2;

  /** The mentions that, read alone, point to the country. */
  private long mentionsIn(List<PlaceMention> mentions, String countryCode) {
    return mentions.stream()
        .filter(m -> PlaceResolver.leading(resolver.countryShares(List.of(m))).map(Map.Entry::getKey)
            .equals(Optional.of(countryCode)))
        .count();
  }

  /** How a mention stands in its sentence. */
  enum Role {
    /** It places something: "in Quetta", "province of Baluchistan", "stormed Kabul". */
    LOCATIVE,
    /** It qualifies a noun, saying where someone or something is from: "a Basra activist". */
    QUALIFIER,
    /** Anything else, routes ("from Quetta to Peshawar") among them. */
    OTHER
  }

  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "into", "on", "off");
  private static final Set<String> AREA_NOUNS = Set.of(
      "province", "city", "town", "district", "region", "state", "village", "capital", "outskirts", "suburbs",
      "department", "county", "area", "municipality", "governorate", "prefecture", "coast", "island", "forest",
      "forests", "hills", "mountains", "north", "south", "east", "west", "northeast", "northwest", "southeast",
      "southwest", "port", "township", "hamlet", "canton", "jurisdiction", "neighborhood", "neighbourhood",
      "settlement", "locality", "vicinity", "outskirt");
  /** Things whose town follows "of": "the main square of Soacha", "the streets of Medellin". */
  private static final Set<String> OF_TOWN = Set.of("square", "plaza", "market", "streets", "heart", "center",
      "centre", "periphery", "environs", "downtown");
  private static final Set<String> ROUTE = Set.of("from", "to", "towards", "toward", "for", "via", "between", "against", "with");
  /** Verbs whose object is the place attacked or taken: "overran Macomia", "stormed Kabul". */
  private static final Set<String> TAKING_VERBS = Set.of(
      "attack", "overrun", "storm", "raid", "seize", "capture", "shell", "bomb", "besiege", "invade", "occupy",
      "enter", "ambush", "hit", "rock", "shake", "strike");

  /** Whether the mention places something ("in Quetta", "Baluchistan province"), qualifies a noun, or neither. */
  static Role role(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    int first = -1;
    for (int i = 0; i < t.size(); i++) if (t.get(i).start() == m.evidence().start()) { first = i; break; }
    if (first < 0) return Role.OTHER;
    boolean route = false;
    for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
      Token w = t.get(k);
      if (LOCATIVE.contains(w.lower())) return meetingPlace(t, k) ? Role.OTHER : Role.LOCATIVE;
      if (ROUTE.contains(w.lower())) {
        route = true;
        break;
      }
      if (w.lower().equals("of")) {
        if (k > 0 && (AREA_NOUNS.contains(t.get(k - 1).lower()) || OF_TOWN.contains(t.get(k - 1).lower()))) {
          return Role.LOCATIVE;
        }
        break;
      }
      if (w.pos().startsWith("VB") && TAKING_VERBS.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return Role.LOCATIVE;
      }
      String pos = w.pos();
      if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("DT") || pos.equals("POS") || pos.equals(",")
          || pos.equals("HYPH") || pos.equals("VBG") || pos.equals("VBN"))) break;
    }
    int after = tokenAt(t, m.evidence().end());
    if (after < t.size() && AREA_NOUNS.contains(t.get(after).lower())) return route ? Role.OTHER : Role.LOCATIVE;
    boolean nameBefore = after - 1 < t.size() && t.get(after - 1).pos().startsWith("NNP");
    boolean nounAfter = after < t.size() && (t.get(after).pos().equals("NN") || t.get(after).pos().equals("NNS"));
    return !route && nameBefore && nounAfter ? Role.QUALIFIER : Role.OTHER;
  }

  /** Words for talks between parties, whose place is where people talk, not where anyone was hit. */
  private static final Set<String> MEETINGS = Set.of("meeting", "meetings", "meet", "met", "talks", "negotiations",
      "dialogue", "summit", "conference", "round");
  /** The words that say a meeting is held somewhere, between the meeting and its place. */
  private static final Set<String> HOLDING = Set.of("to", "be", "been", "being", "will", "would", "was", "were", "is",
      "are", "held", "hold", "holds", "take", "takes", "took", "taking", "place", "scheduled", "planned", "due",
      "convened", "opened", "opens", "began", "begins", "resumed", "resume");
  /** Words before a meeting that make it the thing hit or the time of the act: "an attack on a meeting in Kabul". */
  private static final Set<String> AT_MEETING = Set.of("on", "at", "during", "against", "into", "targeted", "hit");

  /**
   * Whether the locative preposition at {@code k} places talks ("the third round of negotiations in Caracas", "will
   * meet this week in Washington") rather than an act; not when the meeting is itself what was hit ("a bomb at a
   * meeting in Kabul").
   */
  private static boolean meetingPlace(List<Token> t, int k) {
    int words = 0;
    for (int j = k - 1; j >= 0 && words < 3; j--) {
      // "the meeting to be held in San Jose", "talks will take place in Geneva": the verb of holding is no distance
      if (HOLDING.contains(t.get(j).lower())) continue;
      words++;
      if (!MEETINGS.contains(t.get(j).lower())) continue;
      for (int i = j - 1; i >= Math.max(0, j - 3); i--) if (AT_MEETING.contains(t.get(i).lower())) return false;
      return true;
    }
    return false;
  }

  /** How far back a sentence without the act is read for talks that its place belongs to. */
  private static final int TALKS_REACH = 12;

  /**
   * Whether the clause before a place, in a sentence that does not tell the act, is about talks: "the third round of
   * the dialogue that was slated for 20 November in Caracas", "restarting a dialogue with the insurgents on 20
   * December, in Caracas", "negotiated in Panama". {@link #meetingPlace} reads only the words next to the preposition,
   * since in the act's own sentence a meeting further back may be what was hit.
   */
  private static boolean talksClause(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    int at = tokenAt(t, m.evidence().start());
    for (int k = at - 1; k >= Math.max(0, at - TALKS_REACH); k--) {
      String w = t.get(k).lower();
      if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—")) return false;
      if (MEETINGS.contains(w)) return true;
      // "was negotiated in Panama", not "a negotiated solution can lead to peace in El Salvador"
      if (k >= at - 3 && t.get(k).pos().startsWith("VB") && t.get(k).lemma().equalsIgnoreCase("negotiate")) return true;
    }
    return false;
  }

  /**
   * A country's name before a noun says whose something is, not where: "near the U.S. embassy", "a U.S. student",
   * unless the noun is an area ("Colombia's north" aside, "the Peru border region" is not one).
   */
  private boolean nationality(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    int after = tokenAt(t, m.evidence().end());
    if (after >= t.size() || !t.get(after).pos().startsWith("NN") || AREA_NOUNS.contains(t.get(after).lower())) {
      return false;
    }
    return resolver.namesCountry(m);
  }

  /** The index of the first token that starts at or after {@code offset}; the size when none does. */
  private static int tokenAt(List<Token> tokens, int offset) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < offset) i++;
    return i;
  }

  /** Tokens between the mention and the nearest trigger in its sentence; sentences without one come last. */
  private static int distanceToTrigger(NlpDoc doc, PlaceMention m, List<Trigger> triggers) {
    Sentence s = doc.sentences().get(m.evidence().sentence());
    int at = tokenAt(s.tokens(), m.evidence().start());
    int best = Integer.MAX_VALUE;
    for (Trigger tr : triggers) {
      if (tr.sentence() != s.index()) continue;
      int d = at < tr.first() ? tr.first() - at : Math.max(0, at - (tr.last() - 1));
      best = Math.min(best, d);
    }
    return best;
  }

  /** "QUETTA, Pakistan —" opening the article: where the report was filed. */
  private static boolean isDateline(Sentence s, PlaceMention m) {
    List<Token> t = s.tokens();
    if (t.isEmpty() || t.get(0).start() != m.evidence().start()) return false;
    for (int k = 1; k < Math.min(t.size(), 8); k++) {
      String w = t.get(k).text();
      if (w.equals("—") || w.equals("--") || w.equals("-") || w.equals("(")) return true;
    }
    return false;
  }
}
