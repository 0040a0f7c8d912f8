package org.storywire.extract;

import java.util.HashSet;
import java.util.Set;
import org.storywire.analyse.DictionaryReader;
import org.storywire.analyse.EnglishDictionary;

/**
 * Where an English name begins in a run of capitalised words: a kicker in capitals or a photo credit glued before a
 * caption ("WORLD SERIES Lena Voss", "Reuters Lena Voss waves ...", below), or "Actress Uma Reed", "Jubilant Lakeside Rovers",
 * "Ohio-based Drelmont" open with a word that describes the bearer (an occupation, an adjective capitalised only
 * because it opens the sentence or a caption, a "-based" compound), and the article names the bearer without it
 * elsewhere. A leading word is such a description when the dictionary reads it, or the part behind its last hyphen,
 * only as a common noun, adjective or participle: not as a first name ("Buck", "Hunter", the German dictionary's or
 * the English lists'), an adverb ("North", "West" name a place with the word behind) or a verb's base form ("Tong",
 * "Bet"); and the words behind it are a name on their own: a run the article writes alone, not one word that is also
 * a common noun ("White House" against "the House"), or opening with a first name. Words before a first name deeper
 * in the run are an office or a body ("Secretary of State Rex Reed" gives the run "State Rex Reed").
 */
final class EnglishNameOpening {
    /** "Associated Press": the longest outlet name a credit may give, in words. */
    private static final int MAX_OUTLET_WORDS = 3;

    private final TextModel model;
    private final Set<String> outlets;
    /** Every capitalised run of the article, as written and lower-cased. */
    private final Set<String> runs;

    EnglishNameOpening(TextModel model, Set<String> outlets) {
        this.model = model;
        this.outlets = outlets;
        this.runs = new HashSet<>();
    }

    /** Notes a run [from, to) the article writes; every run is noted before any name is read. */
    void note(int from, int to) {
        runs.add(key(from, to));
    }

    /** The first token of the name proper in the run [from, to). */
    int nameFrom(int from, int to) {
        int k = afterCredit(afterKicker(from, to), to);
        while (k < to - 1 && describes(model.token(k), k + 1, to) && standsAlone(k + 1, to)) k++;
        return afterTitlePhrase(k, to);
    }

    /**
     * "State Rex Tillerson" (of "Secretary of State ..."), "Network Insider Ian Rapoport": words before a first name that
     * opens a name of two words or more are a title, a body or a role the person holds, no part of the name; unless one
     * of them is a first name itself ("Mary Ann Reed") or the words from the first name are headed by a common noun
     * ("Camp David Accords").
     */
    private int afterTitlePhrase(int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (!PersonGender.isFirstName(model.token(k).text(), true)) continue;
            if (k == from || thingHeaded(to)) return from;
            return k;
        }
        return from;
    }

    private boolean thingHeaded(int to) {
        Token head = model.token(to - 1);
        return EnglishDictionary.isCommonNoun(head.lower()) && !EnglishDictionary.isName(head.text());
    }

    /**
     * "WORLD SERIES Lena Voss waves ...", "CLOSE Lena Voss says ...": a kicker or a page's button, in capitals, glued
     * before a caption. Words all in capitals before one in mixed case are no part of the name when there are two of
     * them or more, or one that spells a common word ("CLOSE", not "NFL" or "US"), and the words behind stand alone.
     */
    private int afterKicker(int from, int to) {
        int k = from;
        while (k < to - 1 && model.token(k).acronym()) k++;
        if (k == from || model.token(k).acronym()) return from;
        if (k - from == 1 && !EnglishDictionary.isContentWord(model.token(from).lower())) return from;
        // a kicker shouts what the caption is about, so one word behind it may be a common noun too ("Apple")
        return standsAlone(k, to) || runs.contains(key(k, to)) ? k : from;
    }

    /**
     * "Reuters North Korean leader ...", "Associated Press Lena Voss waves ...": a caption glued behind its photo credit
     * opens with the outlet's name, and what follows is the name the caption is about when the article writes it alone.
     */
    private int afterCredit(int from, int to) {
        for (int words = Math.min(MAX_OUTLET_WORDS, to - from - 1); words >= 1; words--) {
            if (outlets.contains(key(from, from + words)) && standsAlone(from + words, to)) return from + words;
        }
        return from;
    }

    /**
     * Whether the word {@code t} right before [next, to) describes the bearer those words name. A word that is also a
     * verb ("Model") does so only before a first name and a surname ("Model Chrissy Reed"; not "Green Bay Rovers",
     * headed by a common noun); before a single word it may be the name's own first half ("Tong Zhao"). A first name
     * from either language's lists never describes ("Hunter Reed").
     */
    private boolean describes(Token t, int next, int to) {
        if (PersonGender.isFirstName(t.text(), true)) return false;
        boolean beforePerson = to - next >= 2 && PersonGender.isFirstName(model.token(next).text(), true) && !thingHeaded(to);
        String lower = t.lower();
        int hyphen = lower.lastIndexOf('-');
        if (hyphen > 0 && hyphen < lower.length() - 1) lower = lower.substring(hyphen + 1);
        boolean known = false;
        boolean common = false;
        boolean onlyNoun = true;
        for (DictionaryReader.Entry e : EnglishDictionary.entries(lower)) {
            String tag = e.tag();
            if (tag == null) continue;
            boolean noun = tag.startsWith("NN") && !tag.startsWith("NNP");
            common |= noun;
            onlyNoun &= noun;
            if (!tag.startsWith("JJ") && !tag.equals("VBN") && !tag.equals("VBD") && !noun && !(beforePerson && tag.startsWith("VB"))) return false;
            known = true;
        }
        // a name that is also an adjective keeps it ("New York Times"); one read in lower case only as a common noun
        // describes as an occupation does ("Singer Rihanna"), and before a person any common noun does
        if (EnglishDictionary.isName(t.text()) && !(common && (onlyNoun || beforePerson))) return false;
        return known;
    }

    private boolean standsAlone(int from, int to) {
        if (PersonGender.isFirstName(model.token(from).text(), true) && to - from >= 2) return true;
        Token only = model.token(from);
        if (to - from == 1 && EnglishDictionary.isCommonNoun(only.lower())) return false;
        return runs.contains(key(from, to));
    }

    private String key(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) sb.append(' ');
            sb.append(EntityMemory.canonicalKey(model.token(k).text()));
        }
        return sb.toString();
    }
}
