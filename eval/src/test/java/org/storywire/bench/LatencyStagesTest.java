package org.storywire.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.bench.LatencyStages.Mark;

class LatencyStagesTest {
    private static final long MS = 1_000_000;

    /** Article {@code n} seen at each mark after the previous one by the given milliseconds, from a send at n seconds. */
    private static void pass(LatencyStages stages, int n, long... stageMillis) {
        long at = n * 1000 * MS;
        stages.see(Mark.SENT, n, at);
        for (int s = 0; s < stageMillis.length; s++) {
            at += stageMillis[s] * MS;
            stages.see(Mark.values()[s + 1], n, at);
        }
    }

    @Test
    void eachStageIsTheTimeBetweenTwoMarksAndTheTailMeanIsOverTheSlowestPercent() {
        LatencyStages stages = new LatencyStages(100);
        for (int n = 0; n < 99; n++) pass(stages, n, 10, 20, n, 40);
        pass(stages, 99, 10, 20, 900, 40); // the slowest article: its fold waited

        LatencyStages.Breakdown b = stages.breakdown();

        assertEquals(100, b.articles());
        assertEquals(LatencyStages.STAGES, b.stages().stream().map(LatencyStages.Stage::name).toList());
        assertEquals(List.of(10.0, 20.0, 49.0, 40.0), b.stages().stream().map(s -> s.spread().p50()).toList());
        assertEquals(900.0, b.stages().get(2).spread().max());
        // The p99 of the totals is article 98's 168 ms: the tail is articles 98 and 99.
        assertEquals(List.of(10.0, 20.0, (98 + 900) / 2.0, 40.0), b.stages().stream().map(LatencyStages.Stage::tailMeanMillis).toList());
    }

    @Test
    void onlyTheFirstSightingCountsAndTotalsNeedNoIntermediateMarks() {
        LatencyStages stages = new LatencyStages(3);
        pass(stages, 0, 10, 20, 30, 40);
        stages.see(Mark.UPDATE_COMMITTED, 0, 5000 * MS); // a later update of the same article
        stages.see(Mark.SENT, 1, 1000 * MS);
        stages.see(Mark.UPDATE_COMMITTED, 1, 1250 * MS); // its uncommitted sightings missed
        stages.see(Mark.SENT, 2, 2000 * MS); // made no update

        assertArrayEquals(new double[] {100, 250}, stages.totals());
        assertEquals(1, stages.breakdown().articles());
    }
}
