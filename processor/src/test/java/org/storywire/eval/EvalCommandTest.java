package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs the evaluation commands on the shared data when it is there; checks the fixed last line, not the numbers. */
class EvalCommandTest {
    private static Path shared() {
        String property = System.getProperty("storywire.shared");
        Path path = property == null ? null : Path.of(property);
        assumeTrue(path != null && Files.isDirectory(path.resolve("eval")), "shared data not available");
        return path;
    }

    private static List<String> run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(new CommandLine(new EvalCommand()).execute(args)).isZero();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void seedsEndsWithTheSummaryLine() {
        Path shared = shared();
        List<String> lines = run("seeds", "--articles", shared.resolve("corpus/seeds").toString(), "--gold", shared.resolve("eval/seeds-gold.json").toString());
        assertThat(lines.get(lines.size() - 1))
                .matches("seeds: P=\\d\\.\\d\\d R=\\d\\.\\d\\d F1=\\d\\.\\d\\d stance=\\d\\.\\d\\d speaker=\\d\\.\\d\\d bcubed=\\d\\.\\d\\d status=\\d+/9 transitions=\\d+/7");
    }

    @Test
    void quotesEndsWithTheSummaryLine() {
        Path shared = shared();
        Path dev = shared.resolve("corpus/wikinews-quotes-de/dev");
        assumeTrue(Files.isDirectory(dev), "wikinews dev split not available");
        List<String> lines = run("quotes", "--data", dev.toString());
        assertThat(lines.get(lines.size() - 1)).matches("quotes: recall=\\d\\.\\d\\d precision=\\d\\.\\d\\d speaker=\\d\\.\\d\\d docs=150");
    }
}
