package org.storywire.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's own ceiling, measured by Kafka's {@code ProducerPerformance} and {@code ConsumerPerformance}.
 * kafka-tools carries a Jetty that clashes with Javalin's, so the tools run in a forked JVM on the
 * classpath the {@code bench-tools} module writes, never on the application's.
 */
final class BrokerCeiling {
    record Produce(long records, double recordsPerSecond, double megabytesPerSecond, double p99Millis) {}

    record Consume(long records, double recordsPerSecond, double megabytesPerSecond) {}

    private static final Pattern PRODUCE_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\).*?([\\d.]+) ms 99th");

    private final String toolsClasspath;
    private final String bootstrapServers;

    BrokerCeiling(Path toolsClasspathFile, String bootstrapServers) throws IOException {
        if (!Files.isRegularFile(toolsClasspathFile)) {
            throw new IOException(toolsClasspathFile + " is missing: build it with ./mvnw -q -B -pl bench-tools package");
        }
        this.toolsClasspath = Files.readString(toolsClasspathFile).strip();
        this.bootstrapServers = bootstrapServers;
    }

    /** Writes {@code records} records of {@code recordSize} bytes to {@code topic} with acks=all, as fast as the broker takes them. */
    Produce produce(String topic, long records, int recordSize) throws IOException, InterruptedException {
        List<String> out = run("org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", String.valueOf(records), "--record-size", String.valueOf(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all",
                "linger.ms=20", "batch.size=262144");
        for (int i = out.size() - 1; i >= 0; i--) {
            Matcher m = PRODUCE_SUMMARY.matcher(out.get(i));
            if (m.find()) {
                return new Produce(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)));
            }
        }
        throw new IOException("ProducerPerformance printed no summary:\n" + String.join("\n", out));
    }

    /** Reads {@code records} records of {@code topic} from the start. */
    Consume consume(String topic, long records) throws IOException, InterruptedException {
        List<String> out = run("org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server", bootstrapServers, "--topic", topic, "--num-records", String.valueOf(records),
                "--timeout", "60000");
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).startsWith("start.time")) continue;
            String[] header = out.get(i).split(",\\s*");
            // The figures are the next line starting with the start time; log lines may come between.
            String[] values = out.subList(i + 1, out.size()).stream().filter(l -> l.matches("^\\d{4}-.*"))
                    .findFirst().orElseThrow(() -> new IOException("ConsumerPerformance printed no figures")).split(",\\s*");
            return new Consume(Math.round(Double.parseDouble(column(header, values, "data.consumed.in.nMsg"))),
                    Double.parseDouble(column(header, values, "nMsg.sec")), Double.parseDouble(column(header, values, "MB.sec")));
        }
        throw new IOException("ConsumerPerformance printed no result:\n" + String.join("\n", out));
    }

    private static String column(String[] header, String[] values, String name) throws IOException {
        for (int i = 0; i < header.length && i < values.length; i++) {
            if (header[i].strip().equals(name)) return values[i].strip();
        }
        throw new IOException("no column " + name);
    }

    private List<String> run(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", toolsClasspath, mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) lines.add(line);
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(mainClass + " failed:\n" + String.join("\n", lines));
        }
        return lines;
    }
}
