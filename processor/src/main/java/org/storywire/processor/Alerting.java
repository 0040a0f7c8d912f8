package org.storywire.processor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.storywire.alerts.AlertDispatcher;
import org.storywire.alerts.AlertRuleStore;
import org.storywire.alerts.AlertsApi;
import org.storywire.alerts.WebhookSender;
import org.storywire.config.StorywireConfig;
import org.storywire.query.StoryQueryService;
import org.storywire.topology.SerdeFactory;

/** The alert rules, their matching and their deliveries, wired from configuration. */
final class Alerting implements AutoCloseable {
    /** Deliveries that may wait for a webhook, retries included, before alerts are dropped. */
    static final int WEBHOOK_QUEUE = 1_000;
    static final Duration WEBHOOK_FIRST_BACKOFF = Duration.ofSeconds(1);

    private final StorywireConfig config;
    private final AlertRuleStore rules;
    private final AlertDispatcher dispatcher;
    private final ObjectMapper json;

    private Alerting(StorywireConfig config, AlertRuleStore rules, AlertDispatcher dispatcher, ObjectMapper json) {
        this.config = config;
        this.rules = rules;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    static Alerting create(StorywireConfig config, SerdeFactory serdes, StoryQueryService queries, ObjectMapper json,
                           MeterRegistry metrics) {
        var topics = config.topics();
        AlertRuleStore rules = new AlertRuleStore(producer(config), rulesConsumer(config), topics.alertRules(), json);
        WebhookSender webhooks = new WebhookSender(config.alertWebhookHosts(), WEBHOOK_QUEUE, WEBHOOK_FIRST_BACKOFF, metrics);
        // A group of its own: with several instances each story update is matched (and alerted) once.
        KafkaConsumer<String, org.storywire.avro.StoryUpdate> updates = new KafkaConsumer<>(
                updatesConsumerConfig(config), new StringDeserializer(),
                serdes.valueSerde(org.storywire.avro.StoryUpdate.class).deserializer());
        AlertDispatcher dispatcher = new AlertDispatcher(updates, producer(config), topics.storyUpdates(), topics.alerts(),
                rules, webhooks, queries::current, json, Clock.systemUTC(), metrics);
        return new Alerting(config, rules, dispatcher, json);
    }

    void start() {
        rules.start();
        dispatcher.start();
    }

    void routes(JavalinDefaultRoutingApi routes) {
        AlertsApi.register(routes, rules, config.alertWebhookHosts(), json, Clock.systemUTC());
    }

    private static Map<String, Object> updatesConsumerConfig(StorywireConfig config) {
        Map<String, Object> props = base(config);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.applicationId() + "-alerts");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A new deployment alerts from now on, not for every update of the archive.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        return props;
    }

    /** No group: every instance reads every rule. */
    private static KafkaConsumer<String, String> rulesConsumer(StorywireConfig config) {
        Map<String, Object> props = base(config);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static KafkaProducer<String, String> producer(StorywireConfig config) {
        Map<String, Object> props = base(config);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // An unreachable broker fails a send after two seconds instead of stalling the alert thread for a minute.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
        // One request in flight, as ingest's producer: after a broker restart a second request could overtake the first
        // and the broker reject the first until it expires (KAFKA-15591, ArticlePublisher.producerConfig).
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static Map<String, Object> base(StorywireConfig config) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return props;
    }

    @Override
    public void close() {
        dispatcher.close();
        rules.close();
    }
}
