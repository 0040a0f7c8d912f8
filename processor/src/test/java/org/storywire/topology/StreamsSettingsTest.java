package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.storywire.config.StorywireConfig;

class StreamsSettingsTest {
    private static Properties settings(Map<String, String> env) {
        return StreamsSettings.of(StorywireConfig.from(env, new Properties()));
    }

    @Test
    void exactlyOnceLingersUntilTheCommitAtLeastOnceBarely() {
        assertThat(settings(Map.of()).get("producer.linger.ms")).isEqualTo(100);
        assertThat(settings(Map.of("STORYWIRE_PROCESSING_GUARANTEE", "at_least_once")).get("producer.linger.ms")).isEqualTo(5);
    }

    @Test
    void streamThreadsPollForAFifthOfTheCommitInterval() {
        Properties live = settings(Map.of());
        assertThat(live.get("commit.interval.ms")).isEqualTo(50L); // half of Kafka's 100 ms: two hops wait for it
        assertThat(live.get("poll.ms")).isEqualTo(10L);

        Properties chosen = settings(Map.of("KAFKA_COMMIT_INTERVAL_MS", "200"));
        assertThat(chosen.get("commit.interval.ms")).isEqualTo("200");
        assertThat(chosen.get("poll.ms")).isEqualTo(40L);
        assertThat(settings(Map.of("KAFKA_COMMIT_INTERVAL_MS", "1000")).get("poll.ms")).isEqualTo(100L); // a replay's: Kafka's own
        assertThat(settings(Map.of("KAFKA_COMMIT_INTERVAL_MS", "1000", "KAFKA_POLL_MS", "7")).get("poll.ms")).isEqualTo("7");

        // At-least-once keeps Kafka's 30 s commits (and its 100 ms polls): no one waits for a transaction there.
        Properties atLeastOnce = settings(Map.of("STORYWIRE_PROCESSING_GUARANTEE", "at_least_once"));
        assertThat(atLeastOnce).doesNotContainKey("commit.interval.ms");
        assertThat(atLeastOnce.get("poll.ms")).isEqualTo(100L);
    }

    @Test
    void exactlyOnceProducersKeepOneRequestInFlightSoATransactionsFirstBatchIsAppendedFirst() {
        assertThat(settings(Map.of()).get("producer.max.in.flight.requests.per.connection")).isEqualTo(1);
        assertThat(settings(Map.of("STORYWIRE_PROCESSING_GUARANTEE", "at_least_once")))
                .doesNotContainKey("producer.max.in.flight.requests.per.connection");
        assertThat(settings(Map.of("KAFKA_PRODUCER_MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION", "5"))
                .get("producer.max.in.flight.requests.per.connection")).isEqualTo("5");
    }

    @Test
    void theOperatorsProducerSettingsReplaceTheTuningDefaults() {
        Properties p = settings(Map.of("KAFKA_PRODUCER_LINGER_MS", "20", "KAFKA_PRODUCER_COMPRESSION_TYPE", "zstd"));
        assertThat(p.get("producer.linger.ms")).isEqualTo("20");
        assertThat(p.get("producer.compression.type")).isEqualTo("zstd");
    }

    @Test
    void theMainConsumerHandsOutShortRunsUnlessTheOperatorSaysOtherwise() {
        Properties p = settings(Map.of());
        assertThat(p.get("main.consumer.max.poll.records")).isEqualTo(100);
        assertThat(p.get("main.consumer.max.partition.fetch.bytes")).isEqualTo(64 * 1024);
        Properties chosen = settings(Map.of("KAFKA_MAIN_CONSUMER_MAX_POLL_RECORDS", "500"));
        assertThat(chosen.get("main.consumer.max.poll.records")).isEqualTo("500");
    }

    @Test
    void applicationIdAndGuaranteeAreStorywiresOwn() {
        Properties p = settings(Map.of("KAFKA_APPLICATION_ID", "other", "STORYWIRE_APPLICATION_ID", "mine"));
        assertThat(p.get("application.id")).isEqualTo("mine");
        assertThat(p.get("processing.guarantee")).isEqualTo("exactly_once_v2");
    }
}
