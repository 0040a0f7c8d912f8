package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.avro.StoryState;
import org.storywire.avro.StoryUpdate;
import org.storywire.clean.Cleaner;
import org.storywire.config.StorywireConfig;
import org.storywire.extract.StatementExtractor;

/** Fast tests of the topology's wiring and logic with TopologyTestDriver (no broker). */
class StorywireTopologyTest {
    private static final Topics TOPICS = Topics.from(StorywireConfig.from(Map.of(), new Properties()).topics(), PlainAvroSerde.factory());

    static ArticleAnalyzer analyzer() {
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        return article -> {
            var document = extractor.read(cleaner.clean(article));
            return new ArticleAnalyzer.Analysis(document, extractor.extract(document));
        };
    }

    static Topology topology() {
        return StorywireTopology.build(TOPICS, 200, StorywireTopologyTest::analyzer, TimeWindow.ALL);
    }

    /**
     * The names as deployed, written out here rather than read from TopologyNames: stores, their
     * changelogs and the consumer offsets are found by these names after an upgrade, so a renamed
     * constant or a node Kafka Streams named itself must fail this test.
     */
    @Test
    void everyNodeAndStoreHasItsDeployedName() {
        TopologyDescription description = topology().describe();
        Map<String, Set<String>> storesByNode = new TreeMap<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                storesByNode.put(node.name(), node instanceof TopologyDescription.Processor p ? new TreeSet<>(p.stores()) : Set.of());
            }
        }
        assertThat(description.toString()).doesNotContain("KSTREAM-").doesNotContain("KTABLE-").doesNotContain("KSTORE-");
        assertThat(storesByNode).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("articles-source", Set.of()),
                Map.entry("extract-statements", Set.of("article-statements")),
                Map.entry("statements-sink", Set.of()),
                Map.entry("article-signatures-sink", Set.of()),
                Map.entry("article-signatures-source", Set.of()),
                Map.entry("order-signatures", Set.of("signature-order")),
                Map.entry("assign-event", Set.of("article-events", "event-expiry", "event-member-heads", "event-members", "event-posting-lists", "event-postings", "event-summaries")),
                Map.entry("events-sink", Set.of()),
                Map.entry("statements-source", Set.of()),
                Map.entry("fold-story", Set.of("story-families", "story-folds", "story-ledgers", "story-copies", "story-state", "story-timeline", "story-statements")),
                Map.entry("stories-sink", Set.of()),
                Map.entry("story-updates-sink", Set.of()))));
    }

    /** The event index's postings and expiry order are derived from the summaries on start, the members' heads from the members: they write no changelog. */
    @Test
    void onlyTheEventSummariesOfTheEventIndexHaveAChangelog() throws IOException {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, RawArticle> in = input(driver);
            SampleArticles.load().forEach(a -> in.pipeInput(a.getId(), a, a.getPublished()));
            Set<String> changelogs = new TreeSet<>();
            for (String topic : driver.producedTopicNames()) if (topic.endsWith("-changelog")) changelogs.add(topic);
            assertThat(changelogs).contains("topology-test-event-summaries-changelog", "topology-test-article-events-changelog")
                    .doesNotContain("topology-test-event-posting-lists-changelog", "topology-test-event-postings-changelog",
                            "topology-test-event-expiry-changelog", "topology-test-event-member-heads-changelog");
        }
    }

    @Test
    void finalStoriesDoNotDependOnTheOrderArticlesArrive() throws IOException {
        List<RawArticle> articles = SampleArticles.load();
        Map<String, String> inOrder = finalStatuses(articles);
        assertThat(inOrder).isNotEmpty();
        Random random = new Random(42);
        for (int i = 0; i < 3; i++) {
            List<RawArticle> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);
            assertThat(finalStatuses(shuffled)).as("order %d", i).isEqualTo(inOrder);
        }
    }

    @Test
    void updatesAreEmittedOnlyForRealChanges() throws IOException {
        List<RawArticle> articles = SampleArticles.load();
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, RawArticle> in = input(driver);
            TestOutputTopic<String, StoryUpdate> updates = driver.createOutputTopic(TOPICS.storyUpdates().name(),
                    new StringDeserializer(), TOPICS.storyUpdates().valueSerde().deserializer());
            articles.forEach(a -> in.pipeInput(a.getId(), a, a.getPublished()));
            int first = updates.readValuesToList().size();
            assertThat(first).isPositive();
            // The same versions again change nothing.
            articles.forEach(a -> in.pipeInput(a.getId(), a, a.getPublished()));
            assertThat(updates.readValuesToList()).isEmpty();
        }
    }

    private static Map<String, String> finalStatuses(List<RawArticle> articles) {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, RawArticle> in = input(driver);
            TestOutputTopic<String, StoryState> stories = driver.createOutputTopic(TOPICS.stories().name(),
                    new StringDeserializer(), TOPICS.stories().valueSerde().deserializer());
            articles.forEach(a -> in.pipeInput(a.getId(), a, a.getPublished()));
            Map<String, String> result = new TreeMap<>();
            stories.readKeyValuesToMap().forEach((id, state) -> {
                if (state == null) result.remove(id);
                else result.put(id, state.getStatus().name());
            });
            return result;
        }
    }

    private static TopologyTestDriver driver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(topology(), props);
    }

    private static TestInputTopic<String, RawArticle> input(TopologyTestDriver driver) {
        return driver.createInputTopic(TOPICS.articlesRaw().name(), new StringSerializer(), TOPICS.articlesRaw().valueSerde().serializer());
    }
}
