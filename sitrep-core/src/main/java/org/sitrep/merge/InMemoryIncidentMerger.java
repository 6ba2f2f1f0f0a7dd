package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The store's merge loop without a database, for evaluation and tests: feed documents in publication order; each of a
 * document's incidents joins the best-matching earlier incident ({@link IncidentMatcher#bestMatch}) among the
 * candidates a store would fetch (date window overlaps, country agrees or is unknown on either side), or starts a new
 * one. Two incidents of one document never join one merged incident: the extractor already decided they differ. A
 * merged incident is matched through the {@link IncidentProfile#union} of its reports. Not thread-safe; one per run.
 */
public final class InMemoryIncidentMerger {
  /** One merged incident: the union profile and, in order of arrival, which report incidents it holds. */
  public record Merged(IncidentProfile profile, List<Member> members) {
    public Merged {
      Objects.requireNonNull(profile, "profile");
      members = List.copyOf(members);
    }
  }

  /** A report's incident: its document and its index in that document's incident list. */
  public record Member(String document, int index) {
    public Member { Objects.requireNonNull(document, "document"); }
  }

  private final IncidentMatcher matcher;
  private final List<IncidentProfile> profiles = new ArrayList<>();
  private final List<List<Member>> members = new ArrayList<>();
  private final List<Set<String>> documents = new ArrayList<>();

  public InMemoryIncidentMerger(IncidentMatcher matcher) { this.matcher = Objects.requireNonNull(matcher, "matcher"); }

  /**
   * Merges one document's incidents, in their order; returns for each the index of the merged incident it now belongs
   * to (an index into {@link #merged()}). Call once per document, documents oldest first.
   */
  public List<Integer> add(String document, List<IncidentProfile> incidents) {
    Objects.requireNonNull(document, "document");
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      IncidentProfile p = incidents.get(i);
      List<Integer> candidates = candidates(p, document);
      OptionalInt best = matcher.bestMatch(p, candidates.stream().map(profiles::get).toList());
      int into;
      if (best.isPresent()) {
        into = candidates.get(best.getAsInt());
        profiles.set(into, profiles.get(into).union(p));
      } else {
        into = profiles.size();
        profiles.add(p);
        members.add(new ArrayList<>());
        documents.add(new HashSet<>());
      }
      members.get(into).add(new Member(document, i));
      documents.get(into).add(document);
      out.add(into);
    }
    return out;
  }

  /** The merged incidents so far, in order of creation. */
  public List<Merged> merged() {
    List<Merged> out = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) out.add(new Merged(profiles.get(i), members.get(i)));
    return out;
  }

  /** What a store's query returns: same window, same or unknown country, not already holding this document. */
  private List<Integer> candidates(IncidentProfile p, String document) {
    IncidentMatcher.CandidateWindow w = matcher.window(p);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      IncidentProfile c = profiles.get(i);
      if (documents.get(i).contains(document)) continue;
      if (!overlaps(w, c)) continue;
      if (w.country().isPresent() && c.country().isPresent() && !w.country().get().equals(c.country().get())) continue;
      out.add(i);
    }
    return out;
  }

  /** An undated stored incident is never a candidate: the window cannot place it. */
  private static boolean overlaps(IncidentMatcher.CandidateWindow w, IncidentProfile c) {
    if (c.dateStart().isEmpty()) return false;
    LocalDate start = c.dateStart().get(), end = c.dateEnd().orElse(start);
    return w.from().map(f -> !end.isBefore(f)).orElse(true) && w.to().map(t -> !start.isAfter(t)).orElse(true);
  }
}
