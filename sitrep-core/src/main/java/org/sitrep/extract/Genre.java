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

  /**
   * Words that name a genre that borrows violent words, and little else: a film review says "premiere", a match
   * report "striker", a market report "shareholders", a disaster report "landslide".
   */
  private static final Set<String> OTHER_GENRE = Set.of(
      "match", "league", "season", "coach", "striker", "midfielder", "tournament", "championship", "inning",
      "innings", "wicket", "wickets", "bowler", "bowling", "batsman", "quarterback", "playoff", "playoffs",
      "film", "movie", "actor", "actress", "box", "screenplay", "premiere", "cinema", "sequel", "review",
      "shares", "investors", "merger", "profit", "earnings", "shareholders",
      "landslide", "earthquake", "flood", "floods", "flooding", "monsoon", "leak", "cylinder", "drill", "drills");

  /**
   * Words those genres use that political news uses as much: a title ("DAS director Maza"), politics ("opposition
   * leader Aylwin", "went to vote"), "the takeover of the embassy", "an accident" that relatives doubt. They confirm a
   * genre another word names, or stand for one where the article has no word of violence at all ("an attack on the
   * budget"); alone they do not outweigh a report's violence, as they did in 15 relevant MUC-4 train reports.
   */
  private static final Set<String> SHARED_WORDS = Set.of(
      "director", "goal", "goals", "quarter", "takeover", "revenue", "accident", "exercise", "exercises", "budget",
      "opposition", "parliament", "vote", "debate");

  static boolean ofViolence(NlpDoc doc) {
    int violence = 0;
    int genre = 0;
    int shared = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.lower();
        if (VIOLENCE.contains(w)) violence++;
        if (OTHER_GENRE.contains(w)) genre++;
        if (SHARED_WORDS.contains(w)) shared++;
      }
    }
    int other = genre > 0 || violence == 0 ? genre + shared : 0;
    // No borrowed-vocabulary genre in sight: nothing to gate. Otherwise violence must dominate.
    return other == 0 || violence > other;
  }
}
