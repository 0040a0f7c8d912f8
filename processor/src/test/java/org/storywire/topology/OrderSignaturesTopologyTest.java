package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;

/**
 * The signatures of two {@code articles.raw} partitions reach event assignment in an order that does
 * not depend on how the partitions' writes interleaved (TopologyTestDriver; the signatures are
 * captured from a one-partition run and sent again as if two extraction tasks had written them).
 */
class OrderSignaturesTopologyTest {
    private static final Topics TOPICS = Topics.from(StorywireConfig.from(Map.of(), new Properties()).topics(), PlainAvroSerde.factory());

    @Test
    void twoInterleavingsOfTheSamePartitionsFoundTheSameEvents() {
        Map<String, TestRecord<String, SignedArticle>> signatures = signatures(EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots());
        String herald = EventArticles.damHerald().getId();
        String courier = EventArticles.damCourier().getId();
        String robots = EventArticles.robots().getId();
        // Partition 0 holds the herald's report and then the robots, partition 1 the courier's report (an hour after the herald's).
        Map<String, String> source = Map.of(herald, "0:0", robots, "0:1", courier, "1:0");

        Map<String, String> courierFirst = eventsOf(signatures, source, List.of(courier, herald, robots));
        Map<String, String> heraldFirst = eventsOf(signatures, source, List.of(herald, robots, courier));

        assertThat(courierFirst).isEqualTo(heraldFirst);
        assertThat(courierFirst.get(courier)).as("one flood event, founded by the earlier report").isEqualTo(courierFirst.get(herald))
                .isEqualTo(eventsOf(signatures, source, List.of(herald, courier, robots)).get(herald));
        assertThat(courierFirst.get(robots)).isNotNull().isNotEqualTo(courierFirst.get(herald));
    }

    @Test
    void aPartitionThatSendsNothingHoldsTheOthersOnlyUntilAQuietSpell() {
        Map<String, TestRecord<String, SignedArticle>> signatures = signatures(EventArticles.damHerald());
        String herald = EventArticles.damHerald().getId();
        try (TopologyTestDriver driver = driver(2)) {
            send(driver, signatures.get(herald), "0:0");
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            KeyValueStore<String, OrderSignaturesProcessor.Waiting> waiting = driver.getKeyValueStore(TopologyNames.SIGNATURE_ORDER_STORE);
            assertThat(articleEvents.get(herald)).as("waiting for partition 1").isNull();
            assertThat(waiting.approximateNumEntries()).isEqualTo(1);

            driver.advanceWallClockTime(OrderSignaturesProcessor.QUIET.plus(Duration.ofSeconds(1)));
            assertThat(articleEvents.get(herald)).as("released after the quiet spell").isNotNull();
            assertThat(waiting.get("00000:0000000000000000000")).isNull();
        }
    }

    @Test
    void theQuietSpellCountsFromWhenASignatureBeganToWaitNotFromAnEarlierLull() {
        Map<String, TestRecord<String, SignedArticle>> signatures = signatures(EventArticles.damHerald());
        String herald = EventArticles.damHerald().getId();
        try (TopologyTestDriver driver = driver(2)) {
            driver.advanceWallClockTime(Duration.ofMinutes(1)); // an idle processor, as before a replay's first article
            send(driver, signatures.get(herald), "0:0");
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            driver.advanceWallClockTime(Duration.ofSeconds(2));
            assertThat(articleEvents.get(herald)).as("partition 1 may still send an earlier one").isNull();
            driver.advanceWallClockTime(OrderSignaturesProcessor.QUIET);
            assertThat(articleEvents.get(herald)).isNotNull();
        }
    }

    @Test
    void whileSignaturesKeepArrivingASilentPartitionIsWaitedFor() {
        Map<String, TestRecord<String, SignedArticle>> signatures = signatures(EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots());
        String herald = EventArticles.damHerald().getId();
        try (TopologyTestDriver driver = driver(2)) {
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            send(driver, signatures.get(herald), "0:0");
            driver.advanceWallClockTime(Duration.ofSeconds(3));
            send(driver, signatures.get(EventArticles.damCourier().getId()), "0:1");
            driver.advanceWallClockTime(Duration.ofSeconds(3));
            send(driver, signatures.get(EventArticles.robots().getId()), "0:2");
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            assertThat(articleEvents.get(herald)).as("partition 1's task may be busy: partition 0 still sends").isNull();
            driver.advanceWallClockTime(OrderSignaturesProcessor.QUIET);
            assertThat(articleEvents.get(herald)).as("nothing arrived for the quiet spell").isNotNull();
        }
    }

    @Test
    void aSignatureThatLeavesAsItArrivesWritesNothingToTheStoresChangelog() {
        Map<String, TestRecord<String, SignedArticle>> signatures = signatures(EventArticles.damHerald(), EventArticles.damCourier());
        String herald = EventArticles.damHerald().getId();
        String courier = EventArticles.damCourier().getId();
        try (TopologyTestDriver driver = driver(1)) { // one partition: each signature is at once the earliest of all
            send(driver, signatures.get(herald), "0:0");
            send(driver, signatures.get(courier), "0:1");
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            assertThat(articleEvents.get(herald)).isNotNull();
            assertThat(articleEvents.get(courier)).isNotNull();
            assertThat(changelogKeys(driver)).as("no value and no tombstone").isEmpty();
        }
        try (TopologyTestDriver driver = driver(2)) {
            send(driver, signatures.get(herald), "0:0"); // waits for partition 1
            send(driver, signatures.get(courier), "1:0"); // the herald's report, the earlier, leaves; the courier's waits for partition 0
            assertThat(changelogKeys(driver)).as("what waited: its value, then its tombstone once it left")
                    .containsExactlyInAnyOrder("00000:0000000000000000000", "00000:0000000000000000000", "00001:0000000000000000000");
        }
    }

    private static List<String> changelogKeys(TopologyTestDriver driver) {
        return driver.createOutputTopic("order-signatures-test-" + TopologyNames.SIGNATURE_ORDER_STORE + "-changelog",
                new StringDeserializer(), new StringDeserializer()).readRecordsToList().stream().map(TestRecord::key).toList();
    }

    private static Map<String, String> eventsOf(Map<String, TestRecord<String, SignedArticle>> signatures, Map<String, String> source, List<String> order) {
        try (TopologyTestDriver driver = driver(2)) {
            for (String id : order) send(driver, signatures.get(id), source.get(id));
            driver.advanceWallClockTime(OrderSignaturesProcessor.QUIET.plus(Duration.ofSeconds(1)));
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            Map<String, String> events = new LinkedHashMap<>();
            for (String id : order) events.put(id, EventMembers.eventOf(articleEvents.get(id)));
            return events;
        }
    }

    private static void send(TopologyTestDriver driver, TestRecord<String, SignedArticle> signature, String source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(OrderSignaturesProcessor.SOURCE_HEADER, source.getBytes());
        TestInputTopic<String, SignedArticle> in = driver.createInputTopic(TOPICS.articleSignatures().name(),
                new StringSerializer(), TOPICS.articleSignatures().valueSerde().serializer());
        in.pipeInput(new TestRecord<>(signature.key(), signature.value(), headers, signature.getRecordTime()));
    }

    /** Each article's signature record as extraction writes it, from a one-partition run. */
    private static Map<String, TestRecord<String, SignedArticle>> signatures(RawArticle... articles) {
        try (TopologyTestDriver driver = driver(1)) {
            TestInputTopic<String, RawArticle> in = driver.createInputTopic(TOPICS.articlesRaw().name(),
                    new StringSerializer(), TOPICS.articlesRaw().valueSerde().serializer());
            for (RawArticle a : articles) in.pipeInput(a.getId(), a, a.getPublished());
            List<TestRecord<String, SignedArticle>> out = new ArrayList<>(driver.createOutputTopic(TOPICS.articleSignatures().name(),
                    new StringDeserializer(), TOPICS.articleSignatures().valueSerde().deserializer()).readRecordsToList());
            Map<String, TestRecord<String, SignedArticle>> byId = new LinkedHashMap<>();
            out.forEach(r -> byId.put(r.key(), r));
            assertThat(byId).hasSize(articles.length);
            assertThat(out.get(0).headers().lastHeader(OrderSignaturesProcessor.SOURCE_HEADER)).as("extraction names the source").isNotNull();
            return byId;
        }
    }

    private static TopologyTestDriver driver(int articlePartitions) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "order-signatures-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(StorywireTopology.build(TOPICS, 200, StorywireTopologyTest::analyzer, TimeWindow.ALL, articlePartitions), props);
    }
}
