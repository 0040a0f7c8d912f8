package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.storywire.config.StorywireConfig;

class EventStoresRocksDbConfigTest {
    static {
        RocksDB.loadLibrary();
    }

    /** Options as Kafka Streams hands them to a config setter: filters left off the bottommost run. */
    private static Options kafkaDefaults() {
        return new Options().setOptimizeFiltersForHits(true);
    }

    @Test
    void everyStoreOfTheAssignEventTaskKeepsItsFiltersOnTheBottommostRun() {
        EventStoresRocksDbConfig config = new EventStoresRocksDbConfig();
        for (String store : new String[] {TopologyNames.EVENTS_STORE, TopologyNames.EVENT_POSTING_LISTS_STORE,
                TopologyNames.EVENT_POSTINGS_STORE, TopologyNames.EVENT_EXPIRY_STORE, TopologyNames.ARTICLE_EVENTS_STORE,
                TopologyNames.EVENT_MEMBERS_STORE, TopologyNames.EVENT_MEMBER_HEADS_STORE}) {
            try (Options options = kafkaDefaults()) {
                config.setConfig(store, options, Map.of());
                assertThat(options.optimizeFiltersForHits()).as(store).isFalse();
            }
        }
    }

    /** What RocksDB itself opened the task's stores with: the OPTIONS file it writes in each store's directory. */
    @Test
    void theTasksStoresAreOpenedWithFiltersOnEveryRun() throws IOException {
        try (AssignEventStores stores = new AssignEventStores("filters")) {
            for (String store : EventStoresRocksDbConfig.STORES) {
                Path dir = stores.stateDir().resolve("rocksdb").resolve(store);
                String options;
                try (Stream<Path> files = Files.list(dir)) {
                    Path file = files.filter(f -> f.getFileName().toString().startsWith("OPTIONS-")).max(Comparator.naturalOrder()).orElseThrow();
                    options = Files.readString(file);
                }
                assertThat(options).as(store).contains("optimize_filters_for_hits=false").doesNotContain("optimize_filters_for_hits=true")
                        .contains("bloomfilter");
            }
        }
    }

    @Test
    void otherStoresKeepKafkasOptions() {
        try (Options options = kafkaDefaults()) {
            new EventStoresRocksDbConfig().setConfig(TopologyNames.STORY_STATE_STORE, options, Map.of());
            assertThat(options.optimizeFiltersForHits()).isTrue();
        }
    }

    @Test
    void theProcessorOpensItsStoresWithIt() {
        Properties settings = StreamsSettings.of(StorywireConfig.from(Map.of(), new Properties()));
        assertThat(settings.get("rocksdb.config.setter")).isEqualTo(EventStoresRocksDbConfig.class.getName());
    }
}
