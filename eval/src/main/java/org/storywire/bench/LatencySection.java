package org.storywire.bench;

import static org.storywire.bench.BenchRun.LOG_START;
import static org.storywire.bench.BenchRun.generate;
import static org.storywire.bench.BenchRun.progress;
import static org.storywire.bench.BenchRun.startProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.processor.ConsumerLag;
import org.storywire.processor.ProcessorApp;

/**
 * The bench's latency at a live rate: articles published at a steady pace to a warmed-up processor, each article's
 * time from its send to the first readable story update that names it, split into stages on request.
 */
final class LatencySection {
    private final BenchRun bench;
    private final List<Integer> rates;
    private final int latencySeconds;
    private final boolean latencyStages;

    /** One run of {@code latencySeconds} per rate; {@code latencyStages} follows every hop, not only story-updates. */
    LatencySection(BenchRun bench, List<Integer> rates, int latencySeconds, boolean latencyStages) {
        this.bench = bench;
        this.rates = rates;
        this.latencySeconds = latencySeconds;
        this.latencyStages = latencyStages;
    }

    void latency(List<BenchCorpus.SourceText> texts) throws Exception {
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
                .collect(Collectors.joining(", "));
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

    private boolean caughtUp(StorywireConfig config) {
        try (Admin admin = bench.admin()) {
            return ConsumerLag.of(admin, config.applicationId(), Set.of(config.topics().articlesRaw(), config.topics().statements())) == 0;
        } catch (Exception e) {
            return false;
        }
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
}
