package org.storywire.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FeatureUpdate;
import org.apache.kafka.clients.admin.FinalizedVersionRange;
import org.apache.kafka.clients.admin.UpdateFeaturesOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker + controller) running in this
 * JVM, from Kafka's own jars. Its log directory is formatted once and reused, so the event log
 * survives restarts when the same directory is given again.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    static final int CLEANER_DEDUPE_BYTES = 16 * 1024 * 1024;
    /**
     * Transactions v2 (KIP-890): a partition joins a transaction with its first produce, not by a request of
     * the client's and a verification of the broker's, and the group's offsets with the offset commit, so a
     * transaction costs the broker a quarter fewer requests (BENCHMARKS.md, ev37). Each transaction has an
     * epoch of its own, whose first batch to a partition must be sequence 0: the producers of the processor
     * keep one request in flight for that (StreamsSettings).
     */
    static final short TRANSACTION_VERSION = 2;
    static final String TRANSACTION_VERSION_FEATURE = "transaction.version";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String saslBootstrapServers;
    private final Path dataDir;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, String saslBootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.saslBootstrapServers = saslBootstrapServers;
        this.dataDir = dataDir;
    }

    /**
     * Starts a broker on 127.0.0.1. {@code port} 0 picks a free port.
     *
     * @param dataDir where the log lives; formatted on first use, reused afterwards
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /**
     * Starts a broker on 127.0.0.1 that also has a SASL/PLAIN listener ({@link #saslBootstrapServers()})
     * accepting exactly {@code users} (name to password); the plain listener stays for the registry.
     */
    public static EmbeddedKafkaBroker startWithSaslPlain(Path dataDir, Map<String, String> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("a SASL/PLAIN listener needs at least one user");
        }
        return start(dataDir, 0, users);
    }

    private static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> saslUsers) {
        try {
            Files.createDirectories(dataDir);
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePortOtherThan(brokerPort);
            Properties props = brokerProperties(dataDir, brokerPort, controllerPort);
            int saslPort = saslUsers.isEmpty() ? 0 : freePortOtherThan(brokerPort, controllerPort);
            if (saslPort != 0) {
                addSaslPlainListener(props, brokerPort, saslPort, controllerPort, saslUsers);
            }
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            formatIfNeeded(dataDir);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            upgradeTransactionVersion("127.0.0.1:" + brokerPort);
            String bootstrap = "127.0.0.1:" + brokerPort;
            String saslBootstrap = saslPort == 0 ? null : "127.0.0.1:" + saslPort;
            LOG.info("Kafka broker listening on {}{} (data in {})", bootstrap, saslPort == 0 ? "" : " and SASL/PLAIN on " + saslBootstrap, dataDir);
            return new EmbeddedKafkaBroker(server, bootstrap, saslBootstrap, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Kafka broker in " + dataDir, e);
        }
    }

    private static void addSaslPlainListener(Properties p, int brokerPort, int saslPort, int controllerPort, Map<String, String> users) {
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort
                + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("sasl.enabled.mechanisms", "PLAIN");
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
        users.forEach((user, password) -> jaas.append(" user_").append(user).append("=\"").append(password).append('"'));
        p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", jaas.append(';').toString());
    }

    static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        // A single node: every internal topic has one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        // The raw log is the event log: keep it unless a topic says otherwise.
        p.put("log.retention.ms", "-1");
        // The log cleaner's key map is allocated on this JVM's heap when the broker starts, and cleared
        // whole before each cleaning of a changelog: Kafka's 128 MB suits a broker with a JVM of its own.
        // 16 MB maps about 600,000 keys a pass; a changelog with more dirty keys is cleaned in several.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(CLEANER_DEDUPE_BYTES));
        return p;
    }

    private static void formatIfNeeded(Path dataDir) throws IOException {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        format(dataDir, TRANSACTION_VERSION);
    }

    /** Formats a new log directory whose cluster runs {@code transactionVersion}. */
    static void format(Path dataDir, short transactionVersion) throws IOException {
        Files.createDirectories(dataDir);
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toAbsolutePath().toString()))
                    .setMetadataLogDirectory(dataDir.toAbsolutePath().toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName("CONTROLLER")
                    .setFeatureLevel(TRANSACTION_VERSION_FEATURE, transactionVersion)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IOException("could not format the Kafka log directory " + dataDir, e);
        }
    }

    /**
     * A log directory formatted by an earlier build runs transactions v1 (its features are set when it is
     * formatted): raise it, before any producer starts, as a production cluster is upgraded.
     */
    private static void upgradeTransactionVersion(String bootstrap) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            FinalizedVersionRange finalized = admin.describeFeatures().featureMetadata().get()
                    .finalizedFeatures().get(TRANSACTION_VERSION_FEATURE);
            if (finalized != null && finalized.maxVersionLevel() >= TRANSACTION_VERSION) return;
            admin.updateFeatures(Map.of(TRANSACTION_VERSION_FEATURE,
                            new FeatureUpdate(TRANSACTION_VERSION, FeatureUpdate.UpgradeType.UPGRADE)),
                    new UpdateFeaturesOptions()).all().get();
            LOG.info("Raised {} of the log in place to {}", TRANSACTION_VERSION_FEATURE, TRANSACTION_VERSION);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while raising the broker's transaction version", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not raise the broker's transaction version", e.getCause());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * A free port none of the listeners already chosen uses: a broker restarted on its old port has just released it,
     * and the system may hand that same port out again as "free".
     */
    private static int freePortOtherThan(int... taken) throws IOException {
        for (int attempt = 0; ; attempt++) {
            int candidate = freePort();
            if (Arrays.stream(taken).noneMatch(p -> p == candidate)) return candidate;
            if (attempt == 20) throw new IOException("no free port other than " + Arrays.toString(taken));
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The SASL/PLAIN listener of a broker started with {@link #startWithSaslPlain}. */
    public String saslBootstrapServers() {
        if (saslBootstrapServers == null) {
            throw new IllegalStateException("this broker has no SASL listener");
        }
        return saslBootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Kafka broker on {} stopped", bootstrapServers);
    }
}
