package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Location;
import org.sitrep.domain.OneLine;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Toll;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.resolve.DateResolver;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.PlaceMention;
import org.sitrep.resolve.PlaceMentionFinder;
import org.sitrep.resolve.PlaceResolver;
import org.sitrep.resolve.TimeMention;

/**
 * Extracts incidents and quotes from one analysed article. Sentences that describe violence are grouped into
 * incidents: by default into the article's news event; into a background incident when the sentence dates itself
 * more than two weeks before publication ("last November"); into a new current incident when the text says so
 * ("In a separate attack"). Each incident then gets its type, date, place, participants, weapons and tolls from its
 * own sentences only, so an older attack's dead never add to today's toll.
 */
public final class ArticleExtractor {
  /** How far before publication an event must lie to be background rather than the news itself. */
  private static final int BACKGROUND_DAYS = 14;

  /** Precedence when one incident has several types: the first present is the type, the others subtypes. */
  private static final List<IncidentType> PRECEDENCE = List.of(
      IncidentType.HIJACKING, IncidentType.ROBBERY, IncidentType.SUICIDE_BOMBING, IncidentType.BOMBING,
      IncidentType.HOSTAGE_TAKING, IncidentType.KIDNAPPING, IncidentType.ASSASSINATION, IncidentType.RIOT,
      IncidentType.ARMED_ASSAULT, IncidentType.ARSON, IncidentType.INFRASTRUCTURE_ATTACK, IncidentType.PROTEST,
      IncidentType.SECURITY_OPERATION, IncidentType.ARMED_CLASH, IncidentType.FORCED_WORK_STOPPAGE,
      IncidentType.THREAT, IncidentType.OTHER_VIOLENCE);

  /** Words that name "an incident" without saying what kind: they confirm violence but set no type of their own. */
  private static final Set<String> LABEL_WORDS = Set.of("attack", "attacks", "assault");

  private static final Set<String> AGENT_WORDS = Set.of(
      "gunman", "gunmen", "hijacker", "hijackers", "bomber", "bombers", "hostage", "hostages", "kidnapper",
      "kidnappers", "rioter", "rioters", "protester", "protesters", "demonstrators", "robbers", "assassin");

  /**
   * What others do about an incident once it is known: its time is the reaction's ("the ministry today condemned
   * the killing"), not the incident's.
   */
  private static final Set<String> REACTION_VERBS = Set.of(
      "condemn", "condemned", "condemns", "deny", "denied", "denies", "demand", "demanded", "demands", "disclose",
      "disclosed", "reveal", "revealed", "reveals", "inform", "informed", "indicate", "indicated",
      "accuse", "accused", "assert", "asserted", "acknowledge", "acknowledged", "admit", "admitted", "deplore",
      "deplored", "repudiate", "repudiated", "protest", "protested", "urge", "urged", "mourn", "mourned", "learn",
      "learned", "issue", "issued", "publish", "published", "broadcast", "mention",
      "mentioned", "specify", "specified", "blame", "blamed", "decry", "decried", "reiterate", "reiterated",
      "reject", "rejected", "ask", "asked");

  /**
   * Finding victims is not the act: "the bodies were found today" of people "kidnapped on 3 May" dates the
   * discovery, which dates the incident only when nothing else does.
   */
  private static final Set<String> DISCOVERY_VERBS = Set.of(
      "find", "found", "discover", "discovered", "locate", "located", "recover", "recovered", "appear", "appeared");

  /** People who kill on purpose: as the subject of "killed" they make a death an act of violence. */
  private static final Set<String> KILLERS = Set.of(
      "guerrillas", "guerrilla", "gunmen", "gunman", "rebels", "militants", "terrorists", "insurgents", "attackers",
      "assailants", "subversives", "hitmen", "kidnappers", "bandits", "jihadists", "extremists", "militiamen",
      "assassins", "killers", "narcoterrorists", "squads");

  private static final Set<String> SEPARATE_CUES = Set.of("separate", "separately", "another", "elsewhere", "second");

  private final TriggerLexicon triggers = new TriggerLexicon();
  private final DateResolver dates = new DateResolver();
  private final AttributionFinder attributions = new AttributionFinder();
  private final TollExtractor tolls = new TollExtractor();
  private final WeaponLexicon weapons = new WeaponLexicon();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final ParticipantExtractor participants;
  private final Gazetteer gazetteer;
  private final org.sitrep.resolve.ActorDictionary actors;
  private final PlaceMentionFinder placeFinder;
  private final IncidentPlacer placer;

  public ArticleExtractor(Gazetteer gazetteer, org.sitrep.resolve.ActorDictionary actors) {
    this.gazetteer = gazetteer;
    this.actors = actors;
    this.participants = new ParticipantExtractor(gazetteer::isAdjective);
    this.placeFinder = new PlaceMentionFinder(gazetteer);
    this.placer = new IncidentPlacer(new PlaceResolver(gazetteer));
  }

  /**
   * What one sentence contributes. {@code victims} are the names of the victims its acts name ("the murder of
   * Galan", see {@link TriggerLexicon#namedVictim}), read once: every later sentence compares its own with them.
   */
  private record SentenceFacts(Sentence sentence, List<Trigger> triggers, List<TimeMention> times, List<Toll> tolls,
                               boolean namesPerpetrator, boolean aside, Set<String> victims) {
    static SentenceFacts of(Sentence sentence, List<Trigger> triggers, List<TimeMention> times, List<Toll> tolls,
                            boolean namesPerpetrator, boolean aside) {
      Set<String> victims = new java.util.HashSet<>();
      triggers.stream().filter(t -> !t.generic())
          .forEach(t -> victims.addAll(TriggerLexicon.namedVictim(sentence.tokens(), t)));
      return new SentenceFacts(sentence, triggers, times, tolls, namesPerpetrator, aside, Set.copyOf(victims));
    }

    /** Adds to an incident without starting one: figures, claims and blame. */
    boolean supports() { return !tolls.isEmpty() || namesPerpetrator; }

    /**
     * The time the sentence gives its event: the time expression nearest to one of its specific triggers
     * ("a court on Wednesday sentenced … for a bombing … in 2017": 2017 dates the bombing).
     */
    Optional<TimeMention> eventTime(Optional<LocalDate> published) {
      // Words for the people involved ("gunmen", "hostages") say nothing about when: events and acts do.
      // "attack" labels an event already named; acts ("abducted", "stormed") carry its time.
      List<Trigger> actTriggers = triggers.stream().filter(t -> !t.generic() && !AGENT_WORDS.contains(t.evidence().text().toLowerCase())
          && !LABEL_WORDS.contains(t.evidence().text().toLowerCase())).toList();
      List<Trigger> specific = actTriggers.isEmpty() ? triggers.stream().filter(t -> !t.generic()).toList()
          : actTriggers;
      // "officials said on Thursday", a dateline's "Dec 3": when the report was made, not when it happened; an
      // incident dated by nothing else takes the publication date anyway.
      // A time after publication is a plan or a threat ("to boycott the elections of 12 November"), and "since
      // early April" starts a state of affairs: neither dates an act.
      List<TimeMention> candidates = times.stream().filter(tm -> !reportingTime(tm) && !sinceTime(tm))
          .filter(tm -> published.map(p -> !tm.start().isAfter(p)).orElse(true)).toList();
      // "kidnapped on 5 January … was found dead today": the act's time before the discovery's.
      List<TimeMention> acts = candidates.stream().filter(tm -> !discoveryTime(tm)).toList();
      if (!acts.isEmpty()) candidates = acts;
      if (specific.isEmpty()) return candidates.stream().findFirst();
      TimeMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (TimeMention tm : candidates) {
        for (Trigger tr : specific) {
          // Time adjuncts usually follow the verb ("stormed the building late on Sunday"): on a tie, after wins.
          int distance = tm.firstToken() >= tr.last() ? tm.firstToken() - tr.last() : tr.first() - tm.lastToken() + 1;
          if (Math.abs(distance) < bestDistance) {
            bestDistance = Math.abs(distance);
            best = tm;
          }
        }
      }
      return Optional.ofNullable(best);
    }

    private boolean reportingTime(TimeMention tm) {
      List<Token> t = sentence.tokens();
      for (int k = Math.max(0, tm.firstToken() - 2); k < tm.firstToken(); k++) {
        if (isReportVerb(t.get(k))) return true;
      }
      // "military sources today reported", "the party on Tuesday condemned": the time sits between the source and
      // its verb.
      if (verbJustAfter(t, tm, SentenceFacts::isReportVerb)) return true;
      if (accordingTo(t, tm.firstToken())) return true;
      if (sentence.index() == 0) {
        for (int k = tm.lastToken(); k < Math.min(t.size(), tm.lastToken() + 8); k++) {
          String w = t.get(k).text();
          if (w.equals("—") || w.equals("--") || w.equals("-") && k + 1 < t.size() && t.get(k + 1).isCapitalized()) {
            return tm.firstToken() < 6; // "BAGHDAD, Dec 3 (Agency) - Gunmen …"
          }
        }
      }
      return false;
    }

    /** Whether the time the sentence gives its event is when victims were found rather than when they were hit. */
    boolean datesDiscovery(Optional<LocalDate> published) {
      return eventTime(published).map(this::discoveryTime).orElse(false);
    }

    /** "were found dead today", "police today discovered": the time sits just after or before a discovery verb. */
    private boolean discoveryTime(TimeMention tm) {
      List<Token> t = sentence.tokens();
      for (int k = tm.firstToken() - 1; k >= Math.max(0, tm.firstToken() - 3); k--) {
        if (isDiscoveryVerb(t.get(k))) return true;
        if (t.get(k).pos().startsWith("VB") || t.get(k).text().equals(",")) break;
      }
      return verbJustAfter(t, tm, SentenceFacts::isDiscoveryVerb);
    }

    /** Whether a verb {@code verb} accepts follows the time within two tokens, past nothing but verbs and adverbs. */
    private static boolean verbJustAfter(List<Token> t, TimeMention tm, java.util.function.Predicate<Token> verb) {
      for (int k = tm.lastToken(); k < Math.min(t.size(), tm.lastToken() + 2); k++) {
        if (verb.test(t.get(k))) return true;
        if (!t.get(k).pos().startsWith("VB") && !t.get(k).pos().startsWith("RB")) break;
      }
      return false;
    }

    private static boolean isDiscoveryVerb(Token tok) {
      return tok.pos().startsWith("VB")
          && (DISCOVERY_VERBS.contains(tok.lower()) || DISCOVERY_VERBS.contains(tok.lemma().toLowerCase()));
    }

    private boolean sinceTime(TimeMention tm) {
      List<Token> t = sentence.tokens();
      for (int k = tm.firstToken() - 1; k >= Math.max(0, tm.firstToken() - 2); k--) {
        String w = t.get(k).lower();
        if (w.equals("since")) return true;
        if (!w.equals("early") && !w.equals("late") && !w.equals("mid")) return false;
      }
      return false;
    }

    private static boolean isReportVerb(Token tok) {
      String w = tok.lower();
      return tok.pos().startsWith("VB")
          && (AttributionFinder.REPORTING_VERBS.contains(w) || REACTION_VERBS.contains(w));
    }

    /** "according to military sources today": the time of the source's account. */
    private static boolean accordingTo(List<Token> t, int first) {
      for (int k = first - 1; k >= Math.max(1, first - 7); k--) {
        if (t.get(k).pos().startsWith("VB") || t.get(k).text().equals(",")) return false;
        if (t.get(k).lower().equals("to") && t.get(k - 1).lower().equals("according")) return true;
      }
      return false;
    }

    boolean hasEvent() {
      if (triggers.stream().anyMatch(t -> !t.generic() && t.strength() != TriggerStrength.CASUALTY)) return true;
      if (triggers.stream().anyMatch(t -> t.strength() == TriggerStrength.CASUALTY) && !tolls.isEmpty()) return true;
      return triggers.stream().anyMatch(t -> !t.generic() && killedSomeone(t));
    }

    /**
     * "Guerrillas have killed the mayor", "Galan, who was killed last Friday": a killing done by someone or done to a
     * named person is an act, though no figure is given; "the crash killed" names neither.
     */
    private boolean killedSomeone(Trigger t) {
      List<Token> tokens = sentence.tokens();
      Token verb = tokens.get(t.first());
      if (t.strength() != TriggerStrength.CASUALTY || !verb.pos().startsWith("VB")
          || !verb.lemma().equalsIgnoreCase("kill")) {
        return false;
      }
      if (ParticipantExtractor.namesPerpetrator(tokens)) return true;
      for (int k = Math.max(0, t.first() - 6); k < Math.min(tokens.size(), t.last() + 6); k++) {
        if (tokens.get(k).ner().equals("PERSON")) return true;
        if (k < t.first() && KILLERS.contains(tokens.get(k).lower())) return true;
      }
      return false;
    }
  }

  /** An incident being assembled from sentences. */
  private static final class Draft {
    final IncidentStatus status;
    final Optional<TimeMention> time;
    final List<SentenceFacts> facts = new ArrayList<>();

    Draft(IncidentStatus status, Optional<TimeMention> time) {
      this.status = status;
      this.time = time;
    }
  }

  public Extraction extract(Document document, NlpDoc doc) {
    String raw = doc.raw();
    Optional<LocalDate> published = document.published();
    ActorAliases aliases = ActorAliases.of(doc);
    List<SentenceFacts> facts = analyse(doc, published, aliases);
    List<Draft> drafts = Genre.ofViolence(doc) ? group(facts, published) : List.of();
    List<PlaceMention> places = placeFinder.find(doc);
    List<Sentence> unassigned = unassigned(facts, drafts);
    List<Incident> incidents = new ArrayList<>();
    for (Draft d : drafts) {
      List<Sentence> context = d == drafts.get(0) ? unassigned : List.of();
      build(document, doc, d, incidents.size() + 1, aliases, places, context, facts).ifPresent(incidents::add);
    }
    return new Extraction(document, withCountryFallback(incidents), quotes.extract(doc));
  }

  /**
   * Sentences no incident took and that talk of no incident in general: they still describe the main event
   * ("They were shooting for an hour"), unlike "persistent bombings of vehicles".
   */
  private static List<Sentence> unassigned(List<SentenceFacts> facts, List<Draft> drafts) {
    Set<Integer> taken = new java.util.HashSet<>();
    drafts.forEach(d -> d.facts.forEach(f -> taken.add(f.sentence().index())));
    return facts.stream().filter(f -> !taken.contains(f.sentence().index()) && f.triggers().isEmpty())
        .map(SentenceFacts::sentence).toList();
  }

  /**
   * An incident whose own sentences name no place ("the previous month, fighters attacked a convoy") is placed, at
   * country precision only, in the country of the article's other incidents; never more precisely than the text says.
   */
  private List<Incident> withCountryFallback(List<Incident> incidents) {
    Optional<String> country = incidents.stream()
        .sorted(java.util.Comparator.comparing(i -> i.status() == IncidentStatus.CURRENT ? 0 : 1))
        .flatMap(i -> i.location().flatMap(Location::country).stream()).findFirst();
    if (country.isEmpty()) return incidents;
    Optional<org.sitrep.resolve.Place> place = gazetteer.country(country.get());
    if (place.isEmpty()) return incidents;
    Location fallback = new Location(place.get().name(), Optional.empty(), Optional.empty(), country,
        Optional.of(place.get().lat()), Optional.of(place.get().lon()), org.sitrep.domain.GeoPrecision.COUNTRY,
        Optional.empty());
    List<Incident> out = new ArrayList<>();
    for (Incident i : incidents) {
      out.add(i.location().isPresent() ? i : new Incident(i.id(), i.status(), i.type(), i.subtypes(), i.date(),
          Optional.of(fallback), i.participants(), i.weapons(), i.tolls(), i.evidence()));
    }
    return out;
  }

  private List<SentenceFacts> analyse(NlpDoc doc, Optional<LocalDate> published, ActorAliases aliases) {
    String raw = doc.raw();
    List<SentenceFacts> out = new ArrayList<>();
    Optional<LocalDate> anchor = Optional.empty();
    Optional<String> previousSource = Optional.empty();
    for (Sentence s : doc.sentences()) {
      List<TimeMention> times = dates.find(raw, s, published, anchor);
      if (!times.isEmpty()) anchor = Optional.of(times.get(times.size() - 1).start());
      List<Attribution> sources = attributions.find(raw, s);
      List<Toll> found = tolls.extract(raw, s, sources, a -> sourceName(doc, a));
      // News style lets a source run on into the next sentence ("…, officials said. Seven more were wounded.")
      if (sources.isEmpty() && previousSource.isPresent()) found = withSource(found, previousSource.get());
      previousSource = sources.isEmpty() ? Optional.empty()
          : AttributionFinder.nearest(sources, s.tokens().size()).flatMap(a -> sourceName(doc, a));
      boolean toldBefore = !out.isEmpty() && out.get(out.size() - 1).hasEvent();
      SentenceFacts facts = SentenceFacts.of(s, triggers.find(raw, s, toldBefore), times, found,
          ParticipantExtractor.namesPerpetrator(s.tokens()) || mentionsArmedGroup(doc, s, aliases), false);
      for (SentenceFacts part : splitAtOlderClause(facts, published)) out.addAll(splitAtSecondVictim(part));
    }
    return out;
  }

  /**
   * "Four men are accused of the murder of Galan and of the murder of Forero": two acts, each with its own named
   * victim, are told apart where the second is named; both halves keep the whole sentence.
   */
  private static List<SentenceFacts> splitAtSecondVictim(SentenceFacts f) {
    List<Token> t = f.sentence().tokens();
    Set<String> firstVictim = Set.of();
    for (Trigger tr : f.triggers()) {
      if (tr.generic()) continue;
      Set<String> victim = TriggerLexicon.namedVictim(t, tr);
      if (victim.isEmpty()) continue;
      if (firstVictim.isEmpty()) {
        firstVictim = victim;
        continue;
      }
      if (!java.util.Collections.disjoint(firstVictim, victim)) continue;
      int boundary = tr.first();
      int offset = t.get(boundary).start();
      SentenceFacts before = SentenceFacts.of(f.sentence(),
          f.triggers().stream().filter(x -> x.first() < boundary).toList(),
          f.times().stream().filter(x -> x.firstToken() < boundary).toList(),
          f.tolls().stream().filter(x -> x.evidence().start() < offset).toList(), f.namesPerpetrator(), f.aside());
      SentenceFacts after = SentenceFacts.of(f.sentence(),
          f.triggers().stream().filter(x -> x.first() >= boundary).toList(),
          f.times().stream().filter(x -> x.firstToken() >= boundary).toList(),
          f.tolls().stream().filter(x -> x.evidence().start() >= offset).toList(), f.namesPerpetrator(), f.aside());
      List<SentenceFacts> out = new ArrayList<>();
      out.add(before);
      out.addAll(splitAtSecondVictim(after));
      return out;
    }
    return List.of(f);
  }

  /**
   * "The operation targeted a camp of the Front, which police blame for an ambush on April 2 that killed ten
   * officers": a non-restrictive relative clause that dates its own, older event is told apart from the main clause,
   * so the operation stays current and the ambush becomes background. Both halves keep the whole sentence.
   */
  private static List<SentenceFacts> splitAtOlderClause(SentenceFacts f, Optional<LocalDate> published) {
    List<Token> t = f.sentence().tokens();
    for (int k = 1; k < t.size(); k++) {
      String w = t.get(k).lower();
      if (!t.get(k - 1).text().equals(",") || !(w.equals("which") || w.equals("who"))) continue;
      int boundary = k;
      int offset = t.get(k).start();
      List<TimeMention> relTimes = f.times().stream().filter(tm -> tm.firstToken() >= boundary).toList();
      List<Trigger> mainTriggers = f.triggers().stream().filter(tr -> tr.first() < boundary).toList();
      List<Trigger> relTriggers = f.triggers().stream().filter(tr -> tr.first() >= boundary).toList();
      boolean olderEvent = relTimes.stream().anyMatch(tm -> isPast(tm, published))
          && relTriggers.stream().anyMatch(tr -> !tr.generic());
      boolean mainEvent = mainTriggers.stream().anyMatch(tr -> !tr.generic());
      if (!olderEvent || !mainEvent) continue;
      SentenceFacts main = SentenceFacts.of(f.sentence(), mainTriggers,
          f.times().stream().filter(tm -> tm.firstToken() < boundary).toList(),
          f.tolls().stream().filter(x -> x.evidence().start() < offset).toList(), f.namesPerpetrator(), false);
      SentenceFacts rel = SentenceFacts.of(f.sentence(), relTriggers, relTimes,
          f.tolls().stream().filter(x -> x.evidence().start() >= offset).toList(), false, true);
      return List.of(main, rel);
    }
    return List.of(f);
  }

  private static boolean mentionsArmedGroup(NlpDoc doc, Sentence s, ActorAliases aliases) {
    return doc.mentionsIn(s.index()).stream().anyMatch(m -> m.type() == org.sitrep.nlp.EntityType.ORGANIZATION
        && ParticipantExtractor.isArmedGroup(aliases.canonical(m.text()), aliases));
  }

  private static List<Toll> withSource(List<Toll> found, String source) {
    return found.stream().map(t -> t.attributedTo().isPresent() ? t
        : new Toll(t.group(), t.outcome(), t.quantity(), t.text(), Optional.of(source), t.evidence())).toList();
  }

  /** "he said" names the last person mentioned; "it"/"they" name nobody we can point to. */
  private static Optional<String> sourceName(NlpDoc doc, Attribution a) {
    if (!a.pronoun()) {
      // "Ajayi said" after "Bola Ajayi, a trader": the source is the person's full name
      for (org.sitrep.nlp.EntityMention m : doc.mentionsIn(a.evidence().sentence())) {
        if (m.type() == org.sitrep.nlp.EntityType.PERSON && m.start() == a.evidence().start()
            && m.end() == a.evidence().end()) {
          return Optional.of(QuoteExtractor.fullName(doc, m));
        }
      }
      return Optional.of(a.source());
    }
    String p = a.source().toLowerCase();
    if (!p.equals("he") && !p.equals("she")) return Optional.empty();
    return QuoteExtractor.lastPersonBefore(doc, a.evidence().start());
  }

  private List<Draft> group(List<SentenceFacts> facts, Optional<LocalDate> published) {
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    Draft last = null;
    List<SentenceFacts> pending = new ArrayList<>();
    for (SentenceFacts f : facts) {
      boolean event = f.hasEvent();
      if (!event && !f.supports()) continue;
      Optional<TimeMention> time = f.eventTime(published);
      boolean past = time.isPresent() && isPast(time.get(), published);
      if (past && event) {
        Draft bg = drafts.stream()
            .filter(d -> d.status == IncidentStatus.BACKGROUND && d.time.isPresent() && overlap(d.time.get(), time.get()))
            .findFirst().orElse(null);
        if (bg == null) {
          bg = new Draft(IncidentStatus.BACKGROUND, time);
          drafts.add(bg);
        }
        bg.facts.add(f);
        if (!f.aside()) last = bg; // an aside about an older event does not change what the story is about
        continue;
      }
      if (!event) {
        if (last != null) last.facts.add(f);
        else pending.add(f);
        continue;
      }
      boolean continuesBackground = last != null && last.status == IncidentStatus.BACKGROUND && time.isEmpty()
          && !mentionsNews(f);
      if (continuesBackground) {
        last.facts.add(f);
        continue;
      }
      if (current == null || separate(f) || anotherAct(f, current, published)) {
        current = new Draft(IncidentStatus.CURRENT, time);
        drafts.add(current);
        current.facts.addAll(pending);
        pending.clear();
      }
      current.facts.add(f);
      last = current;
    }
    return drafts;
  }

  /** "ten years since" (2014) and "on 12 October 2014" name the same older incident; 2019 and 2024-11 do not. */
  private static boolean overlap(TimeMention a, TimeMention b) {
    return !a.start().isAfter(b.lastDay()) && !b.start().isAfter(a.lastDay());
  }

  /** Types of acts that one report may list several of, each a distinct incident. */
  private static final Set<IncidentType> ACTS = EnumSet.of(
      IncidentType.BOMBING, IncidentType.SUICIDE_BOMBING, IncidentType.ARMED_ASSAULT, IncidentType.KIDNAPPING,
      IncidentType.ARSON, IncidentType.ASSASSINATION, IncidentType.INFRASTRUCTURE_ATTACK, IncidentType.HIJACKING,
      IncidentType.ROBBERY);

  /** Openings that add one more item to a list of events: "In addition, guerrillas blew up a bus". */
  private static final List<List<String>> ADDITION_OPENINGS = List.of(
      List.of("in", "addition"), List.of("subsequently"), List.of("similarly"), List.of("meanwhile"),
      List.of("moreover"), List.of("furthermore"), List.of("likewise"));

  /**
   * Whether the sentence tells of one more act beside the current incident: it names an act (not a casualty, not a
   * word for the attackers) and either opens as the next item of a list ("Subsequently, the rebels shot at three
   * clinics"), or says "also" at an act of a kind the incident already has ("the post in Soyapango was also
   * attacked"). Reports of several attacks read this way; the aftermath of one attack does not (its casualties, its
   * perpetrators, the search that followed). A day alone does not tell acts apart: "soldiers stormed the church on
   * Sunday" ends Saturday's hostage-taking, and on WikiEvents splitting by day cost more than it found; a day that
   * opens the sentence does (see {@link #opensWithAnotherDay}).
   */
  private static boolean anotherAct(SentenceFacts f, Draft current, Optional<LocalDate> published) {
    List<Token> t = f.sentence().tokens();
    // "Vargas was assassinated today … the murder of Jimenez twelve hours earlier": acts on two named people.
    Set<String> victims = f.victims();
    if (!victims.isEmpty()) {
      Set<String> theirs = new java.util.HashSet<>();
      current.facts.forEach(x -> theirs.addAll(x.victims()));
      if (!theirs.isEmpty() && java.util.Collections.disjoint(victims, theirs)) return true;
    }
    List<Trigger> acts = f.triggers().stream().filter(tr -> !tr.generic() && ACTS.contains(tr.type())
        && tr.strength() != TriggerStrength.CASUALTY && !AGENT_WORDS.contains(tr.evidence().text().toLowerCase())
        && !(LABEL_WORDS.contains(tr.evidence().text().toLowerCase()) && !t.get(tr.first()).pos().startsWith("VB")))
        .toList();
    if (acts.isEmpty()) return false;
    if (opensWith(t, ADDITION_OPENINGS)) return true;
    if (opensWithAnotherDay(f, current, acts, published)) return true;
    // "In Usulutan, guerrillas attacked …": a round-up's next item opens with its own place
    Optional<String> place = frontedPlace(t);
    if (place.isPresent() && current.facts.stream().noneMatch(x -> names(x.sentence(), place.get()))) return true;
    // "also" adds an act of the same kind ("the post in Soyapango was also attacked"); an act of another kind ("the
    // attackers also burned 30 homes") is the same incident going on, which keeps it as a subtype.
    Set<IncidentType> had = EnumSet.noneOf(IncidentType.class);
    current.facts.forEach(x -> x.triggers().stream().filter(tr -> !tr.generic()
        && tr.strength() != TriggerStrength.CASUALTY).forEach(tr -> had.add(tr.type())));
    for (Trigger act : acts) {
      if (!had.contains(act.type())) continue;
      for (int k = Math.max(0, act.first() - 2); k < Math.min(t.size(), act.last() + 1); k++) {
        if (t.get(k).lower().equals("also")) return true;
      }
    }
    return false;
  }

  /** Parts of speech that may lead up to an opening time: "On", "During the evening of", "Early on", "Late last". */
  private static final Set<String> TIME_LEAD_TAGS = Set.of("IN", "DT", "RB", "JJ", "NN");

  /** What a sentence may open with before its time: a preposition or an adverb, not a subject. */
  private static final Set<String> TIME_OPENING_TAGS = Set.of("IN", "RB");

  /**
   * "During the evening of 9 January, commandos bombed two power stations": an act told after a time that opens the
   * sentence, on a day when none of the incident's acts is dated, is the next item of a round-up. Unlike a time
   * inside the sentence ("soldiers stormed the church on Sunday"), an opening time sets the scene for what follows,
   * which news style does when the story moves to another event. A time that dates a statement ("On Wednesday the
   * ambassador stated that the murder …") says nothing of the act, and neither does the day victims were found ("was
   * found dead today" after "kidnapped yesterday"): both are left out.
   */
  private static boolean opensWithAnotherDay(SentenceFacts f, Draft current, List<Trigger> acts,
                                             Optional<LocalDate> published) {
    Optional<TimeMention> time = f.eventTime(published);
    if (time.isEmpty()) return false;
    List<Token> t = f.sentence().tokens();
    int start = time.get().firstToken();
    if (start > 4 || start > 0 && !TIME_OPENING_TAGS.contains(t.get(0).pos())) return false;
    for (int k = 0; k < start; k++) {
      if (!TIME_LEAD_TAGS.contains(t.get(k).pos())) return false;
    }
    int firstAct = acts.stream().mapToInt(Trigger::first).min().orElse(t.size());
    if (firstAct < start) return false;
    for (int k = time.get().lastToken(); k < firstAct; k++) {
      if (SentenceFacts.isReportVerb(t.get(k))) return false;
    }
    List<TimeMention> theirs = current.facts.stream()
        .filter(x -> x.hasEvent() && !x.datesDiscovery(published))
        .flatMap(x -> x.eventTime(published).stream()).toList();
    return !theirs.isEmpty() && theirs.stream().noneMatch(x -> overlap(x, time.get()));
  }

  /**
   * The place a sentence opens with, set off by a comma: "In Usulutan,", "In the town of Soacha,", "Near Kabul,"; the
   * words of the name, lower case.
   */
  private static Optional<String> frontedPlace(List<Token> t) {
    if (t.isEmpty() || !Set.of("in", "near", "at").contains(t.get(0).lower())) return Optional.empty();
    int k = 1;
    if (k + 2 < t.size() && t.get(k).lower().equals("the") && t.get(k + 2).lower().equals("of")) k += 3;
    int first = k;
    while (k < t.size() && t.get(k).pos().startsWith("NNP")) k++;
    if (k == first || k >= t.size() || !t.get(k).text().equals(",")) return Optional.empty();
    StringBuilder name = new StringBuilder();
    for (int i = first; i < k; i++) name.append(i > first ? " " : "").append(t.get(i).lower());
    return Optional.of(name.toString());
  }

  private static boolean names(Sentence s, String name) {
    StringBuilder words = new StringBuilder(" ");
    for (Token x : s.tokens()) words.append(x.lower()).append(' ');
    return words.indexOf(" " + name + " ") >= 0;
  }

  private static boolean opensWith(List<Token> t, List<List<String>> openings) {
    for (List<String> opening : openings) {
      boolean match = opening.size() <= t.size();
      for (int k = 0; match && k < opening.size(); k++) match = t.get(k).lower().equals(opening.get(k));
      if (match) return true;
    }
    return false;
  }

  /** "In a separate attack", "Elsewhere, gunmen ...": the text itself says this is another incident. */
  private static boolean separate(SentenceFacts f) {
    List<Token> t = f.sentence().tokens();
    for (int i = 0; i < Math.min(t.size(), 8); i++) {
      if (SEPARATE_CUES.contains(t.get(i).lower())) return true;
    }
    return false;
  }

  /** A sentence that names today's event ("Tuesday's attack") does not continue a background story. */
  private static boolean mentionsNews(SentenceFacts f) {
    return f.sentence().tokens().stream().anyMatch(t -> t.lower().equals("today") || t.lower().equals("yesterday"));
  }

  private Optional<Incident> build(Document document, NlpDoc doc, Draft d, int number, ActorAliases aliases,
                                   List<PlaceMention> places, List<Sentence> context, List<SentenceFacts> allFacts) {
    String raw = doc.raw();
    List<Trigger> all = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Toll> draftTolls = new ArrayList<>();
    for (SentenceFacts f : d.facts) {
      if (!sentences.contains(f.sentence())) sentences.add(f.sentence());
      all.addAll(f.triggers());
      draftTolls.addAll(f.tolls());
    }
    List<Trigger> specific = all.stream().filter(t -> !t.generic()).toList();
    if (specific.isEmpty()) return Optional.empty();
    Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
    for (Trigger t : specific) {
      if (t.strength() == TriggerStrength.CASUALTY || LABEL_WORDS.contains(t.evidence().text().toLowerCase())) continue;
      types.add(t.type());
    }
    if (types.isEmpty()) {
      boolean labelled = specific.stream().anyMatch(t -> LABEL_WORDS.contains(t.evidence().text().toLowerCase()));
      types.add(labelled ? IncidentType.ARMED_ASSAULT : IncidentType.OTHER_VIOLENCE);
    }
    // Figures say what happened too: people still held are hostages, people seized were kidnapped.
    for (Toll t : draftTolls) {
      if (t.outcome() == org.sitrep.domain.TollOutcome.HELD
          && (types.contains(IncidentType.HIJACKING) || !types.contains(IncidentType.KIDNAPPING))) {
        types.add(IncidentType.HOSTAGE_TAKING);
      }
      if (t.outcome() == org.sitrep.domain.TollOutcome.KIDNAPPED) types.add(IncidentType.KIDNAPPING);
    }
    types.remove(IncidentType.OTHER_VIOLENCE);
    if (types.isEmpty()) types.add(IncidentType.OTHER_VIOLENCE);
    normaliseTypes(types);

    // The incident's date comes from its first sentence that dates it, most precise when several background
    // mentions overlap ("ten years since" and "on 12 October 2014").
    // A discovery's time ("the bodies were found today") yields to the act's time told in another sentence.
    Optional<IncidentDate> date = d.facts.stream()
        .sorted(Comparator.comparing((SentenceFacts f) -> f.datesDiscovery(document.published())))
        .map(f -> f.eventTime(document.published())
            .filter(t -> d.status == IncidentStatus.BACKGROUND || !isPast(t, document.published())))
        .flatMap(Optional::stream)
        .reduce((a, b) -> d.status == IncidentStatus.BACKGROUND && overlap(a, b) && finer(b, a) ? b : a)
        .map(TimeMention::toIncidentDate)
        .or(() -> followingTime(d, allFacts, document.published()).map(TimeMention::toIncidentDate))
        .or(() -> d.status == IncidentStatus.CURRENT
            ? document.published().map(p -> new IncidentDate(p, Optional.empty(), DatePrecision.DAY, Optional.empty()))
            : Optional.empty());

    Optional<String> lastGroup = ParticipantExtractor.lastArmedGroup(doc, sentences.get(0).index(), aliases);
    List<Participant> people = participants.extract(doc, sentences, specific, draftTolls, aliases, lastGroup);
    Optional<Location> location = placer.locate(doc, d.status, sentences, specific, places);
    people = withKnownActors(raw, people, sentences, specific);
    people = PerpetratorLinker.link(people, ParticipantExtractor.genericMentions(raw, sentences));
    people = foreignersMarked(people, location.flatMap(Location::country));
    IncidentType lead = specific.get(0).type();
    IncidentType type = primaryType(types, people, draftTolls, sentences, lead);
    List<IncidentType> subtypes = PRECEDENCE.stream().filter(t -> t != type && types.contains(t)).toList();
    List<Evidence> evidence = specific.stream().map(Trigger::evidence).toList();
    String id = document.id() + "-" + number;
    return Optional.of(new Incident(id, d.status, type, subtypes, date, location, people,
        impliedWeapons(type, subtypes, specific, weapons.find(raw, concat(sentences, context))), draftTolls, evidence));
  }

  /**
   * Whether a time lies before the news: a day more than two weeks before publication, or a whole month or year that
   * ended before it ("last month", "in 2019").
   */
  /**
   * The actor dictionary corrects what the text's wording suggests: a named participant the dictionary knows takes
   * its kind ("Frontier Corps" are state forces, "Tehreek-e-Labbaik" a political group), and when no named group is
   * the perpetrator, a known armed group named in a sentence with the act ("al-Shabaab fighters stormed …") is.
   */
  private List<Participant> withKnownActors(String raw, List<Participant> people, List<Sentence> sentences,
                                            List<Trigger> specific) {
    List<Participant> out = new ArrayList<>();
    for (Participant p : people) {
      Optional<org.sitrep.resolve.Actor> known = Character.isUpperCase(p.name().charAt(0))
          ? actors.lookup(p.name()).filter(a -> !a.generic()) : Optional.empty();
      boolean actorRole = p.role() == org.sitrep.domain.Role.PERPETRATOR || p.role() == org.sitrep.domain.Role.RESPONDER;
      if (known.isEmpty() || !actorRole || known.get().kind() == p.kind()) {
        out.add(p);
        continue;
      }
      // A government or party the text merely names near the act ("its Taliban leaders have denied") did not
      // commit it; only a claim makes it the perpetrator.
      boolean notArmed = known.get().kind() == org.sitrep.domain.ActorKind.GOVERNMENT
          || known.get().kind() == org.sitrep.domain.ActorKind.POLITICAL_GROUP;
      org.sitrep.domain.Role role = p.role() == org.sitrep.domain.Role.PERPETRATOR && notArmed && !p.claimedResponsibility()
          ? org.sitrep.domain.Role.OTHER : p.role();
      out.add(new Participant(p.name(), p.aliases(), role, known.get().kind(), p.claimedResponsibility(), p.evidence()));
    }
    boolean namedPerpetrator = out.stream().anyMatch(p -> p.role() == org.sitrep.domain.Role.PERPETRATOR
        && actors.lookup(p.name()).map(a -> !a.generic()).orElse(Character.isUpperCase(p.name().charAt(0))));
    if (namedPerpetrator) return out;
    Set<Integer> actSentences = new java.util.HashSet<>();
    specific.forEach(t -> actSentences.add(t.sentence()));
    for (Sentence s : sentences) {
      if (!actSentences.contains(s.index())) continue;
      List<Token> t = s.tokens();
      for (org.sitrep.resolve.ActorMatch m : actors.find(t.stream().map(Token::text).toList())) {
        if (m.actor().generic() || m.actor().kind() != org.sitrep.domain.ActorKind.NON_STATE_ARMED_GROUP) continue;
        Evidence ev = Evidence.of(raw, t.get(m.start()).start(), t.get(m.end() - 1).end(), s.index());
        String written = OneLine.of(ev.text());
        List<String> aliases = written.equals(m.actor().name()) ? List.of() : List.of(written);
        out.add(0, new Participant(m.actor().name(), aliases, org.sitrep.domain.Role.PERPETRATOR, m.actor().kind(),
            false, ev));
        return out;
      }
    }
    return out;
  }

  /** Victims named by a nationality other than the incident's country ("two Indian engineers" in Yemen). */
  private List<Participant> foreignersMarked(List<Participant> people, Optional<String> country) {
    List<Participant> out = new ArrayList<>();
    for (Participant p : people) {
      Optional<String> nationality = p.role() == org.sitrep.domain.Role.VICTIM
          ? java.util.Arrays.stream(p.evidence().text().split("[\\s,]+")).map(gazetteer::countryOfAdjective)
              .flatMap(Optional::stream).findFirst()
          : Optional.empty();
      boolean foreign = nationality.isPresent() && country.isPresent() && !nationality.get().equals(country.get());
      out.add(foreign ? new Participant(p.name(), p.aliases(), p.role(), org.sitrep.domain.ActorKind.FOREIGN_NATIONALS,
          p.claimedResponsibility(), p.evidence(), p.mentions()) : p);
    }
    return out;
  }

  /**
   * "Gunmen attacked a market, killing 23. It happened on Sunday afternoon in Kaura Namoda." A current incident whose
   * own sentences give no time takes it from the sentence right after its first one, when no incident holds that one.
   */
  private static Optional<TimeMention> followingTime(Draft d, List<SentenceFacts> allFacts,
                                                     Optional<LocalDate> published) {
    if (d.status != IncidentStatus.CURRENT || d.facts.isEmpty()) return Optional.empty();
    int next = d.facts.get(0).sentence().index() + 1;
    Optional<SentenceFacts> following = allFacts.stream().filter(f -> f.sentence().index() == next).findFirst();
    if (following.isEmpty() || !following.get().triggers().isEmpty()) return Optional.empty();
    return following.get().times().stream().filter(t -> !isPast(t, published)).findFirst();
  }

  /**
   * A bombing is done with explosives and an arson with fire even when no weapon word is written ("a suicide bomber
   * blew himself up"): the type's weapon is added, evidenced by the words that name the incident.
   */
  private static List<org.sitrep.domain.Weapon> impliedWeapons(IncidentType type, List<IncidentType> subtypes,
                                                               List<Trigger> specific,
                                                               List<org.sitrep.domain.Weapon> found) {
    List<org.sitrep.domain.Weapon> out = new ArrayList<>(found);
    addImplied(out, type, subtypes, specific, Set.of(IncidentType.BOMBING, IncidentType.SUICIDE_BOMBING),
        org.sitrep.domain.WeaponType.EXPLOSIVES);
    addImplied(out, type, subtypes, specific, Set.of(IncidentType.ARSON), org.sitrep.domain.WeaponType.INCENDIARY);
    return out;
  }

  private static void addImplied(List<org.sitrep.domain.Weapon> out, IncidentType type, List<IncidentType> subtypes,
                                 List<Trigger> specific, Set<IncidentType> kinds, org.sitrep.domain.WeaponType weapon) {
    boolean applies = kinds.contains(type) || subtypes.stream().anyMatch(kinds::contains);
    if (!applies || out.stream().anyMatch(w -> w.type() == weapon)) return;
    specific.stream().filter(t -> kinds.contains(t.type())).findFirst()
        .ifPresent(t -> out.add(new org.sitrep.domain.Weapon(weapon, t.evidence())));
  }

  private static boolean finer(TimeMention a, TimeMention b) { return a.precision().compareTo(b.precision()) < 0; }

  private static List<Sentence> concat(List<Sentence> a, List<Sentence> b) {
    List<Sentence> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static boolean isPast(TimeMention t, Optional<LocalDate> published) {
    if (published.isEmpty()) return false;
    LocalDate p = published.get();
    if (t.precision() != DatePrecision.DAY && t.end().isEmpty()) return t.lastDay().isBefore(p);
    return t.lastDay().isBefore(p.minusDays(BACKGROUND_DAYS));
  }

  private static final Set<String> HARM_WORDS = Set.of(
      "exploded", "explosion", "blast", "detonated", "went", "killed", "wounded", "injured", "dead", "died");

  /**
   * The incident's type among those its sentences show: by {@link #PRECEDENCE}, then refined by what was hit.
   * A threat with no harm done is a threat even when it names a bomb; an attack on a pipeline or power line is an
   * infrastructure attack whatever the weapon; an attack that killed a named person is an assassination.
   */
  private static IncidentType primaryType(Set<IncidentType> types, List<Participant> people, List<Toll> tolls,
                                          List<Sentence> sentences, IncidentType lead) {
    IncidentType type = PRECEDENCE.stream().filter(types::contains).findFirst().orElseThrow();
    boolean harm = tolls.stream().anyMatch(t -> t.outcome() == org.sitrep.domain.TollOutcome.KILLED
        || t.outcome() == org.sitrep.domain.TollOutcome.INJURED)
        || sentences.stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> HARM_WORDS.contains(t.lower()));
    if (types.contains(IncidentType.THREAT) && !harm) return IncidentType.THREAT;
    boolean rescued = tolls.stream().anyMatch(t -> t.outcome() == org.sitrep.domain.TollOutcome.RESCUED);
    if (lead == IncidentType.SECURITY_OPERATION && rescued
        && (type == IncidentType.HOSTAGE_TAKING || type == IncidentType.KIDNAPPING)) {
      return IncidentType.SECURITY_OPERATION; // the report leads with the rescue; the hostage-taking is its subtype
    }
    boolean infrastructure = people.stream().anyMatch(p -> p.role() == org.sitrep.domain.Role.TARGET
        && p.kind() == org.sitrep.domain.ActorKind.INFRASTRUCTURE);
    Set<IncidentType> attacks = EnumSet.of(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT, IncidentType.ARSON,
        IncidentType.OTHER_VIOLENCE);
    if (infrastructure && attacks.contains(type)) {
      types.add(IncidentType.INFRASTRUCTURE_ATTACK);
      return IncidentType.INFRASTRUCTURE_ATTACK;
    }
    boolean namedVictim = people.stream().anyMatch(p -> p.role() == org.sitrep.domain.Role.VICTIM
        && (p.kind() == org.sitrep.domain.ActorKind.GOVERNMENT || p.kind() == org.sitrep.domain.ActorKind.CIVILIANS)
        && Character.isUpperCase(p.name().charAt(0)));
    if (namedVictim && (type == IncidentType.ARMED_ASSAULT || type == IncidentType.OTHER_VIOLENCE)) {
      types.add(IncidentType.ASSASSINATION);
      return IncidentType.ASSASSINATION;
    }
    return type;
  }

  /** A hijacking or hostage-taking already says people were seized: "kidnapping" adds nothing as a subtype. */
  private static void normaliseTypes(Set<IncidentType> types) {
    if (types.contains(IncidentType.HIJACKING) || types.contains(IncidentType.HOSTAGE_TAKING)) {
      types.remove(IncidentType.KIDNAPPING);
    }
    if (types.contains(IncidentType.SUICIDE_BOMBING)) types.remove(IncidentType.BOMBING);
  }


}
