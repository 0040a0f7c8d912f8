package org.storywire.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * One story per figure an article reports. "Orvane plans to cut 350 jobs at its German unit", "350
 * positions would be eliminated, Wollweber said" and "an Orvane spokeswoman confirmed the figure of
 * 350" name different actors sentence by sentence, yet the figure says they are one claim:
 * <ol>
 *   <li>within one article every statement about the same figure takes one key: the actors of the
 *       mention that names the article's most salient entity among them (the first such mention on a
 *       tie), so that the key is the one other articles about the figure reach too;</li>
 *   <li>a party's own claim that states no figure is not the figure's story (see {@link #claimsSomethingElse});</li>
 *   <li>a response that names no figure of its own ("had rejected a report that it planned to cut
 *       about 2,000 jobs") answers the figure claimed in its own sentence, or else the figure its verb
 *       takes as object, or else ("Orvel denies job cut report") the article's only figure about its sides that its own
 *       party does not merely claim itself, unless it
 *       answers another party's claim right before it that states no figure;</li>
 *   <li>a party does not confirm and deny one claim in one sentence: in "confirmed the figure of 350
 *       but said it was not a mass layoff" the denial answers the article's other figure about the
 *       speaker's party, when there is exactly one.</li>
 * </ol>
 */
final class FigureClaims {
    private FigureClaims() {}

    static List<StoryGrouper.Assignment> oneStoryPerFigure(List<Statement> statements, List<StoryGrouper.Assignment> assignments, ArticleActors actors) {
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        Map<String, StoryKey> byFigure = new LinkedHashMap<>();
        for (StoryGrouper.Assignment a : out) {
            if (!Quantities.isQuantity(a.key().topic())) continue;
            byFigure.merge(figure(a.key()), a.key(), (kept, next) -> salience(next, actors) > salience(kept, actors) ? next : kept);
        }
        if (byFigure.isEmpty()) return out;
        oneKeyPerFigure(statements, out, byFigure);
        responsesAnswerTheirSentence(statements, out);
        denialsAnswerTheOtherFigure(statements, out);
        return out;
    }

    private static void oneKeyPerFigure(List<Statement> statements, List<StoryGrouper.Assignment> out, Map<String, StoryKey> byFigure) {
        for (int i = 0; i < out.size(); i++) {
            StoryGrouper.Assignment a = out.get(i);
            if (!Quantities.isQuantity(a.key().topic())) continue;
            if (claimsSomethingElse(statements.get(i), a)) out.set(i, a.withKey(a.features().ownKey()));
            else out.set(i, withFigure(a, byFigure.get(figure(a.key()))));
        }
    }

    private static void responsesAnswerTheirSentence(List<Statement> statements, List<StoryGrouper.Assignment> out) {
        for (int i = 0; i < out.size(); i++) {
            StoryGrouper.Assignment a = out.get(i);
            // A figure the response took from the headline or the sentence before yields to the one claimed beside it.
            if (!a.features().isResponse() || !StoryKey.NO_FRAME.equals(a.key().frame()) || Quantities.isQuantity(a.features().topic())) continue;
            boolean answered = false;
            for (int j = 0; j < out.size() && !answered; j++) {
                StoryKey other = out.get(j).key();
                if (j != i && sameSentence(statements.get(i), statements.get(j)) && Quantities.isQuantity(other.topic())
                        && other.sides().containsAll(a.features().sides())) {
                    out.set(i, withFigure(a, other));
                    answered = true;
                }
            }
            List<String> object = answered ? List.of() : figureAfterCue(statements.get(i));
            if (!answered && !Quantities.isQuantity(object) && !Quantities.isQuantity(a.key().topic())) {
                // "Orvel denies job cut report" above the report of 2,000 jobs: a response naming no figure, in an
                // article that reports exactly one figure about its sides, answers that figure
                Optional<StoryKey> only = onlyFigureAbout(a.features().sides(), othersFigures(a.features().party(), statements, out));
                if (only.isPresent()) out.set(i, withFigure(a, claimAnsweredBefore(i, statements, out).orElse(only.get())));
                continue;
            }
            if (Quantities.isQuantity(object) && Quantities.isQuantity(a.key().topic()) && !object.equals(a.key().topic())) {
                StoryKey k = a.key();
                out.set(i, a.withKey(new StoryKey(k.frame(), k.intention(), k.sides(), k.source(), object)));
            }
        }
    }

    /**
     * "Port operator Brackum Hafen accused Harkensand of failing to pay berth fees. The shipping line rejected the accusation":
     * a response right after another party's claim that states no figure, about the same sides, answers that claim, not the
     * article's one figure elsewhere (the job cuts the same wire reports above). The party's further answers that follow
     * ("..., sagte eine Sprecherin") answer what its first one did. The answer takes the claim's sides and topic.
     */
    private static Optional<StoryKey> claimAnsweredBefore(int i, List<Statement> statements, List<StoryGrouper.Assignment> out) {
        String party = out.get(i).features().party();
        int before = i - 1;
        while (before >= 0 && out.get(before).features().isResponse() && Objects.equals(out.get(before).features().party(), party)) {
            // the party's answer before this one answered a figure: this one goes on with it
            if (Quantities.isQuantity(out.get(before).key().topic())) return Optional.empty();
            before--;
        }
        if (before < 0 || statements.get(before).stance() != Stance.CLAIM || Objects.equals(out.get(before).features().party(), party)) return Optional.empty();
        StoryKey claim = out.get(before).key();
        boolean answers = !Quantities.isQuantity(claim.topic()) && claim.sides().containsAll(out.get(i).features().sides());
        return answers ? Optional.of(claim) : Optional.empty();
    }

    /**
     * The figure a response's verb takes as its object, where no statement beside it claims one: "had rejected a
     * report that it planned to cut about 2,000 jobs, saying ..." answers the 2,000, not the figure of the headline.
     * Only what follows the cue counts: "The firm, which employs 12,500 people, declined to comment" answers no 12,500.
     */
    private static List<String> figureAfterCue(Statement statement) {
        String sentence = statement.sentenceText();
        String cue = statement.cue();
        if (sentence == null || cue == null || cue.isBlank()) return List.of();
        int at = sentence.indexOf(cue);
        return at < 0 ? List.of() : Quantities.keyOf(sentence.substring(at + cue.length()));
    }

    private static void denialsAnswerTheOtherFigure(List<Statement> statements, List<StoryGrouper.Assignment> out) {
        for (int i = 0; i < out.size(); i++) {
            StoryGrouper.Assignment a = out.get(i);
            String side = a.features().speakerSide();
            if (side == null || statements.get(i).stance() != Stance.DENIAL || !Quantities.isQuantity(a.key().topic())
                    || !assertedAlongside(i, statements, out)) continue;
            int self = i;
            List<StoryKey> others = IntStream.range(0, out.size()).filter(j -> j != self)
                    .mapToObj(j -> out.get(j).key()).filter(k -> Quantities.isQuantity(k.topic()))
                    .filter(k -> !figure(k).equals(figure(a.key())) && k.sides().contains(side)).distinct().toList();
            if (others.size() == 1) out.set(i, withFigure(a, others.get(0)));
        }
    }

    /**
     * A party's own claim that took a figure's story from the headline or the statement before, but
     * states no figure ("Orvane reported a 9% drop in licence revenue" beside a report that it will cut
     * 2,000 jobs): what a party asserts in its own words is its own proposition, not the report about
     * it; only its answers (denial, confirmation, no comment) answer the report without repeating it.
     */
    private static boolean claimsSomethingElse(Statement statement, StoryGrouper.Assignment a) {
        Features f = a.features();
        return statement.stance() == Stance.CLAIM && f.speakerSide() != null && a.key().sides().contains(f.speakerSide())
                && !Quantities.isQuantity(f.topic());
    }

    /** Whether the same party claims or confirms the same story in the same sentence as statement {@code i}. */
    private static boolean assertedAlongside(int i, List<Statement> statements, List<StoryGrouper.Assignment> assignments) {
        StoryGrouper.Assignment a = assignments.get(i);
        for (int j = 0; j < assignments.size(); j++) {
            Stance stance = statements.get(j).stance();
            if (j != i && (stance == Stance.CLAIM || stance == Stance.CONFIRMATION) && sameSentence(statements.get(i), statements.get(j))
                    && assignments.get(j).key().equals(a.key()) && assignments.get(j).features().party().equals(a.features().party())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Wendmoor university confirms end of shipbuilding degree" above its president's "With fewer than 30 applicants a year we can
     * no longer ...": a response answers what others said; a figure the same party only claims itself is its reason, not the report.
     */
    private static List<StoryGrouper.Assignment> othersFigures(String party, List<Statement> statements, List<StoryGrouper.Assignment> out) {
        return IntStream.range(0, out.size())
                .filter(j -> statements.get(j).stance() != Stance.CLAIM || !Objects.equals(out.get(j).features().party(), party))
                .mapToObj(out::get).toList();
    }

    private static Optional<StoryKey> onlyFigureAbout(Set<String> sides, List<StoryGrouper.Assignment> assignments) {
        if (sides.isEmpty()) return Optional.empty();
        List<StoryKey> figures = assignments.stream().map(StoryGrouper.Assignment::key)
                .filter(k -> Quantities.isQuantity(k.topic()) && k.sides().containsAll(sides)).toList();
        boolean one = figures.stream().map(k -> figure(k) + k.sides()).distinct().count() == 1;
        return one ? Optional.of(figures.get(0)) : Optional.empty();
    }

    private static StoryGrouper.Assignment withFigure(StoryGrouper.Assignment a, StoryKey figure) {
        return a.withKey(new StoryKey(figure.frame(), figure.intention(), figure.sides(), a.key().source(), figure.topic()));
    }

    private static String figure(StoryKey key) { return key.topic().get(0); }

    /** The salience of the most salient entity the key names; sides the article does not name as entities count nothing. */
    private static int salience(StoryKey key, ArticleActors actors) {
        return key.sides().stream().mapToInt(side -> actors.entity(side).map(ArticleActors.Entity::salience).orElse(0)).max().orElse(0);
    }

    /** Begin and end both: a title's sentence and the text's first sentence both begin at 0. */
    private static boolean sameSentence(Statement a, Statement b) {
        return a.sentence() != null && b.sentence() != null && a.sentence().begin() == b.sentence().begin()
                && a.sentence().end() == b.sentence().end();
    }
}
