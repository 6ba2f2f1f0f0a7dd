package org.sitrep.testkit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Document;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Extraction;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Incident;
import org.sitrep.domain.IncidentDate;
import org.sitrep.domain.IncidentStatus;
import org.sitrep.domain.IncidentType;
import org.sitrep.domain.Location;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Quantity;
import org.sitrep.domain.Quote;
import org.sitrep.domain.Role;
import org.sitrep.domain.Toll;
import org.sitrep.domain.TollGroup;
import org.sitrep.domain.TollOutcome;
import org.sitrep.domain.Weapon;
import org.sitrep.domain.WeaponType;
import org.sitrep.ingest.DocumentReader;

/**
 * Builds an {@link Extraction} by hand, as the extractor would have: every piece of evidence is found in the article's
 * text by its phrase, so spans always quote the text. No NLP involved. For the tests of the store and the modules
 * above it.
 */
public final class Article {
  private final Document document;
  private final List<Incident> incidents = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  private Article(Document document) { this.document = document; }

  /** An article with a content hash made from {@code hash}, an outlet and a publication date. */
  public static Article of(String hash, String source, LocalDate published, String text) {
    return new Article(new Document("sha256:" + hash, hash + ".txt", Optional.of(source), Optional.of(published), "en",
        text, Optional.of("https://example.org/" + hash), Optional.of(text.substring(0, text.indexOf('.') + 1))));
  }

  /**
   * An article with its own headline and address (either may be absent: null), its id the content hash sitrep's
   * reader gives its text.
   */
  public static Article of(String name, String source, LocalDate published, String title, String url, String text) {
    return new Article(new Document(DocumentReader.contentId(text.getBytes(StandardCharsets.UTF_8)), name + ".txt",
        Optional.of(source), Optional.of(published), "en", text, Optional.ofNullable(url), Optional.ofNullable(title)));
  }

  public Document document() { return document; }

  public Evidence ev(String phrase) {
    int start = document.text().indexOf(phrase);
    if (start < 0) throw new IllegalArgumentException("'" + phrase + "' is not in the article");
    int sentence = (int) document.text().substring(0, start).chars().filter(ch -> ch == '.').count();
    return Evidence.of(document.text(), start, start + phrase.length(), sentence);
  }

  public IncidentBuilder incident(String id, IncidentType type) { return new IncidentBuilder(id, type); }

  public Article quote(String words, String speaker) {
    quotes.add(new Quote(words, Optional.of(speaker), Optional.of("spokesman"), ev(words)));
    return this;
  }

  public Extraction extraction() { return new Extraction(document, incidents, quotes); }

  public final class IncidentBuilder {
    private final String id;
    private final IncidentType type;
    private IncidentStatus status = IncidentStatus.CURRENT;
    private final List<IncidentType> subtypes = new ArrayList<>();
    private Optional<IncidentDate> date = Optional.empty();
    private Optional<Location> location = Optional.empty();
    private final List<Participant> participants = new ArrayList<>();
    private final List<Weapon> weapons = new ArrayList<>();
    private final List<Toll> tolls = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    private IncidentBuilder(String id, IncidentType type) {
      this.id = id;
      this.type = type;
    }

    public IncidentBuilder background() {
      status = IncidentStatus.BACKGROUND;
      return this;
    }

    public IncidentBuilder subtype(IncidentType t) {
      subtypes.add(t);
      return this;
    }

    public IncidentBuilder on(LocalDate day, String phrase) {
      date = Optional.of(new IncidentDate(day, Optional.empty(), DatePrecision.DAY, Optional.of(ev(phrase))));
      return this;
    }

    public IncidentBuilder inMonth(LocalDate firstDay, String phrase) {
      date = Optional.of(new IncidentDate(firstDay, Optional.empty(), DatePrecision.MONTH, Optional.of(ev(phrase))));
      return this;
    }

    public IncidentBuilder in(String name, String city, String admin1, String country, double lat, double lon) {
      location = Optional.of(new Location(name, Optional.of(city), Optional.of(admin1), Optional.of(country),
          Optional.of(lat), Optional.of(lon), GeoPrecision.CITY, Optional.of(ev(name))));
      return this;
    }

    public IncidentBuilder inCountry(String name, String country) {
      location = Optional.of(new Location(name, Optional.empty(), Optional.empty(), Optional.of(country),
          Optional.empty(), Optional.empty(), GeoPrecision.COUNTRY, Optional.of(ev(name))));
      return this;
    }

    public IncidentBuilder by(String name, String... aliases) {
      participants.add(new Participant(name, List.of(aliases), Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP,
          false, ev(name)));
      return this;
    }

    /** The last participant is also referred to by these phrases (its {@link Participant#mentions}). */
    public IncidentBuilder mentionedAs(String... phrases) {
      Participant last = participants.remove(participants.size() - 1);
      List<Evidence> mentions = new ArrayList<>(last.mentions());
      for (String phrase : phrases) mentions.add(ev(phrase));
      participants.add(new Participant(last.name(), last.aliases(), last.role(), last.kind(),
          last.claimedResponsibility(), last.evidence(), mentions));
      return this;
    }

    public IncidentBuilder claimedBy(String name) {
      participants.add(new Participant(name, List.of(), Role.PERPETRATOR, ActorKind.NON_STATE_ARMED_GROUP, true,
          ev(name)));
      return this;
    }

    public IncidentBuilder against(String name) {
      participants.add(new Participant(name, List.of(), Role.VICTIM, ActorKind.CIVILIANS, false, ev(name)));
      return this;
    }

    public IncidentBuilder weapon(WeaponType t, String phrase) {
      weapons.add(new Weapon(t, ev(phrase)));
      return this;
    }

    public IncidentBuilder toll(TollGroup g, TollOutcome o, Quantity q, String phrase, String attributedTo) {
      tolls.add(new Toll(g, o, q, phrase, Optional.ofNullable(attributedTo), ev(phrase)));
      return this;
    }

    /** The sentence (or any phrase) that tells the incident. */
    public IncidentBuilder told(String phrase) {
      evidence.add(ev(phrase));
      return this;
    }

    public Article add() {
      incidents.add(new Incident(id, status, type, subtypes, date, location, participants, weapons, tolls, evidence));
      return Article.this;
    }
  }
}
