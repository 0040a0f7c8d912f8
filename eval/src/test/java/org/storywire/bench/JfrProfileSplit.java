package org.storywire.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Splits a JFR recording of {@code storywire bench --only e2e} (issue 16's profile): the Java execution samples by
 * thread group, and the stream threads' samples by what they were doing, each sample to the first part of
 * {@link #PARTS} its stack holds. Execution samples see Java code only: JNI (RocksDB), the JIT compiler and the
 * collector are not in them; the bench's own CPU split ({@link CpuUse}) gives those.
 *
 * <pre>
 * JAVA_TOOL_OPTIONS=-XX:StartFlightRecording=filename=/tmp/e2e.jfr,settings=profile \
 *     ./storywire bench --corpus ../shared/corpus/wikinews-quotes-de --only e2e --articles 3000
 * java -cp eval/target/test-classes:eval/target/classes org.storywire.bench.JfrProfileSplit /tmp/e2e.jfr
 * </pre>
 */
public final class JfrProfileSplit {
    private record Part(String name, Predicate<List<String>> holds) {}

    private static final List<Part> PARTS = List.of(
            new Part("serdes: Smile state, Avro, mapping", any("org.storywire.topology.StateSerde", "org.storywire.topology.StoryMapping",
                    "org.storywire.topology.AvroMapping", "org.storywire.topology.EventMapping", "org.apache.avro.", "io.confluent.", "com.fasterxml")),
            new Part("record collector, producer send, compression", any("org.apache.kafka.streams.processor.internals.RecordCollectorImpl",
                    "org.apache.kafka.clients.producer", "org.apache.kafka.common.compress", "com.github.luben")),
            new Part("extraction: clean, analyse, extract", inTask(any("org.storywire.clean.", "org.storywire.analyse.", "org.storywire.extract."))),
            new Part("event signature (extract task)", inTask(any("org.storywire.event.EventSignatures", "org.storywire.event.TermStems"))),
            new Part("event assignment (EventIndex)", inTask(any("org.storywire.event."))),
            new Part("story grouping (extract task)", frames -> holds(frames, "ExtractStatementsProcessor.process") && any("org.storywire.story.").test(frames)),
            new Part("fold (domain)", inTask(any("org.storywire.story."))),
            new Part("stores: record cache, RocksDB, changelogging", any("org.rocksdb.", "org.apache.kafka.streams.state.internals")),
            new Part("processors' own code", inTask(frames -> true)),
            new Part("commit", frames -> frames.stream().anyMatch(f -> f.toLowerCase().contains("commit"))),
            new Part("consumer poll", any("org.apache.kafka.clients.consumer")),
            new Part("Kafka Streams loop, other", frames -> true));

    private JfrProfileSplit() {}

    public static void main(String[] args) throws IOException {
        Map<String, Integer> byGroup = new TreeMap<>();
        Map<String, Integer> byPart = new TreeMap<>();
        int samples = 0;
        int streamSamples = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
                String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                samples++;
                String group = group(thread);
                byGroup.merge(group, 1, Integer::sum);
                if (!group.equals("stream threads")) continue;
                streamSamples++;
                List<String> frames = e.getStackTrace().getFrames().stream().map(JfrProfileSplit::name).toList();
                byPart.merge(PARTS.stream().filter(p -> p.holds().test(frames)).findFirst().orElseThrow().name(), 1, Integer::sum);
            }
        }
        print("execution samples by thread group", byGroup, samples);
        print("stream threads' samples by part", byPart, streamSamples);
    }

    static String group(String thread) {
        if (thread.contains("StreamThread") && !thread.contains("producer")) return "stream threads";
        if (thread.contains("kafka-producer-network-thread")) return "producers' network threads";
        if (thread.contains(LagProbe.CLIENT_ID)) return "bench: lag probe";
        if (thread.equals("main")) return "bench: main (publishes the articles)";
        if (thread.startsWith("data-plane-kafka-request-handler")) return "broker: request handlers";
        if (thread.startsWith("data-plane-kafka-network") || thread.contains("socket-acceptor")) return "broker: network";
        if (thread.startsWith("kafka-admin-client-thread")) return "admin clients (bench, processor)";
        if (thread.startsWith("storywire-")) return "processor: feeds, alerts, registry";
        return "broker: coordinators, controller, log, other";
    }

    private static Predicate<List<String>> any(String... prefixes) {
        return frames -> {
            for (String f : frames) for (String p : prefixes) if (f.startsWith(p)) return true;
            return false;
        };
    }

    private static Predicate<List<String>> inTask(Predicate<List<String>> inner) {
        return frames -> (holds(frames, "ExtractStatementsProcessor.process") || holds(frames, "AssignEventProcessor.")
                || holds(frames, "OrderSignaturesProcessor.") || holds(frames, "FoldStoryProcessor.")) && inner.test(frames);
    }

    private static boolean holds(List<String> frames, String method) {
        for (String f : frames) if (f.contains(method)) return true;
        return false;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total) {
        System.out.println("| " + title + " (" + total + ") | share | samples |");
        System.out.println("|---|---|---|");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(c -> System.out.printf("| %s | %.1f%% | %d |%n", c.getKey(), 100.0 * c.getValue() / total, c.getValue()));
    }
}
