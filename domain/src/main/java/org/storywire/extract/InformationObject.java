package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "gab die Entscheidung bekannt", "verkündete das Urteil", "nannte Einzelheiten": a German verb of saying whose object
 * names a piece of information without giving it tells that something was made known, not what. The object's head
 * noun (also as a compound's last part: "Gerichtsentscheidung") stands in the verb's clause, outside a prepositional
 * phrase ("sprach von einer Entscheidung" names what was said).
 */
final class InformationObject {
    private static final Set<String> HEADS = Lexicon.words("information-nouns-de.txt");
    /** "für die zwölf Verletzten": at most this many words (article, number, adjective) between a preposition and its noun. */
    private static final int MODIFIERS = 4;
    private final TextModel model;

    InformationObject(TextModel model) {
        this.model = model;
    }

    /**
     * Whether the clause of the German verb at {@code cue} (between the commas around it) holds such an object and no
     * "mit" phrase after it: "begründete die Entscheidung mit den Kosten" gives the reason, what was said.
     */
    boolean in(int cue, TextModel.Sentence s) {
        int from = cue;
        while (from > s.firstToken() && !model.token(from - 1).isPunct(',')) from--;
        int to = cue;
        while (to + 1 < s.endToken() && !model.token(to + 1).isPunct(',')) to++;
        int head = -1;
        for (int k = from; k <= to && head < 0; k++) if (k != cue && head(k, s)) head = k;
        if (head < 0) return false;
        for (int k = head + 1; k <= to; k++) if (model.token(k).is("mit") && !model.token(k).quoted()) return false;
        return true;
    }

    private boolean head(int k, TextModel.Sentence s) {
        Token t = model.token(k);
        if (!t.word() || t.quoted() || !t.capitalised() || HEADS.stream().noneMatch(t.lower()::endsWith)) return false;
        for (int j = k - 1; j >= s.firstToken() && j >= k - MODIFIERS; j--) {
            Token x = model.token(j);
            if (NounPhrases.PREPOSITIONS.contains(x.lower())) return false;
            if (x.capitalised() || !x.word()) break;
        }
        return true;
    }
}
