package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * A German cue in an adverbial clause has that clause's subject, which stands right behind the subordinator:
 * "Der Minister wies die Kritik zurück, indem er sagte, ..." and "..., da sie befürchten, ..." are said by "er" and
 * "sie", not by the main clause's subject that the nearest-phrase order would prefer. A personal pronoun there is the
 * subject; so is a phrase naming someone that may be nominative ("..., als die Ministerin erklärte, ..."). So, too, the
 * subject of a relative clause opened by a dative pronoun ("..., denen der Verband vorwirft, ...").
 */
final class SubordinateSubject extends ExtractionStep {
    private static final Set<String> SUBORDINATORS = Lexicon.words("adverbial-subordinators-de.txt");
    /** Behind a subordinator a personal pronoun comes first and is the subject ("als sie ihn traf"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie", "ich", "wir");

    /** "..., denen X vorwirft, ...": a dative relative pronoun is the clause's object, never its subject. */
    private static final Set<String> DATIVE_RELATIVES = Set.of("dem", "denen", "welchem");

    SubordinateSubject(Extraction x) {
        super(x);
    }

    /** The subject right behind the subordinator opening the cue's clause, or null when the cue's clause has no such opening. */
    NounPhrase ofCue(TextModel.Sentence s, int cue) {
        if (cue <= s.firstToken() || cue >= s.endToken()) return null;
        int k = cue - 1;
        while (k > s.firstToken() && cue - k <= SUBJECT_WINDOW && !isClauseBoundary(model.token(k))) k--;
        int opener = isClauseBoundary(model.token(k)) ? k + 1 : k;
        int behind = opener + 1;
        if (behind >= cue) return null;
        Token sub = model.token(opener), p = model.token(behind);
        if (sub.quoted() || p.quoted()) return null;
        if (DATIVE_RELATIVES.contains(sub.lower()) && opener > s.firstToken() && model.token(opener - 1).isPunct(',')) return dativeRelativeSubject(opener, cue, s);
        if (!SUBORDINATORS.contains(sub.lower())) return null;
        if (SUBJECT_PRONOUNS.contains(p.lower())) return new NounPhrase(behind, behind + 1, true, false);
        // "als die Ministerin erklärte": a phrase naming someone right behind the subordinator, in the nominative
        NounPhrase np = nps.at(behind, cue, behind);
        // with neither article nor name it is the noun of "als Grund nannte", "als Beispiel führte ... an"
        return np != null && !np.pronoun() && np.end() <= cue && (ANY_ARTICLE.contains(p.lower()) || morph.german(p.text()).has(Morphology.PROPER))
                && nps.agentive(np) && nps.mayBeNominative(np) && !NounPhrases.OBLIQUE_ARTICLES.contains(p.lower()) ? np : null;
    }

    /**
     * "Die Kritik gilt den Banken, denen unter anderem Präsident X vorwirft, ...": behind a dative relative pronoun the
     * relative clause has a subject of its own, the first phrase naming someone in the nominative before the cue; the
     * phrase opening the sentence, which the nearest-phrase order would prefer, stands outside the clause.
     */
    private NounPhrase dativeRelativeSubject(int relative, int cue, TextModel.Sentence s) {
        if (!nps.opensRelativeClause(relative, cue + 1)) return null;
        for (NounPhrase np : nps.subjects(relative + 1, cue, s.firstToken())) {
            if (np.end() > cue || rightAfterPreposition(np, s.firstToken()) || NounPhrases.OBLIQUE_ARTICLES.contains(model.token(np.first()).lower())) continue;
            if (np.pronoun() || nps.agentive(np) && nps.mayBeNominative(np)) return np;
        }
        return null;
    }
}
