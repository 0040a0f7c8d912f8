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
            m.region(Math.max(from, bracket.start() - WINDOW), bracket.end());
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
