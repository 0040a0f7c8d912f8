package org.storywire.bench;

import static org.storywire.bench.BenchRun.LOG_SPACING;
import static org.storywire.bench.BenchRun.LOG_START;
import static org.storywire.bench.BenchRun.bodyBytes;
import static org.storywire.bench.BenchRun.generate;
import static org.storywire.bench.BenchRun.progress;
import static org.storywire.bench.BenchRun.repositoryRoot;
import static org.storywire.bench.BenchRun.startProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Statement;
import org.storywire.avro.StoryUpdate;
import org.storywire.config.StorywireConfig;
import org.storywire.event.EventSettings;
import org.storywire.processor.ConsumerLag;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ProcessorApp;
import org.storywire.topology.SerdeFactory;
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

    private BenchRun bench;

    @Override
    public Integer call() throws Exception {
        List<BenchCorpus.SourceText> texts = corpus != null ? BenchCorpus.wikinews(corpus)
                : BenchCorpus.jsonLines(repositoryRoot().resolve("samples/articles.jsonl"));
        List<RawArticle> articleSet = generate(texts, articles, "bench");
        bench = new BenchRun(streamsSettings);
        bench.results().put("machine", machine());
        bench.results().put("streamsSettings", streamsSettings);
        bench.results().put("corpus", Map.of("source", corpus == null ? "samples/articles.jsonl" : corpus.toString(),
                "texts", texts.size(), "articles", articles, "meanBodyBytes", bodyBytes(articleSet) / articleSet.size()));
        try {
            ExtractionSection inProcess = new ExtractionSection(bench);
            if (only.contains(Section.extraction)) inProcess.extraction(articleSet);
            if (only.contains(Section.events)) inProcess.events(articleSet);
            if (needsBroker()) {
                bench.startPlatform();
                EndToEndSection endToEnd = new EndToEndSection(bench, warmUp, guarantees, ceilingRecords);
                if (only.contains(Section.e2e)) endToEnd.endToEnd(articleSet);
                if (only.contains(Section.ceiling)) endToEnd.ceiling(articleSet);
                if (only.contains(Section.latency)) latency(texts);
                if (only.contains(Section.replay)) replay(texts);
                if (only.contains(Section.memory)) memory();
            }
        } finally {
            bench.close();
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
        return only.stream().anyMatch(s -> s != Section.extraction);
    }

    // ---- latency at a live rate -------------------------------------------------------------

    private void latency(List<BenchCorpus.SourceText> texts) throws Exception {
        Map<String, Object> section = new LinkedHashMap<>();
        for (int rate : rates) {
            StorywireConfig config = bench.config("latency-" + rate, "exactly_once_v2");
            try (ProcessorApp app = startProcessor(config)) {
                // A fresh JVM runs the regex-heavy extraction interpreted at first: warm it up off the clock.
                progress("latency: warming up on " + LATENCY_WARM_UP + " articles");
                bench.publish(config, generate(texts, LATENCY_WARM_UP, "warm" + rate));
                bench.awaitCaughtUp(app, System.nanoTime());
                progress("latency: " + rate + " articles/s for " + latencySeconds + " s");
                LiveRun run = liveRun(config, texts, rate);
                Percentiles p = Percentiles.of(run.stages().totals());
                LatencyStages.Breakdown breakdown = latencyStages ? run.stages().breakdown() : null;
                String commits = commitLatency(app);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("articlesSent", run.sent());
                figures.put("achievedRate", run.achievedRate());
                figures.put("articlesWithUpdate", p.count());
                figures.put("p50Millis", p.p50());
                figures.put("p99Millis", p.p99());
                figures.put("maxMillis", p.max());
                if (latencyStages) figures.put("stages", stageFigures(breakdown));
                figures.put("gcPauses", run.gcPauses());
                figures.put("streamThreadCommits", commits);
                section.put(String.valueOf(rate), figures);
                bench.row("latency", rate + " articles/s", "p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d of %d articles made an update)",
                        p.p50(), p.p99(), p.max(), p.count(), run.sent());
                if (latencyStages) bench.row("latency", rate + " articles/s", "stages p50/p99 (slowest 1%% mean) ms: %s", stageSummary(breakdown));
                bench.row("latency", rate + " articles/s", "%s; stream-thread commits %s", run.gcPauses(), commits);
            }
        }
        bench.results().put("latency", section);
    }

    private static Map<String, Object> stageFigures(LatencyStages.Breakdown breakdown) {
        Map<String, Object> stages = new LinkedHashMap<>();
        stages.put("articles", breakdown.articles());
        for (LatencyStages.Stage s : breakdown.stages()) {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("p50Millis", s.spread().p50());
            stage.put("p99Millis", s.spread().p99());
            stage.put("maxMillis", s.spread().max());
            stage.put("slowestPercentMeanMillis", s.tailMeanMillis());
            stages.put(s.name(), stage);
        }
        return stages;
    }

    /** "toStatements 120/310 (290), ...". */
    private static String stageSummary(LatencyStages.Breakdown breakdown) {
        return breakdown.stages().stream()
                .map(s -> String.format("%s %.0f/%.0f (%.0f)", s.name(), s.spread().p50(), s.spread().p99(), s.tailMeanMillis()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Kafka Streams' own figures of its commits (flush, offsets, end of transaction), over its threads' last minute or so. */
    private static String commitLatency(ProcessorApp app) {
        double avg = 0;
        double max = 0;
        int threads = 0;
        for (var m : app.streams().metrics().entrySet()) {
            if (!m.getKey().group().equals("stream-thread-metrics") || !(m.getValue().metricValue() instanceof Double v) || v.isNaN()) continue;
            if (m.getKey().name().equals("commit-latency-avg")) {
                avg += v;
                threads++;
            } else if (m.getKey().name().equals("commit-latency-max")) {
                max = Math.max(max, v);
            }
        }
        return String.format("avg %.0f ms, max %.0f ms", threads == 0 ? 0 : avg / threads, max);
    }

    private static final int LATENCY_WARM_UP = 500;

    record LiveRun(int sent, double achievedRate, LatencyStages stages, String gcPauses) {}

    /**
     * Publishes at {@code rate} articles/s while the bench follows story-updates read_committed; with
     * {@code --latency-stages} it follows the statements and story-updates topics twice, read_committed
     * and read_uncommitted, to see each article pass every {@link LatencyStages.Mark}. An article's
     * latency is from its send to the first readable update whose evidence names it. The article's
     * number is in its id.
     */
    private LiveRun liveRun(StorywireConfig config, List<BenchCorpus.SourceText> texts, int rate) throws Exception {
        int count = rate * latencySeconds;
        String runId = "live" + bench.nextRun();
        LatencyStages stages = new LatencyStages(count);
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicBoolean following = new AtomicBoolean(true);
        // a null resource is not closed: without stages there is no uncommitted follower
        try (KafkaConsumer<String, byte[]> committed = stageConsumer(config, "read_committed");
             KafkaConsumer<String, byte[]> appended = latencyStages ? stageConsumer(config, "read_uncommitted") : null;
             GcPauses pauses = new GcPauses()) {
            ArticleNumbers numbers = new ArticleNumbers(config, runId);
            Thread readable = new Thread(() -> {
                long quietSince = 0;
                while (true) {
                    follow(committed, numbers, stages, LatencyStages.Mark.STATEMENT_COMMITTED, LatencyStages.Mark.UPDATE_COMMITTED);
                    if (sending.get()) continue;
                    if (quietSince == 0) quietSince = System.nanoTime();
                    // Updates still arriving 15 s after the last send are not coming: the processor is behind.
                    if (System.nanoTime() - quietSince > 15_000_000_000L) break;
                    if (System.nanoTime() - quietSince > 2_000_000_000L && caughtUp(config)) break;
                }
                following.set(false);
            }, "bench-latency-follower");
            Thread uncommitted = new Thread(() -> {
                while (following.get()) {
                    follow(appended, numbers, stages, LatencyStages.Mark.STATEMENT_APPENDED, LatencyStages.Mark.UPDATE_APPENDED);
                }
            }, "bench-latency-uncommitted-follower");
            readable.start();
            if (latencyStages) uncommitted.start();
            Instant published = LOG_START;
            long start = System.nanoTime();
            try (KafkaProducer<String, RawArticle> producer = bench.articleProducer(config)) {
                for (int n = 0; n < count; n++) {
                    long due = start + (long) n * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    RawArticle article = BenchCorpus.article(texts.get(n % texts.size()), runId + "-" + n, n,
                            published.plusMillis(n * 1000L / rate));
                    stages.see(LatencyStages.Mark.SENT, n, System.nanoTime());
                    producer.send(new ProducerRecord<>(config.topics().articlesRaw(), null, article.getPublished().toEpochMilli(),
                            article.getId(), article));
                }
                producer.flush();
            }
            double achieved = count / ((System.nanoTime() - start) / 1e9);
            sending.set(false);
            readable.join();
            if (latencyStages) uncommitted.join();
            return new LiveRun(count, achieved, stages, pauses.summary());
        }
    }

    /** One poll: the article of each statement and update of this run, seen at the given marks. */
    private static void follow(KafkaConsumer<String, byte[]> consumer, ArticleNumbers numbers, LatencyStages stages,
                               LatencyStages.Mark statementMark, LatencyStages.Mark updateMark) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(20))) {
            long now = System.nanoTime();
            boolean statement = r.topic().equals(numbers.statements);
            int n = statement ? numbers.ofStatement(r) : numbers.ofUpdate(r);
            if (n >= 0) stages.see(statement ? statementMark : updateMark, n, now);
        }
    }

    /** The number of this run's article a statement or update names, from the article id; -1 for another's. */
    private static final class ArticleNumbers {
        final String statements;
        private final String prefix;
        private final Deserializer<Statement> statement;
        private final Deserializer<StoryUpdate> update;

        ArticleNumbers(StorywireConfig config, String runId) {
            this.statements = config.topics().statements();
            this.prefix = runId + "-";
            SerdeFactory serdes = ProcessCommand.serdeFactory(config);
            this.statement = serdes.valueSerde(Statement.class).deserializer();
            this.update = serdes.valueSerde(StoryUpdate.class).deserializer();
        }

        int ofStatement(ConsumerRecord<String, byte[]> r) {
            Statement s = r.value() == null ? null : statement.deserialize(r.topic(), r.value());
            return s == null ? -1 : number(s.getArticleId());
        }

        int ofUpdate(ConsumerRecord<String, byte[]> r) {
            StoryUpdate u = r.value() == null ? null : update.deserialize(r.topic(), r.value());
            return u == null || u.getCause() == null ? -1 : number(u.getCause().getEvidence().getArticleId());
        }

        private int number(String articleId) {
            return articleId.startsWith(prefix) ? Integer.parseInt(articleId.substring(prefix.length())) : -1;
        }
    }

    private boolean caughtUp(StorywireConfig config) {
        try (Admin admin = bench.admin()) {
            return ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articlesRaw(), config.topics().statements())) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    // ---- replay and memory ------------------------------------------------------------------

    /** Articles {@code from} to {@code from + count - 1} of a log made in parts, all with ids under {@code runId}. */
    interface LogPart {
        List<RawArticle> articles(int from, int count, String runId);
    }

    private void replay(List<BenchCorpus.SourceText> texts) throws Exception {
        Map<String, Object> section = new LinkedHashMap<>();
        for (int n : replaySizes) {
            Map<String, Object> run = replayRun("replay", n, (from, count, runId) -> BenchCorpus.generate(texts, from, count, runId, LOG_START, LOG_SPACING));
            section.put(String.valueOf(n), run);
            bench.row("replay", n + " articles", "%.1f s, %.0f articles/s", run.get("seconds"), run.get("articlesPerSecond"));
        }
        bench.results().put("replay", section);
    }

    /** Memory with N stories: a synthetic feed in which every article is a story and an event of its own ({@link BenchCorpus#distinctStory}). */
    private void memory() throws Exception {
        Map<String, Object> section = new LinkedHashMap<>();
        for (int n : memorySizes) {
            Map<String, Object> run = replayRun("memory", n, (from, count, runId) -> BenchCorpus.distinctStories(from, count, runId, LOG_START, LOG_SPACING));
            section.put(String.valueOf(n), run);
            long stories = ((Number) run.get("stories")).longValue();
            long events = ((Number) run.get("events")).longValue();
            long heap = ((Number) run.get("heapUsedBytes")).longValue();
            bench.row("memory", n + " one-story articles", "%d stories, %d events: heap used %.0f MB (%.1f kB per story), RSS %.0f MB (replayed in %.1f s, %.0f articles/s)",
                    stories, events, heap / 1e6, stories == 0 ? 0 : heap / 1e3 / stories, ((Number) run.get("rssBytes")).longValue() / 1e6,
                    run.get("seconds"), run.get("articlesPerSecond"));
            // Heap per story means nothing when the feed's articles merged: say so next to the figure. Events quiet
            // for the quiet period are dropped, so a long feed holds only the events of its last quiet period.
            long eventsHeld = eventsHeld(n);
            if (stories < 0.9 * n || events < 0.9 * eventsHeld) {
                bench.row("memory", n + " one-story articles", "WARNING: only %d stories and %d events (%d expected) for %d articles; the feed no longer makes one of each per article",
                        stories, events, eventsHeld, n);
            }
        }
        bench.results().put("memory", section);
    }

    /** The events a one-story feed of N articles holds at its end: those of the last quiet period (the rest expired). */
    static long eventsHeld(int n) {
        long perQuietPeriod = EventSettings.defaults().quietPeriod().dividedBy(LOG_SPACING) + 1;
        return Math.min(n, perQuietPeriod);
    }

    /**
     * N articles already on the log, then a processor started on them: the time until it has caught
     * up, the stories it holds, and the memory of this JVM (broker, registry and processor share it).
     */
    private Map<String, Object> replayRun(String name, int n, LogPart log) throws Exception {
        StorywireConfig config = bench.config(name + "-" + n, "exactly_once_v2");
        progress("replay: publishing " + n + " articles");
        org.storywire.topology.TopicProvisioner.ensureTopics(config);
        int batch = 50_000;
        for (int from = 0; from < n; from += batch) {
            bench.publish(config, log.articles(from, Math.min(batch, n - from), config.applicationId()));
        }
        progress("replay: processing " + n + " articles");
        long start = System.nanoTime();
        Map<String, Object> run = new LinkedHashMap<>();
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            double seconds = bench.awaitCaughtUp(app, start);
            run.put("articles", n);
            run.put("seconds", seconds);
            run.put("articlesPerSecond", n / seconds);
            HeapAfter held = HeapAfter.of(app);
            run.put("stories", held.stories());
            run.put("events", held.events());
            run.put("heapUsedBytes", held.heapUsedBytes());
            run.put("rssBytes", rssBytes());
        }
        return run;
    }

    static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
        return -1;
    }

    /** A consumer of statements and story-updates from their ends, with values left to {@link ArticleNumbers}. */
    private KafkaConsumer<String, byte[]> stageConsumer(StorywireConfig config, String isolation) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bench.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        Stream<String> topics = latencyStages ? Stream.of(config.topics().statements(), config.topics().storyUpdates())
                : Stream.of(config.topics().storyUpdates());
        List<TopicPartition> partitions = topics
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
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
