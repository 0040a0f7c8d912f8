package org.storywire.extract;

import java.util.Set;

/**
 * A German reporting verb whose frame in its clause (between the commas around it) gives it a sense other than speech:
 * "nennt sich „...“" (a reflexive naming: "wie er sich selbst nannte"), "nennt man", "bezeichnet man" (a definition), "gingen die Lichter aus" (ausgehen reports a
 * belief only with "von"/"davon": "geht von einem Unfall aus", or "hervor": "geht aus dem Bericht hervor"),
 * "schloss das Land aus der Gruppe aus" (ausschließen with a source phrase in "aus" expels, it rules nothing out),
 * "meldete das Patent an" (anmelden registers), "hatten sich krank gemeldet" (sich melden, with no quotation in the
 * sentence: "meldete sich mit den Worten „...“" speaks, and so does "sich zu Wort melden"), "hat sich bestätigt"
 * (reflexive, a suspicion proved true), "hat sich vor Ort informiert", "müssen sich selbst versichern" (reflexive: one
 * informs or insures oneself), "forderte die Nationalgarde an" (anfordern sends for), "bestreitet sein erstes
 * Gruppenspiel" (bestreiten with a contest or performance as object takes part in it, it denies nothing), "hat zu einer
 * Kundgebung aufgerufen" (the joined "aufrufen" speaks only with its correlate: "hat dazu aufgerufen, ... zu").
 */
final class VerbFrame {
    /** "für das erste Heimspiel": at most this many words (article, number, adjective) between a preposition and its noun. */
    private static final int PREPOSITION_REACH = 4;
    /** Heads (also a compound's last part: "Gruppenspiel", "Halbzeitshow") of what one takes part in, not what one denies. */
    private static final Set<String> CONTESTS = Set.of("spiel", "partie", "finale", "rennen", "kampf", "turnier", "show", "auftritt", "konzert", "duell", "match");
    private final TextModel model;
    private final Morphology morph;

    VerbFrame(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }

    /** Whether the verb at {@code cue} (with its separated particle at {@code particle}, or -1) is no verb of speech here. */
    boolean notSpeech(int cue, int particle, TextModel.Sentence s) {
        String lemma = morph.germanLemma(model.token(cue).lower());
        if (lemma == null) return false;
        boolean aus = particle >= 0 && model.token(particle).is("aus");
        // "Als Lichtjahr bezeichnet man die Strecke ...": with the generic "man" a naming verb defines a word, no one speaks
        if (lemma.equals("bezeichnen")) return inClause(cue, particle, s, "man");
        if (lemma.equals("nennen")) return inClause(cue, particle, s, "sich", "man");
        // "Der Verdacht hat sich nicht bestätigt": reflexive, it says a suspicion proved true, no one confirms anything
        if (lemma.equals("bestätigen")) return inClause(cue, particle, s, "sich");
        if (lemma.equals("ausgehen") || aus && lemma.equals("gehen")) return !inClause(cue, particle, s, "von", "davon", "hervor");
        if (lemma.equals("ausschließen") || aus && lemma.equals("schließen")) return inClause(cue, particle, s, "aus");
        if (lemma.equals("informieren") || lemma.equals("versichern")) return inClause(cue, particle, s, "sich");
        // "hat dazu aufgerufen, ... zu" calls for what the infinitive says; "zu einer Kundgebung aufgerufen" tells of an event
        if (lemma.equals("aufrufen")) return !correlateBefore(cue, s, "dazu");
        if (lemma.equals("fordern")) return particle >= 0 && model.token(particle).is("an") || closesClause(cue, s, "an");
        if (lemma.equals("bestreiten")) return contestInClause(cue, s);
        // "hat sich zu Wort gemeldet" takes the floor: speech
        if (lemma.equals("melden")) return closesClause(cue, s, "an") || inClause(cue, particle, s, "sich") && !inClause(cue, particle, s, "wort") && !model.quotationIn(s);
        return false;
    }

    /** "meldete das Patent an": the word that ends the verb's clause, a separable particle. */
    private boolean closesClause(int cue, TextModel.Sentence s, String word) {
        int last = -1;
        for (int k = cue + 1; k < s.endToken() && !model.token(k).isPunct(','); k++) if (model.token(k).word()) last = k;
        return last > cue && model.token(last).is(word);
    }

    /** A noun in the verb's clause (between the commas around it) whose head names a contest or a performance. */
    private boolean contestInClause(int cue, TextModel.Sentence s) {
        int from = clauseFrom(cue, s);
        for (int k = from; k < s.endToken() && !model.token(k).isPunct(','); k++) {
            Token t = model.token(k);
            if (k == cue || !t.word() || !t.capitalised() || t.quoted() || inPrepositionalPhrase(k, from)) continue;
            for (String head : CONTESTS) if (t.lower().endsWith(head)) return true;
        }
        return false;
    }

    /** "bestreitet zum Beispiel die Vorwürfe": a preposition among the lower-case words before the noun makes it no object. */
    private boolean inPrepositionalPhrase(int noun, int from) {
        for (int j = noun - 1; j >= from && j >= noun - PREPOSITION_REACH; j--) {
            Token x = model.token(j);
            if (NounPhrases.PREPOSITIONS.contains(x.lower())) return true;
            if (x.capitalised() || !x.word()) return false;
        }
        return false;
    }

    /** The first token of the verb's clause: behind the comma before it, or the sentence's first. */
    private int clauseFrom(int cue, TextModel.Sentence s) {
        int from = cue;
        while (from > s.firstToken() && !model.token(from - 1).isPunct(',')) from--;
        return from;
    }

    /** One of the words in the verb's clause, other than the verb and its particle, outside quotations. */
    /** "hatten dazu aufgerufen": the correlate before the clause-final verb, pointing to the infinitive behind it (not "Aufgerufen war dazu ..."). */
    private boolean correlateBefore(int cue, TextModel.Sentence s, String correlate) {
        for (int k = clauseFrom(cue, s); k < cue; k++) if (model.token(k).is(correlate)) return true;
        return false;
    }

    private boolean inClause(int cue, int particle, TextModel.Sentence s, String... words) {
        int from = clauseFrom(cue, s);
        int to = Math.max(cue, particle);
        while (to + 1 < s.endToken() && !model.token(to + 1).isPunct(',')) to++;
        for (int k = from; k <= to; k++) {
            Token t = model.token(k);
            if (k == cue || k == particle || t.quoted()) continue;
            for (String w : words) if (t.is(w)) return true;
        }
        return false;
    }
}
