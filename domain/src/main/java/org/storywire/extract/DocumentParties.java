package org.storywire.extract;

import java.util.Set;

/**
 * A document speaks for the party that issued it (DESIGN: a party's document is the party's statement): the speaker of
 * "In einer Mitteilung der Polizei heißt es" or "a statement from the ministry said" keeps the document as its mention
 * and resolves to its owner, the phrase behind "der"/"des"/"von" or "from"/"by"; a document pointed back to ("Darin
 * heißt es", "In dem Schreiben heißt es", "the statement said", "It said") resolves to the issuer of the document
 * named last in the paragraph, one or two sentences before ("Der Konzern veröffentlichte eine Erklärung.", "The
 * company issued a statement."). Read sentence by sentence: {@link #own} before a statement is accepted, {@link #note}
 * after its sentence.
 */
final class DocumentParties extends ExtractionStep {
    private static final Set<String> OWNER_LINKS_DE = Set.of("der", "des", "von", "vom");
    private static final Set<String> OWNER_LINKS_EN = Set.of("from", "by");
    /** Links that are prepositions: the owner is the phrase behind them; an article is part of the phrase. */
    private static final Set<String> OWNER_PREPOSITIONS = Set.of("von", "vom", "from", "by");
    /** Words that point back to a document just named: "Darin heißt es", "Hierin fordert sie". */
    private static final Set<String> POINTERS_DE = Set.of("darin", "hierin");
    /** A definite or demonstrative determiner: the document is one named before. */
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "dem", "den", "des", "im", "the", "this", "that",
            "dieser", "diese", "dieses", "diesem", "diesen");
    /** "the statement said" points back to a document named in this sentence or at most this many before. */
    private static final int MAX_SENTENCES_BACK = 2;
    /** "the city council's audit committee": an owner of common nouns has a few words at most. */
    private static final int MAX_NOUNS = 3;

    private final SpeakerFinder speakers;
    private Speaker issuer;
    private int issuedIn = -1;

    DocumentParties(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** The draft's speaker, when it is a document or speaks from inside one just named, becomes the document's party. */
    void own(Draft d) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        Speaker sp = d.speaker;
        if (sp == null || sp.mentionSpan() == null) {
            int pointer = pointer(s, d.cueToken);
            Speaker party = pointedBack(s);
            if (pointer >= 0 && party != null) {
                Token t = model.token(pointer);
                d.speaker = new Speaker(t.text(), new Span(t.begin(), t.end()), party.canonical(), party.affiliation(), party.kind());
            }
            return;
        }
        int first = firstToken(sp.mentionSpan(), s);
        int end = endToken(sp.mentionSpan(), s, first);
        int document = -1;
        for (int k = first; k < end; k++) if (DocumentNouns.isDocument(model.token(k), english)) document = k;
        Speaker party = null;
        if (document >= 0) {
            NounPhrase owner = owner(document, s.endToken());
            NounPhrase issuing = owner == null ? issuingSubject(document, s) : null;
            if (issuing != null) {
                // "The town released a statement saying ...": the participle's nearest phrase is the document, its issuer speaks
                d.speaker = speakers.resolve(issuing, s);
                return;
            }
            if (owner != null) party = speakers.resolve(owner, s);
            else if (definite(first, document, s)) party = pointedBack(s);
        } else if (end - first == 1 && (sp.canonical() == null || sp.canonical().equalsIgnoreCase(sp.mention()))
                && (pointer(s, d.cueToken) >= 0 || isInItsPronoun(first))) {
            // "Darin wirft sie ... vor", "In ihr heißt es", "It said ...": a pronoun no name resolved, inside a document just named
            party = pointedBack(s);
        }
        if (party != null && party.canonical() != null) {
            d.speaker = new Speaker(sp.mention(), sp.mentionSpan(), party.canonical(), party.affiliation(), party.kind());
        }
    }

    /** After the sentence is read: the document it names, if any, and who issued it become what a later sentence points back to. */
    void note(TextModel.Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (!DocumentNouns.isDocument(model.token(k), english)) continue;
            NounPhrase owner = owner(k, s.endToken());
            if (owner != null) {
                remember(speakers.resolve(owner, s), s);
                return;
            }
            int determiner = determinerOf(k, s);
            if (determiner >= 0 && DEFINITE.contains(model.token(determiner).lower()) && issuedIn >= 0) {
                // "In dem Schreiben heißt es": the same document goes on
                if (sameParagraph(s)) issuedIn = s.index();
                return;
            }
            // "Der Konzern veröffentlichte eine Erklärung": the subject before the document issued it
            NounPhrase subject = subjectOf(s, k);
            if (subject != null && subject.end() <= k && !subject.pronoun() && nps.agentive(subject)) remember(speakers.resolve(subject, s), s);
            return;
        }
    }

    private void remember(Speaker party, TextModel.Sentence s) {
        if (party == null || party.canonical() == null) return;
        issuer = party;
        issuedIn = s.index();
    }

    /** The issuer of the document named last, when that was in this sentence or just before it, in its paragraph. */
    private Speaker pointedBack(TextModel.Sentence s) {
        if (issuer == null || s.index() - issuedIn > MAX_SENTENCES_BACK || !sameParagraph(s)) return null;
        return issuer;
    }

    private boolean sameParagraph(TextModel.Sentence s) {
        return issuedIn >= 0 && model.sentences.get(issuedIn).paragraph() == s.paragraph();
    }

    /** "Darin", "Hierin" before the cue, or "In it," opening the sentence: where the cue's clause points back to a document. */
    private int pointer(TextModel.Sentence s, int cue) {
        for (int k = s.firstToken(); k < Math.min(cue, s.endToken()); k++) {
            Token t = model.token(k);
            if (t.quoted()) continue;
            if (!english && POINTERS_DE.contains(t.lower())) return k;
            if (english && k == s.firstToken() && t.is("in") && k + 2 < s.endToken() && model.token(k + 1).is("it")
                    && model.token(k + 2).isPunct(',')) return k + 1;
        }
        return -1;
    }

    /** "In ihr heißt es", "In ihm", "It said": the pronoun of a document (English "it" only as a subject). */
    private boolean isInItsPronoun(int k) {
        Token t = model.token(k);
        if (english) return t.is("it");
        return (t.is("ihr") || t.is("ihm")) && k > 0 && model.token(k - 1).is("in");
    }

    /** "einer Mitteilung der Polizei", "a statement from the ministry": the owner behind the document noun, or null. */
    private NounPhrase owner(int document, int e) {
        int k = document + 1;
        if (k >= e || model.token(k).quoted() || !(english ? OWNER_LINKS_EN : OWNER_LINKS_DE).contains(model.token(k).lower())) return null;
        int from = OWNER_PREPOSITIONS.contains(model.token(k).lower()) ? k + 1 : k;
        NounPhrase np = speakers.nounPhraseAfter(from, e);
        if (np == null && english) np = commonNounPhrase(from, e);
        return np != null && !np.pronoun() && nps.agentive(np) ? np : null;
    }

    /**
     * "released a statement saying", "veröffentlichte eine Erklärung, in der ...": the subject of the verb of putting out
     * a text whose object is the document, or null when the document is no such object or the subject no one.
     */
    private NounPhrase issuingSubject(int document, TextModel.Sentence s) {
        int determiner = determinerOf(document, s);
        int verb = determiner - 1;
        if (english && verb > s.firstToken() && model.token(verb).is("out")) verb--;
        if (verb < s.firstToken() || !model.token(verb).word()) return null;
        if (!DocumentNouns.isIssuing(model.token(verb), morph, english)) return null;
        NounPhrase subject = subjectOf(s, verb);
        return subject != null && subject.end() <= verb && nps.agentive(subject) ? subject : null;
    }

    /** The subject of the clause that holds token {@code k}: the main clause's, else the sentence's. */
    private NounPhrase subjectOf(TextModel.Sentence s, int k) {
        NounPhrase subject = speakers.mainSubject(s, k);
        return subject != null ? subject : speakers.sentenceSubject(s, k);
    }

    /** "by the auditors", "from the city council": an English article and the common nouns behind it, which no name opens. */
    private NounPhrase commonNounPhrase(int from, int e) {
        int k = from < e && model.token(from).is("the") ? from + 1 : from;
        int end = -1;
        for (int j = k; j < e && j - k < MAX_NOUNS; j++) {
            Token t = model.token(j);
            if (!t.word() || t.quoted() || t.capitalised() || !morph.english(t.lower()).has(Morphology.NOUN)) break;
            end = j + 1;
        }
        return end > k ? new NounPhrase(from, end, false, false) : null;
    }

    /** The article or determiner opening the document's phrase (behind a preposition, "in dem Schreiben"), or -1. */
    private int determinerOf(int document, TextModel.Sentence s) {
        for (int k = document - 1; k >= s.firstToken() && document - k <= 3; k--) {
            Token t = model.token(k);
            if (!t.word()) return -1;
            if (DEFINITE.contains(t.lower()) || ANY_ARTICLE.contains(t.lower())) return k;
        }
        return -1;
    }

    private boolean definite(int first, int document, TextModel.Sentence s) {
        int determiner = determinerOf(document, s);
        return determiner >= first - 1 && determiner >= 0 && DEFINITE.contains(model.token(determiner).lower())
                || document == first && !english;
    }

    private int firstToken(Span span, TextModel.Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) if (model.token(k).begin() >= span.begin()) return k;
        return s.endToken();
    }

    private int endToken(Span span, TextModel.Sentence s, int from) {
        int k = from;
        while (k < s.endToken() && model.token(k).end() <= span.end()) k++;
        return k;
    }
}
