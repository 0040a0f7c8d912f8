package org.storywire.query;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka consumer polled on a daemon thread of its own until {@link #close()}: the update feed,
 * the alert rules and the alert dispatcher each follow a topic this way, off the stream threads. A
 * consumer is not thread-safe, so only this thread touches it; close wakes it and waits for it.
 */
public final class ConsumerLoop<K, V> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** What the loop does with its consumer, on the loop's thread. */
    public interface Follower<K, V> {
        /** Assigns or subscribes before the first poll; {@code loop} waits for the topic when asked. */
        void begin(ConsumerLoop<K, V> loop, Consumer<K, V> consumer);

        /** Takes one poll's records (possibly none). */
        void take(ConsumerRecords<K, V> records);
    }

    private final Consumer<K, V> consumer;
    private final Follower<K, V> follower;
    private final String what;
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code what} names the loop in the one line logged if it stops on an error ("Update feed"). */
    public ConsumerLoop(String threadName, String what, Consumer<K, V> consumer, Follower<K, V> follower) {
        this.consumer = consumer;
        this.follower = follower;
        this.what = what;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** The partitions of {@code topic}, waiting until it exists; only from {@link Follower#begin}. */
    public List<TopicPartition> awaitPartitions(String topic) {
        while (running) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            }
        }
        throw new WakeupException();
    }

    private void run() {
        try {
            follower.begin(this, consumer);
            while (running) follower.take(consumer.poll(POLL));
        } catch (WakeupException e) {
            if (running) throw e;
        } catch (RuntimeException e) {
            // One line, not a stack trace: the rest of the processor goes on without this loop.
            LOG.error("{} stopped: {}", what, e.toString());
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
