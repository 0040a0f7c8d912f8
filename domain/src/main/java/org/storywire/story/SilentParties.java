package org.storywire.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * A party that declines to comment on a report, and neither denies nor confirms anything in the same
 * article, does not assert what the report says: "Veltrana said its quarterly profit rose 12%, but the
 * drugmaker declined to comment on a report that it had stopped a trial". Its own claims there are
 * another proposition than the report it keeps silent about, though both name only the party. Keyed
 * alike, its claims would count as the party standing by the report.
 *
 * <p>A party that also confirms or denies is left alone: "Das bestätigte der Verein ... Die Entscheidung
 * sei gefallen, sagte die Sportvorständin" elaborates what it confirmed, whatever else it will not discuss.
 */
final class SilentParties {
    private SilentParties() {}

    /** The key part that marks a party's own claims beside its silence; a figure would not be one. */
    static final String OWN = "own";

    static List<StoryGrouper.Assignment> ownClaimsApart(List<Statement> statements, List<StoryGrouper.Assignment> assignments) {
        Set<String> silent = new HashSet<>();
        Set<String> answering = new HashSet<>();
        Set<String> answeringSides = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            String party = partyOf(assignments.get(i));
            if (party == null || !openWorld(assignments.get(i).key())) continue;
            Stance stance = statements.get(i).stance();
            if (stance == Stance.NO_COMMENT) silent.add(party);
            else if (stance != Stance.CLAIM) {
                answering.add(party);
                answeringSides.add(assignments.get(i).features().speakerSide());
            }
        }
        silent.removeAll(answering);
        if (silent.isEmpty()) return assignments;
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < out.size(); i++) {
            StoryGrouper.Assignment a = out.get(i);
            String side = a.features().speakerSide();
            if (statements.get(i).stance() != Stance.CLAIM || !silent.contains(partyOf(a)) || !openWorld(a.key())
                    || !a.key().sides().contains(side) || Quantities.isQuantity(a.key().topic()) || accusesAnAnsweringSide(a, side, answeringSides)) continue;
            // The statement's own sides, not the article's: another article reaches the same key for the same party.
            List<String> sides = a.features().sides().contains(side) ? List.copyOf(a.features().sides()) : List.of(side);
            out.set(i, a.withKey(new StoryKey(StoryKey.NO_FRAME, false, sides, a.key().source(), List.of(OWN))));
        }
        return out;
    }

    /**
     * "Kelmark's interior ministry accused two employees of the Vastrian embassy of spying. The Vastrian embassy rejected
     * the accusation", beside "Kelmark's Security Directorate declined to comment": a claim that names another side that
     * answers it in the article is the party's accusation, the claim that side denies or confirms, not news of its own.
     */
    private static boolean accusesAnAnsweringSide(StoryGrouper.Assignment a, String side, Set<String> answeringSides) {
        // The sides the claim names itself: one keyed by the statement it continues may be about the party alone.
        for (String other : a.features().sides()) if (!other.equals(side) && answeringSides.contains(other)) return true;
        return false;
    }

    /**
     * The side and whose position it is: a works council shares its company's side but is a party of its own, so the
     * company's silence says nothing about the council's claims.
     */
    private static String partyOf(StoryGrouper.Assignment a) {
        String side = a.features().speakerSide();
        return side == null ? null : side + "\t" + a.features().party();
    }

    /** Open-world keys only: the alias file's actors have event frames that already tell their claims apart. */
    private static boolean openWorld(StoryKey key) {
        return StoryKey.NO_FRAME.equals(key.frame());
    }
}
