package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A measurement, not a specification: extraction on invented German front-page items (headline and teaser), scored
 * like the seeds ({@link ItemScore}). It prints the misses and false positives by item and fails when the figures drop
 * below floors set a little under what main reaches, so that a regression shows.
 */
class GermanFrontPageItemsTest {
    private static final int MATCHED_FLOOR = 78;
    private static final int FALSE_POSITIVE_CEILING = 2;
    private static final double STANCE_FLOOR = 0.92;
    private static final double SPEAKER_FLOOR = 0.96;

    @Test
    void frontPageItems() throws Exception {
        ItemScore score = ItemScore.of(FrontPageItems.read("/front-page-items-de.txt"));
        System.out.print(score.report());
        System.out.println(score.summary("front-page items de"));
        assertThat(score.matched()).isGreaterThanOrEqualTo(MATCHED_FLOOR);
        assertThat(score.falsePositives()).isLessThanOrEqualTo(FALSE_POSITIVE_CEILING);
        assertThat(score.stance()).isGreaterThanOrEqualTo(STANCE_FLOOR);
        assertThat(score.speaker()).isGreaterThanOrEqualTo(SPEAKER_FLOOR);
    }
}
