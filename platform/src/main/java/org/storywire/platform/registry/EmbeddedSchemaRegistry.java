package org.storywire.platform.registry;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storywire.security.SecretToken;
import org.storywire.security.ServerKeystore;

/**
 * A schema registry server speaking the Confluent Schema Registry REST API (the subset in
 * docs/registry.md: subjects, versions, ids, config, compatibility; Avro only), keeping its state
 * in the compacted single-partition topic {@code _schemas} in the registry's own key/value JSON
 * format. A new instance on the same cluster replays that topic, so ids and versions survive
 * restarts. Compatibility is BACKWARD unless configured otherwise.
 *
 * <p>One instance per cluster: there is no leader election between instances.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {
    public static final String DEFAULT_TOPIC = "_schemas";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
    private static final String DEFAULT_HOST = "127.0.0.1";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SchemasTopic topic;
    private final String url;

    private EmbeddedSchemaRegistry(HttpServer server, ExecutorService executor, SchemasTopic topic, String scheme, String host) {
        this.server = server;
        this.executor = executor;
        this.topic = topic;
        this.url = scheme + "://" + host + ":" + server.getAddress().getPort();
    }

    /** Starts on 127.0.0.1:{@code port} (0 picks a free port), storing schemas in {@code _schemas}. */
    public static EmbeddedSchemaRegistry start(String bootstrapServers, int port) {
        return start(bootstrapServers, DEFAULT_HOST, port, DEFAULT_TOPIC);
    }

    /** Starts on {@code host:port}, storing schemas in {@code topicName}, open to anyone who reaches it, over plain HTTP. */
    public static EmbeddedSchemaRegistry start(String bootstrapServers, String host, int port, String topicName) {
        return start(bootstrapServers, host, port, topicName, new Protection(Optional.empty(), Optional.empty()));
    }

    /**
     * Who may change the schemas, and how the registry is reached.
     *
     * @param writeToken what POST, PUT and DELETE requests must present (HTTP basic auth password or
     *                   bearer token), or empty to let anyone who reaches the registry change it
     * @param tls the key to serve HTTPS with, or empty for plain HTTP
     */
    public record Protection(Optional<String> writeToken, Optional<ServerKeystore> tls) {
        /** Never the token: this object may end up in a log line. */
        @Override
        public String toString() {
            return "Protection[writeToken=" + (writeToken.isPresent() ? "[hidden]" : "none") + ", tls=" + tls + "]";
        }
    }

    /**
     * Starts on {@code host:port}, storing schemas in {@code topicName}; returns once the topic has
     * been replayed and the HTTP server accepts requests.
     */
    public static EmbeddedSchemaRegistry start(String bootstrapServers, String host, int port, String topicName, Protection protection) {
        // A keystore that cannot be used fails before anything is started.
        Optional<SSLContext> tls = protection.tls().map(ServerKeystore::sslContext);
        RegistryState state = new RegistryState();
        SchemasTopic topic = new SchemasTopic(bootstrapServers, topicName, state::apply);
        topic.start();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "storywire-registry-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = tls.isPresent() ? HttpsServer.create(new InetSocketAddress(host, port), 0)
                    : HttpServer.create(new InetSocketAddress(host, port), 0);
            tls.ifPresent(context -> ((HttpsServer) server).setHttpsConfigurator(new HttpsConfigurator(context)));
            server.createContext("/", new RegistryHttpHandler(new RegistryService(state, topic),
                    protection.writeToken().map(SecretToken::of)));
            server.setExecutor(executor);
            server.start();
            EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(server, executor, topic, tls.isPresent() ? "https" : "http", host);
            LOG.info("Schema registry listening on {} (schemas in topic {} on {}; changes {})", registry.url, topicName,
                    bootstrapServers, protection.writeToken().isPresent() ? "need the write token" : "open to anyone who reaches it");
            return registry;
        } catch (IOException e) {
            executor.shutdownNow();
            topic.close();
            throw new UncheckedIOException("could not start the schema registry's HTTP server on " + host + ":" + port, e);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        topic.close();
        LOG.info("Schema registry on {} stopped", url);
    }
}
