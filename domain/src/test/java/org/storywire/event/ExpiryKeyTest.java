package org.storywire.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryKeyTest {
    @Test
    void aKeyIsTheTimeInFixedWidthHexThenTheId() {
        for (Instant t : new Instant[] {Instant.EPOCH, Instant.parse("2026-12-04T15:00:00.123456789Z"), Instant.parse("1969-07-20T20:17:40Z"),
                Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-1, 999_999_999)}) {
            String key = ExpiryKey.of(t, "event-7");
            assertThat(key).isEqualTo(String.format("%016x%08x", t.getEpochSecond() ^ Long.MIN_VALUE, t.getNano()) + "event-7");
            assertThat(ExpiryKey.lastSeen(key)).isEqualTo(t);
            assertThat(ExpiryKey.id(key)).isEqualTo("event-7");
        }
    }

    @Test
    void earlierTimesSortFirst() {
        assertThat(ExpiryKey.of(Instant.parse("1969-12-31T23:59:59Z"), "b")).isLessThan(ExpiryKey.of(Instant.EPOCH, "a"));
        assertThat(ExpiryKey.of(Instant.parse("2026-01-01T00:00:00Z"), "z")).isLessThan(ExpiryKey.of(Instant.parse("2026-01-01T00:00:00.000000001Z"), "a"));
    }
}
