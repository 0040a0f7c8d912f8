package org.storywire.extract;

/**
 * The article's title as a line of text to read: feed items and front-page teasers carry their
 * headline only in the title ("Konzern dementiert Bericht über Übernahme"), and a headline is
 * where such items say who claims or denies what. A title the text already holds (a page whose
 * text repeats its headline, a file whose first line is it) is read there, once.
 */
final class TitleLine {
    private TitleLine() {}

    /** The title line ({@link #oneLine}), or null when there is none or the text already holds it. */
    static String unrepeated(String line, String text) {
        if (line == null) return null;
        String key = comparable(line);
        if (key.isBlank()) return null;
        return text != null && comparable(text).contains(key) ? null : line;
    }

    /** The title on one line (a title's line breaks and runs of spaces are one space), or null when it is blank. */
    static String oneLine(String title) {
        return title == null || title.isBlank() ? null : title.strip().replaceAll("\\s+", " ");
    }

    /** Lower case letters and digits, everything else one space: quotation marks, dashes and line breaks differ between title and text. */
    private static String comparable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }
}
