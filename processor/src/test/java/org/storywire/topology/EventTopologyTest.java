package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.storywire.avro.EventState;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;

/** Event assignment in the topology (TopologyTestDriver): articles -> signatures -> assign-event -> events. */
class EventTopologyTest {
    private static final Topics TOPICS = Topics.from(StorywireConfig.from(Map.of(), new Properties()).topics(), PlainAvroSerde.factory());

    @Test
    void twoOutletsOnOneFloodShareAnEventAndAProductLaunchHasItsOwn() {
        try (TopologyTestDriver driver = driver()) {
            TestOutputTopic<String, EventState> events = events(driver);
            publish(driver, EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots());

            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            String flood = EventMembers.eventOf(articleEvents.get(EventArticles.damHerald().getId()));
            String robots = EventMembers.eventOf(articleEvents.get(EventArticles.robots().getId()));
            assertThat(flood).isNotNull().startsWith("ev-");
            assertThat(EventMembers.eventOf(articleEvents.get(EventArticles.damCourier().getId()))).as("the second outlet's report").isEqualTo(flood);
            assertThat(robots).isNotNull().isNotEqualTo(flood);

            List<KeyValue<String, EventState>> out = events.readKeyValuesToList();
            assertThat(out).extracting(kv -> kv.key).containsExactly(flood, flood, robots);
            EventState floodState = out.get(1).value;
            assertThat(floodState.getEventId()).isEqualTo(flood);
            assertThat(floodState.getArticleCount()).isEqualTo(2);
            assertThat(floodState.getOutlets()).containsExactly("Northern Courier", "Valley Herald");
            assertThat(floodState.getLanguages()).containsExactly("en");
            assertThat(floodState.getEntities()).contains("ashcombe");
            assertThat(floodState.getMergedInto()).isNull();
            assertThat(floodState.getExpired()).isFalse();
            assertThat(floodState.getFirstSeen()).isEqualTo(EventArticles.T0);

            KeyValueStore<String, EventMembers.Member> members = driver.getKeyValueStore(TopologyNames.EVENT_MEMBERS_STORE);
            assertThat(EventMembers.of(members, flood)).extracting(EventMembers.Member::articleId)
                    .containsExactly(EventArticles.damHerald().getId(), EventArticles.damCourier().getId());
            assertThat(EventMembers.storyIds(EventMembers.of(members, flood))).as("the flood's stories, from the statements of its articles").isNotEmpty();
        }
    }

    @Test
    void aRetractedArticleLeavesItsEventAndAQuietEventExpires() {
        try (TopologyTestDriver driver = driver()) {
            TestOutputTopic<String, EventState> events = events(driver);
            publish(driver, EventArticles.damHerald(), EventArticles.damCourier());
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            KeyValueStore<String, EventMembers.Member> members = driver.getKeyValueStore(TopologyNames.EVENT_MEMBERS_STORE);
            String flood = EventMembers.eventOf(articleEvents.get(EventArticles.damHerald().getId()));
            events.readKeyValuesToList();

            input(driver).pipeInput(EventArticles.damCourier().getId(), null, EventArticles.T0.plusSeconds(4_000));
            assertThat(articleEvents.get(EventArticles.damCourier().getId())).as("retracted").isNull();
            assertThat(EventMembers.of(members, flood)).extracting(EventMembers.Member::articleId)
                    .containsExactly(EventArticles.damHerald().getId());
            assertThat(EventMembers.eventOf(articleEvents.get(EventArticles.damHerald().getId()))).isEqualTo(flood);

            publish(driver, EventArticles.muchLater());
            Map<String, EventState> last = new LinkedHashMap<>();
            events.readKeyValuesToList().forEach(kv -> last.put(kv.key, kv.value));
            assertThat(last.get(flood)).as("the flood aged out: %s", last).isNotNull();
            assertThat(last.get(flood).getExpired()).isTrue();
            assertThat(last.get(flood).getLabel()).isNotBlank();
            String later = EventMembers.eventOf(articleEvents.get(EventArticles.muchLater().getId()));
            assertThat(last.get(later).getExpired()).isFalse();
            assertThat(driver.<String, Object>getKeyValueStore(TopologyNames.EVENTS_STORE).get(flood)).isNull();
            assertThat(EventMembers.of(members, flood)).isEmpty();
            assertThat(driver.<String, Object>getKeyValueStore(TopologyNames.EVENT_MEMBER_HEADS_STORE).get(flood)).isNull();
        }
    }

    /**
     * Counted, not timed: what one article writes to its event's members (the changelogs of the stores
     * named event-member*, as the broker would receive them) when its event is small and when it is large.
     */
    @Test
    void anArticleWritesAsMuchToTheMembersOfALargeEventAsOfASmallOne() {
        int copies = 150;
        try (TopologyTestDriver driver = driver()) {
            List<long[]> written = new ArrayList<>(); // per article: records, key and value bytes
            for (int i = 0; i < copies; i++) {
                RawArticle herald = EventArticles.damHerald();
                publish(driver, SampleArticles.article(String.format("copy-%03d", i), "Valley Herald", String.format("https://valleyherald.example/copy-%03d", i),
                        herald.getTitle(), herald.getBody(), "en", EventArticles.T0.plusSeconds(60L * i)));
                long[] sum = new long[2];
                for (String topic : driver.producedTopicNames()) {
                    if (!topic.contains("event-member")) continue;
                    driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList().forEach(r -> {
                        sum[0]++;
                        sum[1] += r.key().length + (r.value() == null ? 0 : r.value().length);
                    });
                }
                written.add(sum);
            }
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            String event = EventMembers.eventOf(articleEvents.get("copy-000"));
            assertThat(EventMembers.eventOf(articleEvents.get(String.format("copy-%03d", copies - 1)))).as("one event").isEqualTo(event);
            long[] small = written.get(1);
            long[] large = written.get(copies - 1);
            assertThat(large[0]).as("records, in an event of %d articles and of 2", copies).isEqualTo(small[0]);
            // The head's count and sequences take a byte more as they grow; the members' list would take ~40 bytes an article.
            assertThat(large[1]).as("bytes, in an event of %d articles and of 2", copies).isLessThanOrEqualTo(small[1] + 8);
        }
    }

    @Test
    void theSameArticlesGiveTheSameEventsInAFreshApplication() {
        List<String> first = eventIds();
        List<String> second = eventIds();
        assertThat(first).hasSize(3).doesNotContainNull().isEqualTo(second);
    }

    @Test
    void theEventNodesAndStoresAreNamed() {
        TopologyDescription description = StorywireTopologyTest.topology().describe();
        List<String> names = new ArrayList<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                names.add(node.name());
                if (node instanceof TopologyDescription.Processor p) names.addAll(p.stores());
            }
        }
        assertThat(names).contains(TopologyNames.ASSIGN_EVENT, TopologyNames.ARTICLE_SIGNATURES_SINK, TopologyNames.ARTICLE_SIGNATURES_SOURCE,
                TopologyNames.EVENTS_SINK, TopologyNames.EVENTS_STORE, TopologyNames.EVENT_POSTING_LISTS_STORE, TopologyNames.EVENT_POSTINGS_STORE,
                TopologyNames.EVENT_EXPIRY_STORE, TopologyNames.ARTICLE_EVENTS_STORE, TopologyNames.EVENT_MEMBERS_STORE,
                TopologyNames.EVENT_MEMBER_HEADS_STORE);
    }

    private static List<String> eventIds() {
        try (TopologyTestDriver driver = driver()) {
            publish(driver, EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots());
            KeyValueStore<String, String> articleEvents = driver.getKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE);
            List<String> ids = new ArrayList<>();
            for (RawArticle a : List.of(EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots())) {
                ids.add(EventMembers.eventOf(articleEvents.get(a.getId())));
            }
            return ids;
        }
    }

    private static void publish(TopologyTestDriver driver, RawArticle... articles) {
        TestInputTopic<String, RawArticle> in = input(driver);
        for (RawArticle a : articles) in.pipeInput(a.getId(), a, a.getPublished());
    }

    private static TestOutputTopic<String, EventState> events(TopologyTestDriver driver) {
        return driver.createOutputTopic(TOPICS.events().name(), new StringDeserializer(), TOPICS.events().valueSerde().deserializer());
    }

    private static TestInputTopic<String, RawArticle> input(TopologyTestDriver driver) {
        return driver.createInputTopic(TOPICS.articlesRaw().name(), new StringSerializer(), TOPICS.articlesRaw().valueSerde().serializer());
    }

    private static TopologyTestDriver driver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "event-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(StorywireTopology.build(TOPICS, 200, StorywireTopologyTest::analyzer, TimeWindow.ALL), props);
    }
}
