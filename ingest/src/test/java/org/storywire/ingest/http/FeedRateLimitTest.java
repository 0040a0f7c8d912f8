package org.storywire.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FeedRateLimitTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aFeedMaySendASecondsWorthAtOnceThenItsRate() {
        FeedRateLimit limit = new FeedRateLimit(2, now::get);
        assertThat(limit.admit("a")).isZero();
        assertThat(limit.admit("a")).isZero();
        assertThat(limit.admit("a")).isEqualTo(1);
        assertThat(limit.admit("b")).as("another feed has its own allowance").isZero();
        now.addAndGet(500_000_000L);
        assertThat(limit.admit("a")).isZero();
        assertThat(limit.admit("a")).isEqualTo(1);
        now.addAndGet(60_000_000_000L);
        assertThat(limit.admit("a")).isZero();
        assertThat(limit.admit("a")).as("idle time does not build a burst above a second's worth").isZero();
        assertThat(limit.admit("a")).isEqualTo(1);
    }

    @Test
    void retryAfterCoversTheWholeWaitAtSlowRates() {
        FeedRateLimit limit = new FeedRateLimit(0.1, now::get);
        assertThat(limit.admit("a")).isZero();
        assertThat(limit.admit("a")).isEqualTo(10);
        now.addAndGet(9_000_000_000L);
        assertThat(limit.admit("a")).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(limit.admit("a")).isZero();
        assertThatThrownBy(() -> new FeedRateLimit(0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
