package org.storywire.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.storywire.security.ServerKeystore;

/**
 * Everything the processor needs to know, read by one pure function from the environment and an
 * optional properties file (environment wins). Two families of keys:
 * <ul>
 *   <li>{@code STORYWIRE_*} (file: {@code storywire.*}) for storywire's own settings, listed in
 *       {@link Setting};</li>
 *   <li>{@code KAFKA_*} (file: {@code kafka.*}) passed through to every Kafka client, e.g.
 *       {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} becomes {@code security.protocol=SASL_SSL}.</li>
 * </ul>
 */
public record StorywireConfig(
        String bootstrapServers,
        String schemaRegistryUrl,
        String serde,
        String applicationId,
        TopicNames topics,
        int partitions,
        short replicationFactor,
        String processingGuarantee,
        int standbyReplicas,
        int streamThreads,
        Path stateDir,
        String httpHost,
        int httpPort,
        String httpBind,
        int timelineLimit,
        String apiToken,
        String tlsKeystore,
        String tlsKeystorePassword,
        java.util.List<String> alertWebhookHosts,
        Map<String, String> kafkaClientProperties) {

    /** Names of the topics; see README "Topics and stores". */
    public record TopicNames(String articlesRaw, String statements, String stories, String storyUpdates, String deadLetters,
                             String alertRules, String alerts, String articleSignatures, String events) {}

    /** storywire's own settings with their defaults. The environment name is {@code STORYWIRE_} + name. */
    public enum Setting {
        SCHEMA_REGISTRY_URL("http://localhost:8081"),
        SERDE("storywire"),
        APPLICATION_ID("storywire"),
        TOPIC_ARTICLES_RAW("articles.raw"),
        TOPIC_STATEMENTS("statements"),
        TOPIC_STORIES("stories"),
        TOPIC_STORY_UPDATES("story-updates"),
        TOPIC_DLQ("articles.dlq"),
        TOPIC_ALERT_RULES("alert-rules"),
        TOPIC_ALERTS("alerts"),
        TOPIC_ARTICLE_SIGNATURES("article-signatures"),
        TOPIC_EVENTS("events"),
        PARTITIONS("3"),
        REPLICATION_FACTOR("1"),
        PROCESSING_GUARANTEE("exactly_once_v2"),
        STANDBY_REPLICAS("0"),
        // Extraction is CPU-bound and a thread runs one task at a time: one thread per core of a small machine.
        STREAM_THREADS("2"),
        STATE_DIR("data/streams"),
        HTTP_HOST("localhost"),
        HTTP_PORT("8080"),
        // Loopback unless the API is meant to be reached from elsewhere: see README "Security".
        HTTP_BIND("127.0.0.1"),
        TIMELINE_LIMIT("200"),
        API_TOKEN(""),
        TLS_KEYSTORE(""),
        TLS_KEYSTORE_PASSWORD(""),
        // Empty: webhooks may go to any host; else a comma-separated list of the only hosts alerts may be posted to.
        ALERT_WEBHOOK_HOSTS("");

        final String defaultValue;

        Setting(String defaultValue) {
            this.defaultValue = defaultValue;
        }

        public String envName() {
            return "STORYWIRE_" + name();
        }

        String fileKey() {
            return "storywire." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    /** Reads the configuration. Pure: same inputs, same result; nothing else is consulted. */
    public static StorywireConfig from(Map<String, String> env, Properties file) {
        Map<String, String> kafka = new TreeMap<>();
        file.stringPropertyNames().stream()
                .filter(k -> k.startsWith("kafka."))
                .forEach(k -> kafka.put(k.substring("kafka.".length()), file.getProperty(k)));
        env.forEach((k, v) -> {
            if (k.startsWith("KAFKA_") && k.length() > "KAFKA_".length()) {
                kafka.put(k.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        String bootstrap = kafka.getOrDefault("bootstrap.servers", DEFAULT_BOOTSTRAP_SERVERS);
        kafka.remove("bootstrap.servers");

        Map<Setting, String> s = new java.util.EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = env.get(setting.envName());
            if (value == null) value = file.getProperty(setting.fileKey());
            s.put(setting, value == null ? setting.defaultValue : value.trim());
        }
        return new StorywireConfig(
                bootstrap,
                s.get(Setting.SCHEMA_REGISTRY_URL),
                oneOf(Setting.SERDE, s.get(Setting.SERDE), "storywire", "confluent"),
                s.get(Setting.APPLICATION_ID),
                new TopicNames(s.get(Setting.TOPIC_ARTICLES_RAW), s.get(Setting.TOPIC_STATEMENTS),
                        s.get(Setting.TOPIC_STORIES), s.get(Setting.TOPIC_STORY_UPDATES), s.get(Setting.TOPIC_DLQ),
                        s.get(Setting.TOPIC_ALERT_RULES), s.get(Setting.TOPIC_ALERTS),
                        s.get(Setting.TOPIC_ARTICLE_SIGNATURES), s.get(Setting.TOPIC_EVENTS)),
                positiveInt(Setting.PARTITIONS, s.get(Setting.PARTITIONS)),
                (short) positiveInt(Setting.REPLICATION_FACTOR, s.get(Setting.REPLICATION_FACTOR)),
                oneOf(Setting.PROCESSING_GUARANTEE, s.get(Setting.PROCESSING_GUARANTEE), "exactly_once_v2", "at_least_once"),
                nonNegativeInt(Setting.STANDBY_REPLICAS, s.get(Setting.STANDBY_REPLICAS)),
                positiveInt(Setting.STREAM_THREADS, s.get(Setting.STREAM_THREADS)),
                Path.of(s.get(Setting.STATE_DIR)),
                s.get(Setting.HTTP_HOST),
                nonNegativeInt(Setting.HTTP_PORT, s.get(Setting.HTTP_PORT)),
                s.get(Setting.HTTP_BIND),
                positiveInt(Setting.TIMELINE_LIMIT, s.get(Setting.TIMELINE_LIMIT)),
                s.get(Setting.API_TOKEN),
                s.get(Setting.TLS_KEYSTORE),
                s.get(Setting.TLS_KEYSTORE_PASSWORD),
                hostList(s.get(Setting.ALERT_WEBHOOK_HOSTS)),
                Map.copyOf(kafka));
    }

    /**
     * The environment of an instance with topics, application id and state of its own, all named
     * after {@code prefix}, on loopback: for the evaluation's runs, benchmarks and tests.
     */
    public static Map<String, String> isolatedEnvironment(String bootstrapServers, String registryUrl, String prefix,
                                                          Path stateDir, int httpPort) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put(Setting.SCHEMA_REGISTRY_URL.envName(), registryUrl);
        env.put(Setting.APPLICATION_ID.envName(), prefix + "-app");
        env.put(Setting.TOPIC_ARTICLES_RAW.envName(), prefix + ".articles.raw");
        env.put(Setting.TOPIC_STATEMENTS.envName(), prefix + ".statements");
        env.put(Setting.TOPIC_STORIES.envName(), prefix + ".stories");
        env.put(Setting.TOPIC_STORY_UPDATES.envName(), prefix + ".story-updates");
        env.put(Setting.TOPIC_DLQ.envName(), prefix + ".articles.dlq");
        env.put(Setting.TOPIC_ALERT_RULES.envName(), prefix + ".alert-rules");
        env.put(Setting.TOPIC_ALERTS.envName(), prefix + ".alerts");
        env.put(Setting.TOPIC_ARTICLE_SIGNATURES.envName(), prefix + ".article-signatures");
        env.put(Setting.TOPIC_EVENTS.envName(), prefix + ".events");
        env.put(Setting.STATE_DIR.envName(), stateDir.toString());
        env.put(Setting.HTTP_HOST.envName(), "127.0.0.1");
        env.put(Setting.HTTP_PORT.envName(), String.valueOf(httpPort));
        return env;
    }

    /** The same configuration with a Kafka client setting added, unless the operator set that one already. */
    public StorywireConfig withKafkaDefault(String key, String value) {
        if (kafkaClientProperties.containsKey(key)) return this;
        Map<String, String> env = new TreeMap<>();
        for (Setting setting : Setting.values()) {
            env.put(setting.envName(), String.valueOf(current(setting)));
        }
        kafkaClientProperties.forEach((k, v) -> env.put("KAFKA_" + k.toUpperCase(Locale.ROOT).replace('.', '_'), v));
        env.put("KAFKA_" + key.toUpperCase(Locale.ROOT).replace('.', '_'), value);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        return from(env, new Properties());
    }

    /** The same configuration with some settings replaced, as command-line options do. */
    public StorywireConfig with(Map<Setting, String> overrides, String bootstrapOverride) {
        Map<String, String> env = new TreeMap<>();
        for (Setting setting : Setting.values()) {
            env.put(setting.envName(), String.valueOf(current(setting)));
        }
        overrides.forEach((k, v) -> env.put(k.envName(), v));
        kafkaClientProperties.forEach((k, v) -> env.put("KAFKA_" + k.toUpperCase(Locale.ROOT).replace('.', '_'), v));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapOverride == null ? bootstrapServers : bootstrapOverride);
        return from(env, new Properties());
    }

    private Object current(Setting setting) {
        return switch (setting) {
            case SCHEMA_REGISTRY_URL -> schemaRegistryUrl;
            case SERDE -> serde;
            case APPLICATION_ID -> applicationId;
            case TOPIC_ARTICLES_RAW -> topics.articlesRaw();
            case TOPIC_STATEMENTS -> topics.statements();
            case TOPIC_STORIES -> topics.stories();
            case TOPIC_STORY_UPDATES -> topics.storyUpdates();
            case TOPIC_DLQ -> topics.deadLetters();
            case TOPIC_ALERT_RULES -> topics.alertRules();
            case TOPIC_ALERTS -> topics.alerts();
            case TOPIC_ARTICLE_SIGNATURES -> topics.articleSignatures();
            case TOPIC_EVENTS -> topics.events();
            case PARTITIONS -> partitions;
            case REPLICATION_FACTOR -> replicationFactor;
            case PROCESSING_GUARANTEE -> processingGuarantee;
            case STANDBY_REPLICAS -> standbyReplicas;
            case STREAM_THREADS -> streamThreads;
            case STATE_DIR -> stateDir;
            case HTTP_HOST -> httpHost;
            case HTTP_PORT -> httpPort;
            case HTTP_BIND -> httpBind;
            case TIMELINE_LIMIT -> timelineLimit;
            case API_TOKEN -> apiToken;
            case TLS_KEYSTORE -> tlsKeystore;
            case TLS_KEYSTORE_PASSWORD -> tlsKeystorePassword;
            case ALERT_WEBHOOK_HOSTS -> String.join(",", alertWebhookHosts);
        };
    }

    /** The key the API serves HTTPS with, or empty for plain HTTP. */
    public Optional<ServerKeystore> serverKeystore() {
        return tlsKeystore.isEmpty() ? Optional.empty() : Optional.of(new ServerKeystore(Path.of(tlsKeystore), tlsKeystorePassword));
    }

    /** The secret-free rendering used in logs. */
    @Override
    public String toString() {
        Map<String, String> safeKafka = new TreeMap<>();
        kafkaClientProperties.forEach((k, v) -> safeKafka.put(k, isSecret(k) ? "[hidden]" : v));
        return "StorywireConfig[bootstrapServers=" + bootstrapServers + ", schemaRegistryUrl=" + schemaRegistryUrl
                + ", applicationId=" + applicationId + ", topics=" + topics + ", partitions=" + partitions
                + ", replicationFactor=" + replicationFactor + ", processingGuarantee=" + processingGuarantee
                + ", standbyReplicas=" + standbyReplicas + ", streamThreads=" + streamThreads + ", stateDir=" + stateDir + ", http=" + httpHost + ":" + httpPort
                + ", bind=" + httpBind + ", tls=" + serverKeystore().map(ServerKeystore::toString).orElse("none")
                + ", timelineLimit=" + timelineLimit + ", apiToken=" + (apiToken.isEmpty() ? "none" : "[hidden]")
                + ", alertWebhookHosts=" + (alertWebhookHosts.isEmpty() ? "any" : alertWebhookHosts)
                + ", kafka=" + safeKafka + "]";
    }

    static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token")
                || k.contains("user.info");
    }

    private static java.util.List<String> hostList(String value) {
        return java.util.Arrays.stream(value.split(",")).map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).distinct().toList();
    }

    private static int positiveInt(Setting setting, String value) {
        int n = nonNegativeInt(setting, value);
        if (n == 0) throw new ConfigException(setting.envName() + " must be at least 1, got " + value);
        return n;
    }

    private static int nonNegativeInt(Setting setting, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(setting.envName() + " must be a whole number >= 0, got '" + value + "'");
        }
    }

    private static String oneOf(Setting setting, String value, String... allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) return a;
        }
        throw new ConfigException(setting.envName() + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }

    /** A setting has a value the application cannot use; the message names the setting. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
