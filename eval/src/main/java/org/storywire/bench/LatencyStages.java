package org.storywire.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the live latency goes: the moments at which the bench sees each article pass ({@link Mark}),
 * and the time between two consecutive moments as a stage. Each mark is the first sighting of the
 * article (its first statement, its first update); each mark is written by one thread only.
 */
final class LatencyStages {
    /** The moments, in pipeline order. */
    enum Mark {
        /** The bench hands the article to its producer. */
        SENT,
        /** Its first statement is on the statements topic, uncommitted: hop 1 has extracted it and its producer sent it. */
        STATEMENT_APPENDED,
        /** That statement is readable by read_committed consumers: hop 1's transaction committed. */
        STATEMENT_COMMITTED,
        /** Its first update is on story-updates, uncommitted: hop 2 has fetched and folded it and its producer sent it. */
        UPDATE_APPENDED,
        /** That update is readable by read_committed consumers: the latency measured. */
        UPDATE_COMMITTED
    }

    /** The stages between consecutive marks. */
    static final List<String> STAGES = List.of("toStatements", "statementsCommit", "toUpdate", "updateCommit");

    private static final long UNSEEN = Long.MIN_VALUE;
    private final long[][] nanos;

    LatencyStages(int articles) {
        nanos = new long[Mark.values().length][articles];
        for (long[] m : nanos) Arrays.fill(m, UNSEEN);
    }

    /** Notes that article {@code n} reached {@code mark} at {@code nanoTime}, unless it was seen there before. */
    void see(Mark mark, int n, long nanoTime) {
        if (nanos[mark.ordinal()][n] == UNSEEN) nanos[mark.ordinal()][n] = nanoTime;
    }

    boolean seen(Mark mark, int n) {
        return nanos[mark.ordinal()][n] != UNSEEN;
    }

    /** Milliseconds from send to readable update, of every article that made one. */
    double[] totals() {
        List<Integer> done = articlesWith(Mark.SENT, Mark.UPDATE_COMMITTED);
        return done.stream().mapToDouble(n -> millis(Mark.SENT, Mark.UPDATE_COMMITTED, n)).toArray();
    }

    /**
     * The spread of each stage over the articles seen at every mark, and the mean of each stage
     * over the slowest 1% of them (total at or above its p99): the stages that make the tail.
     */
    Breakdown breakdown() {
        List<Integer> complete = articlesWith(Mark.values());
        Mark[] marks = Mark.values();
        double[] total = complete.stream().mapToDouble(n -> millis(Mark.SENT, Mark.UPDATE_COMMITTED, n)).toArray();
        double tailFrom = Percentiles.of(total).p99();
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < STAGES.size(); s++) {
            Mark from = marks[s];
            Mark to = marks[s + 1];
            double[] each = complete.stream().mapToDouble(n -> millis(from, to, n)).toArray();
            double tailSum = 0;
            int tailCount = 0;
            for (int i = 0; i < each.length; i++) {
                if (total[i] < tailFrom) continue;
                tailSum += each[i];
                tailCount++;
            }
            stages.add(new Stage(STAGES.get(s), Percentiles.of(each), tailCount == 0 ? 0 : tailSum / tailCount));
        }
        return new Breakdown(complete.size(), stages);
    }

    private List<Integer> articlesWith(Mark... marks) {
        List<Integer> found = new ArrayList<>();
        for (int n = 0; n < nanos[0].length; n++) {
            int article = n;
            if (Arrays.stream(marks).allMatch(m -> seen(m, article))) found.add(n);
        }
        return found;
    }

    private double millis(Mark from, Mark to, int n) {
        return (nanos[to.ordinal()][n] - nanos[from.ordinal()][n]) / 1e6;
    }

    /** One stage: its spread, and its mean over the slowest 1% of articles. */
    record Stage(String name, Percentiles spread, double tailMeanMillis) {}

    /** The stages of the {@code articles} seen at every mark. */
    record Breakdown(int articles, List<Stage> stages) {}
}
