package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * A German reporting verb in the passive ("Die Entscheidung wurde vom Verband kritisiert",
 * "Außerdem wurde eine bessere Jugendarbeit gefordert"): its grammatical subject is what was
 * said or done, not who said it. The speaker is the agent behind "von"/"vom"/"seitens" (or the party behind "von
 * Seiten"), when there is one.
 */
final class GermanPassive extends ExtractionStep {
    /** "wird", "wurde", "worden": the auxiliary of the passive. */
    static final Set<String> AUXILIARIES = Lexicon.words("passive-auxiliaries-de.txt");
    private static final Set<String> STATAL_AUXILIARIES = Lexicon.words("statal-auxiliaries-de.txt");
    private static final Set<String> SUBJECT_SPEAKS = Lexicon.words("passive-subject-speaks-de.txt");
    /** "im Bericht", "in ersten Berichten", "nach ersten Erkenntnissen": where a passive's report is read. */
    private static final Set<String> SOURCE_PREPOSITIONS = Lexicon.words("passive-source-prepositions-de.txt");
    /** "festgestellt worden war": the auxiliary follows the participle within a few words. */
    private static final int AUXILIARY_AFTER = 2;

    /** "von Seiten der Partei", "von kirchlicher Seite": the noun that stands for a party behind "von". */
    private static final Set<String> SIDES = Set.of("seite", "seiten");
    private static final Set<String> GENITIVE_ARTICLES = Set.of("der", "des", "eines", "einer");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "einer", "eines");

    private final SpeakerFinder speakers;

    GermanPassive(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** Whether the cue is a participle with a form of "werden" in its clause, and its subject is not the speaker. */
    boolean passive(TextModel.Sentence s, int cue) {
        Token verb = model.token(cue);
        if (english || SUBJECT_SPEAKS.contains(verb.lower()) || !morph.german(verb.text()).has(Morphology.PARTICIPLE)) return false;
        return withAuxiliary(s, cue);
    }

    /**
     * Whether the participle at {@code cue} has a form of "werden" in its clause, a few words after it or anywhere before
     * it (or closes a clause with "sein" before it, or stands right before "sein" in the Vorfeld, or closes a headline's
     * clause with the auxiliary dropped), whoever speaks.
     */
    boolean withAuxiliary(TextModel.Sentence s, int cue) {
        Token verb = model.token(cue);
        for (int k = cue + 1; k < s.endToken() && k <= cue + AUXILIARY_AFTER && !isClauseBoundary(model.token(k)); k++) {
            if (AUXILIARIES.contains(model.token(k).lower())) return true;
        }
        // "Offiziell bestätigt ist das nicht": the participle fronted before a verb-second "sein" (words behind it) is the
        // statal passive too; "..., wenn sie informiert sind" closes a subordinate clause, left to the rules below
        if (cue + 2 < s.endToken() && STATAL_AUXILIARIES.contains(model.token(cue + 1).lower()) && model.token(cue + 2).word()) return true;
        boolean closesClause = cue + 1 >= s.endToken() || !model.token(cue + 1).word();
        for (int k = cue - 1; k >= s.firstToken() && !isClauseBoundary(model.token(k)); k--) {
            if (AUXILIARIES.contains(model.token(k).lower())) return true;
            // "Weitere Aktionen sind für Montag angekündigt": "sein" with the participle closing the clause is the statal
            // passive (reporting verbs form their perfect with "haben")
            if (closesClause && STATAL_AUXILIARIES.contains(model.token(k).lower())) return true;
        }
        return closesClause && doc.read.inTitle(verb.begin()) && auxiliaryDropped(s, cue);
    }

    /**
     * "Verdacht auf Vogelgrippe bestätigt", "Proteste in der Hauptstadt befürchtet": a headline drops the auxiliary of a
     * passive. A participle closing its clause with no finite verb before it, behind a phrase with a preposition, is one;
     * "Ministerium dementiert" (one word before the verb) is the V2 present tense.
     */
    private boolean auxiliaryDropped(TextModel.Sentence s, int cue) {
        boolean preposition = false;
        for (int k = cue - 1; k >= s.firstToken() && !isClauseBoundary(model.token(k)); k--) {
            Token t = model.token(k);
            if (finiteVerbAt(k, s.endToken())) return false;
            if (t.word() && !t.capitalised() && NounPhrases.PREPOSITIONS.contains(t.lower())) preposition = true;
        }
        return preposition;
    }

    /**
     * The agent: an agentive phrase behind "von"/"vom"/"seitens" in the cue's clause, not an attribute of a noun ("Chef von X"),
     * else the report it is read in ("wird im Bericht als problematisch bezeichnet"); or null. A participle opening
     * its clause has the agent behind it ("Gefordert wird von der Opposition ein Ausschuss").
     */
    NounPhrase agent(TextModel.Sentence s, int cue) {
        int from = cue;
        while (from > s.firstToken() && !isClauseBoundary(model.token(from - 1))) from--;
        int to = cue + 1;
        while (to < s.endToken() && !isClauseBoundary(model.token(to))) to++;
        NounPhrase report = null;
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (k == cue || x.quoted()) continue;
            boolean by = x.is("von") || x.is("vom") || x.is("seitens") || x.is("vonseiten");
            if (!by && !SOURCE_PREPOSITIONS.contains(x.lower())) continue;
            NounPhrase party = by ? party(k, k < cue ? cue : to) : null;
            if (party != null) return party;
            NounPhrase np = speakers.nounPhraseAfter(k + 1, k < cue ? cue : to);
            if (np == null || np.pronoun()) continue;
            // "der Chef von X", "der Bruch von Deichen": behind a noun "von" opens its attribute, unless a phrase with its article
            // closes the clause right before the participle, where the agent stands ("wurde die Regierung vom Mieterbund aufgefordert")
            if (k > from && model.token(k - 1).capitalised() && !(by && np.end() == cue && withArticle(x, np))) continue;
            if (by && nps.agentive(np)) return np;
            if (!by && report == null && lex.isReportNoun(model.token(np.end() - 1).lower())) report = np;
        }
        return report;
    }

    /** "vom Verband", "von der Kommission": the agent's article, which a "von" attribute standing for a genitive lacks ("von Deichen"). */
    private boolean withArticle(Token by, NounPhrase np) {
        return by.is("vom") || ARTICLES.contains(model.token(np.first()).lower());
    }

    /**
     * "von Seiten der Opposition", "von gewerkschaftlicher Seite": "Seite" names no one, it stands for a party, which is the
     * genitive behind it or, with no genitive, the adjective before it with the noun. Null when no "Seite" follows {@code by}.
     */
    private NounPhrase party(int by, int end) {
        int side = by + 1;
        while (side < end && side - by <= 2 && model.token(side).word() && !model.token(side).capitalised()) {
            // "von keiner Seite": no party said it
            if (model.token(side).lower().startsWith("kein")) return null;
            side++;
        }
        if (side >= end || !SIDES.contains(model.token(side).lower())) return null;
        if (side + 1 < end && GENITIVE_ARTICLES.contains(model.token(side + 1).lower())) {
            NounPhrase genitive = speakers.nounPhraseAfter(side + 1, end);
            if (genitive != null && nps.agentive(genitive)) return genitive;
        }
        return side > by + 1 ? new NounPhrase(by + 1, side + 1, false, false) : null;
    }
}
