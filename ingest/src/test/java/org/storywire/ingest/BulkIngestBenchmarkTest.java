package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.ingest.article.JsonArticles;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import picocli.CommandLine;

/**
 * Bulk file ingest throughput through the real broker: the German Wikinews corpus written out as
 * .txt articles ("date YYYY-MM-DD" metadata line, then the text) and copied
 * {@code storywire.bench.copies} times into a temporary directory, then {@code ingest files} on
 * it. Runs only when asked:
 * {@code ./mvnw -q -B -pl ingest -am test -Dtest=BulkIngestBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Dstorywire.bench.copies=30}
 */
class BulkIngestBenchmarkTest {
    private static final Pattern DOCUMENT_DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)\\s*$");

    @TempDir
    Path work;

    @Test
    void bulkFileIngest() throws IOException {
        int copies = Integer.getInteger("storywire.bench.copies", 0);
        Path corpus = Path.of(System.getProperty("storywire.shared", "../../shared"), "corpus", "wikinews-quotes-de");
        assumeTrue(copies > 0 && Files.isDirectory(corpus), "set -Dstorywire.bench.copies=N and provide the shared corpus");
        Path articles = work.resolve("articles");
        int perCopy = writeCorpus(corpus, articles.resolve("copy-0"));
        for (int copy = 1; copy < copies; copy++) {
            copyTree(articles.resolve("copy-0"), articles.resolve("copy-" + copy));
        }
        long total = (long) perCopy * copies;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0);
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0)) {
            StringWriter out = new StringWriter();
            CommandLine command = new CommandLine(new IngestCommand());
            command.setOut(new PrintWriter(out, true));
            long start = System.nanoTime();
            int exit = command.execute("files", articles.toString(), "--bootstrap-servers", broker.bootstrapServers(),
                    "--schema-registry-url", registry.url(), "--topic", "articles.raw", "--state-dir", work.resolve("state").toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH bulk file ingest: %d articles (%d x %d) in %.1f s = %.0f articles/s end to end "
                    + "(incl. JVM-warm start, model load, topic creation); summary: %s%n", total, copies, perCopy, seconds, total / seconds,
                    out.toString().lines().findFirst().orElse(""));
            assertThat(exit).isZero();
            assertThat(out.toString()).startsWith("published " + total + ",");

            out.getBuffer().setLength(0);
            start = System.nanoTime();
            command.execute("files", articles.toString(), "--bootstrap-servers", broker.bootstrapServers(),
                    "--schema-registry-url", registry.url(), "--topic", "articles.raw", "--state-dir", work.resolve("state").toString());
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH re-run (all unchanged): %d articles in %.1f s = %.0f articles/s%n", total, seconds, total / seconds);
        }
    }

    private static int writeCorpus(Path corpus, Path into) throws IOException {
        Files.createDirectories(into);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode doc = JsonArticles.MAPPER.readTree(file.toFile());
            Matcher date = DOCUMENT_DATE.matcher(doc.path("documentName").asText());
            String header = date.find() ? "date " + date.group(1) + "\n" : "";
            String name = file.getFileName().toString().replace(".json", ".txt");
            Files.writeString(into.resolve(name), header + doc.path("originalText").asText());
        }
        return files.size();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
