package org.storywire.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.storywire.avro.StoryUpdate;

/**
 * Follows the story-updates topic (read_committed: only updates of committed transactions) and
 * hands each update to every subscriber's bounded queue. Every event carries a position: the
 * next offset of each partition after it, written {@code partition:offset} pairs joined by commas
 * ({@code 0:17,1:9,2:30}). A client resumes with that position as Last-Event-ID and gets the
 * updates after it still held in the replay buffer.
 */
public final class UpdateFeed implements AutoCloseable {
    static final int REPLAY_BUFFER = 2_000;
    static final int SUBSCRIBER_QUEUE = 1_000;
    /** The most history a new client may ask for with {@code ?last=}: less than a queue, so it never overflows at once. */
    public static final int MAX_LAST = 500;

    /** One update and the feed position just after it. */
    public record Event(String id, Dtos.Update update) {}

    /** A connected client: its filter and the queue its own thread drains. */
    public static final class Subscription {
        final Predicate<Dtos.Update> filter;
        final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(SUBSCRIBER_QUEUE);
        volatile boolean overflowed;

        Subscription(Predicate<Dtos.Update> filter) {
            this.filter = filter;
        }

        public BlockingQueue<Event> queue() {
            return queue;
        }

        /** True when the client fell so far behind that updates were dropped: it must reconnect. */
        public boolean overflowed() {
            return overflowed;
        }
    }

    private final String topic;
    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();
    private final Deque<Event> replay = new ArrayDeque<>();
    private final Map<Integer, Long> position = new HashMap<>();
    private final ConsumerLoop<String, StoryUpdate> loop;

    public UpdateFeed(Consumer<String, StoryUpdate> consumer, String topic) {
        this.topic = topic;
        this.loop = new ConsumerLoop<>("storywire-update-feed", "Update feed", consumer, new ConsumerLoop.Follower<>() {
            @Override
            public void begin(ConsumerLoop<String, StoryUpdate> loop, Consumer<String, StoryUpdate> consumer) {
                startBack(loop, consumer);
            }

            @Override
            public void take(ConsumerRecords<String, StoryUpdate> records) {
                for (ConsumerRecord<String, StoryUpdate> r : records) {
                    if (r.value() != null) publish(r);
                }
            }
        });
    }

    public UpdateFeed start() {
        loop.start();
        return this;
    }

    /**
     * Subscribes. With a {@code lastEventId} (a position this feed gave out) the updates after it that
     * are still in the replay buffer come first; without one, the last {@code last} updates that pass
     * the filter, so that a new client sees recent history.
     */
    public Subscription subscribe(Predicate<Dtos.Update> filter, String lastEventId, int last) {
        Subscription s = new Subscription(filter);
        synchronized (replay) {
            Map<Integer, Long> from = lastEventId == null ? null : parsePosition(lastEventId);
            if (from != null) {
                for (Event e : replay) {
                    if (isAfter(e, from) && filter.test(e.update())) s.queue.offer(e);
                }
            } else if (last > 0) {
                Deque<Event> recent = new ArrayDeque<>();
                for (var it = replay.descendingIterator(); it.hasNext() && recent.size() < last; ) {
                    Event e = it.next();
                    if (filter.test(e.update())) recent.addFirst(e);
                }
                recent.forEach(s.queue::offer);
            }
            subscriptions.add(s);
        }
        return s;
    }

    public void unsubscribe(Subscription s) {
        subscriptions.remove(s);
    }

    private void startBack(ConsumerLoop<String, StoryUpdate> loop, Consumer<String, StoryUpdate> consumer) {
        List<TopicPartition> partitions = loop.awaitPartitions(topic);
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        // Start a little back so that the replay buffer holds recent history for resuming clients.
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, Math.max(0, end.get(tp) - REPLAY_BUFFER / partitions.size()));
        }
    }

    private void publish(ConsumerRecord<String, StoryUpdate> r) {
        Event event;
        synchronized (replay) {
            position.put(r.partition(), r.offset() + 1);
            event = new Event(formatPosition(position), DtoMapper.update(r.value()));
            replay.addLast(event);
            if (replay.size() > REPLAY_BUFFER) replay.removeFirst();
        }
        for (Subscription s : subscriptions) {
            if (s.filter.test(event.update()) && !s.queue.offer(event)) {
                s.overflowed = true;
            }
        }
    }

    static String formatPosition(Map<Integer, Long> position) {
        return position.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }

    /** Parses a position; null when it is not one (a client may send anything). */
    static Map<Integer, Long> parsePosition(String text) {
        Map<Integer, Long> result = new HashMap<>();
        try {
            for (String part : text.split(",")) {
                String[] kv = part.split(":");
                if (kv.length != 2) return null;
                result.put(Integer.parseInt(kv[0].trim()), Long.parseLong(kv[1].trim()));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return result;
    }

    private static boolean isAfter(Event e, Map<Integer, Long> from) {
        Map<Integer, Long> at = parsePosition(e.id());
        for (Map.Entry<Integer, Long> p : at.entrySet()) {
            if (p.getValue() > from.getOrDefault(p.getKey(), 0L)) return true;
        }
        return false;
    }

    @Override
    public void close() {
        loop.close();
    }
}
