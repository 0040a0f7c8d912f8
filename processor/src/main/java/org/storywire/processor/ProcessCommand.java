package org.storywire.processor;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.storywire.config.StorywireConfig;
import org.storywire.config.StorywireConfig.Setting;
import org.storywire.lifecycle.Shutdown;
import org.storywire.serde.AvroSerdes;
import org.storywire.topology.SerdeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storywire process}: runs one processor instance until stopped. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Run the stream processor: articles.raw -> statements -> stories / story-updates, with the query API.",
                "Configuration comes from STORYWIRE_* and KAFKA_* environment variables and --config; options override both."})
public final class ProcessCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        StorywireConfig config = options.configure(Map.of());
        if (!isFree(config.httpPort())) {
            System.err.println("process: port " + config.httpPort() + " is already in use; start with another --port (or STORYWIRE_HTTP_PORT)");
            return 2;
        }
        Shutdown shutdown = Shutdown.onSignal(Duration.ofSeconds(30), System.err);
        ProcessorApp app = ProcessorApp.start(config, serdeFactory(config));
        shutdown.add("processor", app);
        System.out.printf("storywire processor %s: API on %s://%s:%d%n", config.applicationId(),
                config.serverKeystore().isPresent() ? "https" : "http", config.httpBind(), app.apiPort());
        shutdown.await();
        return 0;
    }

    private static boolean isFree(int port) {
        if (port == 0) return true;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Environment, then the file, then command-line overrides. */
    public static StorywireConfig configure(Map<String, String> env, Path file, Map<Setting, String> overrides, String bootstrap) throws IOException {
        Properties props = new Properties();
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(file)) {
                props.load(reader);
            }
        }
        StorywireConfig base = StorywireConfig.from(env, props);
        return overrides.isEmpty() && bootstrap == null ? base : base.with(overrides, bootstrap);
    }

    /** The serdes as configured: ours speaking the registry protocol, or Confluent's. */
    public static SerdeFactory serdeFactory(StorywireConfig config) {
        Map<String, Object> serdeConfig = new java.util.HashMap<>(config.kafkaClientProperties());
        serdeConfig.put("schema.registry.url", config.schemaRegistryUrl());
        serdeConfig.put(AvroSerdes.SERDE, config.serde());
        return new SerdeFactory() {
            @Override
            public <T extends org.apache.avro.specific.SpecificRecord> org.apache.kafka.common.serialization.Serde<T> valueSerde(Class<T> type) {
                return AvroSerdes.serde(type, serdeConfig, false);
            }
        };
    }
}
