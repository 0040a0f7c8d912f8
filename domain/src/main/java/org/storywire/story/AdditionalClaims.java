package org.storywire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * "Sie wirft dem Konzern zudem vor, ...", "Ulmer kritisierte außerdem, dass ...", "In a separate dispute, X accused Y of
 * ...": an additive word with an accusing verb says the claim is one more charge among the actors of a claim the article
 * made before, not a detail of it. The actors cannot tell the two charges apart, so the further charge, and the answers to
 * it in the sentences right after (a denial, a confirmation, the accuser's reasons), take a key of their own: the actors'
 * key and {@link AdditionalDenials#MARK}, the key a further denial takes.
 */
final class AdditionalClaims {
    private AdditionalClaims() {}

    private static final Set<String> ADDITIVES = StoryWords.words("additional-claim");
    private static final Set<String> ACCUSING = StoryWords.words("additional-accusation");

    /** The assignments with each further charge, and the run of answers after it, apart. */
    static List<StoryGrouper.Assignment> apart(List<Statement> ordered, List<StoryGrouper.Assignment> assignments, SentenceIndex sentences) {
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 1; i < ordered.size(); i++) {
            StoryKey key = out.get(i).key();
            if (ordered.get(i).stance() != Stance.CLAIM || !actorsOnly(key) || !madeBefore(out, i, key) || !furtherCharge(ordered.get(i))) continue;
            StoryKey further = new StoryKey(key.frame(), key.intention(), key.sides(), key.source(), List.of(AdditionalDenials.MARK));
            out.set(i, out.get(i).withKey(further));
            String accuser = out.get(i).features().speakerSide();
            for (int j = i + 1; j < ordered.size() && answers(ordered, out, j, key, accuser, sentences); j++) {
                out.set(j, out.get(j).withKey(further));
                i = j;
            }
        }
        return out;
    }

    /** A key of actors only: a figure, a successor, a report or a silent party's own claims already name their claim. */
    private static boolean actorsOnly(StoryKey key) {
        return StoryKey.NO_FRAME.equals(key.frame()) && key.topic().isEmpty();
    }

    /** Whether an earlier statement of the article has the same key: without a first charge there is no further one. */
    private static boolean madeBefore(List<StoryGrouper.Assignment> out, int i, StoryKey key) {
        for (int k = 0; k < i; k++) if (out.get(k).key().equals(key)) return true;
        return false;
    }

    private static boolean furtherCharge(Statement statement) {
        List<String> tokens = TextAnalysis.tokens(statement.sentenceText());
        boolean additive = false;
        boolean accusing = false;
        for (String t : tokens) {
            additive |= ADDITIVES.contains(t);
            accusing |= ACCUSING.contains(t);
        }
        return additive && accusing;
    }

    /**
     * Statement {@code j} answers the further charge: it stands in the sentence right after, among the same actors, and is
     * a response, or the accuser's own claim, which gives its reasons.
     */
    private static boolean answers(List<Statement> ordered, List<StoryGrouper.Assignment> out, int j, StoryKey key, String accuser,
                                   SentenceIndex sentences) {
        if (!out.get(j).key().equals(key)) return false;
        Statement next = ordered.get(j);
        String side = out.get(j).features().speakerSide();
        boolean reasons = next.stance() == Stance.CLAIM && accuser != null && accuser.equals(side);
        if (next.stance() == Stance.CLAIM && !reasons) return false;
        int last = sentences.last(ordered.get(j - 1));
        int first = sentences.first(next);
        return last < 0 || first < 0 || first - last <= 1;
    }
}
