package org.storywire.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.Deserializer;
import org.storywire.avro.RawArticle;

/**
 * The "already published" state of one topic on one Kafka cluster. Kept per topic name alone, it
 * made an ingest against another broker skip every article that broker never saw; so it lives in
 * {@code <state-dir>/<cluster id>/<topic>.hashes}, and it is checked against the topic before use.
 * When in doubt (a new state directory; the topic ends before offsets the store saw acknowledged,
 * as when it was deleted and created again; an empty topic while the store holds articles) the
 * state is rebuilt from the topic itself, whose every record carries its content hash.
 */
public final class PublishedState {
    private static final long TIMEOUT_SECONDS = 30;

    private PublishedState() {
    }

    /** Opens the store for {@code topic} (which must exist) on the cluster at {@code bootstrapServers}, rebuilt when in doubt. */
    public static ContentHashStore open(String bootstrapServers, Map<String, String> clientProperties, Path stateDir,
                                        String topic, Deserializer<RawArticle> values, PrintWriter err) {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        String clusterId;
        Map<Integer, Long> ends;
        try (Admin admin = Admin.create(config)) {
            clusterId = admin.describeCluster().clusterId().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            ends = endOffsets(admin, topic);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not describe itself and " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka about " + topic, e);
        }
        Path clusterDir = stateDir.resolve(clusterId);
        ContentHashStore store = ContentHashStore.open(clusterDir, topic);
        String doubt = store.isNew() ? "into the new state directory " + clusterDir : doubt(store, ends);
        if (doubt == null) return store;
        try {
            boolean wasNew = store.isNew();
            store.clear();
            PublishedArticles.Hashes published = PublishedArticles.hashes(bootstrapServers, clientProperties, topic, values);
            store.seed(published.hashes(), published.ends());
            if (!wasNew || !published.hashes().isEmpty()) err.println("content hashes of " + published.hashes().size() + " articles read from " + topic + " " + doubt);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw new IllegalStateException("could not read the published articles of " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Why a store with state cannot be trusted for a topic ending at {@code ends}, or null when it can. */
    static String doubt(ContentHashStore store, Map<Integer, Long> ends) {
        for (Map.Entry<Integer, Long> known : store.knownEnds().entrySet()) {
            if (ends.getOrDefault(known.getKey(), 0L) < known.getValue()) {
                return "again: partition " + known.getKey() + " ends at " + ends.getOrDefault(known.getKey(), 0L)
                        + ", before offset " + known.getValue() + " this state saw: the topic was recreated";
            }
        }
        boolean topicEmpty = ends.values().stream().allMatch(end -> end == 0);
        return topicEmpty && !store.isEmpty() ? "again: the topic is empty" : null;
    }

    /**
     * A topic created a moment ago may not have its partitions hosted yet ("does not host this
     * topic-partition"): such retriable answers are asked again until the timeout.
     */
    private static Map<Integer, Long> endOffsets(Admin admin, String topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                return endOffsetsOnce(admin, topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) throw e;
                Thread.sleep(100);
            }
        }
    }

    private static Map<Integer, Long> endOffsetsOnce(Admin admin, String topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(Set.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<Integer, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition.partition(), info.offset()));
        return ends;
    }
}
