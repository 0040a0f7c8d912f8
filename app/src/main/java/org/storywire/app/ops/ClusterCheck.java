package org.storywire.app.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.StartupException;

/**
 * Whether the cluster an operator command acts on answers, asked before the command starts:
 * otherwise a wrong or stopped broker shows as a wait of minutes (the clients retry until their
 * own timeouts) and then a stack trace that names neither the servers nor the option to change.
 */
final class ClusterCheck {
    /** Long enough for a broker across a slow network to answer one metadata request. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String OPTIONS = "--bootstrap-servers (or KAFKA_BOOTSTRAP_SERVERS, or kafka.bootstrap.servers in the --config file)";

    private ClusterCheck() {}

    /** @throws StartupException naming the bootstrap servers and the option that sets them, when the cluster does not answer */
    static void requireReachable(StorywireConfig config) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        String servers = config.bootstrapServers();
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis())).clusterId().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new StartupException("no Kafka broker answered at " + servers + " within " + TIMEOUT.toSeconds()
                        + " s; start it, or name the cluster with " + OPTIONS, e);
            }
            throw refused(servers, e.getCause());
        } catch (KafkaException e) {
            // An address that does not resolve fails creating the client, before any request.
            throw refused(servers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while asking Kafka at " + servers, e);
        }
    }

    private static StartupException refused(String servers, Throwable cause) {
        return new StartupException("Kafka at " + servers + ": " + oneLine(cause) + "; check " + OPTIONS + " and the client security settings", cause);
    }

    /** The innermost reason: "Failed to create new KafkaAdminClient" hides "No resolvable bootstrap urls". */
    private static String oneLine(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
