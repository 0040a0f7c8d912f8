package org.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** eval seeds through a real embedded broker prints the same line as the in-process evaluation. */
class EvalThroughKafkaTest {

    @Test
    void throughKafkaAgreesWithInProcess() {
        Path shared = Path.of(System.getProperty("storywire.shared", "../../shared"));
        Path seeds = shared.resolve("corpus/seeds");
        Path gold = shared.resolve("eval/seeds-gold.json");
        assumeTrue(Files.isDirectory(seeds) && Files.exists(gold), "needs the shared seeds at " + shared);

        String inProcess = lastLine("eval", "seeds", "--articles", seeds.toString(), "--gold", gold.toString());
        String throughKafka = lastLine("eval", "seeds", "--through-kafka", "--articles", seeds.toString(), "--gold", gold.toString());

        assertThat(inProcess).startsWith("seeds: P=");
        assertThat(throughKafka).isEqualTo(inProcess);
    }

    private static String lastLine(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.get(lines.size() - 1);
    }
}
