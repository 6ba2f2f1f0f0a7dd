package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.domain.ActorKind;
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
   * The participants with each generic perpetrator folded into the named one as an alias (its wording as written,
   * e.g. "armed militants"), or unchanged when no single named perpetrator can be told from the text.
   *
   * @param mentions further generic descriptions of the perpetrators the incident's sentences use ("militants",
   *                 "the attackers"), added as aliases too when a named perpetrator takes the generic ones
   */
  static List<Participant> link(List<Participant> people, List<String> mentions) {
    Optional<Participant> named = namedPerpetrator(people);
    if (named.isEmpty()) return people;
    Participant group = named.get();
    List<String> aliases = new ArrayList<>(group.aliases());
    List<Participant> out = new ArrayList<>();
    for (Participant p : people) {
      if (p != group && p.role() == Role.PERPETRATOR && isGeneric(p)) {
        addAlias(aliases, p.name(), group.name());
      } else {
        out.add(p);
      }
    }
    mentions.forEach(m -> addAlias(aliases, m, group.name()));
    Participant linked = new Participant(group.name(), aliases, group.role(), group.kind(), group.claimedResponsibility(),
        group.evidence());
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

  private static void addAlias(List<String> aliases, String alias, String name) {
    String a = alias.replaceAll("\\s+", " ").replaceFirst("^(?i)(the|a|an) ", "").strip();
    if (a.isEmpty() || a.equalsIgnoreCase(name)) return;
    String lower = a.toLowerCase(Locale.ROOT);
    if (aliases.stream().noneMatch(x -> x.equalsIgnoreCase(lower))) aliases.add(lowerFirst(a));
  }

  /**
   * "Gunmen" at a sentence's start is the same mention as "gunmen": aliases keep the common noun's case. Words in
   * capitals throughout (wire copy) stay as written.
   */
  private static String lowerFirst(String a) {
    String rest = a.substring(1);
    return rest.equals(rest.toLowerCase(Locale.ROOT)) ? Character.toLowerCase(a.charAt(0)) + rest : a;
  }
}
