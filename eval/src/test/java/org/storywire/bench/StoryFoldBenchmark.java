package org.storywire.bench;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Span;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.ArticleInfo;
import org.storywire.story.LedgerMap;
import org.storywire.story.StoryFamily;
import org.storywire.story.StoryFold;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryStatement;

/**
 * The fold alone: one statement of an article new to a story that already has {@code articles}
 * independent reports, with the story's ledgers (and copy index) in memory as the topology keeps
 * them in its stores. The per-statement cost should not grow with the story.
 *
 * <pre>
 * ./mvnw -B -o -q -pl eval -am test-compile -DskipTests
 * ./mvnw -B -o -q -pl eval dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp eval/target/test-classes:eval/target/classes:domain/target/classes:$(cat /tmp/cp.txt) org.storywire.bench.StoryFoldBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StoryFoldBenchmark {
    private static final StoryKey KEY = new StoryKey("communication", false, List.of("DE", "UA"), null, List.of());
    private static final Instant DAY = Instant.parse("2026-11-01T00:00:00Z");

    @Param({"1", "10", "100", "1000", "4000"})
    int articles;

    /** Distinct texts the articles cycle through, as the bench's replay repeats its corpus (0: every article its own text). */
    @Param({"0"})
    int texts;

    private final StoryFold fold = new StoryFold();
    private StoryFamily family;
    private LedgerMap ledgers;
    private StoryStatement next;

    @Setup
    public void story() {
        family = StoryFamily.empty(KEY.partitionKey());
        ledgers = new LedgerMap();
        for (int i = 0; i < articles; i++) {
            StoryFamily.Result result = family.apply(fold, ledgers, List.of(statement("a" + i, i, texts)), DAY);
            ledgers.record(result);
            family = result.family();
        }
        next = statement("new", articles, texts);
    }

    @Benchmark
    public StoryFamily.Result aNewArticle() {
        return family.apply(fold, ledgers, List.of(next), DAY);
    }

    /** A statement with words (and so shingle hashes) of text {@code n} (modulo {@code texts} when positive): copies share them. */
    private static StoryStatement statement(String articleId, int n, int texts) {
        Random words = new Random(texts > 0 ? n % texts : n);
        StringBuilder text = new StringBuilder("Reuters berichtete");
        for (int i = 0; i < 12; i++) text.append(" w").append(Integer.toString(words.nextInt(1 << 30), 36));
        String sentence = text.append('.').toString();
        Span span = new Span(0, sentence.length());
        Instant at = DAY.plusSeconds(60L * n);
        Statement s = new Statement(articleId, 1, new Speaker("Reuters", null, "Reuters", null, SpeakerKind.UNKNOWN), Stance.CLAIM,
                Attribution.INDIRECT_SPEECH, null, null, span, span, sentence, at, TimePrecision.DAY, 1.0);
        ArticleInfo article = new ArticleInfo(articleId, "Outlet " + (n % 50), "https://example.org/" + articleId, "Telefonat", null, at, "de");
        // As many hashes as the sentence has word 3-grams, drawn like its words: Shingles is the story package's own.
        List<Long> shingles = words.longs(12).boxed().toList();
        return new StoryStatement(KEY, s, article, "Reuters", "Reuters", null, List.of("Olaf Scholz"), shingles);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(StoryFoldBenchmark.class.getSimpleName()).build()).run();
    }
}
