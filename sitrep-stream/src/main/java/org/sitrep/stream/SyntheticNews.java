package org.sitrep.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A reproducible wire feed for the stream's tests and benchmark: short news articles in the JSON record format
 * {@code sitrep ingest} reads ({@code {"id","url","source","published","title","text"}}), several outlets reporting
 * each event a day or two apart with different figures (so the store merges them), a few articles with no violence,
 * exact re-sends of earlier articles (syndication: duplicates), and a few records that are not articles at all.
 * The same seed always gives the same records in the same order; records are ordered by publication date, as a feed
 * delivers them.
 */
public final class SyntheticNews {
  /** One record as a feed would deliver it: its JSON text, and whether it is a readable article or a bad record. */
  public record Item(String json, boolean article) {}

  private record City(String name, String country) {}

  private record Group(String name, String country) {}

  private record Event(int id, Kind kind, City city, Group group, LocalDate date, int killed, int injured,
                       String target) {}

  private enum Kind { MARKET_BOMBING, CHECKPOINT_ATTACK, VILLAGE_RAID, KIDNAPPING, ROADSIDE_BOMB }

  private static final List<City> CITIES = List.of(
      new City("Mogadishu", "Somalia"), new City("Kismayo", "Somalia"), new City("Baidoa", "Somalia"),
      new City("Maiduguri", "Nigeria"), new City("Damaturu", "Nigeria"), new City("Kabul", "Afghanistan"),
      new City("Jalalabad", "Afghanistan"), new City("Peshawar", "Pakistan"), new City("Quetta", "Pakistan"),
      new City("Bamako", "Mali"), new City("Gao", "Mali"), new City("Beni", "Democratic Republic of the Congo"),
      new City("Baghdad", "Iraq"), new City("Kirkuk", "Iraq"), new City("Ouagadougou", "Burkina Faso"));

  private static final List<Group> GROUPS = List.of(
      new Group("al-Shabaab", "Somalia"), new Group("Boko Haram", "Nigeria"),
      new Group("Islamic State West Africa Province", "Nigeria"), new Group("Islamic State Khorasan Province",
          "Afghanistan"), new Group("Tehrik-i-Taliban Pakistan", "Pakistan"), new Group("JNIM", "Mali"),
      new Group("Allied Democratic Forces", "Democratic Republic of the Congo"), new Group("Islamic State", "Iraq"),
      new Group("JNIM", "Burkina Faso"));

  private static final List<String> OUTLETS = List.of("Reuters", "AFP", "Associated Press", "Al Jazeera", "BBC News",
      "Daily Nation", "Dawn", "Premium Times", "The Guardian", "Anadolu Agency");

  private static final List<String> SAYERS = List.of("police said", "a local official said",
      "hospital sources said", "a security official told reporters", "witnesses said", "the regional governor said");

  private static final List<String> TARGETS = List.of("a crowded market", "a police checkpoint", "a village",
      "a school", "a military convoy", "a bus station", "a mosque", "a football field");

  private final long seed;

  public SyntheticNews(long seed) { this.seed = seed; }

  /**
   * {@code count} records: about one in five events reported by one outlet, most by two to six; one in twenty
   * articles is news without violence, one in a hundred a re-send of an earlier article, and one in two hundred a bad
   * record (malformed JSON, no text, blank text, an array).
   */
  public List<Item> items(int count) {
    Random random = new Random(seed);
    ObjectMapper json = new ObjectMapper();
    record Dated(LocalDate published, int tiebreak, Item item) {}
    List<Dated> articles = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 1, 8);
    int events = 0;
    int total = 0;
    while (total < count) {
      if (random.nextInt(20) == 0) {
        LocalDate published = start.plusDays(random.nextInt(Math.max(1, count / 4)));
        articles.add(new Dated(published, random.nextInt(), new Item(calm(json, random, total, published), true)));
        total++;
        continue;
      }
      Event e = event(random, events++, start.plusDays(random.nextInt(Math.max(1, count / 4))));
      int reports = random.nextInt(5) == 0 ? 1 : 2 + random.nextInt(5);
      List<String> outlets = new ArrayList<>(OUTLETS);
      java.util.Collections.shuffle(outlets, random);
      for (int r = 0; r < reports && total < count; r++, total++) {
        LocalDate published = e.date().plusDays(random.nextInt(3));
        String record = report(json, random, e, r, outlets.get(r), published);
        articles.add(new Dated(published, random.nextInt(), new Item(record, true)));
      }
    }
    articles.sort(Comparator.comparing(Dated::published).thenComparingInt(Dated::tiebreak));
    List<Item> out = new ArrayList<>(articles.stream().map(Dated::item).toList());
    // re-sends and bad records replace articles at fixed positions, so the count stays exact
    for (int i = 150; i < out.size(); i += 100) out.set(i, out.get(i - 1 - random.nextInt(100)));
    List<String> bad = List.of("{\"id\": \"broken-1\", \"text\": \"Gunmen attacked", "{\"id\": \"no-text\"}",
        "{\"id\": \"blank\", \"text\": \"   \"}", "[1, 2, 3]", "{\"id\": \"text-number\", \"text\": 42}");
    for (int i = 97, b = 0; i < out.size(); i += 200, b++) out.set(i, new Item(bad.get(b % bad.size()), false));
    return List.copyOf(out);
  }

  private static Event event(Random random, int id, LocalDate date) {
    Group group = GROUPS.get(random.nextInt(GROUPS.size()));
    List<City> cities = CITIES.stream().filter(c -> c.country().equals(group.country())).toList();
    City city = cities.get(random.nextInt(cities.size()));
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    int killed = 2 + random.nextInt(40);
    int injured = random.nextInt(3) == 0 ? 0 : 3 + random.nextInt(60);
    return new Event(id, kind, city, group, date, killed, injured, TARGETS.get(random.nextInt(TARGETS.size())));
  }

  private static String report(ObjectMapper json, Random random, Event e, int r, String outlet, LocalDate published) {
    // early reports count fewer dead; later ones more
    int killed = Math.max(1, e.killed() - random.nextInt(Math.max(1, e.killed() / 3)) + r);
    String day = dayPhrase(e.date(), published);
    String said = SAYERS.get(random.nextInt(SAYERS.size()));
    String place = e.city().name() + ", " + e.city().country();
    StringBuilder text = new StringBuilder();
    String title;
    switch (e.kind()) {
      case MARKET_BOMBING -> {
        title = "Suicide bomber kills " + killed + " in " + e.city().name();
        text.append("A suicide bomber blew himself up at ").append(e.target()).append(" in ").append(place)
            .append(' ').append(day).append(", killing at least ").append(killed).append(" people");
        if (e.injured() > 0) text.append(" and wounding ").append(e.injured()).append(" others");
        text.append(", ").append(said).append(". ");
        text.append(e.group().name()).append(" claimed responsibility for the bombing in a statement. ");
      }
      case CHECKPOINT_ATTACK -> {
        title = "Gunmen kill " + killed + " in attack near " + e.city().name();
        text.append("Gunmen stormed ").append(e.target()).append(" near ").append(place).append(' ').append(day)
            .append(", killing ").append(killed).append(" people, ").append(said).append(". ");
        if (e.injured() > 0) text.append("Another ").append(e.injured()).append(" were wounded. ");
        text.append("Officials blamed ").append(e.group().name()).append(" for the attack. ");
      }
      case VILLAGE_RAID -> {
        title = e.group().name() + " fighters raid village near " + e.city().name();
        text.append("Fighters from ").append(e.group().name()).append(" attacked a village outside ").append(place)
            .append(' ').append(day).append(", killing ").append(killed).append(" civilians and burning homes, ")
            .append(said).append(". ");
        if (e.injured() > 0) text.append(e.injured()).append(" people were injured. ");
      }
      case KIDNAPPING -> {
        title = "Gunmen abduct " + killed + " in " + e.city().name();
        text.append("Armed men kidnapped ").append(killed).append(" people from ").append(e.target())
            .append(" in ").append(place).append(' ').append(day).append(", ").append(said).append(". ");
        text.append("No group has claimed the abduction, but officials suspect ").append(e.group().name())
            .append(". ");
      }
      case ROADSIDE_BOMB -> {
        title = "Roadside bomb kills " + killed + " soldiers near " + e.city().name();
        text.append("A roadside bomb struck ").append(e.target()).append(" near ").append(place).append(' ')
            .append(day).append(", killing ").append(killed).append(" soldiers, ").append(said).append(". ");
        text.append(e.group().name()).append(" said it planted the explosive device. ");
      }
      default -> throw new IllegalStateException(e.kind().name());
    }
    text.append(List.of(
        "Residents said the area had been calm for weeks before the attack.",
        "Security forces sealed off the area and began a search for the attackers.",
        "The government condemned the violence and promised to bring those responsible to justice.",
        "Aid groups said hospitals in the area were struggling to cope with the wounded.").get(random.nextInt(4)));
    ObjectNode o = json.createObjectNode();
    String id = "event-" + e.id() + "-" + r;
    o.put("id", id);
    o.put("url", "https://news.example.org/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + id);
    o.put("source", outlet);
    o.put("published", published.toString());
    o.put("title", title);
    o.put("text", text.toString());
    return o.toString();
  }

  private static String calm(ObjectMapper json, Random random, int n, LocalDate published) {
    City city = CITIES.get(random.nextInt(CITIES.size()));
    ObjectNode o = json.createObjectNode();
    o.put("id", "calm-" + n);
    o.put("source", OUTLETS.get(random.nextInt(OUTLETS.size())));
    o.put("published", published.toString());
    o.put("title", "New market opens in " + city.name());
    o.put("text", "Traders in " + city.name() + ", " + city.country() + " welcomed the opening of a new market on "
        + published.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ". The local council said the "
        + "market would employ " + (50 + random.nextInt(400)) + " people and bring farmers closer to buyers.");
    return o.toString();
  }

  /** "on Tuesday" within a week of publication, else "on March 5", as news copy dates events. */
  private static String dayPhrase(LocalDate date, LocalDate published) {
    if (date.equals(published)) return "on " + weekday(date.getDayOfWeek());
    if (date.plusDays(1).equals(published)) return "on " + weekday(date.getDayOfWeek());
    return "on " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
  }

  private static String weekday(DayOfWeek d) { return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH); }
}
