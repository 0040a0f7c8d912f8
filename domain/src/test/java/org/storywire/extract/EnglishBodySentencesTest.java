package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A measurement, not a specification: extraction on invented English body sentences that decline to comment, deny,
 * confirm or claim, and near misses that do none of these, scored like the seeds ({@link ItemScore}). It prints the
 * misses and false positives by item and fails when the figures drop below floors set a little under what the branch
 * that wrote it reaches, so that a regression shows.
 */
class EnglishBodySentencesTest {
    private static final int MATCHED_FLOOR = 102;
    private static final int FALSE_POSITIVE_CEILING = 18;
    private static final double STANCE_FLOOR = 0.93;
    private static final double SPEAKER_FLOOR = 0.96;

    @Test
    void bodySentences() throws Exception {
        EnglishExtraction english = new EnglishExtraction();
        ItemScore score = ItemScore.of(FrontPageItems.read("/body-sentences-en.txt"), item -> english.extract(item.teaser()));
        System.out.print(score.report());
        System.out.println(score.line("body sentences en"));
        assertThat(score.matched()).isGreaterThanOrEqualTo(MATCHED_FLOOR);
        assertThat(score.falsePositives()).isLessThanOrEqualTo(FALSE_POSITIVE_CEILING);
        assertThat(score.stance()).isGreaterThanOrEqualTo(STANCE_FLOOR);
        assertThat(score.speaker()).isGreaterThanOrEqualTo(SPEAKER_FLOOR);
    }
}
