package org.storywire.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.storywire.avro.StoryUpdate;
import org.storywire.query.ConsumerLoop;
import org.storywire.query.DtoMapper;
import org.storywire.query.Dtos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches story updates against the alert rules and delivers each match to the alerts topic and,
 * for rules with a webhook, to the {@link WebhookSender}. It reads the story-updates topic in a
 * consumer group of its own, so that with several instances each update is matched once, and on
 * its own thread: nothing it does can hold up the stream threads.
 */
public final class AlertDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    private final ConsumerLoop<String, StoryUpdate> loop;
    private final Producer<String, String> alerts;
    private final String updatesTopic;
    private final String alertsTopic;
    private final AlertRuleStore rules;
    private final WebhookSender webhooks;
    private final Function<String, Optional<Dtos.Story>> stories;
    private final ObjectMapper json;
    private final Clock clock;
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    private final Counter matched;
    private final Counter unpublished;

    public AlertDispatcher(Consumer<String, StoryUpdate> consumer, Producer<String, String> alerts, String updatesTopic,
                           String alertsTopic, AlertRuleStore rules, WebhookSender webhooks,
                           Function<String, Optional<Dtos.Story>> stories, ObjectMapper json, Clock clock, MeterRegistry metrics) {
        this.alerts = alerts;
        this.updatesTopic = updatesTopic;
        this.alertsTopic = alertsTopic;
        this.rules = rules;
        this.webhooks = webhooks;
        this.stories = stories;
        this.json = json;
        this.clock = clock;
        this.matched = Counter.builder("storywire.alerts.matched").register(metrics);
        this.unpublished = Counter.builder("storywire.alerts.topic.failed").description("alerts the alerts topic did not take").register(metrics);
        Gauge.builder("storywire.alerts.partitions", assigned, Set::size)
                .description("story-updates partitions this instance matches alerts for").register(metrics);
        this.loop = new ConsumerLoop<>("storywire-alerts", "Alerts", consumer, new ConsumerLoop.Follower<>() {
            @Override
            public void begin(ConsumerLoop<String, StoryUpdate> loop, Consumer<String, StoryUpdate> consumer) {
                subscribe(consumer);
            }

            @Override
            public void take(ConsumerRecords<String, StoryUpdate> records) {
                for (ConsumerRecord<String, StoryUpdate> r : records) {
                    if (r.value() != null) dispatch(DtoMapper.update(r.value()));
                }
            }
        });
    }

    public AlertDispatcher start() {
        loop.start();
        return this;
    }

    private void subscribe(Consumer<String, StoryUpdate> consumer) {
        consumer.subscribe(List.of(updatesTopic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                assigned.removeAll(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assigned.addAll(partitions);
            }
        });
    }

    void dispatch(Dtos.Update update) {
        List<AlertRule> all = rules.all();
        if (all.isEmpty()) return;
        // The story is read only when some rule looks beyond the update itself.
        Optional<Dtos.Story> story = all.stream().anyMatch(r -> r.actor() != null || r.text() != null)
                ? readStory(update.storyId()) : Optional.empty();
        AlertSubject subject = AlertSubject.of(update, story);
        for (AlertRule rule : all) {
            if (rule.matches(subject)) deliver(rule, update);
        }
    }

    private Optional<Dtos.Story> readStory(String storyId) {
        try {
            return stories.apply(storyId);
        } catch (RuntimeException e) {
            // Matched on the update alone then: a rule naming an actor can still match the cause's speaker.
            LOG.debug("Story {} not readable for alert matching: {}", storyId, e.toString());
            return Optional.empty();
        }
    }

    private void deliver(AlertRule rule, Dtos.Update update) {
        matched.increment();
        String body;
        try {
            body = json.writeValueAsString(new Alert(rule.id(), rule.name(), update, clock.instant()));
        } catch (IOException e) {
            throw new IllegalStateException("an alert is always writable as JSON", e);
        }
        alerts.send(new ProducerRecord<>(alertsTopic, update.storyId(), body), (metadata, error) -> {
            if (error != null) {
                unpublished.increment();
                LOG.warn("Alert of rule {} for story {} not written to {}: {}", rule.id(), update.storyId(), alertsTopic, error.toString());
            }
        });
        if (rule.webhookUrl() != null) webhooks.submit(rule, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        loop.close();
        alerts.close(Duration.ofSeconds(5));
        webhooks.close();
    }
}
