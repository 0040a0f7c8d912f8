package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds noun phrases that can be the subject of a reporting verb, without a tagger: German
 * capitalises nouns, so a phrase is an optional article, lower-case adjectives and a run of
 * capitalised words; English adds a list of lower-case source nouns ("officials", "a source").
 * Phrases after prepositions or in oblique case ("dem", "den", "des") are not subjects.
 */
final class NounPhrases {
    private static final Set<String> NOMINATIVE_ARTICLES_DE = Set.of("der", "die", "das", "ein", "eine", "kein", "keine", "sein", "seine", "ihr", "ihre");
    private static final Set<String> NOMINATIVE_ARTICLES_EN = Set.of("the", "a", "an", "another", "his", "her", "their", "its");
    private static final Set<String> OBLIQUE_ARTICLES = Set.of("dem", "den", "des", "einem", "einen", "eines", "einer", "im", "am", "vom", "zum", "zur", "beim");
    static final Set<String> PREPOSITIONS = Set.of("in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom",
            "vor", "zu", "zum", "zur", "für", "über", "unter", "gegen", "um", "durch", "ohne", "seit", "bis", "trotz", "wegen",
            "gegenüber", "zwischen", "hinter", "neben", "dank", "ab", "of", "to", "for", "with", "at", "on",
            "from", "by", "about", "into", "against", "after", "before", "during", "than", "like", "as", "als",
            "laut", "gemäß");
    static final Set<String> PRONOUNS_DE = Set.of("er", "sie", "ich", "wir", "man");
    static final Set<String> PRONOUNS_EN = Set.of("he", "she", "they", "i", "we");

    private final TextModel model;
    private final Lexicons lex;
    private final boolean english;

    NounPhrases(TextModel model, Lexicons lex, boolean english) {
        this.model = model;
        this.lex = lex;
        this.english = english;
    }

    /** Subject candidates in [from, to), outside quotes. */
    List<NounPhrase> subjects(int from, int to, int sentenceFirst) {
        List<NounPhrase> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            NounPhrase np = at(i, to, sentenceFirst);
            if (np != null) {
                found.add(np);
                i = np.end();
            } else if (model.token(i).word() && model.token(i).capitalised()) {
                // a rejected name is rejected whole: "der „Washington Post“" gives no "Post"
                i++;
                while (i < to && model.token(i).word() && model.token(i).capitalised()) i++;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The noun phrase starting exactly at token i, or null. */
    NounPhrase at(int i, int to, int sentenceFirst) {
        Token t = model.token(i);
        if (!t.word() || t.quoted()) return null;
        Token before = i > sentenceFirst ? model.token(i - 1) : null;
        // „Washington Post“ after an article: the phrase starts at the article, which decides
        if (before != null && isQuoteMark(before) && i - 1 > sentenceFirst && model.token(i - 2).word()
                && ((english ? NOMINATIVE_ARTICLES_EN : NOMINATIVE_ARTICLES_DE).contains(model.token(i - 2).lower()) || OBLIQUE_ARTICLES.contains(model.token(i - 2).lower()))) return null;
        if (before != null && before.word() && (PREPOSITIONS.contains(before.lower()) || OBLIQUE_ARTICLES.contains(before.lower())
                || (english ? NOMINATIVE_ARTICLES_EN : NOMINATIVE_ARTICLES_DE).contains(before.lower()))) return null;
        if ((english ? PRONOUNS_EN : PRONOUNS_DE).contains(t.lower())) {
            if (t.lower().equals("man")) return null;
            return new NounPhrase(i, i + 1, true, false);
        }
        int j = i;
        if ((english ? NOMINATIVE_ARTICLES_EN : NOMINATIVE_ARTICLES_DE).contains(t.lower())) {
            // "den Bericht der Washington Post": an article right after a noun opens a genitive attribute
            if (!english && before != null && before.word() && before.capitalised() && i - 1 > sentenceFirst) return null;
            j++;
        } else if (!english && OBLIQUE_ARTICLES.contains(t.lower())) {
            return null;
        }
        // adjectives between article and noun ("der russische Präsident"); without an article a
        // lower-case word is more often a verb or adverb than an adjective
        while (j > i && j < to && j - i < 4 && model.token(j).word() && !model.token(j).capitalised() && !model.token(j).quoted()
                && isAdjective(model.token(j).lower())) j++;
        int headFrom = j;
        if (j + 1 < to && isQuoteMark(model.token(j)) && model.token(j + 1).word() && model.token(j + 1).capitalised()) j++;
        while (j < to && (isQuoteMark(model.token(j)) && j > headFrom
                || model.token(j).word() && !model.token(j).quoted() && (model.token(j).capitalised() || isLowerSource(model.token(j).lower())))) {
            Token h = model.token(j);
            if (!h.word()) {
                // a mark glued to the word before it closes the name; one glued to the word after opens it
                boolean closing = model.token(j - 1).end() == h.begin();
                j++;
                if (closing || j >= to || !model.token(j).word() || !model.token(j).capitalised()) break;
                continue;
            }
            if (lex.isStop(h.lower(), english) && !(j > headFrom && english)) break;
            if (lex.timeWords.contains(h.lower())) break;
            j++;
        }
        if (j == headFrom) return null;
        // "Bundesfamilienministerin Kristina Schröder (CDU)": keep the party in brackets with the name
        if (j + 2 < to && model.token(j).isPunct('(') && model.token(j + 1).capitalised() && model.token(j + 2).isPunct(')')) j += 3;
        boolean named = false;
        for (int k = headFrom; k < j; k++) if (model.token(k).capitalised()) named = true;
        return new NounPhrase(i, j, false, named);
    }

    static boolean isQuoteMark(Token t) {
        return !t.word() && t.text().length() == 1 && "„“”\"»«".indexOf(t.text().charAt(0)) >= 0;
    }

    private boolean isAdjective(String lower) {
        if (english) return !lex.englishStop.contains(lower) && !lex.functionWords.contains(lower) && lower.length() > 2
                && !isLowerSource(lower) && (lower.endsWith("al") || lower.endsWith("ic") || lower.endsWith("an") || lower.endsWith("ed") || lower.endsWith("ive") || lower.endsWith("ior") || lower.equals("former") || lower.equals("top") || lower.equals("senior"));
        return lower.length() > 3 && (lower.endsWith("e") || lower.endsWith("en") || lower.endsWith("er") || lower.endsWith("es"))
                && !lex.germanStop.contains(lower) && !lex.functionWords.contains(lower) && !lex.konjunktivI.contains(lower) && !lex.konjunktivII.contains(lower);
    }

    private boolean isLowerSource(String lower) {
        return english && (lex.anonymous.contains(lower) || lex.roleSuffix(lower) != null && lex.roleSuffixes.contains(lower));
    }
}
