package org.storywire.bench;

/**
 * How often the bench asks the broker for a processor's consumer lag while it waits for the processor to catch up.
 * Each look is an admin round trip per hop (group offsets, then end offsets, each with its coordinator or metadata
 * lookup), answered by the broker in this JVM: at a fixed 50 ms the probe's admin thread used about as much CPU as the
 * broker's request handlers (JFR thread CPU, issue 16's profile), all of it charged to the pipeline's CPU per article.
 * So the probe waits a quarter of the time the remaining lag should take at the rate seen so far: the end is still
 * seen within 50 ms once it is near, and a long wait costs a few looks a second instead of twenty.
 */
final class LagProbe {
    /** The probe's admin client id; its network thread carries it, so {@link CpuUse} can count the probe apart. */
    static final String CLIENT_ID = "bench-lag-probe";
    static final long FLOOR_MILLIS = 50;
    static final long CEILING_MILLIS = 1_000;
    /** Before anything is processed there is no rate to go by. */
    static final long UNKNOWN_RATE_MILLIS = 250;

    private LagProbe() {}

    /** Milliseconds until the next look, with {@code lag} records left after {@code processed} in {@code elapsedSeconds}. */
    static long pauseMillis(long lag, long processed, double elapsedSeconds) {
        if (lag <= 0) return FLOOR_MILLIS;
        if (processed <= 0 || elapsedSeconds <= 0) return UNKNOWN_RATE_MILLIS;
        double remainingMillis = 1000 * elapsedSeconds * lag / processed;
        return Math.max(FLOOR_MILLIS, Math.min(CEILING_MILLIS, Math.round(remainingMillis / 4)));
    }
}
