package org.storywire.bench;

import static org.storywire.bench.BenchRun.bodyBytes;
import static org.storywire.bench.BenchRun.generate;
import static org.storywire.bench.BenchRun.repositoryRoot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storywire.avro.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storywire bench}: throughput, latency, replay and memory of the pipeline on a real in-process
 * broker, next to the broker's own ceiling measured in the same run. Prints a table, writes JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: extraction alone, event grouping alone, end to end, broker ceiling, live latency, replay and memory.")
public final class BenchCommand implements Callable<Integer> {
    enum Section { extraction, events, e2e, ceiling, latency, replay, memory }

    @Option(names = "--corpus", description = "Wikinews corpus directory ({train,dev}/*.json); default: samples/articles.jsonl.")
    Path corpus;

    @Option(names = "--articles", description = "Articles for extraction, end to end and ceiling (default: ${DEFAULT-VALUE}).")
    int articles = 1000;

    @Option(names = "--only", split = ",", description = "Sections to run (default: all): ${COMPLETION-CANDIDATES}.")
    List<Section> only = List.of(Section.values());

    @Option(names = "--json", description = "Where the results go (default: ${DEFAULT-VALUE}).")
    Path jsonOut = Path.of("target", "bench.json");

    @Option(names = "--rates", split = ",", description = "Live rates of the latency run, articles/s (default: ${DEFAULT-VALUE}).")
    List<Integer> rates = List.of(100, 1000);

    @Option(names = "--latency-seconds", description = "Duration of each latency run (default: ${DEFAULT-VALUE}).")
    int latencySeconds = 20;

    @Option(names = "--latency-stages", description = "Split each article's latency into stages: follows statements and story-updates"
            + " uncommitted too (two more consumers in the same JVM, which take CPU from the pipeline they measure).")
    boolean latencyStages;

    @Option(names = "--replay-sizes", split = ",", description = "Articles per replay run, e.g. 10000,100000,1000000 (default: ${DEFAULT-VALUE}).")
    List<Integer> replaySizes = List.of(1000, 10000);

    @Option(names = "--memory-sizes", split = ",", description = "Articles processed before measuring memory (default: ${DEFAULT-VALUE}).")
    List<Integer> memorySizes = List.of(10000);

    @Option(names = "--streams-setting", description = "A Kafka Streams setting for every processor the bench starts, e.g. commit.interval.ms=30 (repeatable).")
    Map<String, String> streamsSettings = new LinkedHashMap<>();

    @Option(names = "--warm-up", description = "Articles through a throw-away processor before end to end, so that its figure is "
            + "the pipeline's and not the JIT compiler's; 0 measures a cold JVM (default: ${DEFAULT-VALUE}).")
    int warmUp = 500;

    @Option(names = "--guarantees", split = ",", description = "Processing guarantees of the end-to-end runs (default: ${DEFAULT-VALUE}).")
    List<String> guarantees = List.of("exactly_once_v2", "at_least_once");

    @Option(names = "--markdown", description = "Also write the table, the command and the machine's load into this file "
            + "(between <!-- bench:begin --> and <!-- bench:end -->), e.g. BENCHMARKS.md.")
    Path markdownOut;

    @Option(names = "--ceiling-records", description = "Records ProducerPerformance writes (default: ${DEFAULT-VALUE}).")
    int ceilingRecords = 50_000;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<BenchCorpus.SourceText> texts = corpus != null ? BenchCorpus.wikinews(corpus)
                : BenchCorpus.jsonLines(repositoryRoot().resolve("samples/articles.jsonl"));
        List<RawArticle> articleSet = generate(texts, articles, "bench");
        BenchRun bench = new BenchRun(streamsSettings);
        bench.results().put("machine", machine());
        bench.results().put("streamsSettings", streamsSettings);
        bench.results().put("corpus", Map.of("source", corpus == null ? "samples/articles.jsonl" : corpus.toString(),
                "texts", texts.size(), "articles", articles, "meanBodyBytes", bodyBytes(articleSet) / articleSet.size()));
        try (bench) {
            ExtractionSection inProcess = new ExtractionSection(bench);
            if (only.contains(Section.extraction)) inProcess.extraction(articleSet);
            if (only.contains(Section.events)) inProcess.events(articleSet);
            if (needsBroker()) {
                bench.startPlatform();
                EndToEndSection endToEnd = new EndToEndSection(bench, warmUp, guarantees, ceilingRecords);
                if (only.contains(Section.e2e)) endToEnd.endToEnd(articleSet);
                if (only.contains(Section.ceiling)) endToEnd.ceiling(articleSet);
                if (only.contains(Section.latency)) new LatencySection(bench, rates, latencySeconds, latencyStages).latency(texts);
                ReplaySection replay = new ReplaySection(bench, replaySizes, memorySizes);
                if (only.contains(Section.replay)) replay.replay(texts);
                if (only.contains(Section.memory)) replay.memory();
            }
        }
        bench.printTable();
        if (markdownOut != null) {
            String loadBefore = String.valueOf(((Map<?, ?>) bench.results().get("machine")).get("loadAverage"));
            // The parse result is the top command's: its arguments start with "bench".
            String command = "storywire " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            BenchMarkdown.write(markdownOut, BenchMarkdown.table(command, loadBefore, String.valueOf(machine().get("loadAverage")), bench.table()));
        }
        Files.createDirectories(jsonOut.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonOut.toFile(), bench.results());
        System.out.println("results: " + jsonOut);
        return 0;
    }

    private boolean needsBroker() {
        return only.stream().anyMatch(s -> s != Section.extraction && s != Section.events);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("processors", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        try {
            m.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
        } catch (IOException e) {
            m.put("loadAverage", "unknown");
        }
        return m;
    }
}
