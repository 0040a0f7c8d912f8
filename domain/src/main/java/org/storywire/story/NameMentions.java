package org.storywire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;
import org.storywire.story.ArticleWords.Word;

/**
 * An article's mentions: runs of adjacent name words, found piece by piece once the words that are names wherever they
 * stand are confirmed; a local paper's town cut from its title, two German surnames side by side split, and English
 * demonyms that only ever stand before a noun dropped.
 */
final class NameMentions {

    private NameMentions() {}

    /** Confirms the names among words that stand where only a name is capitalised. */
    static void confirmUnambiguous(List<Word> words, Predicate<Word> isName, Set<String> confirmed) {
        for (Word w : words) if (!w.ambiguous() && isName.test(w)) confirmed.add(NameWords.fold(w.text()));
    }

    /** "Harlow Motors is preparing ...": a sentence's first word written together with a name is the name's first word. */
    static void confirmJoinedStarts(List<Word> words, Predicate<Word> isName, Set<String> confirmed) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Word w = words.get(i);
            Word next = words.get(i + 1);
            if (w.ambiguous() && next.adjacentToPrevious() && !next.ambiguous() && isName.test(w) && isName.test(next)) confirmed.add(NameWords.fold(w.text()));
        }
    }

    /** A name word that may stand where it stands: anywhere once confirmed, at a sentence start also when the language does not know it. */
    static boolean isMentionWord(Word w, Predicate<Word> isName, Set<String> confirmed, boolean english) {
        return isName.test(w) && (!w.ambiguous() || confirmed.contains(NameWords.fold(w.text())) || (english ? NameWords.unknownToEnglish(w.text()) : NameWords.unknownToGerman(w.text())));
    }

    /**
     * "das US-Branchenblatt", "der VTG-Verhandlungsführer": in German a hyphen joins a modifier to the head noun, and a head the
     * dictionary splits into known words ("Branchen|blatt") is a common noun, not the second half of a name ("Wendel-Oest").
     */
    private static boolean headNounAfterHyphen(Word w, boolean english) {
        return !english && w.afterHyphen() && GermanDictionary.isUnknownCompoundNoun(NameWords.stripPossessive(w.text()));
    }

    /** A piece's mentions: runs of adjacent name words, each noted as standing attributively or alone. */
    static List<List<Word>> mentionsOf(List<Word> words, Predicate<Word> isMentionWord, boolean english, Set<String> beforeNoun,
                                               Set<String> standsAloneSomewhere, Set<String> hyphenModifiers) {
        List<List<Word>> mentions = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : words) {
            boolean headNoun = !current.isEmpty() && headNounAfterHyphen(w, english);
            boolean name = isMentionWord.test(w) && !headNoun
                    // "Konstanze Rehfeld", "Malte Oberkamp": a surname the dictionary splits into common words still follows a name
                    || (!current.isEmpty() && w.adjacentToPrevious() && NameWords.isFollowingName(w.text(), english) && !headNoun);
            // "Kelmark's Security Directorate": a possessive ends a mention, the owner is an actor apart from what it owns
            if (name && (current.isEmpty() || w.adjacentToPrevious() && !NameWords.isPossessive(current.get(current.size() - 1).text()))) current.add(w);
            else {
                current = withoutTownOfTitle(current, w);
                if (!current.isEmpty()) {
                    mentions.add(current);
                    if (headNoun && current.size() == 1) hyphenModifiers.add(current.get(0).text());
                    else noteAttributive(current, w, beforeNoun, standsAloneSomewhere);
                }
                current = new ArrayList<>();
                if (name) current.add(w);
            }
        }
        current = withoutTownOfTitle(current, null);
        if (!current.isEmpty()) {
            mentions.add(current);
            noteAttributive(current, null, beforeNoun, standsAloneSomewhere);
        }
        return mentions;
    }

    /**
     * A newspaper's title names its town or region ("Selkenroder Anzeiger", "the Westcombe Gazette"): the words before
     * the title's noun are the paper's, not the town's, so they join no entity; the noun written as a name ("Gazette")
     * is the paper itself. Without the cut, a local paper's report would make the town, or a club named after it, a
     * side of the story and the paper its voice.
     */
    private static List<Word> withoutTownOfTitle(List<Word> mention, Word next) {
        if (mention.isEmpty()) return mention;
        Word last = mention.get(mention.size() - 1);
        if (mention.size() > 1 && NameWords.isTitleNoun(last.text())) return new ArrayList<>(List.of(last));
        if (next != null && next.adjacentToPrevious() && NameWords.isTitleNoun(next.text())) return new ArrayList<>();
        return mention;
    }

    /**
     * "spricht Lübbering Seiffert sein Vertrauen aus": German puts subject and object side by side, so two names the
     * article writes elsewhere each after a first name of its own ("Carsten Lübbering", "Dagmar Seiffert") are two
     * people, not one person's first and last name.
     */
    static void splitSurnamePairs(List<List<List<Word>>> mentionsPerPiece) {
        Set<String> surnames = new java.util.HashSet<>();
        for (List<List<Word>> mentions : mentionsPerPiece) {
            for (List<Word> mention : mentions) {
                if (mention.size() == 2 && GermanDictionary.isFirstName(mention.get(0).text())) surnames.add(mention.get(1).text());
            }
        }
        if (surnames.size() < 2) return;
        for (List<List<Word>> mentions : mentionsPerPiece) {
            for (int i = 0; i < mentions.size(); i++) {
                List<Word> mention = mentions.get(i);
                if (mention.size() == 2 && surnames.contains(mention.get(0).text()) && surnames.contains(mention.get(1).text())) {
                    mentions.set(i, List.of(mention.get(0)));
                    mentions.add(i + 1, List.of(mention.get(1)));
                    i++;
                }
            }
        }
    }

    /**
     * Drops the one-word mentions of words that only ever stand before a noun and end like a demonym, unless they fold like
     * another name the article writes: "the Vastrian embassy" is Vastria's where the article names "Vastria's" service,
     * "German dairy" names no actor where the article writes only "Germany's".
     */
    static void dropDemonyms(List<List<List<Word>>> mentionsPerPiece, Set<String> beforeNoun, Set<String> standsAloneSomewhere) {
        Map<String, Set<String>> writtenByFold = new HashMap<>();
        for (Set<String> words : List.of(beforeNoun, standsAloneSomewhere)) {
            for (String w : words) writtenByFold.computeIfAbsent(NameWords.fold(NameWords.stripPossessive(w)), k -> new java.util.HashSet<>()).add(NameWords.stripPossessive(w));
        }
        beforeNoun.removeAll(standsAloneSomewhere);
        beforeNoun.removeIf(w -> !DEMONYM.matcher(w).find());
        beforeNoun.removeIf(w -> writtenByFold.get(NameWords.fold(w)).size() > 1);
        for (List<List<Word>> mentions : mentionsPerPiece) {
            mentions.removeIf(mention -> mention.size() == 1 && beforeNoun.contains(mention.get(0).text()));
        }
    }

    /**
     * Drops the one-word mentions of German modifiers only ever written before a hyphen and a common head noun ("der
     * US-Elektronikkonzern Tessaro"): a name the article also writes on its own ("die VTG", "VTG-Verhandlungsführer") stays.
     */
    static void dropHyphenModifiers(List<List<List<Word>>> mentionsPerPiece, Set<String> hyphenModifiers, Set<String> standsAloneSomewhere,
                                    Set<String> beforeNoun) {
        hyphenModifiers.removeAll(standsAloneSomewhere);
        hyphenModifiers.removeAll(beforeNoun);
        for (List<List<Word>> mentions : mentionsPerPiece) {
            mentions.removeIf(mention -> mention.size() == 1 && hyphenModifiers.contains(mention.get(0).text()));
        }
    }

    // How English demonyms end: German, Velmoran, Chinese, British, Dutch, Israeli.
    private static final Pattern DEMONYM = Pattern.compile("(?:an|ese|ish|ch|i)$");

    /**
     * Notes whether a one-word mention stands between a determiner or preposition and a lower-case word that is neither
     * an office nor an organisation ("its German unit", "the Velmoran border town", but not "an Orvane
     * spokeswoman" nor "Veltrana said"), or anywhere else. Where no determiner stands (a sentence's or headline's start,
     * after a verb or another adjective: "to buy German dairy X", "a family-owned German dairy"), the next word must be a
     * noun that is no verb ("German runner ..."), not "Veltrana said"; at a start also a figure ("Dutch 400 metres
     * champion ...").
     */
    private static void noteAttributive(List<Word> mention, Word next, Set<String> beforeNoun, Set<String> standsAloneSomewhere) {
        String word = mention.get(mention.size() - 1).text();
        boolean beforeWord = mention.size() == 1 && next != null && next.adjacentToPrevious()
                && !NameWords.namesRole(next.text()) && !NameWords.ORGANISATION_NOUNS.contains(next.text().toLowerCase(Locale.ROOT));
        boolean beforeLowerCase = beforeWord && Character.isLowerCase(next.text().codePointAt(0));
        Word head = mention.get(0);
        boolean attributive = head.afterDeterminer() ? beforeLowerCase
                : head.opens() && beforeWord && Character.isDigit(next.text().codePointAt(0))
                        || beforeLowerCase && EnglishDictionary.isCommonNoun(next.text()) && !EnglishDictionary.isFiniteVerb(next.text());
        if (attributive) beforeNoun.add(word);
        else standsAloneSomewhere.add(word);
    }
}
