package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the evaluation commands: on a fixture written here, whose scores are worked out by hand, and
 * on the shared data when it is there (the fixed last line, not the numbers, which change as the
 * extractor does).
 */
class EvalCommandTest {
    private static final String HARBOUR = """
            Hafenblatt
            Die Werft Nordholm in Kielsund hat am Dienstag den Bau der Fähre Seeadler eingestellt.
            Werftchef Arvid Lensing sagte, der Stahl für die Fähre Seeadler fehle seit Wochen.
            Die Stadt Kielsund prüft eine Bürgschaft für die Werft Nordholm.
            """;

    /**
     * Two reports of one shipyard story and one of a football match, scored as if all three were one
     * event ({@code --gold one}). Expected by hand: predicted events {a1, a2} and {b1}; of the three gold
     * pairs one is predicted, and it is right: pairs P = 1/1, R = 1/3, F1 = 0.50; BCubed P = 1 for every
     * article, R = (2/3 + 2/3 + 1/3) / 3 = 0.56, F1 = 2 * 0.56 / 1.56 = 0.71.
     */
    @Test
    void eventsScoresAFixtureAsWorkedOutByHand(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a1.txt"), HARBOUR);
        Files.writeString(dir.resolve("a2.txt"), HARBOUR.replace("am Dienstag", "gestern"));
        Files.writeString(dir.resolve("b1.txt"), """
                Sportbote
                Der FC Lindenau gewann das Pokalfinale gegen Eintracht Moorbach mit drei zu eins.
                Trainerin Greta Vollmer lobte die Abwehr ihrer Mannschaft nach dem Schlusspfiff.
                """);
        List<String> lines = run("events", "--data", dir.toString(), "--gold", "one");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "events: pairs_p=1.00 pairs_r=0.33 pairs_f1=0.50 bcubed_p=1.00 bcubed_r=0.56 bcubed_f1=0.71 articles=3 events=2 gold_events=1");
    }

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
