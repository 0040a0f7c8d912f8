package org.storywire.processor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.storywire.avro.StoryState;
import org.storywire.avro.StoryUpdate;
import org.storywire.config.StorywireConfig;

/** What an application's topics hold once committed, read back for the reliability tests. */
final class TopicContents {
    private TopicContents() {}

    static long committedArticles(Admin admin, StorywireConfig config) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.applicationId())
                .partitionsToOffsetAndMetadata().get();
        return committed.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(config.topics().articlesRaw()) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    static Map<String, StoryState> latestStories(PipelineFixture fixture, StorywireConfig config) {
        Map<String, StoryState> latest = new TreeMap<>();
        for (ConsumerRecord<String, StoryState> r : readCommitted(fixture, config, config.topics().stories(), StoryState.class)) {
            if (r.value() == null) latest.remove(r.key());
            else latest.put(r.key(), r.value());
        }
        return latest;
    }

    static Map<String, List<Long>> updateVersions(PipelineFixture fixture, StorywireConfig config) {
        Map<String, List<Long>> versions = new TreeMap<>();
        for (ConsumerRecord<String, StoryUpdate> r : readCommitted(fixture, config, config.topics().storyUpdates(), StoryUpdate.class)) {
            versions.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value().getVersion());
        }
        return versions;
    }

    /** Every committed record of the topic, in partition order. */
    static <T extends SpecificRecord> List<ConsumerRecord<String, T>> readCommitted(PipelineFixture fixture, StorywireConfig config,
                                                                                   String topic, Class<T> type) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        List<ConsumerRecord<String, T>> records = new ArrayList<>();
        try (KafkaConsumer<String, T> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                ProcessCommand.serdeFactory(config).valueSerde(type).deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Function<TopicPartition, Boolean> done = tp -> consumer.position(tp) >= end.get(tp);
            while (!partitions.stream().allMatch(done::apply)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
