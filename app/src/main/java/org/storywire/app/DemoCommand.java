package org.storywire.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storywire.platform.EmbeddedPlatform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the embedded platform (a real Kafka broker and schema registry) and keeps it up. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run storywire on the embedded platform: a real in-process Kafka broker and schema registry.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory for the broker's log (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data");

    @Option(names = "--kafka-port", description = "Broker port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int kafkaPort = 9092;

    @Option(names = "--registry-port", description = "Schema registry port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int registryPort = 8081;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        EmbeddedPlatform platform = EmbeddedPlatform.start(dataDir, kafkaPort, registryPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "storywire-shutdown"));
        System.out.printf("storywire platform up in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.printf("  Kafka broker:    %s%n", platform.bootstrapServers());
        System.out.printf("  Schema registry: %s%n", platform.registryUrl());
        System.out.printf("  Data directory:  %s%n", dataDir.toAbsolutePath());
        System.out.println("Press Ctrl+C to stop.");
        stopped.await();
        return 0;
    }
}
