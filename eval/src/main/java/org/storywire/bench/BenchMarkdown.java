package org.storywire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The bench's table as Markdown, with the command and the machine's load before and after (the
 * machine is shared: a figure means little without it), written between two markers of a file such
 * as BENCHMARKS.md; the markers are appended when the file has none yet.
 */
final class BenchMarkdown {
    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private BenchMarkdown() {}

    static String table(String command, String loadBefore, String loadAfter, List<String[]> rows) {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(Instant.now().toString(), 0, 16).append(" UTC: `").append(command).append("`\n\n");
        md.append("Load average (1, 5, 15 min) before: ").append(averages(loadBefore)).append("; after: ").append(averages(loadAfter)).append("\n\n");
        md.append("| section | case | figure |\n|---|---|---|\n");
        for (String[] r : rows) md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
        return md.toString();
    }

    /** The three load averages of a /proc/loadavg line (it goes on with process counts and the last pid). */
    static String averages(String loadavg) {
        String[] fields = loadavg.strip().split("\\s+");
        return fields.length < 3 ? loadavg : String.join(" ", fields[0], fields[1], fields[2]);
    }

    static void write(Path file, String table) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        // The last table: a round adds its own under a dated heading, and earlier rounds' tables stay as they were.
        int begin = -1;
        for (int at = wholeLine(text, BEGIN, 0); at >= 0; at = wholeLine(text, BEGIN, at + 1)) begin = at;
        int end = begin < 0 ? -1 : wholeLine(text, END, begin);
        String section = BEGIN + "\n" + table + END;
        if (begin >= 0 && end > begin) text = text.substring(0, begin) + section + text.substring(end + END.length());
        else text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + section + "\n";
        Files.writeString(file, text);
    }

    /**
     * Where {@code marker} stands on a line of its own, from {@code from}; -1 if nowhere. Prose may name
     * the marker (BENCHMARKS.md does, in backquotes), and taking that for the table's start replaced
     * most of the file.
     */
    private static int wholeLine(String text, String marker, int from) {
        for (int at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
            int after = at + marker.length();
            if ((at == 0 || text.charAt(at - 1) == '\n') && (after == text.length() || text.charAt(after) == '\n')) return at;
        }
        return -1;
    }
}
