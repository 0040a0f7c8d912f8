package org.storywire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

    static List<StoryGrouper.Assignment> joined(List<Statement> statements, List<StoryGrouper.Assignment> assignments, ArticleActors actors) {
        Set<String> speaking = new TreeSet<>();
        boolean answered = false;
        for (int i = 0; i < assignments.size(); i++) {
            StoryGrouper.Assignment a = assignments.get(i);
            if (!oneSided(a.key())) continue;
            String side = a.key().sides().get(0);
            if (side.equals(a.features().speakerSide()) && organisation(side, actors)) {
                speaking.add(side);
                answered |= statements.get(i).stance() != Stance.CLAIM;
            }
        }
        if (speaking.size() != 2 || !answered) return assignments;
        List<String> both = List.copyOf(speaking);
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < out.size(); i++) {
            StoryKey k = out.get(i).key();
            if (oneSided(k) && speaking.contains(k.sides().get(0))) {
                out.set(i, out.get(i).withKey(new StoryKey(k.frame(), k.intention(), both, k.source(), k.topic())));
            }
        }
        return out;
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
