package org.storywire.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the raw articles topic when it is missing: the event log, so retained forever. */
public final class RawTopic {
    private static final String OPTIONS = "name the cluster with --bootstrap-servers (or KAFKA_BOOTSTRAP_SERVERS)";

    private RawTopic() {
    }

    /** Creates {@code topic} with {@code partitions} and unlimited retention unless it exists. */
    public static void ensure(String bootstrapServers, String topic, int partitions) {
        ensure(bootstrapServers, Map.of(), topic, partitions);
    }

    /** The same, with client settings (security, SASL) from {@link KafkaClientEnvironment}. */
    public static void ensure(String bootstrapServers, Map<String, String> clientProperties, String topic, int partitions) {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            if (existing.contains(topic)) {
                return;
            }
            NewTopic newTopic = new NewTopic(topic, Optional.of(partitions), Optional.empty())
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
            admin.createTopics(Set.of(newTopic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(bootstrapServers, e.getCause());
            }
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic + " on " + bootstrapServers + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw unreachable(bootstrapServers, e);
        } catch (KafkaException e) {
            // An address that does not resolve fails creating the client; its own message only says that it failed.
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            throw new IllegalStateException("Kafka at " + bootstrapServers + ": " + cause.getMessage() + "; " + OPTIONS, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }

    private static IllegalStateException unreachable(String bootstrapServers, Throwable cause) {
        return new IllegalStateException("no Kafka broker answered at " + bootstrapServers + " within 30 s; start it, or " + OPTIONS, cause);
    }
}
