package org.storywire.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far an application's committed offsets are behind the end of its input topics. */
public final class ConsumerLag {
    private ConsumerLag() {}

    /**
     * Records written to {@code topics} that group {@code groupId} has not yet committed past,
     * including those of transactions still open. Counted against the high watermark, not the last
     * stable offset: a transaction's consumer offsets (on {@code __consumer_offsets}) and its output
     * records (here) become visible at separate moments, so a caller that saw the application's
     * offsets on one input committed could otherwise see its output still hidden behind the last
     * stable offset, count no lag there, and read results before they are complete.
     */
    public static long of(Admin admin, String groupId, Set<String> topics) throws ExecutionException, InterruptedException {
        return byTopic(admin, groupId, topics).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The lag of group {@code groupId} on each of {@code topics}. */
    public static Map<String, Long> byTopic(Admin admin, String groupId, Set<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicDescription description : admin.describeTopics(topics).allTopicNames().get().values()) {
            description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<String, Long> lag = new HashMap<>();
        for (String topic : topics) lag.put(topic, 0L);
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            lag.merge(end.getKey().topic(), Math.max(0, end.getValue().offset() - (c == null ? 0 : c.offset())), Long::sum);
        }
        return lag;
    }

    /** Records in {@code topic} (end offsets; a compacted or trimmed topic may hold fewer). */
    public static long endOffsets(Admin admin, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(ListOffsetsResultInfo -> ListOffsetsResultInfo.offset()).sum();
    }
}
