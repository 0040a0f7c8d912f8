package org.storywire.platform;

import java.nio.file.Path;
import java.util.Optional;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;

/**
 * The embedded default: a real Kafka broker and the schema registry in this JVM, on loopback.
 * Used by {@code storywire demo} and by the integration tests.
 */
public final class EmbeddedPlatform implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final EmbeddedSchemaRegistry registry;

    private EmbeddedPlatform(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    /** Starts broker and registry, both on loopback, the registry open to anyone who reaches it; a port of 0 picks a free one. */
    public static EmbeddedPlatform start(Path dataDir, int kafkaPort, int registryPort) {
        return start(dataDir, kafkaPort, "127.0.0.1", registryPort, new EmbeddedSchemaRegistry.Protection(Optional.empty(), Optional.empty()));
    }

    /**
     * Starts the broker on loopback and the registry on {@code registryBind} with its protection. A
     * port found taken (by a bind racing the caller's {@link PortCheck}) fails with a
     * {@link StartupException} naming the demo's option for it.
     */
    public static EmbeddedPlatform start(Path dataDir, int kafkaPort, String registryBind, int registryPort,
                                         EmbeddedSchemaRegistry.Protection registryProtection) {
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), kafkaPort);
        } catch (RuntimeException e) {
            throw PortCheck.isBindFailure(e) ? PortCheck.inUse(kafkaPort, "--kafka-port", e) : e;
        }
        try {
            return new EmbeddedPlatform(broker, EmbeddedSchemaRegistry.start(broker.bootstrapServers(), registryBind, registryPort,
                    EmbeddedSchemaRegistry.DEFAULT_TOPIC, registryProtection));
        } catch (RuntimeException e) {
            broker.close();
            throw PortCheck.isBindFailure(e) ? PortCheck.inUse(registryPort, "--registry-port", e) : e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String registryUrl() {
        return registry.url();
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
    }
}
