package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.domain.ActorKind;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Participant;
import org.sitrep.domain.Role;

/**
 * Ties an incident's generic perpetrators ("armed militants", "gunmen", "the attackers") to the named group that did
 * it, so an analyst sees one perpetrator, not the group and its description side by side. The rules read only what
 * the incident already holds, without coreference (CoreNLP's statistical coref halves throughput): the generic
 * mentions belong to the group that claimed responsibility, or else to the only named non-state perpetrator; with two
 * or more named groups and no single claimant, which one the text means is a guess, and the generics stay apart.
 */
final class PerpetratorLinker {
  private PerpetratorLinker() {}

  /**
   * The participants with each generic perpetrator folded into the named one: its spans become the named actor's
   * {@link Participant#mentions}, so "armed militants" keeps the evidence that says who acted while the analyst sees
   * one perpetrator. Unchanged when no single named perpetrator can be told from the text. Descriptions are mentions,
   * not aliases: "militants" is no other name of the group, and as an alias it would make every incident whose group
   * was called "militants" look alike to the merge and to a search by actor.
   *
   * @param mentions every description of perpetrators in the incident's sentences ("militants", "the attackers"),
   *                 each with its span; they become mentions too when a named perpetrator takes the generic ones
   */
  static List<Participant> link(List<Participant> people, List<Evidence> mentions) {
    Optional<Participant> named = namedPerpetrator(people);
    if (named.isEmpty()) return people;
    Participant group = named.get();
    Map<Integer, Evidence> spans = new TreeMap<>();
    group.mentions().forEach(m -> spans.putIfAbsent(m.start(), m));
    List<Participant> out = new ArrayList<>();
    for (Participant p : people) {
      if (p != group && p.role() == Role.PERPETRATOR && isGeneric(p)) {
        spans.putIfAbsent(p.evidence().start(), p.evidence());
        p.mentions().forEach(m -> spans.putIfAbsent(m.start(), m));
      } else {
        out.add(p);
      }
    }
    mentions.forEach(m -> spans.putIfAbsent(m.start(), m));
    spans.values().removeIf(m -> m.start() < group.evidence().end() && group.evidence().start() < m.end());
    Participant linked = new Participant(group.name(), group.aliases(), group.role(), group.kind(),
        group.claimedResponsibility(), group.evidence(), List.copyOf(spans.values()));
    out.replaceAll(p -> p == group ? linked : p);
    return List.copyOf(out);
  }

  /** The claimant when exactly one perpetrator claimed the act, else the only named non-state perpetrator. */
  static Optional<Participant> namedPerpetrator(List<Participant> people) {
    List<Participant> named = people.stream()
        .filter(p -> p.role() == Role.PERPETRATOR && p.kind() == ActorKind.NON_STATE_ARMED_GROUP && !isGeneric(p))
        .toList();
    List<Participant> claimants = named.stream().filter(Participant::claimedResponsibility).toList();
    if (claimants.size() == 1) return Optional.of(claimants.get(0));
    return named.size() == 1 && claimants.isEmpty() ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** A perpetrator described rather than named: its head word is a generic noun ("militants", "armed men"). */
  static boolean isGeneric(Participant p) { return ParticipantExtractor.isGenericDescription(p.name()); }
}
