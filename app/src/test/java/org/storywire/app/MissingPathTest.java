package org.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A corpus or data path that is not there is named in one line with a non-zero exit, not a stack trace. */
class MissingPathTest {
    @TempDir
    Path work;

    @Test
    void evalAndBenchNameAMissingPathInOneLine() {
        String missing = work.resolve("no-such-corpus").toString();
        assertOneLine(new String[] {"eval", "events", "--data", missing}, "storywire eval events: no such file or directory: " + missing);
        assertOneLine(new String[] {"eval", "quotes", "--data", missing}, "storywire eval quotes: no such file or directory: " + missing);
        assertOneLine(new String[] {"bench", "--corpus", missing, "--only", "extraction", "--articles", "10"},
                "storywire bench: no such file or directory: " + missing);
    }

    private static void assertOneLine(String[] args, String line) {
        StringWriter err = new StringWriter();
        CommandLine command = MainAccess.commandLine();
        command.setErr(new PrintWriter(err));
        command.setOut(new PrintWriter(new StringWriter()));
        int exit = command.execute(args);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip().lines()).as(err.toString()).singleElement().isEqualTo(line);
    }
}
