package org.storywire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;

/**
 * Cleaning plus extraction over a corpus in the wikinews quotation format, one article per
 * operation on one thread, so the score is articles per second on one core.
 *
 * <pre>
 * ./mvnw -q -pl processor test-compile
 * ./mvnw -q -pl processor dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp processor/target/test-classes:processor/target/classes:$(cat /tmp/cp.txt) \
 *     org.storywire.bench.CleanAndExtractBenchmark ../shared/corpus/wikinews-quotes-de/train
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class CleanAndExtractBenchmark {
    /** Directory of corpus JSON files (their {@code originalText} is the input). */
    @Param("")
    public String corpus;

    private final List<String> texts = new ArrayList<>();
    private final Cleaner cleaner = new Cleaner();
    private final StatementExtractor extractor = new StatementExtractor();
    private int next;

    @Setup
    public void load() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                texts.add(mapper.readTree(file.toFile()).path("originalText").asText(""));
            }
        }
        if (texts.isEmpty()) throw new IllegalStateException("no corpus files in " + corpus);
    }

    @Benchmark
    public List<Statement> cleanAndExtract() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return extractor.extract(cleaner.clean(new Article("bench", null, null, null, text, "de", null, null)));
    }

    public static void main(String[] args) throws RunnerException {
        if (args.length != 1) throw new IllegalArgumentException("usage: CleanAndExtractBenchmark CORPUS_DIR");
        new Runner(new OptionsBuilder().include(CleanAndExtractBenchmark.class.getSimpleName()).param("corpus", args[0]).build()).run();
    }
}
