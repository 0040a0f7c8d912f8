package org.storywire.topology;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.storywire.avro.EventState;
import org.storywire.event.EventSummary;

/**
 * The assign-event task's seven stores in RocksDB under a temporary state directory, for the in-process scale
 * runs ({@link AssignEventScale}, {@link AssignEventRestartScale}): no record cache and no changelog, which
 * {@link MockProcessorContext} does not have; RocksDB options as the processor sets them ({@link EventStoresRocksDbConfig}).
 * Closing deletes the directory.
 */
final class AssignEventStores implements AutoCloseable {
    final MockProcessorContext<String, EventState> context;
    private final File stateDir;
    private final List<KeyValueStore<String, ?>> stores;

    AssignEventStores(String applicationId) throws IOException {
        stateDir = Files.createTempDirectory(applicationId).toFile();
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.getPath());
        // As the processor opens them; -Dstorywire.scale.kafkaRocksDbOptions=true keeps Kafka Streams' own, to compare.
        if (!Boolean.getBoolean("storywire.scale.kafkaRocksDbOptions")) {
            config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, EventStoresRocksDbConfig.class);
        }
        context = new MockProcessorContext<>(config, new TaskId(0, 0), stateDir);
        stores = List.of(
                store(TopologyNames.EVENTS_STORE, new StateSerde<>(EventSummary.class)),
                store(TopologyNames.EVENT_POSTING_LISTS_STORE, Serdes.String()),
                store(TopologyNames.EVENT_POSTINGS_STORE, Serdes.Integer()),
                store(TopologyNames.EVENT_EXPIRY_STORE, Serdes.String()),
                store(TopologyNames.ARTICLE_EVENTS_STORE, Serdes.String()),
                store(TopologyNames.EVENT_MEMBERS_STORE, new StateSerde<>(EventMembers.Member.class)),
                store(TopologyNames.EVENT_MEMBER_HEADS_STORE, new StateSerde<>(EventMembers.Head.class)));
    }

    /** Where the stores keep their files (RocksDB's under {@code rocksdb/<store name>}). */
    Path stateDir() {
        return stateDir.toPath();
    }

    private <T> KeyValueStore<String, T> store(String name, Serde<T> serde) {
        KeyValueStore<String, T> kv = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().withCachingDisabled().build();
        kv.init(context.getStateStoreContext(), kv);
        context.addStateStore(kv);
        return kv;
    }

    @Override
    public void close() throws IOException {
        stores.forEach(KeyValueStore::close);
        try (Stream<Path> files = Files.walk(stateDir.toPath())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
