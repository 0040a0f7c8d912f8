package org.storywire.extract;

import java.util.List;
import org.storywire.clean.Lexicon;

/**
 * "Interview: „...“", "Kommentar: „...“", "Liveblog: „...“": a German headline label of one word that ends in a noun
 * of a text genre or format ({@code text-genres-de.txt}) names what kind of item follows, not who speaks. "Analyse"
 * is one of them, not only a report noun.
 */
final class GenreLabel {
    private static final List<String> GENRES = Lexicon.wordList("text-genres-de.txt");

    private final Extraction doc;
    private final TextModel model;

    GenreLabel(Extraction doc, TextModel model) {
        this.doc = doc;
        this.model = model;
    }

    /** Whether the colon at token {@code colon} closes a genre label that opens the title sentence {@code s}. */
    boolean before(TextModel.Sentence s, int colon) {
        if (colon != s.firstToken() + 1 || !doc.read.inTitle(model.token(colon).begin())) return false;
        Token t = model.token(s.firstToken());
        if (!t.word() || !t.capitalised() || t.acronym()) return false;
        for (String genre : GENRES) if (t.lower().endsWith(genre)) return true;
        return false;
    }
}
