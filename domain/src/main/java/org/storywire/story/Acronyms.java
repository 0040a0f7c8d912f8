package org.storywire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms an article defines in passing: "die Bürgerallianz (BA)", "Agency for Medicinal Safety
 * (AMS)", "der Partei für Arbeit und Umwelt (PAU)". The acronym must be spelled by the words just
 * before its brackets: by the initials of the capitalised words (the small words between them do not
 * count), or, for a single compound word, by letters of that word in order from its first
 * ("Bürgerallianz": B...a). Only the expansion's name-like words are linked: common nouns of a long
 * name ("Partei", "Arbeit") stay common nouns.
 */
final class Acronyms {
    private Acronyms() {}

    private static final Pattern DEFINITION = Pattern.compile("(?u)((?:[\\p{L}\\p{M}'’-]+\\s+){0,6}?[\\p{L}\\p{M}'’-]+)\\s*\\((\\p{Lu}{2,6})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
    private static final Pattern BRACKETED = Pattern.compile("(?u)\\((\\p{Lu}{2,6})\\)");
    /** Seven words of a definition fit in far fewer characters. */
    private static final int WINDOW = 400;

    /**
     * A word of an acronym's expansion and the acronym, both folded (see {@link ArticleActors#fold}); {@code wholeName}
     * when the word alone spells the acronym, and so is a name even where the dictionary reads common words in it.
     */
    record Definition(String acronym, boolean wholeName) {}

    /** The words of each expansion the text defines, folded, to their acronym. */
    static Map<String, Definition> defined(String text) {
        Map<String, Definition> out = new HashMap<>();
        if (text == null || text.indexOf('(') < 0) return out;
        // The definition pattern is costly where it starts, so it is tried only in a window before each "(XY)".
        Matcher m = DEFINITION.matcher(text);
        Matcher bracket = BRACKETED.matcher(text);
        int from = 0;
        while (bracket.find()) {
            if (bracket.start() < from) continue;
            m.region(definitionStart(text, Math.max(from, bracket.start() - WINDOW), bracket.start()), bracket.end());
            if (!m.find()) continue;
            from = m.end();
            String acronym = m.group(2);
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(m.group(1));
            while (w.find()) words.add(w.group());
            List<String> expansion = expansion(words, acronym);
            for (String word : expansion) {
                // "Kelmark's Security Directorate (KSD)": the possessive names the agency's owner, an actor of its own
                // wherever the article writes it alone ("Kelmark expelled ..."), not the agency.
                if (NameWords.isPossessive(word)) continue;
                out.put(NameWords.fold(word), new Definition(NameWords.fold(acronym), expansion.size() == 1));
            }
        }
        return out;
    }

    /**
     * Where a definition ending at the bracket at {@code bracket} can start, at or after {@code from}: the pattern spans only
     * word characters and white space, in at most seven words, so the first other character or the eighth word back bounds
     * it. Tried from every offset of the window, the pattern cost more than the rest of the actors' step; from this bound it
     * finds the same definition. A surrogate counts as a word character: the bound may lie lower, never higher.
     */
    static int definitionStart(String text, int from, int bracket) {
        int k = bracket - 1;
        while (k >= from && isSpace(text.charAt(k))) k--;
        int words = 0;
        boolean inWord = false;
        for (; k >= from; k--) {
            char c = text.charAt(k);
            if (isSpace(c)) {
                inWord = false;
            } else if (isWordChar(c)) {
                if (!inWord && ++words > MAX_WORDS) return k + 1;
                inWord = true;
            } else {
                return k + 1;
            }
        }
        return from;
    }

    /** Words in a definition: the pattern's one to seven. */
    private static final int MAX_WORDS = 7;

    /** The pattern's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The pattern's {@code [\p{L}\p{M}'’-]}, and any surrogate. */
    private static boolean isWordChar(char c) {
        if (Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || Character.isSurrogate(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The capitalised words ending {@code words} that spell {@code acronym}, or none: by their initials, where the
     * last of them may spell the rest of the acronym within itself ("Lührhavener Verkehrsbetriebe (LVB)": L, then
     * V...B in the compound), as a single compound does alone.
     */
    static List<String> expansion(List<String> words, String acronym) {
        if (words.isEmpty()) return List.of();
        String last = words.get(words.size() - 1);
        if (spelledWithin(last, acronym)) return List.of(last);
        List<String> capitalised = new ArrayList<>();
        for (int i = words.size() - 1; i >= 0 && capitalised.size() < acronym.length(); i--) {
            String word = words.get(i);
            if (Character.isUpperCase(word.codePointAt(0))) capitalised.add(0, word);
        }
        // The most words first: "Agency for Medicinal Safety (AMS)" is spelled by three initials before any compound.
        for (int used = capitalised.size(); used >= 2; used--) {
            List<String> spelling = capitalised.subList(capitalised.size() - used, capitalised.size());
            if (initialsSpell(spelling.subList(0, used - 1), acronym) && spelledWithin(spelling.get(used - 1), acronym.substring(used - 1))) {
                return List.copyOf(spelling);
            }
        }
        return List.of();
    }

    private static boolean initialsSpell(List<String> words, String acronym) {
        for (int i = 0; i < words.size(); i++) {
            if (Character.toUpperCase(words.get(i).charAt(0)) != acronym.charAt(i)) return false;
        }
        return true;
    }

    /** "Bürgerallianz" spells BA: its first letter is the acronym's, the others follow in order. */
    private static boolean spelledWithin(String word, String acronym) {
        String lower = word.toLowerCase(Locale.ROOT);
        String letters = acronym.toLowerCase(Locale.ROOT);
        if (!Character.isUpperCase(word.codePointAt(0)) || lower.charAt(0) != letters.charAt(0)) return false;
        int at = 1;
        for (int i = 1; i < letters.length(); i++) {
            at = lower.indexOf(letters.charAt(i), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }
}
