package org.storywire.extract;

import java.util.List;
import java.util.Set;

/**
 * A German headline declines to comment without a verb: "Kein Kommentar vom Ministerium", "Keine Stellungnahme
 * von Holmsand zu den Löhnen", also in quotation marks ("„Kein Kommentar“ von Parteichef X", the words said are the
 * refusal, no quotation of its own); or denies without one: "Dementi aus dem Rathaus". The noun of a comment negated by "kein" is the cue; its source stands behind "von",
 * "aus", "seitens" or in the genitive. A sentence with a verb ("gab keine Stellungnahme ab") is {@link RefusedComment}'s.
 */
final class DeclinedComment extends ExtractionStep {
    private static final Set<String> COMMENT_NOUNS = Set.of("kommentar", "stellungnahme");
    /** "Dementi aus dem Rathaus": the noun of a denial denies without a negation. */
    private static final Set<String> DENIAL_NOUNS = Set.of("dementi");
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("von", "vom", "aus", "seitens");

    private final SpeakerFinder speakers;

    DeclinedComment(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    List<Draft> drafts(TextModel.Sentence s) {
        if (english) return List.of();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            boolean denial = DENIAL_NOUNS.contains(t.lower());
            // "„Kein Kommentar“ von Parteichef X": the words quoted are the refusal itself, their source behind "von"
            if (!t.capitalised() || t.quoted() && !negated(k, s) || !denial && !COMMENT_NOUNS.contains(t.lower())) continue;
            NounPhrase source = (denial || negated(k, s)) && verbless(s) ? source(k, s) : null;
            if (source == null) return List.of();
            Draft d = new Draft();
            d.sentence = s.index();
            d.cueToken = k;
            d.cueText = t.text();
            d.cueClass = denial ? "DENIAL" : "NO_COMMENT";
            d.speaker = speakers.resolve(source, s);
            int[] quoted = t.quoted() ? model.quoteAt(t.begin()) : null;
            d.attribution = quoted != null ? Attribution.DIRECT_QUOTE : Attribution.INDIRECT_SPEECH;
            if (quoted != null) setContent(d, quoted[0], quoted[1], s);
            else setContent(d, s.begin(), contentEndOf(s), s);
            d.confidence = 0.6;
            return List.of(d);
        }
        return List.of();
    }

    /** A headline without a finite verb: "Kein Kommentar vom Kreml". */
    private boolean verbless(TextModel.Sentence s) {
        for (int j = s.firstToken(); j < s.endToken(); j++) {
            Token t = model.token(j);
            if (!t.word() || t.capitalised() || t.quoted()) continue;
            if (morph.german(t.text()).finite()) return false;
        }
        return true;
    }

    /** "kein Kommentar", "keinen weiteren Kommentar". */
    private boolean negated(int k, TextModel.Sentence s) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 2); j--) if (model.token(j).lower().startsWith("kein")) return true;
        return false;
    }

    /** "keine Stellungnahme des Konzerns", else "vom Ministerium", "aus dem Kreml" anywhere in the headline. */
    private NounPhrase source(int k, TextModel.Sentence s) {
        NounPhrase np = null;
        if (k + 1 < s.endToken() && GENITIVE_ARTICLES.contains(model.token(k + 1).lower())) np = speakers.nounPhraseAfter(k + 1, s.endToken());
        for (int j = s.firstToken(); np == null && j < s.endToken(); j++) {
            Token t = model.token(j);
            if (!t.quoted() && SOURCE_PREPOSITIONS.contains(t.lower())) np = speakers.nounPhraseAfter(j + 1, s.endToken());
        }
        return np != null && canSpeak(np) ? beforeTopic(np) : null;
    }

    /** "aus Sicherheitsgründen" is no source: a common noun the dictionary knows must name a role, a body or an organisation. */
    private boolean canSpeak(NounPhrase np) {
        Token head = model.token(np.end() - 1);
        Morphology.Analysis a = morph.german(head.text());
        if (!a.has(Morphology.NOUN) || a.has(Morphology.PROPER)) return true;
        String w = head.lower();
        return NounPhrases.speakingNoun(w, lex) || memory.organisation(head.text()) != null;
    }

    /** "von der Reederei zu den Plänen": the source ends where the topic begins. */
    private NounPhrase beforeTopic(NounPhrase np) {
        for (int j = np.first() + 1; j < np.end(); j++) {
            if (TopicLabel.TOPIC_PREPOSITIONS.contains(model.token(j).lower())) return new NounPhrase(np.first(), j, np.pronoun(), np.named());
        }
        return np;
    }
}
