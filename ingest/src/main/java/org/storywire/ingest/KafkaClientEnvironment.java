package org.storywire.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kafka client settings from the environment, as the processor reads them: {@code KAFKA_} + the
 * setting in upper case with dots as underscores ({@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} becomes
 * {@code security.protocol=SASL_SSL}), so that TLS, SASL and registry basic auth reach every client
 * ingest makes. The bootstrap servers have their own option.
 */
public final class KafkaClientEnvironment {
    private KafkaClientEnvironment() {
    }

    public static Map<String, String> from(Map<String, String> env) {
        Map<String, String> settings = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && name.length() > "KAFKA_".length()) {
                settings.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        settings.remove("bootstrap.servers");
        return Map.copyOf(settings);
    }
}
