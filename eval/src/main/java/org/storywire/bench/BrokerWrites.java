package org.storywire.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.storywire.config.StorywireConfig;

/**
 * What one processor wrote to the broker, by kind of topic: offsets (records and transaction markers)
 * and bytes in the log. Every record is serialised, maybe compressed, appended, fetched and, on a
 * changelog, cleaned: these counts say where the CPU outside the stream threads goes per article.
 * Bytes are the log's size when read, after any compaction of the changelogs.
 */
record BrokerWrites(Map<String, Written> byKind) {
    /** Offsets and bytes of one kind of topic. */
    record Written(long offsets, long bytes) {
        Written plus(Written other) {
            return new Written(offsets + other.offsets, bytes + other.bytes);
        }

        Written minus(Written other) {
            return new Written(offsets - other.offsets, bytes - other.bytes);
        }
    }

    static final List<String> KINDS = List.of("input", "hops", "changelogs", "outputs", "offsets and transactions");

    /**
     * The kind of {@code topic} for the processor of {@code config}, or null for topics it does not write
     * (other runs', the registry's). Offsets and transactions are the broker's own, shared by all runs:
     * read them as the difference of two moments.
     */
    static String kind(String topic, StorywireConfig config) {
        StorywireConfig.TopicNames t = config.topics();
        if (topic.equals(t.articlesRaw())) return "input";
        if (topic.equals(t.statements()) || topic.equals(t.articleSignatures())) return "hops";
        if (topic.startsWith(config.applicationId() + "-") && topic.endsWith("-changelog")) return "changelogs";
        if (Set.of(t.stories(), t.storyUpdates(), t.events(), t.alerts(), t.deadLetters()).contains(topic)) return "outputs";
        if (topic.equals("__consumer_offsets") || topic.equals("__transaction_state")) return "offsets and transactions";
        return null;
    }

    /** The broker's counts now, for the topics of {@code config}'s processor. */
    static BrokerWrites now(Admin admin, StorywireConfig config) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> bytes = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(Node::id).toList();
        for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
            for (LogDirDescription dir : dirs.values()) {
                dir.replicaInfos().forEach((partition, info) -> {
                    if (kind(partition.topic(), config) != null) bytes.merge(partition, info.size(), Long::sum);
                });
            }
        }
        Map<TopicPartition, OffsetSpec> latest = bytes.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<String, Written> byKind = new LinkedHashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, end) -> byKind.merge(kind(partition.topic(), config),
                new Written(end.offset(), bytes.get(partition)), Written::plus));
        return new BrokerWrites(byKind);
    }

    BrokerWrites since(BrokerWrites start) {
        Map<String, Written> delta = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Written zero = new Written(0, 0);
            delta.put(kind, byKind.getOrDefault(kind, zero).minus(start.byKind.getOrDefault(kind, zero)));
        }
        return new BrokerWrites(delta);
    }

    /** "written per article: 67.5 offsets, 14.9 kB (input 1.0, 0.7 kB; hops 5.1, 2.8 kB; ...)". */
    String perArticle(int articles) {
        Written all = byKind.values().stream().reduce(new Written(0, 0), Written::plus);
        String parts = KINDS.stream().filter(byKind::containsKey)
                .map(kind -> String.format("%s %.1f, %.1f kB", kind, byKind.get(kind).offsets() / (double) articles,
                        byKind.get(kind).bytes() / 1e3 / articles))
                .collect(Collectors.joining("; "));
        return String.format("written per article: %.1f offsets, %.1f kB (%s)", all.offsets() / (double) articles,
                all.bytes() / 1e3 / articles, parts);
    }
}
