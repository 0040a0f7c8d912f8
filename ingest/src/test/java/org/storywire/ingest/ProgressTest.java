package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void barFillsWithTheShareDone() {
        assertThat(Progress.bar(0, 10)).isEqualTo("[....................] ");
        assertThat(Progress.bar(5, 10)).isEqualTo("[##########..........] ");
        assertThat(Progress.bar(10, 10)).isEqualTo("[####################] ");
        assertThat(Progress.bar(12, 10)).isEqualTo("[####################] ");
    }
}
