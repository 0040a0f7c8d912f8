package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * German quotations that open their sentence with no cue of the lexicons: a quotation of a few words or more is
 * someone's words, not a title. Its speaker is the subject behind any finite verb after its comma ("„...“, zeigte
 * sich der Trainer zufrieden", "„...“, ließ ein Sprecher verlauten"), or, when the quotation is the whole sentence,
 * the person or body the sentence before is about ("Die Partei will den Kurs halten. „Wir stehen zu Europa.“").
 */
final class OpeningQuotes extends ExtractionStep {
    /** Titles and names run to a few words; a sentence of speech is longer. */
    private static final int MIN_WORDS = 4;
    /** The subject of the sentence before stands in its first words: the Vorfeld or right behind the finite verb. */
    private static final int SUBJECT_POSITION = 5;
    private static final Set<String> IMPERSONAL = Lexicon.words("impersonal-pronouns-de.txt");

    private final SpeakerFinder speakers;

    OpeningQuotes(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** The speaker of a German quotation opening {@code s}, or null when it has none of these forms. */
    NounPhrase speaker(int[] q, TextModel.Sentence s) {
        if (english || firstTokenAt(s, q[0]) != s.firstToken() || words(q) < MIN_WORDS) return null;
        int after = s.firstToken();
        while (after < s.endToken() && model.token(after).begin() < q[1]) after++;
        if (after + 1 < s.endToken() && model.token(after).isPunct(',')) return subjectBehindVerb(after + 1, s);
        for (int k = after; k < s.endToken(); k++) if (model.token(k).word()) return null;
        return previousSubject(s);
    }

    /**
     * A quotation that is a sentence of its own and speech by its form: it opens and closes its sentence, runs to a
     * few words and holds a finite verb ("„Wir haben längst neue Partner gefunden.“"), which a title or a term
     * ("„Gedenken an einen Meister“") does not.
     */
    boolean wholeSentenceOfSpeech(int[] q, TextModel.Sentence s) {
        if (english || firstTokenAt(s, q[0]) != s.firstToken() || words(q) < MIN_WORDS) return false;
        boolean finite = false;
        int k = s.firstToken();
        for (; k < s.endToken() && model.token(k).begin() < q[1]; k++) {
            Token t = model.token(k);
            // a form read only as a verb: "einen" in "Gedenken an einen Meister" is an article too
            Morphology.Analysis a = t.word() && !t.capitalised() ? morph.german(t.lower()) : null;
            if (a != null && a.finite() && a.verbOnly()) finite = true;
        }
        for (; k < s.endToken(); k++) if (model.token(k).word()) return false;
        return finite;
    }

    /** "zeigte sich der Trainer zufrieden": a finite verb and, right behind it, a subject that may speak. */
    private NounPhrase subjectBehindVerb(int verb, TextModel.Sentence s) {
        Token v = model.token(verb);
        if (!v.word() || v.capitalised()) return null;
        Morphology.Analysis a = morph.german(v.lower());
        if (!a.has(Morphology.VERB) || !a.has(Morphology.INDICATIVE)) return null;
        // "freute sich der Trainer": the reflexive pronoun stands between the verb and its subject
        int subject = verb + 1 < s.endToken() && model.token(verb + 1).is("sich") ? verb + 2 : verb + 1;
        NounPhrase np = speakers.nounPhraseAfter(subject, s.endToken());
        return np != null && speaks(np) && nps.mayBeNominative(np) ? np : null;
    }

    /** The subject among the first words of the sentence before, in the same paragraph, when it names someone. */
    private NounPhrase previousSubject(TextModel.Sentence s) {
        if (s.index() == 0) return null;
        TextModel.Sentence before = model.sentences.get(s.index() - 1);
        if (before.paragraph() != s.paragraph()) return null;
        int f = before.firstToken();
        for (NounPhrase np : nps.subjects(f, Math.min(before.endToken(), f + SUBJECT_WINDOW), f)) {
            if (np.first() - f > SUBJECT_POSITION) break;
            if (!rightAfterPreposition(np, f) && speaks(np)) return np;
        }
        return null;
    }

    /** A pronoun for someone ("er", not "es"), a name or body the article knows, a role ("der Trainer Ghanas") or a name ("die SPD"). */
    private boolean speaks(NounPhrase np) {
        if (!nps.agentive(np)) return false;
        if (np.pronoun()) return !IMPERSONAL.contains(model.token(np.first()).lower());
        if (speakers.known(np)) return true;
        for (int k = np.first(); k < np.end(); k++) {
            Token t = model.token(k);
            if (lex.roleSuffix(t.lower()) != null || t.capitalised() && name(t)) return true;
        }
        return false;
    }

    /** A word the dictionary knows as a name ("Berlin"), or an acronym ("SPD"); not an unknown compound ("Europapolitik"). */
    private boolean name(Token t) {
        return morph.german(t.text()).has(Morphology.PROPER) || t.acronym();
    }

    private int words(int[] q) {
        int n = 0;
        for (String w : text.substring(q[0], q[1]).split("\\s+")) if (!w.isBlank()) n++;
        return n;
    }
}
