package org.storywire.story;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storywire.analyse.GermanDictionary;
import org.storywire.story.ArticleWords.Word;

/**
 * German names made of known words ("Nordbahn", "Grünwerk"): the dictionary splits them into common nouns, so on their own
 * they read as compounds, not names. Before a hyphen and an office ("Nordbahn-Personalvorständin", "Grünwerk-Sprecherin")
 * such a compound is the organisation the office belongs to, and so a name wherever the article writes it.
 */
final class CompoundNames {
    private CompoundNames() {}

    /** The words of a German article's pieces that an office after a hyphen makes names though the dictionary splits them. */
    static Set<String> namedByOffice(List<List<Word>> wordsPerPiece) {
        Set<String> named = new HashSet<>();
        for (List<Word> words : wordsPerPiece) {
            for (int i = 0; i + 1 < words.size(); i++) {
                Word w = words.get(i);
                Word next = words.get(i + 1);
                if (next.afterHyphen() && NameWords.namesRole(next.text()) && GermanDictionary.isUnknownCompoundNoun(w.text())) named.add(w.text());
            }
        }
        return named;
    }
}
