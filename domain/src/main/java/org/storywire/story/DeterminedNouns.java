package org.storywire.story;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storywire.analyse.GermanDictionary;
import org.storywire.story.ArticleWords.Word;

/**
 * German compounds the dictionary cannot split ("Molkereisparte", "Erdkabel", "Dokumentarreihe": a part it lacks or a bound
 * form): unknown words read as names, so such a noun became a side of the story. A German indefinite article, "kein" or a
 * possessive right before the word ("seiner Molkereisparte", "kein Erdkabel") opens a common noun phrase; a name almost never
 * stands there, except as the modifier of a hyphenated compound ("eine Falkenrod-Sprecherin"), or after an office or title
 * elsewhere in the article ("Reederei Harkensand").
 */
final class DeterminedNouns {
    private DeterminedNouns() {}

    /** The words of a German article's pieces that an indefinite determiner shows to be common nouns. */
    static Set<String> commonNouns(List<List<Word>> wordsPerPiece) {
        Set<String> common = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (List<Word> words : wordsPerPiece) {
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                boolean modifiesCompound = i + 1 < words.size() && words.get(i + 1).afterHyphen();
                if (w.afterRole() || modifiesCompound) named.add(w.text());
                else if (w.afterIndefinite() && GermanDictionary.kind(NameWords.stripPossessive(w.text())) == GermanDictionary.Kind.UNKNOWN) common.add(w.text());
            }
        }
        common.removeAll(named);
        return common;
    }
}
