package org.storywire.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.storywire.query.ConsumerLoop;
import org.storywire.query.QueryExceptions.BadRequest;
import org.storywire.query.QueryExceptions.NotReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert rules of all instances: the compacted alert-rules topic, read from its beginning and
 * followed, so rules survive restarts and a rule created on one instance fires on every instance
 * that owns matching updates. The reader thread is the only writer of the in-memory view; a change
 * made here returns once the reader has applied it, so a list right after a create shows it.
 */
public final class AlertRuleStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertRuleStore.class);
    static final int MAX_RULES = 1_000;
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final Producer<String, String> producer;
    private final String topic;
    private final ObjectMapper json;
    private final Map<String, AlertRule> rules = new ConcurrentHashMap<>();
    private final Object progress = new Object();
    private final ConsumerLoop<String, String> loop;
    private long appliedUpTo = -1; // guarded by progress: the next offset to read of the topic's one partition
    private long endAtStart = Long.MAX_VALUE; // guarded by progress: where the rules stored before this start end

    public AlertRuleStore(Producer<String, String> producer, Consumer<String, String> consumer, String topic, ObjectMapper json) {
        this.producer = producer;
        this.topic = topic;
        this.json = json;
        this.loop = new ConsumerLoop<>("storywire-alert-rules", "Alert rules following", consumer, new Follower());
    }

    public AlertRuleStore start() {
        loop.start();
        return this;
    }

    /** Every rule, oldest first. */
    public List<AlertRule> all() {
        return rules.values().stream().sorted(Comparator.comparing(AlertRule::createdAt).thenComparing(AlertRule::id)).toList();
    }

    public void create(AlertRule rule) {
        if (rules.size() >= MAX_RULES) throw new BadRequest("at most " + MAX_RULES + " alert rules; delete some first");
        write(rule.id(), toJson(rule));
    }

    /** Deletes a rule; false when there was none with that id. */
    public boolean delete(String id) {
        if (!rules.containsKey(id)) return false;
        write(id, null);
        return true;
    }

    private void write(String id, String value) {
        try {
            long offset = producer.send(new ProducerRecord<>(topic, 0, id, value))
                    .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).offset();
            awaitApplied(offset + 1);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotReady("the alert-rules topic did not take the change: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("interrupted while storing an alert rule");
        }
    }

    private void awaitApplied(long offset) throws InterruptedException {
        long deadline = System.nanoTime() + WRITE_TIMEOUT.toNanos();
        synchronized (progress) {
            while (appliedUpTo < offset) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) throw new NotReady("the alert rule was stored but is not read back yet");
                progress.wait(left);
            }
        }
    }

    /** Reads the one partition from its beginning and tells waiting writers how far it has applied. */
    private final class Follower implements ConsumerLoop.Follower<String, String> {
        private TopicPartition partition;
        private Consumer<String, String> consumer;

        @Override
        public void begin(ConsumerLoop<String, String> loop, Consumer<String, String> consumer) {
            loop.awaitPartitions(topic);
            this.consumer = consumer;
            this.partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            synchronized (progress) {
                endAtStart = end;
            }
        }

        @Override
        public void take(ConsumerRecords<String, String> records) {
            for (ConsumerRecord<String, String> r : records) apply(r);
            long next = consumer.position(partition);
            synchronized (progress) {
                appliedUpTo = next;
                progress.notifyAll();
            }
        }
    }

    private void apply(ConsumerRecord<String, String> r) {
        if (r.key() == null) return;
        if (r.value() == null) {
            rules.remove(r.key());
            return;
        }
        try {
            rules.put(r.key(), json.readValue(r.value(), AlertRule.class));
        } catch (IOException e) {
            // Not written by this code: skipped, so that one bad record cannot stop all alerts.
            LOG.warn("Skipped unreadable alert rule {} at offset {}: {}", r.key(), r.offset(), e.getMessage());
        }
    }

    private String toJson(AlertRule rule) {
        try {
            return json.writeValueAsString(rule);
        } catch (IOException e) {
            throw new IllegalStateException("an alert rule is always writable as JSON", e);
        }
    }

    /** Waits until the rules stored before this instance started are read, or the timeout passes. */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (appliedUpTo < endAtStart) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) return false;
                progress.wait(left);
            }
        }
        return true;
    }

    @Override
    public void close() {
        loop.close();
        producer.close(Duration.ofSeconds(5));
    }
}
