package org.storywire.platform.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's durable store: a compacted, single-partition topic read from the beginning by a
 * background thread, which hands every record to the state. A write is acknowledged by all
 * replicas and then waits until the reader has applied it, so the state only ever changes through
 * the topic, exactly as after a restart.
 */
final class SchemasTopic implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchemasTopic.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final TopicPartition partition;
    private final BiConsumer<String, String> applier;
    private final Object progress = new Object();
    private KafkaProducer<String, String> producer;
    private Thread reader;
    private volatile boolean running;
    /** Offset of the next record the reader will apply (guarded by {@link #progress}). */
    private long appliedUpTo;
    private RuntimeException readerFailure;

    SchemasTopic(String bootstrapServers, String topic, BiConsumer<String, String> applier) {
        this.bootstrapServers = bootstrapServers;
        this.partition = new TopicPartition(topic, 0);
        this.applier = applier;
    }

    /** Creates or checks the topic, then replays it completely before returning. */
    void start() {
        ensureTopic();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "storywire-registry-reader",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        long endOffset = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "storywire-registry-writer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000),
                new StringSerializer(), new StringSerializer());
        running = true;
        reader = new Thread(() -> readLoop(consumer), "storywire-registry-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            awaitApplied(endOffset);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            String topic = partition.topic();
            Optional<TopicDescription> existing = describe(admin, topic);
            if (existing.isEmpty()) {
                int brokers = admin.describeCluster().nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
                NewTopic newTopic = new NewTopic(topic, 1, (short) Math.min(3, brokers))
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                try {
                    admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                existing = describe(admin, topic);
            }
            int partitions = existing.orElseThrow().partitions().size();
            if (partitions != 1) {
                throw new IllegalStateException("The schema registry's topic '" + topic
                        + "' must have exactly 1 partition, but has " + partitions);
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
            String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
                throw new IllegalStateException("The schema registry's topic '" + topic
                        + "' must have cleanup.policy=compact, but has " + policy);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the topic " + partition.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not prepare the schema registry's topic '" + partition.topic()
                    + "' on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    private Optional<TopicDescription> describe(Admin admin, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return Optional.of(admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void readLoop(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        applier.accept(record.key(), record.value());
                    } catch (RuntimeException e) {
                        LOG.warn("Skipping unreadable record at offset {} of {}: {}", record.offset(),
                                partition.topic(), e.toString());
                    }
                }
                long position = consumer.position(partition);
                synchronized (progress) {
                    appliedUpTo = position;
                    progress.notifyAll();
                }
            }
        } catch (RuntimeException e) {
            LOG.error("The schema registry stopped reading {}", partition.topic(), e);
            synchronized (progress) {
                readerFailure = e;
                progress.notifyAll();
            }
        }
    }

    /** Writes one record (null value: tombstone) and waits until the reader has applied it. */
    void put(String key, String value) {
        RecordMetadata written;
        try {
            written = producer.send(new ProducerRecord<>(partition.topic(), 0, key, value))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryError.storeError("interrupted");
        } catch (ExecutionException e) {
            throw RegistryError.storeError(e.getCause().toString());
        } catch (TimeoutException e) {
            throw RegistryError.storeTimeout("no acknowledgement from " + bootstrapServers + " in " + TIMEOUT);
        }
        awaitApplied(written.offset() + 1);
    }

    private void awaitApplied(long offset) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (progress) {
            while (appliedUpTo < offset) {
                if (readerFailure != null) {
                    throw RegistryError.storeError("the reader of " + partition.topic() + " failed: " + readerFailure);
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw RegistryError.storeTimeout("the reader of " + partition.topic() + " did not reach offset "
                            + offset + " in " + TIMEOUT);
                }
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw RegistryError.storeError("interrupted");
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (reader != null) {
            try {
                reader.join(TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
