package org.storywire.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storywire.extract.FrontPageItems.Expected;
import org.storywire.extract.FrontPageItems.Item;

/**
 * Extraction on invented German items scored like the seeds: a statement matches an expected one when its sentence holds
 * the evidence, one to one, as many pairs as possible; stance and speaker counted on the pairs; a statement is a false
 * positive when it matches nothing, lies in no "maybe" sentence and is no quoted phrase inside a matched statement.
 */
record ItemScore(int items, int expected, int predicted, int matched, int falsePositives, int stanceRight, int speakerRight,
        String report) {

    static ItemScore of(List<Item> items) {
        int expected = 0, predicted = 0, matched = 0, falsePositives = 0, stanceRight = 0, speakerRight = 0;
        StringBuilder report = new StringBuilder();
        for (Item item : items) {
            List<Statement> statements = GermanExtraction.extract(item.title(), item.teaser());
            int[] pairOf = pairs(item.expected(), statements);
            expected += item.expected().size();
            predicted += statements.size();
            String where = item.title() == null ? item.teaser() : item.title();
            for (int e = 0; e < item.expected().size(); e++) {
                Expected want = item.expected().get(e);
                if (pairOf[e] < 0) {
                    report.append("MISS ").append(want).append("\n   in: ").append(where).append('\n');
                    continue;
                }
                Statement got = statements.get(pairOf[e]);
                matched++;
                if (got.stance() == want.stance()) stanceRight++;
                else report.append("STANCE ").append(got.stance()).append(" for ").append(want).append('\n');
                if (want.speakerRight(got.speaker())) speakerRight++;
                else report.append("SPEAKER ").append(got.speaker() == null ? null : got.speaker().mention()).append(" for ").append(want).append('\n');
            }
            for (int p = 0; p < statements.size(); p++) {
                Statement s = statements.get(p);
                if (contains(pairOf, p) || item.maybe().stream().anyMatch(s.sentenceText()::contains) || nestedInPaired(s, pairOf, statements)) continue;
                falsePositives++;
                report.append("FALSE ").append(s.stance()).append(" by ").append(s.speaker() == null ? null : s.speaker().mention())
                        .append(": ").append(s.sentenceText()).append('\n');
            }
        }
        return new ItemScore(items.size(), expected, predicted, matched, falsePositives, stanceRight, speakerRight, report.toString());
    }

    double stance() {
        return matched == 0 ? 0 : (double) stanceRight / matched;
    }

    double speaker() {
        return matched == 0 ? 0 : (double) speakerRight / matched;
    }

    String summary(String name) {
        return String.format("%s: %d items, matched %d of %d expected, %d predicted, %d false positives, stance %d/%d, speaker %d/%d",
                name, items, matched, expected, predicted, falsePositives, stanceRight, matched, speakerRight, matched);
    }

    /** The statement paired with each expected row (-1: none): a maximum matching, trying right speakers first. */
    private static int[] pairs(List<Expected> expected, List<Statement> statements) {
        int[] pairOf = new int[expected.size()];
        int[] owner = new int[statements.size()];
        Arrays.fill(pairOf, -1);
        Arrays.fill(owner, -1);
        for (int e = 0; e < expected.size(); e++) augment(e, expected, statements, pairOf, owner, new boolean[statements.size()]);
        return pairOf;
    }

    private static boolean augment(int e, List<Expected> expected, List<Statement> statements, int[] pairOf, int[] owner, boolean[] seen) {
        for (int p : candidates(expected.get(e), statements)) {
            if (seen[p]) continue;
            seen[p] = true;
            if (owner[p] < 0 || augment(owner[p], expected, statements, pairOf, owner, seen)) {
                owner[p] = e;
                pairOf[e] = p;
                return true;
            }
        }
        return false;
    }

    private static List<Integer> candidates(Expected want, List<Statement> statements) {
        List<Integer> right = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int p = 0; p < statements.size(); p++) {
            Statement s = statements.get(p);
            if (!s.sentenceText().contains(want.evidence())) continue;
            (want.speakerRight(s.speaker()) ? right : other).add(p);
        }
        right.addAll(other);
        return right;
    }

    /**
     * "sagte, man werde die Lage „in Ruhe prüfen“": the quoted phrase inside a matched statement is a statement of its
     * own for extraction, as the quotation corpora annotate both; it is neither right nor wrong here.
     */
    private static boolean nestedInPaired(Statement s, int[] pairOf, List<Statement> statements) {
        for (int p : pairOf) {
            if (p < 0) continue;
            Statement outer = statements.get(p);
            if (outer != s && outer.sentence().equals(s.sentence()) && outer.content().begin() <= s.content().begin()
                    && s.content().end() <= outer.content().end()) return true;
        }
        return false;
    }

    private static boolean contains(int[] values, int value) {
        return Arrays.stream(values).anyMatch(v -> v == value);
    }
}
