package org.storywire.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.storywire.avro.EventState;
import org.storywire.avro.StoryUpdate;

/**
 * Follows a topic of changes (read_committed: only those of committed transactions), story updates or
 * event states, and hands each change, as the API shows it ({@code U}), to every subscriber's bounded queue. Every event carries a position: the
 * next offset of each partition after it, written {@code partition:offset} pairs joined by commas
 * ({@code 0:17,1:9,2:30}). A client resumes with that position as Last-Event-ID and gets the
 * updates after it still held in the replay buffer.
 */
public final class UpdateFeed<V, U> implements AutoCloseable {
    static final int REPLAY_BUFFER = 2_000;
    /** How many updates a client may fall behind before it is disconnected (and resumes with Last-Event-ID). */
    public static final int SUBSCRIBER_QUEUE = 1_000;
    /** The most history a new client may ask for with {@code ?last=}: less than a queue, so it never overflows at once. */
    public static final int MAX_LAST = 500;
    /** The feeds' names: their SSE event names, and the names of their loops' threads. */
    public static final String STORY_UPDATES = "update";
    public static final String EVENT_CHANGES = "event";

    /** One update, the name of the feed it came from ("update", "event") and the feed's position just after it. */
    public record Event<U>(String feed, String id, U update) {}

    /** A connected client: its filter and the queue its own thread drains, which other feeds may fill too. */
    public static final class Subscription<U> {
        final Predicate<U> filter;
        final BlockingQueue<? super Event<U>> queue;
        final String start;
        volatile boolean overflowed;

        Subscription(Predicate<U> filter, BlockingQueue<? super Event<U>> queue, String start) {
            this.filter = filter;
            this.queue = queue;
            this.start = start;
        }

        /** The position the subscription began at: resuming from it misses nothing this feed sent it since. */
        public String start() {
            return start;
        }

        /** True when the client fell so far behind that updates were dropped: it must reconnect. */
        public boolean overflowed() {
            return overflowed;
        }
    }

    private final String topic;
    private final String name;
    private final Function<V, U> shown;
    private final Set<Subscription<U>> subscriptions = new CopyOnWriteArraySet<>();
    private final Deque<Event<U>> replay = new ArrayDeque<>();
    private final Map<Integer, Long> position = new HashMap<>();
    private final ConsumerLoop<String, V> loop;

    /** {@code name} names the loop's thread and its log line ("update", "event"); {@code shown} maps a change for the API. */
    private UpdateFeed(Consumer<String, V> consumer, String topic, String name, Function<V, U> shown) {
        this.topic = topic;
        this.name = name;
        this.shown = shown;
        this.loop = new ConsumerLoop<>("storywire-" + name + "-feed", name + " feed", consumer, new ConsumerLoop.Follower<>() {
            @Override
            public void begin(ConsumerLoop<String, V> loop, Consumer<String, V> consumer) {
                startBack(loop, consumer);
            }

            @Override
            public void take(ConsumerRecords<String, V> records) {
                for (ConsumerRecord<String, V> r : records) {
                    if (r.value() != null) publish(r);
                }
            }
        });
    }

    /** The story-updates topic's feed: {@code /api/updates}, events named "update". */
    public static UpdateFeed<StoryUpdate, Dtos.Update> ofStories(Consumer<String, StoryUpdate> consumer, String topic) {
        return new UpdateFeed<>(consumer, topic, STORY_UPDATES, DtoMapper::update);
    }

    /** The events topic's feed: each event's state as it changes, events named "event" ({@code /api/updates?events=true}). */
    public static UpdateFeed<EventState, Dtos.EventUpdate> ofEvents(Consumer<String, EventState> consumer, String topic) {
        return new UpdateFeed<>(consumer, topic, EVENT_CHANGES, DtoMapper::eventUpdate);
    }

    public UpdateFeed<V, U> start() {
        loop.start();
        return this;
    }

    /**
     * Subscribes, with updates put into {@code queue}. With a {@code lastEventId} (a position this feed gave out) the
     * updates after it that are still in the replay buffer come first; without one, the last {@code last} updates that
     * pass the filter, so that a new client sees recent history.
     */
    public Subscription<U> subscribe(Predicate<U> filter, String lastEventId, int last, BlockingQueue<? super Event<U>> queue) {
        synchronized (replay) {
            Map<Integer, Long> from = lastEventId == null ? null : parsePosition(lastEventId);
            Subscription<U> s = new Subscription<>(filter, queue, from != null ? lastEventId : formatPosition(position));
            if (from != null) {
                for (Event<U> e : replay) {
                    if (isAfter(e, from) && filter.test(e.update())) s.queue.offer(e);
                }
            } else if (last > 0) {
                Deque<Event<U>> recent = new ArrayDeque<>();
                for (var it = replay.descendingIterator(); it.hasNext() && recent.size() < last; ) {
                    Event<U> e = it.next();
                    if (filter.test(e.update())) recent.addFirst(e);
                }
                recent.forEach(s.queue::offer);
            }
            subscriptions.add(s);
            return s;
        }
    }

    public void unsubscribe(Subscription<U> s) {
        subscriptions.remove(s);
    }

    private void startBack(ConsumerLoop<String, V> loop, Consumer<String, V> consumer) {
        List<TopicPartition> partitions = loop.awaitPartitions(topic);
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        // Start a little back so that the replay buffer holds recent history for resuming clients.
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, Math.max(0, end.get(tp) - REPLAY_BUFFER / partitions.size()));
        }
    }

    private void publish(ConsumerRecord<String, V> r) {
        Event<U> event;
        synchronized (replay) {
            position.put(r.partition(), r.offset() + 1);
            event = new Event<>(name, formatPosition(position), shown.apply(r.value()));
            replay.addLast(event);
            if (replay.size() > REPLAY_BUFFER) replay.removeFirst();
        }
        for (Subscription<U> s : subscriptions) {
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

    private static boolean isAfter(Event<?> e, Map<Integer, Long> from) {
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
