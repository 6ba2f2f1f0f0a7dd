package org.sitrep.extract;

import static org.sitrep.domain.WeaponType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Weapon;
import org.sitrep.domain.WeaponType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Weapon words to weapon types; one weapon per type per incident. Its evidence is the first mention that names the
 * instrument ("a bomb", "dynamite") when the text names one, else the first act that implies it ("the bombing",
 * "shot"): a reader, and MUC-4's instrument slot, want the thing used, not the event again.
 */
final class WeaponLexicon {
  private record Entry(Phrase phrase, WeaponType type) {}

  private static final List<Entry> ENTRIES = List.of(
      e("gunfire", FIREARMS), e("gun", FIREARMS), e("guns", FIREARMS), e("gunman", FIREARMS), e("gunmen", FIREARMS),
      e("rifle*", FIREARMS), e("pistol*", FIREARMS), e("firearm*", FIREARMS), e("opened fire", FIREARMS),
      e("open fire", FIREARMS), e("shot", FIREARMS), e("shooting", FIREARMS), e("shot dead", FIREARMS),
      e("bullet", FIREARMS), e("bullets", FIREARMS), e("ak-47*", FIREARMS), e("kalashnikov*", FIREARMS), e("machine gun*", FIREARMS),
      e("machinegun*", FIREARMS), e("automatic weapons", FIREARMS), e("gun battle", FIREARMS),
      e("firefight", FIREARMS), e("exchanged fire", FIREARMS), e("exchange of fire", FIREARMS),
      e("crossfire", FIREARMS), e("gunfight", FIREARMS), e("shootout", FIREARMS), e("fired at", FIREARMS),
      e("rounds", FIREARMS), e("gunned down", FIREARMS), e("sniper*", FIREARMS),
      e("bomb", EXPLOSIVES), e("bombs", EXPLOSIVES), e("bombing", EXPLOSIVES), e("explosive*", EXPLOSIVES),
      e("ied", EXPLOSIVES), e("ieds", EXPLOSIVES), e("blast", EXPLOSIVES), e("explosion", EXPLOSIVES),
      e("grenade*", EXPLOSIVES), e("dynamite", EXPLOSIVES), e("landmine*", EXPLOSIVES), e("mine", EXPLOSIVES),
      e("rocket*", EXPLOSIVES), e("mortar*", EXPLOSIVES), e("missile*", EXPLOSIVES), e("shelling", EXPLOSIVES),
      e("detonated", EXPLOSIVES), e("suicide vest", EXPLOSIVES), e("airstrike*", EXPLOSIVES),
      e("drone strike*", EXPLOSIVES), e("car bomb*", EXPLOSIVES),
      e("blew up", EXPLOSIVES), e("blown up", EXPLOSIVES),
      e("knife", MELEE), e("knives", MELEE), e("machete*", MELEE), e("stabbed", MELEE), e("stabbing", MELEE),
      e("axe", MELEE), e("iron rods", MELEE), e("rods", MELEE), e("sticks", MELEE), e("batons", MELEE),
      e("clubbed", MELEE), e("beaten", MELEE), e("hacked", MELEE), e("sword*", MELEE), e("clubs", MELEE), e("stones", MELEE), e("rocks", MELEE),
      e("set fire", INCENDIARY), e("set ablaze", INCENDIARY), e("torched", INCENDIARY), e("petrol bomb*", INCENDIARY),
      e("molotov*", INCENDIARY), e("firebomb*", INCENDIARY), e("arson", INCENDIARY), e("gasoline", INCENDIARY),
      e("rammed", VEHICLE), e("ramming", VEHICLE),
      e("poison gas", CHEMICAL), e("chemical weapon*", CHEMICAL), e("nerve agent", CHEMICAL), e("acid attack", CHEMICAL));

  /** Words that look like weapons but are not here ("mine" the pronoun, "shot" of a camera). */
  private static final Set<String> PRONOUN_MINE = Set.of("mine");

  private static final Phrase.Index<Entry> INDEX = new Phrase.Index<>(ENTRIES, Entry::phrase);

  private static Entry e(String phrase, WeaponType type) { return new Entry(Phrase.of(phrase), type); }

  /** Words that name an act done with a weapon, or its user, rather than the weapon itself. */
  private static final Set<String> ACTS = Set.of(
      "gunfire", "gunman", "gunmen", "opened", "open", "shot", "shots", "shooting", "gun", "firefight", "exchanged",
      "exchange", "crossfire", "gunfight", "shootout", "fired", "gunned", "bombing", "bombings", "blast", "blasts",
      "explosion", "explosions", "shelling", "detonated", "airstrike", "airstrikes", "drone", "blew", "blown", "stabbed",
      "stabbing", "clubbed", "beaten", "hacked", "set", "torched", "arson", "rammed", "ramming", "acid", "rounds");

  /** The weapons named in {@code sentences}, one per type. */
  List<Weapon> find(String raw, List<Sentence> sentences) {
    java.util.Map<WeaponType, Weapon> act = new java.util.EnumMap<>(WeaponType.class);
    java.util.Map<WeaponType, Weapon> instrument = new java.util.EnumMap<>(WeaponType.class);
    List<WeaponType> order = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        Entry best = INDEX.longestAt(t, i);
        if (best == null || instrument.containsKey(best.type())) continue;
        if (PRONOUN_MINE.contains(t.get(i).lower()) && !t.get(i).pos().startsWith("NN")) continue;
        int last = i + best.phrase().size();
        Weapon w = new Weapon(best.type(), Evidence.of(raw, t.get(i).start(), t.get(last - 1).end(), s.index()));
        if (!order.contains(best.type())) order.add(best.type());
        boolean names = t.get(last - 1).pos().startsWith("NN") && !ACTS.contains(t.get(i).lower());
        (names ? instrument : act).putIfAbsent(best.type(), w);
        i = last - 1;
      }
    }
    return order.stream().map(type -> instrument.getOrDefault(type, act.get(type))).toList();
  }
}
