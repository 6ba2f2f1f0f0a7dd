package org.sitrep.extract;

import java.util.Set;
import org.sitrep.nlp.NlpDoc;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Whether an article is about real political violence at all. Sports, film, business and disaster reports borrow its
 * words ("attack", "shot", "bombed", "killed", "explosion") but name no one who attacked: such an article needs
 * more words of armed, intentional violence than words of its own genre before any incident is extracted from it.
 */
final class Genre {
  private Genre() {}

  /** Words of intentional, armed violence: who attacks, with what, and the claims that follow. */
  private static final Set<String> VIOLENCE = Set.of(
      "militant", "militants", "gunman", "gunmen", "insurgent", "insurgents", "rebel", "rebels", "guerrilla",
      "guerrillas", "terrorist", "terrorists", "attacker", "attackers", "assailant", "assailants", "bomber", "bombers",
      "jihadist", "jihadists", "extremist", "extremists", "kidnappers", "kidnapped", "abducted", "hostage", "hostages",
      "hijacked", "hijackers", "responsibility", "ambush", "ambushed", "massacre", "suicide", "ied", "gunfire",
      "rioters", "looted", "robbers", "stabbed", "machetes", "assassinated", "assassination", "arson", "torched",
      "gunned", "abduction", "kidnapping", "militia", "militiamen", "tear", "protesters", "demonstrators", "clashes",
      "clashed", "fighters", "separatist", "separatists", "armed", "threatened", "extortion", "beaten", "lynched",
      "robbery", "sabotage", "saboteurs", "detonated", "grenade", "shooting", "killers", "murdered", "shot", "terrorism",
      "dynamite", "subversives", "subversive", "narcoterrorists", "narcoterrorist", "murder", "assassins", "squads",
      "paramilitary", "kidnap", "kidnappings", "attacks", "perpetrated");

  /** Words of the genres that borrow violent words. */
  private static final Set<String> OTHER_GENRE = Set.of(
      "match", "goal", "goals", "league", "season", "coach", "striker", "midfielder", "tournament", "championship",
      "inning", "innings", "wicket", "wickets", "bowler", "bowling", "batsman", "quarterback", "playoff", "playoffs",
      "film", "movie", "director", "actor", "actress", "box", "screenplay", "premiere", "cinema", "sequel", "review",
      "shares", "investors", "takeover", "merger", "revenue", "profit", "earnings", "shareholders", "quarter",
      "landslide", "earthquake", "flood", "floods", "flooding", "monsoon", "leak", "cylinder", "accident",
      "exercise", "exercises", "drill", "drills", "budget", "opposition", "parliament", "vote", "debate");

  static boolean ofViolence(NlpDoc doc) {
    int violence = 0;
    int other = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.lower();
        if (VIOLENCE.contains(w)) violence++;
        if (OTHER_GENRE.contains(w)) other++;
      }
    }
    // No borrowed-vocabulary genre in sight: nothing to gate. Otherwise violence must dominate.
    return other == 0 || violence > other;
  }
}
