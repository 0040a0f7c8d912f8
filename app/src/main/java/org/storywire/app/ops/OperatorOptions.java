package org.storywire.app.ops;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.storywire.config.StorywireConfig;
import org.storywire.config.StorywireConfig.Setting;
import org.storywire.platform.StartupException;
import org.storywire.processor.ProcessCommand;
import picocli.CommandLine.Option;

/** Which application on which cluster an operator command acts on: the processor's own configuration, options first. */
public final class OperatorOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (storywire.* and kafka.* keys), as for process.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers (else KAFKA_BOOTSTRAP_SERVERS, else localhost:9092).")
    String bootstrapServers;

    @Option(names = "--app-id", paramLabel = "ID", description = "Kafka Streams application id (else STORYWIRE_APPLICATION_ID, else storywire).")
    String applicationId;

    /**
     * The configuration, once its cluster has answered.
     *
     * @throws StartupException in one line for a missing --config file or a cluster that does not answer
     */
    StorywireConfig config() throws IOException {
        Map<Setting, String> overrides = new EnumMap<>(Setting.class);
        if (applicationId != null) overrides.put(Setting.APPLICATION_ID, applicationId);
        StorywireConfig config;
        try {
            config = ProcessCommand.configure(System.getenv(), configFile, overrides, bootstrapServers);
        } catch (NoSuchFileException e) {
            throw new StartupException("no such file " + configFile + " (--config)", e);
        }
        ClusterCheck.requireReachable(config);
        return config;
    }
}
