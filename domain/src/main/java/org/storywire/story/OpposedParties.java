package org.storywire.story;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * Two organisations that each speak only about themselves in one article are two sides of one claim
 * when one of them answers it: "Das Ministerium bestreitet jeden Angriff" and "die Armee hatte erklärt,
 * ihre Drohnen hätten das Depot getroffen" name one side each, yet the denial answers the claim. Keyed
 * apart, the article splits the story, and another article that names both sides in one sentence
 * reaches neither half.
 */
final class OpposedParties {
    private OpposedParties() {}

    static List<StoryGrouper.Assignment> joined(List<Statement> statements, List<StoryGrouper.Assignment> assignments, ArticleActors actors,
                                               String headline) {
        Map<String, Set<Stance>> speaking = new TreeMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            StoryGrouper.Assignment a = assignments.get(i);
            if (!oneSided(a.key())) continue;
            String side = a.key().sides().get(0);
            if (side.equals(a.features().speakerSide()) && organisation(side, actors)) {
                speaking.computeIfAbsent(side, k -> EnumSet.noneOf(Stance.class)).add(statements.get(i).stance());
            }
        }
        if (speaking.size() != 2 || speaking.values().stream().allMatch(s -> s.equals(Set.of(Stance.CLAIM)))) return assignments;
        // Where one side claims and the other answers, each is the other's side however briefly the article quotes it; two
        // sides that only answer (two denials, two refusals) are one report's sides when the article names each again.
        if (!claimAnswered(List.copyOf(speaking.values()))
                && !speaking.keySet().stream().allMatch(side -> namedAgain(side, assignments, actors, headline))) return assignments;
        List<String> both = List.copyOf(speaking.keySet());
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < out.size(); i++) {
            StoryKey k = out.get(i).key();
            if (oneSided(k) && speaking.containsKey(k.sides().get(0))) {
                out.set(i, out.get(i).withKey(new StoryKey(k.frame(), k.intention(), both, k.source(), k.topic())));
            }
        }
        return out;
    }

    /** Whether one side answers (denies, declines, confirms) what the other claims. */
    private static boolean claimAnswered(List<Set<Stance>> stances) {
        Set<Stance> a = stances.get(0);
        Set<Stance> b = stances.get(1);
        return answers(a) && b.contains(Stance.CLAIM) || answers(b) && a.contains(Stance.CLAIM);
    }

    private static boolean answers(Set<Stance> stances) {
        return stances.stream().anyMatch(s -> s != Stance.CLAIM);
    }

    /**
     * Whether two of the article's statements, or one and its headline, name the side. A short wire's lead reaches its last
     * paragraph, so salience alone takes a body quoted once at its end ("Velmora declined to comment. The Federal Institute
     * ... did not respond") for a side the article returns to: two silences about one report, and the institute no side of it.
     */
    private static boolean namedAgain(String side, List<StoryGrouper.Assignment> assignments, ArticleActors actors, String headline) {
        int named = headline != null && actors.keysIn(headline).contains(side) ? 1 : 0;
        for (StoryGrouper.Assignment a : assignments) {
            if (a.features().sides().contains(side) || side.equals(a.features().speakerSide())) named++;
            if (named >= NAMED_AGAIN) return true;
        }
        return false;
    }

    /** An open-world key of one side and no figure: what a party says about itself alone. */
    private static boolean oneSided(StoryKey key) {
        return StoryKey.NO_FRAME.equals(key.frame()) && key.sides().size() == 1 && key.topic().isEmpty();
    }

    /**
     * A named organisation, country or group that the article names more than once: not a person (a
     * person speaks for itself), not a news outlet, not a commentator quoted once in passing (an
     * analyst, a consultant's firm).
     */
    private static boolean organisation(String side, ArticleActors actors) {
        return actors.entity(side).filter(e -> !e.person() && !e.isReportSource() && !e.place() && e.salience() >= NAMED_AGAIN).isPresent();
    }

    /** The salience of an entity named twice, or once in the lead. */
    private static final int NAMED_AGAIN = 2;
}
