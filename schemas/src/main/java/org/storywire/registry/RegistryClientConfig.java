package org.storywire.registry;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * Connection settings of {@link SchemaRegistryClient}, read from the same keys Confluent's client
 * uses so that one config map serves both.
 *
 * @param urls base URLs, tried in order; the next one is used when one fails
 * @param userInfo {@code user:password} for HTTP basic auth, or empty
 * @param maxRetries how often a 408, 429 or 5xx answer is retried on one URL before failing over
 */
public record RegistryClientConfig(List<String> urls, Optional<String> userInfo, Duration connectTimeout,
                                   Duration requestTimeout, int maxRetries, Duration retryWait,
                                   Duration retryMaxWait) {
    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    /** The older, prefixed spelling of {@link #USER_INFO} that Confluent still accepts. */
    public static final String PREFIXED_USER_INFO = "schema.registry.basic.auth.user.info";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";

    public RegistryClientConfig {
        if (urls.isEmpty()) {
            throw new ConfigException("No schema registry URL given: set " + URL);
        }
        urls = List.copyOf(urls);
    }

    /** Defaults for everything but the URLs (comma-separated). */
    public static RegistryClientConfig of(String urls) {
        return fromMap(Map.of(URL, urls));
    }

    public static RegistryClientConfig fromMap(Map<String, ?> configs) {
        Object rawUrls = configs.get(URL);
        if (rawUrls == null || rawUrls.toString().isBlank()) {
            throw new ConfigException("Missing required configuration \"" + URL
                    + "\": the schema registry base URL(s), comma-separated");
        }
        List<String> urls = Arrays.stream(rawUrls.toString().split(","))
                .map(String::trim).filter(u -> !u.isEmpty())
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .toList();
        return new RegistryClientConfig(urls, userInfo(configs),
                Duration.ofMillis(longValue(configs, CONNECT_TIMEOUT_MS, 10_000)),
                Duration.ofMillis(longValue(configs, REQUEST_TIMEOUT_MS, 30_000)),
                (int) longValue(configs, MAX_RETRIES, 3),
                Duration.ofMillis(longValue(configs, RETRIES_WAIT_MS, 1_000)),
                Duration.ofMillis(longValue(configs, RETRIES_MAX_WAIT_MS, 20_000)));
    }

    private static Optional<String> userInfo(Map<String, ?> configs) {
        Object source = configs.get(CREDENTIALS_SOURCE);
        Object info = configs.containsKey(USER_INFO) ? configs.get(USER_INFO) : configs.get(PREFIXED_USER_INFO);
        if (source == null || source.toString().isBlank()) {
            return Optional.empty();
        }
        if (!"USER_INFO".equalsIgnoreCase(source.toString().trim())) {
            throw new ConfigException(CREDENTIALS_SOURCE, source, "only USER_INFO is supported");
        }
        if (info == null || !info.toString().contains(":")) {
            throw new ConfigException(USER_INFO, "(hidden)", "expected user:password when "
                    + CREDENTIALS_SOURCE + "=USER_INFO");
        }
        return Optional.of(info.toString());
    }

    private static long longValue(Map<String, ?> configs, String key, long defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "not a number");
        }
    }
}
