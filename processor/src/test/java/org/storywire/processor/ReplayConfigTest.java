package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.storywire.config.StorywireConfig;
import org.storywire.topology.StreamsSettings;

class ReplayConfigTest {
    @Test
    void aReplayCommitsEverySecondUnlessTheOperatorSaidOtherwise() {
        StorywireConfig live = StorywireConfig.from(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL"), new Properties());
        StorywireConfig replay = ReplayCommand.replayConfig(live, "what-if", 8090);
        Properties streams = StreamsSettings.of(replay);
        assertThat(streams.get("commit.interval.ms")).isEqualTo("1000");
        assertThat(streams.get("application.id")).isEqualTo("what-if");
        assertThat(replay.kafkaClientProperties()).containsEntry("security.protocol", "SSL");
        // The live processor commits every 50 ms: latency counts there.
        assertThat(StreamsSettings.of(live).get("commit.interval.ms")).isEqualTo(50L);

        StorywireConfig chosen = StorywireConfig.from(Map.of("KAFKA_COMMIT_INTERVAL_MS", "200"), new Properties());
        assertThat(StreamsSettings.of(ReplayCommand.replayConfig(chosen, "what-if", 8090)).get("commit.interval.ms")).isEqualTo("200");
    }
}
