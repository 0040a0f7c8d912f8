package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryScoringTest {

    @Test
    void bcubedIsOneForAPerfectGrouping() {
        assertThat(StoryScoring.bcubedF1(List.of(pair("a", "x"), pair("a", "x"), pair("b", "y")))).isEqualTo(1.0);
    }

    @Test
    void bcubedPenalisesMergingTwoStories() {
        // Three items of "a" and one of "b" all in one predicted story: precision (3*3/4 + 1/4)/4 = 0.625, recall 1.
        double f1 = StoryScoring.bcubedF1(List.of(pair("a", "x"), pair("a", "x"), pair("a", "x"), pair("b", "x")));
        assertThat(f1).isCloseTo(2 * 0.625 / 1.625, within(1e-9));
    }

    @Test
    void bcubedPenalisesSplittingAStory() {
        // "a" split 2 + 1: precision 1, recall (2*2/3 + 1/3)/3 = 5/9.
        double f1 = StoryScoring.bcubedF1(List.of(pair("a", "x"), pair("a", "x"), pair("a", "y")));
        double recall = 5.0 / 9;
        assertThat(f1).isCloseTo(2 * recall / (1 + recall), within(1e-9));
    }

    @Test
    void bcubedOfNothingIsZero() {
        assertThat(StoryScoring.bcubedF1(List.of())).isZero();
    }

    private static String[] pair(String gold, String predicted) {
        return new String[] {gold, predicted};
    }
}
