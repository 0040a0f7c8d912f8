package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.storywire.extract.FrontPageItems.Item;

/**
 * Extraction scored on invented items like the seeds: a statement matches an expected one when its sentence holds the
 * evidence, one to one, as many pairs as possible, trying right speakers and stances first; stance and speaker counted on the pairs; a statement is a false
 * positive when it matches nothing, lies in no "maybe" sentence and is no quoted phrase inside a matched statement.
 * The report lists the misses, wrong stances and speakers and false positives by item.
 */
record ItemScore(int items, int expected, int predicted, int matched, int falsePositives, int stanceRight, int speakerRight,
        String report) {

    /** What a reader takes from an item: a statement of this stance whose sentence holds the evidence, by the right speaker. */
    interface Want {
        Stance stance();

        String evidence();

        boolean speakerRight(Speaker speaker);
    }

    /** One item to score: where it is (for the report), what it should give, sentences where anything goes, what extraction found. */
    record Case(String where, List<? extends Want> expected, List<String> maybe, List<Statement> statements) {}

    static ItemScore of(List<Item> items, Function<Item, List<Statement>> extraction) {
        return of(items.stream().map(item -> new Case(item.title() != null ? item.title() : item.teaser(), item.expected(), item.maybe(),
                extraction.apply(item))).toList());
    }

    static ItemScore of(List<Case> cases) {
        int expected = 0, predicted = 0, matched = 0, falsePositives = 0, stanceRight = 0, speakerRight = 0;
        StringBuilder report = new StringBuilder();
        for (Case c : cases) {
            List<Statement> statements = c.statements();
            int[] pairOf = pairs(c.expected(), statements);
            expected += c.expected().size();
            predicted += statements.size();
            for (int e = 0; e < c.expected().size(); e++) {
                Want want = c.expected().get(e);
                if (pairOf[e] < 0) {
                    report.append("MISS ").append(want).append("\n   in: ").append(c.where()).append('\n');
                    continue;
                }
                Statement got = statements.get(pairOf[e]);
                matched++;
                if (got.stance() == want.stance()) stanceRight++;
                else report.append("STANCE ").append(got.stance()).append(" for ").append(want)
                        .append("\n   in: ").append(got.sentenceText()).append('\n');
                if (want.speakerRight(got.speaker())) speakerRight++;
                else report.append("SPEAKER ").append(got.speaker() == null ? null : got.speaker().mention()).append(" for ").append(want).append('\n');
            }
            for (int p = 0; p < statements.size(); p++) {
                Statement s = statements.get(p);
                if (EvidencePairing.paired(pairOf, p) || c.maybe().stream().anyMatch(s.sentenceText()::contains)
                        || EvidencePairing.nestedInPaired(s, pairOf, statements)) continue;
                falsePositives++;
                report.append("FALSE ").append(s.stance()).append(" by ").append(s.speaker() == null ? null : s.speaker().mention())
                        .append(": ").append(s.sentenceText()).append('\n');
            }
        }
        return new ItemScore(cases.size(), expected, predicted, matched, falsePositives, stanceRight, speakerRight, report.toString());
    }

    double stance() {
        return matched == 0 ? 0 : (double) stanceRight / matched;
    }

    double speaker() {
        return matched == 0 ? 0 : (double) speakerRight / matched;
    }

    /** The figures on one line, after the given name of the set. */
    String line(String name) {
        return String.format("%s: %d items, matched %d of %d expected, %d predicted, %d false positives, stance %d/%d, speaker %d/%d",
                name, items, matched, expected, predicted, falsePositives, stanceRight, matched, speakerRight, matched);
    }

    /** The statement paired with each expected row (-1: none): a maximum matching. */
    private static int[] pairs(List<? extends Want> expected, List<Statement> statements) {
        return EvidencePairing.pairs(expected.size(), statements.size(), e -> candidates(expected.get(e), statements));
    }

    /**
     * The statements whose sentence holds the evidence, those with the right speaker and stance first: two statements of
     * one sentence ("confirmed the incident but said no one was hurt") pair with the rows they answer, not by chance.
     */
    private static List<Integer> candidates(Want want, List<Statement> statements) {
        List<List<Integer>> byFit = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int p = 0; p < statements.size(); p++) {
            Statement s = statements.get(p);
            if (!s.sentenceText().contains(want.evidence())) continue;
            boolean speaker = want.speakerRight(s.speaker());
            boolean stance = s.stance() == want.stance();
            byFit.get(speaker ? (stance ? 0 : 1) : (stance ? 2 : 3)).add(p);
        }
        return byFit.stream().flatMap(List::stream).toList();
    }
}
