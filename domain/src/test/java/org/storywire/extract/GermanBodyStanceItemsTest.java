package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A measurement, not a specification: extraction on invented German body sentences that decline to comment, deny,
 * confirm or claim, with near misses that do none of these ({@code body-stance-items-de.txt}), scored like the seeds
 * ({@link ItemScore}). It prints the misses, wrong stances and false positives and fails below floors set a little
 * under what main reaches.
 */
class GermanBodyStanceItemsTest {
    private static final int MATCHED_FLOOR = 82;
    private static final int FALSE_POSITIVE_CEILING = 2;
    private static final double STANCE_FLOOR = 0.95;
    private static final double SPEAKER_FLOOR = 0.95;

    @Test
    void bodyStanceItems() throws Exception {
        ItemScore score = ItemScore.of(FrontPageItems.read("/body-stance-items-de.txt"), item -> GermanExtraction.extract(item.title(), item.teaser()));
        System.out.print(score.report());
        System.out.println(score.line("body stance items de"));
        assertThat(score.matched()).isGreaterThanOrEqualTo(MATCHED_FLOOR);
        assertThat(score.falsePositives()).isLessThanOrEqualTo(FALSE_POSITIVE_CEILING);
        assertThat(score.stance()).isGreaterThanOrEqualTo(STANCE_FLOOR);
        assertThat(score.speaker()).isGreaterThanOrEqualTo(SPEAKER_FLOOR);
    }
}
