package org.storywire.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.storywire.extract.Statement;

/** How the eval subcommands print a statement or a passage on one line, and write their {@code --json} files. */
final class ReportFormat {
    private ReportFormat() {
    }

    /** The mapper of the {@code --json} files: indented, dates as ISO text. */
    static ObjectMapper jsonMapper() {
        return new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** A statement's speaker (mention, canonical name, affiliation), attribution and cue. */
    static String describe(Statement s) {
        String speaker = s.speaker() == null ? "-" : s.speaker().mention() + " => " + s.speaker().canonical()
                + (s.speaker().affiliation() == null ? "" : " (" + s.speaker().affiliation() + ")");
        return "[" + speaker + "] " + s.attribution() + " cue=" + s.cue();
    }

    /** The text on one line, cut to 160 characters. */
    static String abbreviate(String s) {
        if (s == null) return "";
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
