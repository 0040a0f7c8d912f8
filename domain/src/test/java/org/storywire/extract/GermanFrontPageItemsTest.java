package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.FrontPageItems.Expected;
import org.storywire.extract.FrontPageItems.Item;

/**
 * A measurement, not a specification: extraction on invented German front-page items (headline and teaser), scored
 * like the seeds (a statement matches an expected one when its sentence holds the evidence, one to one, as many pairs
 * as possible; stance and speaker counted on the pairs; a statement is a false positive when it matches nothing, lies in no
 * "maybe" sentence and is no quoted phrase inside a matched statement). It prints the misses and false positives by item and fails
 * when the figures drop below floors set a little under what main reaches, so that a regression shows.
 */
class GermanFrontPageItemsTest {
    private static final int MATCHED_FLOOR = 78;
    private static final int FALSE_POSITIVE_CEILING = 2;
    private static final double STANCE_FLOOR = 0.92;
    private static final double SPEAKER_FLOOR = 0.96;

    @Test
    void frontPageItems() throws Exception {
        List<Item> items = FrontPageItems.read("/front-page-items-de.txt");
        int expected = 0, predicted = 0, matched = 0, falsePositives = 0, stanceRight = 0, speakerRight = 0;
        StringBuilder report = new StringBuilder();
        for (Item item : items) {
            List<Statement> statements = GermanExtraction.extract(item.title(), item.teaser());
            int[] pairOf = EvidencePairing.pairs(item.expected().size(), statements.size(),
                    e -> candidates(item.expected().get(e), statements));
            expected += item.expected().size();
            predicted += statements.size();
            for (int e = 0; e < item.expected().size(); e++) {
                Expected want = item.expected().get(e);
                if (pairOf[e] < 0) {
                    report.append("MISS ").append(want).append("\n   in: ").append(item.title()).append('\n');
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
                if (EvidencePairing.paired(pairOf, p) || item.maybe().stream().anyMatch(s.sentenceText()::contains) || EvidencePairing.nestedInPaired(s, pairOf, statements)) continue;
                falsePositives++;
                report.append("FALSE ").append(s.stance()).append(" by ").append(s.speaker() == null ? null : s.speaker().mention())
                        .append(": ").append(s.sentenceText()).append('\n');
            }
        }
        double stance = matched == 0 ? 0 : (double) stanceRight / matched;
        double speaker = matched == 0 ? 0 : (double) speakerRight / matched;
        System.out.print(report);
        System.out.printf("front-page items de: %d items, matched %d of %d expected, %d predicted, %d false positives,"
                        + " stance %d/%d, speaker %d/%d%n",
                items.size(), matched, expected, predicted, falsePositives, stanceRight, matched, speakerRight, matched);
        assertThat(matched).isGreaterThanOrEqualTo(MATCHED_FLOOR);
        assertThat(falsePositives).isLessThanOrEqualTo(FALSE_POSITIVE_CEILING);
        assertThat(stance).isGreaterThanOrEqualTo(STANCE_FLOOR);
        assertThat(speaker).isGreaterThanOrEqualTo(SPEAKER_FLOOR);
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
}
