package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bound {@link Acronyms#definitionStart} puts on where a definition may start finds the definition the pattern finds
 * tried from every offset of its window: on invented texts and on random ones built of the characters that matter
 * (word characters, white space the pattern skips and white space it does not, marks, surrogates, brackets).
 */
class AcronymDefinitionStartTest {
    // the definition pattern as Acronyms writes it
    private static final Pattern DEFINITION = Pattern.compile("(?u)((?:[\\p{L}\\p{M}'’-]+\\s+){0,6}?[\\p{L}\\p{M}'’-]+)\\s*\\((\\p{Lu}{2,6})\\)");
    private static final Pattern BRACKETED = Pattern.compile("(?u)\\((\\p{Lu}{2,6})\\)");
    private static final String[] PIECES = {"a", "B", "x", "Ü", "e\u0301", "'", "’", "-", " ", " ", " ", "\t", "\n", "\u00A0", ",", ".", "(",
            ")", "(AB)", "(KLM)", "(ABCDEFG)", "\uD835\uDC00", "\uD83D\uDE00", "Wort", "Agentur", "für"};

    @Test
    void aDefinitionOfSevenWordsAfterPunctuationIsFoundFromTheBound() {
        String text = "Gestern, so hieß es, sprach die Neue Agentur für Medizinische Sicherheit im Land (NAMSL) vor.";
        assertSameDefinitions(text);
        int bracket = text.indexOf("(NAMSL)");
        // seven words back from the bracket: "die" is the eighth
        assertThat(Acronyms.definitionStart(text, 0, bracket)).isEqualTo(text.indexOf(" Neue"));
    }

    @Test
    void theBoundStopsAtTheFirstCharacterNoWordHolds() {
        String text = "Am Ende: Bürgerallianz (BA)";
        assertThat(Acronyms.definitionStart(text, 0, text.indexOf('('))).isEqualTo(text.indexOf(' ', text.indexOf(':')));
    }

    @Test
    void randomTextsFindTheSameDefinitionsAsTheWholeWindow() {
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) text.append(PIECES[random.nextInt(PIECES.length)]);
            assertSameDefinitions(text.toString());
        }
    }

    /**
     * Acronyms.defined's walk over the brackets, each definition tried in a window before its bracket and the next bracket
     * looked at only past the last definition, once from the window's start and once from the bound: the same definitions.
     */
    private static void assertSameDefinitions(String text) {
        for (int window : new int[] {3, 12, 400}) {
            assertThat(definitions(text, window, true)).as("%s, window %d", text, window).isEqualTo(definitions(text, window, false));
        }
    }

    private static java.util.List<String> definitions(String text, int window, boolean bounded) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        Matcher bracket = BRACKETED.matcher(text);
        int from = 0;
        while (bracket.find()) {
            if (bracket.start() < from) continue;
            int start = Math.max(from, bracket.start() - window);
            m.region(bounded ? Acronyms.definitionStart(text, start, bracket.start()) : start, bracket.end());
            if (!m.find()) continue;
            from = m.end();
            out.add(m.start() + ":" + m.group(1) + ":" + m.group(2));
        }
        return out;
    }
}
