package org.storywire.extract;

import java.util.Set;
import java.util.function.Predicate;

/**
 * "Die Grünen sehen in dem Plan keine Lösung", "Der Minister betrachtet den Streik als Erpressung": a verb of
 * judging with its frame ("als" and a predicate, or for "sehen" a phrase with "in"/"darin" right behind the verb)
 * states the subject's view, though the verb reports no speech; so does blame ("macht X für Y verantwortlich").
 * The subject must be a person or a body; the statement is the whole sentence. Only these verbs: on the train
 * split "halten ... für" and "beziffern ... auf" were annotated in fewer than half of their sentences.
 */
final class JudgmentFrame extends ExtractionStep {
    /** Lemmas of verbs that judge what their object is, with an "als" predicate. */
    private static final Set<String> ALS_VERBS = Set.of("sehen", "betrachten", "werten", "bewerten", "erachten");
    /** "sehen in X eine Gefahr", "sieht darin einen Fehler". */
    private static final Set<String> IN_WORDS = Set.of("in", "darin");
    /** "sieht er darin": a pronoun subject may stand between the verb and the "in" phrase. */
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "wir", "ich");
    /** "macht X für Y verantwortlich": the verb, its "für" and the predicate closing the clause. */
    private static final String BLAME_VERB = "machen";
    private static final String BLAME_PREDICATE = "verantwortlich";
    /** A particle closing the clause makes another verb: "sieht ... vor", "wertet ... aus". */
    private static final Set<String> PARTICLES = Set.of("vor", "aus", "ab", "ein", "fern", "nach", "weg", "zu", "durch", "voraus");
    /** The finite verb of a main clause follows a first phrase of a few words. */
    private static final int VERB_POSITION = 6;
    /** The subject stands before the verb or right after it. */
    private static final int SUBJECT_REACH = 5;
    /** "in der vergangenen Woche": the words of an "in" phrase up to its noun. */
    private static final int TIME_PHRASE = 4;

    private final SpeakerFinder speakers;

    JudgmentFrame(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** The sentence as its subject's judgment, or null; {@code someone} decides which subjects may speak. */
    Draft draft(TextModel.Sentence s, Predicate<NounPhrase> someone) {
        int f = s.firstToken();
        if (RunOnSpeech.SUBORDINATORS.contains(model.token(f).lower())) return null;
        int verb = finiteVerb(s);
        if (verb < 0) return null;
        String lemma = morph.german(model.token(verb).text()).lemma();
        if (lemma == null) return null;
        int frame = lemma.equals(BLAME_VERB) ? blameWord(s, verb) : ALS_VERBS.contains(lemma) ? frameWord(s, verb, lemma.equals("sehen")) : -1;
        if (frame < 0) return null;
        NounPhrase subject = null;
        for (NounPhrase np : nps.subjects(f, Math.min(frame, verb + SUBJECT_REACH), f)) {
            boolean placed = np.first() == f || np.first() == verb + 1;
            if (placed && !rightAfterPreposition(np, f) && someone.test(np)) {
                subject = np;
                break;
            }
        }
        if (subject == null) return null;
        Draft d = Draft.cuelessClaim(s.index(), verb, model.token(verb).text(), speakers.resolve(subject, s));
        setContent(d, s.begin(), contentEndOf(s), s);
        return d;
    }

    /** The first finite verb among the sentence's first words, all plain words; else -1. */
    private int finiteVerb(TextModel.Sentence s) {
        int f = s.firstToken();
        for (int k = f + 1; k < s.endToken() && k - f <= VERB_POSITION; k++) {
            Token t = model.token(k);
            if (!t.word() || t.quoted()) return -1;
            if (finiteVerbAt(k, s.endToken())) return k;
        }
        return -1;
    }

    /** The "als" (or for "sehen" the near "in") of the frame in the verb's clause, unless a particle closes the clause; else -1. */
    private int frameWord(TextModel.Sentence s, int verb, boolean in) {
        int frame = -1;
        int last = -1;
        for (int k = verb + 1; k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted()) return -1;
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) break;
            if (!t.word()) continue;
            last = k;
            if (frame < 0 && (t.is("als") || in && inPhrase(k, verb, s))) frame = k;
        }
        if (frame < 0 || PARTICLES.contains(model.token(last).lower())) return -1;
        // "sahen sich das Rathaus als erstes an": a reflexive "sich ... an" looks at something, it judges nothing
        return model.token(last).is("an") && verb + 1 < s.endToken() && model.token(verb + 1).is("sich") ? -1 : frame;
    }

    /** The "für" of "macht X für Y verantwortlich", the predicate closing the verb's clause; else -1. */
    private int blameWord(TextModel.Sentence s, int verb) {
        int fuer = -1;
        int last = -1;
        for (int k = verb + 1; k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) break;
            if (!t.word()) continue;
            if (fuer < 0 && t.is("für")) fuer = k;
            last = k;
        }
        return fuer >= 0 && last > fuer && model.token(last).is(BLAME_PREDICATE) ? fuer : -1;
    }

    /**
     * The "in" phrase of "sehen in X eine Gefahr" stands right behind the verb (or its pronoun subject) and holds a
     * determiner or "darin": "sahen die Zuschauer in Dortmund ein Spiel" is a place.
     */
    private boolean inPhrase(int k, int verb, TextModel.Sentence s) {
        Token t = model.token(k);
        boolean placed = k == verb + 1 || k == verb + 2 && PRONOUNS.contains(model.token(verb + 1).lower());
        if (!placed || !IN_WORDS.contains(t.lower())) return false;
        if (t.is("darin")) return true;
        return k + 1 < s.endToken() && model.token(k + 1).word() && !model.token(k + 1).capitalised() && !timeAt(k + 1, s);
    }

    /**
     * "sah in der 62. Minute Gelb", "in der Nacht", "in diesem Jahr": the "in" phrase holds a number (an ordinal, a
     * year) or ends in a noun of time, so it dates the seeing rather than naming what is judged.
     */
    private boolean timeAt(int from, TextModel.Sentence s) {
        for (int k = from; k < s.endToken() && k < from + TIME_PHRASE; k++) {
            Token t = model.token(k);
            if (!t.word()) return false;
            if (Character.isDigit(t.text().charAt(0))) return true;
            if (t.capitalised()) return lex.timeWords.contains(t.lower());
        }
        return false;
    }
}
