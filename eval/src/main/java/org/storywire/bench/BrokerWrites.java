package org.storywire.bench;

import java.util.Comparator;
import java.util.HashMap;
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
 * What one processor wrote to the broker, by kind of topic and by topic (a changelog by its store):
 * offsets (records and transaction markers, told apart by reading the logs) and bytes in the log. Every
 * record is serialised, maybe compressed, appended, fetched and, on a changelog, cleaned: these counts
 * say where the CPU outside the stream threads goes per article.
 * Bytes are the log's size when read, after any compaction of the changelogs.
 */
record BrokerWrites(Map<String, Written> byKind, Map<String, Written> byTopic) {
    /** Offsets, records (offsets but transaction markers) and bytes of one kind of topic or one topic. */
    record Written(long offsets, long records, long bytes) {
        static final Written ZERO = new Written(0, 0, 0);

        Written plus(Written other) {
            return new Written(offsets + other.offsets, records + other.records, bytes + other.bytes);
        }

        Written minus(Written other) {
            return new Written(offsets - other.offsets, records - other.records, bytes - other.bytes);
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

    /**
     * A short name for a topic of {@code config}'s processor: a changelog by its store's name, a topic of
     * the configuration by its default name (a run's topics carry the run's prefix), the broker's own as they are.
     */
    static String label(String topic, StorywireConfig config) {
        StorywireConfig.TopicNames t = config.topics();
        String changelogPrefix = config.applicationId() + "-";
        if (topic.startsWith(changelogPrefix) && topic.endsWith("-changelog")) {
            return topic.substring(changelogPrefix.length());
        }
        Map<String, String> named = Map.of(t.articlesRaw(), "articles.raw", t.statements(), "statements",
                t.articleSignatures(), "article-signatures", t.stories(), "stories", t.storyUpdates(), "story-updates",
                t.events(), "events", t.alerts(), "alerts", t.deadLetters(), "articles.dlq");
        return named.getOrDefault(topic, topic);
    }

    /** The broker's counts now, for the topics of {@code config}'s processor. */
    static BrokerWrites now(Admin admin, String bootstrapServers, StorywireConfig config) throws ExecutionException, InterruptedException {
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
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
        Map<TopicPartition, Long> records = LogRecords.byPartition(bootstrapServers, config, ends);
        Map<String, Written> byKind = new LinkedHashMap<>();
        Map<String, Written> byTopic = new TreeMap<>();
        ends.forEach((partition, end) -> {
            // The broker's own topics are not read: their offsets count as records.
            Written written = new Written(end, records.getOrDefault(partition, end), bytes.get(partition));
            byKind.merge(kind(partition.topic(), config), written, Written::plus);
            byTopic.merge(label(partition.topic(), config), written, Written::plus);
        });
        return new BrokerWrites(byKind, byTopic);
    }

    BrokerWrites since(BrokerWrites start) {
        Map<String, Written> delta = new LinkedHashMap<>();
        for (String kind : KINDS) delta.put(kind, minus(byKind, start.byKind, kind));
        Map<String, Written> topicDelta = new TreeMap<>();
        for (String topic : byTopic.keySet()) topicDelta.put(topic, minus(byTopic, start.byTopic, topic));
        return new BrokerWrites(delta, topicDelta);
    }

    private static Written minus(Map<String, Written> end, Map<String, Written> start, String key) {
        return end.getOrDefault(key, Written.ZERO).minus(start.getOrDefault(key, Written.ZERO));
    }

    /**
     * "by topic, offsets (of them transaction markers) per article: 3.0 markers; story-ledgers-changelog 5.10 (0.30), ...":
     * the most written first.
     */
    String perArticleByTopic(int articles) {
        long markers = byTopic.values().stream().mapToLong(w -> w.offsets() - w.records()).sum();
        return String.format("by topic, offsets (of them transaction markers) per article: %.2f markers; ", markers / (double) articles)
                + byTopic.entrySet().stream()
                .filter(e -> e.getValue().offsets() > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, Written> e) -> -e.getValue().offsets())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> String.format("%s %.2f (%.2f)", e.getKey(), e.getValue().offsets() / (double) articles,
                        (e.getValue().offsets() - e.getValue().records()) / (double) articles))
                .collect(Collectors.joining(", "));
    }

    /** "written per article: 67.5 offsets, 14.9 kB (input 1.0, 0.7 kB; hops 5.1, 2.8 kB; ...)". */
    String perArticle(int articles) {
        Written all = byKind.values().stream().reduce(Written.ZERO, Written::plus);
        String parts = KINDS.stream().filter(byKind::containsKey)
                .map(kind -> String.format("%s %.1f, %.1f kB", kind, byKind.get(kind).offsets() / (double) articles,
                        byKind.get(kind).bytes() / 1e3 / articles))
                .collect(Collectors.joining("; "));
        return String.format("written per article: %.1f offsets, %.1f kB (%s)", all.offsets() / (double) articles,
                all.bytes() / 1e3 / articles, parts);
    }
}
