package org.storywire.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.storywire.config.StorywireConfig;
import org.storywire.config.StorywireConfig.Setting;
import picocli.CommandLine.Option;

/** Where a processor finds Kafka and the registry, what it is called and where its API listens: the options {@code process} and {@code replay} share. */
public final class ConfigOptions {
    @Option(names = "--config", description = "Properties file (storywire.* and kafka.* keys).")
    Path configFile;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (else KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", description = "Schema registry URL (else STORYWIRE_SCHEMA_REGISTRY_URL).")
    String registryUrl;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address the API listens on; 0.0.0.0 for every interface (else STORYWIRE_HTTP_BIND, default 127.0.0.1).")
    String bind;

    @Option(names = "--port", description = "HTTP port of the API (else STORYWIRE_HTTP_PORT; replay: 8090).")
    Integer port;

    @Option(names = "--app-id", description = "Kafka Streams application id (else STORYWIRE_APPLICATION_ID; replay: storywire-replay-<now>,"
            + " which also prefixes the replay's topics).")
    String applicationId;

    @Option(names = "--state-dir", description = "Directory for the local state stores (else STORYWIRE_STATE_DIR; a replay's are in <app-id> below it).")
    Path stateDir;

    /** The environment, then the file, then these options and the command's own {@code overrides}. */
    StorywireConfig configure(Map<Setting, String> overrides) throws IOException {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        all.putAll(overrides);
        if (registryUrl != null) all.put(Setting.SCHEMA_REGISTRY_URL, registryUrl);
        if (bind != null) all.put(Setting.HTTP_BIND, bind);
        if (port != null) all.put(Setting.HTTP_PORT, String.valueOf(port));
        if (applicationId != null) all.put(Setting.APPLICATION_ID, applicationId);
        if (stateDir != null) all.put(Setting.STATE_DIR, stateDir.toString());
        return ProcessCommand.configure(System.getenv(), configFile, all, bootstrapServers);
    }
}
