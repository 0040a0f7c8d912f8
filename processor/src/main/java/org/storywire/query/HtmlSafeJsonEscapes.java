package org.storywire.query;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON output in which {@code < > & '} are written as {@code \u003C}-style escapes: article text
 * (titles, quoted sentences) can hold markup or script, and the API's answers must never carry it
 * verbatim, should a client or proxy ever treat a response as HTML. JSON parsers read the same data.
 */
public final class HtmlSafeJsonEscapes extends CharacterEscapes {
    private final int[] escapes;

    public HtmlSafeJsonEscapes() {
        escapes = standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) escapes[c] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null; // only the standard \\uXXXX escapes above
    }
}
