package org.storywire.story;

/**
 * A story's readable title: who says what, from its earliest statement ("Rheinische Depesche: beide
 * Seiten verhandelten seit Wochen über eine Übernahme"). The claimed content rather than the whole
 * evidence sentence, because the sentence's reporting frame ("hatte am Montag unter Berufung auf zwei
 * Insider berichtet") says how, not what. No speaker prefix where the claim names the speaker itself; cut
 * at a word, never inside one.
 */
final class StoryTitle {
    static final int MAX_LENGTH = 140;
    private static final String UNATTRIBUTED = "(unattributed)";
    /** Compiled once: the title is rebuilt each time a statement folds into a story. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final String QUOTES_AND_PUNCTUATION = "\"'„“”‚‘’«»‹›,;:.-–— ";

    private StoryTitle() {}

    static String of(TimelineEntry entry) {
        if (entry == null) return "";
        Evidence ev = entry.evidence();
        String claim = trim(content(ev));
        if (SPACES.split(claim).length < 3) claim = trim(ev.sentence());
        String speaker = entry.speaker() == null ? "" : entry.speaker().strip();
        boolean named = !speaker.isEmpty() && !speaker.equals(UNATTRIBUTED)
                && !claim.toLowerCase(java.util.Locale.ROOT).contains(speaker.toLowerCase(java.util.Locale.ROOT));
        return shorten(named ? speaker + ": " + claim : claim);
    }

    /** The content span inside the sentence, when the offsets fit it; else the sentence. */
    private static String content(Evidence ev) {
        String sentence = ev.sentence();
        int from = ev.contentBegin() - ev.sentenceBegin();
        int to = ev.contentEnd() - ev.sentenceBegin();
        if (from < 0 || to > sentence.length() || from >= to) return sentence;
        // a span that starts inside a word or a number ("8,5 Prozent" from its ",5") starts at its beginning
        while (from > 0 && (Character.isLetterOrDigit(sentence.charAt(from - 1)) || insideNumber(sentence, from - 1))) from--;
        return sentence.substring(from, to);
    }

    private static boolean insideNumber(String text, int i) {
        char c = text.charAt(i);
        return (c == ',' || c == '.') && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    private static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && QUOTES_AND_PUNCTUATION.indexOf(text.charAt(from)) >= 0) from++;
        while (to > from && QUOTES_AND_PUNCTUATION.indexOf(text.charAt(to - 1)) >= 0) to--;
        String t = SPACES.matcher(text.substring(from, to)).replaceAll(" ");
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) return text;
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).stripTrailing() + "…";
    }
}
