package org.storywire.extract;

import java.util.List;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * Statements opened by a report marker rather than a verb: "laut X", "X zufolge", "nach Angaben von X", "nach eigenen
 * Angaben", ", so X", "heißt es aus X", "demnach", "according to X", "in a poll ...". Finds the marker's source and the
 * part of the sentence it reports. Part of {@link CueFinder}, which asks it first at every word.
 */
final class ReportMarkerCue extends ExtractionStep {
    private static final List<String> POSSESSIVE_STEMS_DE = List.of("mein", "dein", "sein", "ihr", "unser", "eur", "euer");
    private static final Set<String> DETERMINER_ENDINGS_DE = Set.of("", "e", "er", "em", "en", "es");
    /**
     * German report markers that report the rest of their own clause: not "heißt es", which reports what follows it, nor
     * "gemäß", which in a clause tells by which rule something is done ("die gemäß dem Profil ausgestattet sind").
     */
    private static final Set<String> OWN_CLAUSE_MARKERS = Set.of("laut", "nach", "zufolge");
    /** "kurz nach", "erst nach": adverbs that make the "nach" after them one of time, not of a source. */
    private static final Set<String> TIME_FOCUS_DE = Set.of("kurz", "erst", "unmittelbar", "gleich", "bald", "direkt");
    /** "hieß es am späten Dienstag aus ...": at most this many words between "es" and the circle's preposition. */
    private static final int HEISST_ES_GAP = 4;
    private static final Set<String> OBJECT_PRONOUNS = Lexicon.words("object-pronouns-de.txt");

    private final SpeakerFinder speakers;
    private final SourcePhrases sources;
    private final MarkerClause markerClauses;

    ReportMarkerCue(Extraction x, SpeakerFinder speakers, SourcePhrases sources, MarkerClause markerClauses) {
        super(x);
        this.speakers = speakers;
        this.sources = sources;
        this.markerClauses = markerClauses;
    }

    /**
     * "laut offiziellen Angaben", "laut aktueller Statistik", "laut ai-Bericht": a source without an article, its adjectives
     * inflected (up to two) before a capitalised noun, or a compound whose head after the hyphen is one; null if none.
     */
    private NounPhrase bareSource(int from, int e) {
        int k = from;
        while (k < e && k - from < 2 && model.token(k).word() && !model.token(k).quoted() && !model.token(k).capitalised() && inflectedAdjective(model.token(k).lower())) k++;
        if (k >= e || !model.token(k).word() || model.token(k).quoted()) return null;
        String w = model.token(k).text();
        int hyphen = w.lastIndexOf('-');
        boolean noun = model.token(k).capitalised() || hyphen > 0 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1));
        return noun ? new NounPhrase(from, k + 1, false, false) : null;
    }

    /** "offiziellen", "aktueller": an inflected adjective, not a relative pronoun ("laut denen ...") or an article. */
    private static boolean inflectedAdjective(String w) {
        return w.length() > 3 && (w.endsWith("en") || w.endsWith("er") || w.endsWith("em") || w.endsWith("es"))
                && !NounPhrases.RELATIVE_PRONOUNS_DE.contains(w) && !ANY_ARTICLE.contains(w);
    }

    /** "seiner", "Ihrer", "unserer": a possessive determiner, a possessive stem with or without an ending. */
    private static boolean possessiveDeterminer(Token t) {
        String w = t.lower();
        for (String stem : POSSESSIVE_STEMS_DE) if (w.startsWith(stem) && DETERMINER_ENDINGS_DE.contains(w.substring(stem.length()))) return true;
        return false;
    }

    /** The "es" of "wie es ... hieß" a few words before the verb at {@code verb}, or -1. */
    private int wieEsBefore(int verb, int f) {
        for (int k = verb - 1; k > f && k >= verb - HEISST_ES_GAP - 2; k--) {
            if (model.token(k).is("es") && model.token(k - 1).is("wie")) return k;
            if (!model.token(k).word()) return -1;
        }
        return -1;
    }

    /** "laut X", "X zufolge", "nach Angaben von X", "nach eigenen Angaben", ", so X", "heißt es aus X", "according to X". */
    Draft reportedCue(TextModel.Sentence s, int i) {
        Token t = model.token(i);
        int f = s.firstToken();
        int e = s.endToken();
        NounPhrase np = null;
        boolean inverted = false;
        // "nach Angaben der Polizei": the mention is the whole phrase, the entity it resolves to is its source
        NounPhrase reportSource = null;
        int cueEnd = i + 1;
        // "X zufolge wird ...": the marker ends the Vorfeld, and what was said starts after it
        boolean closesVorfeld = false;
        // "... in the latest poll": the source phrase follows the clause it reports
        boolean trailing = false;
        // ", wie es bei X hieß": what was reported ends before the "wie" clause, not right before the verb
        int reportEnd = i - 1;
        String lower = t.lower();
        if (!english && (lower.equals("laut") || lower.equals("gemäß"))) {
            np = speakers.nounPhraseAfter(i + 1, e);
            NounPhrase vorfeld = i == f ? speakers.vorfeldSource(i + 1, e) : null;
            if (vorfeld != null && (np == null || np.end() < vorfeld.end())) {
                // the mention is the whole Vorfeld; the entity is a name at its start, else its genitive or "von" source
                reportSource = np != null && np.named() ? np : sources.genitiveSource(vorfeld, e);
                np = vorfeld;
            }
            if (np == null) np = bareSource(i + 1, e);
            if (np == null) return null;
            cueEnd = np.end();
            while (cueEnd < e && !model.token(cueEnd).word()) cueEnd++;
        } else if (!english && lower.equals("zufolge")) {
            np = speakers.nounPhraseBefore(i, f);
            NounPhrase vorfeld = speakers.vorfeldBefore(f, i, e);
            if (vorfeld != null && (np == null || vorfeld.first() < np.first())) {
                // as with "Laut ...": the mention is the whole Vorfeld, the entity a name at its end or its genitive source
                reportSource = np != null && np.named() ? np : sources.genitiveSource(vorfeld, i);
                np = vorfeld;
                closesVorfeld = true;
            }
            if (np == null) return null;
        } else if (!english && lower.equals("nach") && i == f + 2 && possessiveDeterminer(model.token(f)) && model.token(i - 1).capitalised()
                && lex.isReportNoun(model.token(i - 1).lower())) {
            // "Seiner Meinung nach hätte die Behörde ...": opening the sentence, "nach" closes the phrase (a postposition) and the
            // possessive names the source; within a clause ("erklärte er, seiner Meinung nach ...") the clause's verb is the cue
            np = new NounPhrase(i - 2, i, false, true);
            cueEnd = i + 1;
        } else if (!english && lower.equals("nach") && i > f + 2 && possessiveDeterminer(model.token(i - 2)) && model.token(i - 1).capitalised()
                && lex.isReportNoun(model.token(i - 1).lower()) && markerClauses.start(s, i - 2) >= 0) {
            // "die Regierung, die ihrer Meinung nach zu Unrecht regiert": within a relative or adverbial clause the postposed
            // marker reports that clause, whose verb is no cue
            np = new NounPhrase(i - 2, i, false, true);
            cueEnd = i + 1;
        } else if (!english && lower.equals("nach") && i + 1 < e) {
            // "nach Angaben der Polizei", "nach ersten Erkenntnissen", "nach eigenen Angaben", "nach Schäubles Idee"
            // "Einen Tag nach den ersten Berichten", "erst nach umfangreichen Ermittlungen": after a time, "nach" is a time too
            if (i > f && (lex.timeWords.contains(model.token(i - 1).lower()) || TIME_FOCUS_DE.contains(model.token(i - 1).lower()))) return null;
            int k = i + 1;
            while (k < e && k - i <= 3 && model.token(k).word() && !model.token(k).capitalised()) k++;
            // "nach wie vor offizielle Quellen": an article and adjectives stand before the noun, three lower-case words at most
            if (k - i > 3) return null;
            if (k < e && k - i <= 3 && model.token(k).word() && model.token(k).lower().endsWith("s") && k + 1 < e && model.token(k + 1).capitalised()) k++;
            if (k >= e || !model.token(k).capitalised() || !lex.isReportNoun(model.token(k).lower())) return null;
            if (model.token(i + 1).is("eigenen")) {
                // "Die Feuerwehr hat nach eigenen Angaben ...": the phrase is the mention, the subject it points back to the entity
                np = new NounPhrase(i + 1, k + 1, false, true);
                reportSource = speakers.sentenceSubject(s, i);
                // "Nach eigenen Angaben hat die Reederei ...": opening the sentence, the subject follows the finite verb
                if (reportSource == null && i == f) {
                    NounPhrase after = speakers.nounPhraseAfter(k + 2, e);
                    if (after != null && (after.pronoun() || nps.agentive(after))) reportSource = after;
                }
            } else if (k + 1 < e && SourcePhrases.SOURCE_OPENERS_DE.contains(model.token(k + 1).lower())) {
                NounPhrase source = speakers.nounPhraseAfter(Set.of("von", "aus").contains(model.token(k + 1).lower()) ? k + 2 : k + 1, e);
                np = source == null ? new NounPhrase(i + 1, k + 1, false, true) : new NounPhrase(i + 1, source.end(), false, true);
                reportSource = source;
            } else {
                np = new NounPhrase(i + 1, k + 1, false, true);
            }
            cueEnd = np != null ? Math.max(np.end(), k + 1) : k + 1;
        } else if (lower.equals("so") && i > f && i + 1 < e && (model.token(i - 1).isPunct(',') || isQuoteMark(model.token(i - 1)))) {
            np = speakers.nounPhraseAfter(i + 1, e);
            if (np == null && !english && afterQuote(i)) np = subjectAfterVerb(i + 1, e);
            if (np == null) return null;
            inverted = true;
            cueEnd = np.end();
        } else if (!english && (lower.equals("heißt") || lower.equals("hieß")) && i + 1 < e && model.token(i + 1).is("es")
                || !english && lower.equals("es") && i + 1 < e && (model.token(i + 1).is("heißt") || model.token(i + 1).is("hieß"))) {
            int k = i + 2;
            // "hieß es am Dienstag aus dem Umfeld der Regierung": a time between the verb and the circle it came from
            int place = k;
            while (place < e && place - k < HEISST_ES_GAP && model.token(place).word() && !model.token(place).quoted()
                    && !lex.placePrepositionsDe.contains(model.token(place).lower())) place++;
            if (place < e && lex.placePrepositionsDe.contains(model.token(place).lower())) np = speakers.nounPhraseAfter(place + 1, e);
            // "..., heißt es aus dem Kreml." reports what precedes; "heißt es, ..." what follows
            inverted = i > f && model.token(i - 1).isPunct(',') && !(k < e && (model.token(k).isPunct(',') || model.token(k).isPunct(':')));
            cueEnd = np != null ? np.end() : i + 2;
            if (np == null && !lower.equals("es")) np = sources.frontedSource(f, i);
        } else if (!english && (lower.equals("heißt") || lower.equals("hieß")) && wieEsBefore(i, f) > 0) {
            // "..., wie es bei der Bahn hieß": in the "wie" clause the verb closes it, the circle stands between "es" and the verb
            int es = wieEsBefore(i, f);
            int place = es + 1;
            while (place < i && !lex.placePrepositionsDe.contains(model.token(place).lower())) place++;
            np = place < i ? speakers.nounPhraseAfter(place + 1, i) : null;
            if (np == null) return null;
            inverted = true;
            reportEnd = model.token(es - 2).isPunct(',') ? es - 2 : es - 1;
        } else if (!english && (lower.equals("demnach") || lower.equals("demzufolge"))) {
            // "Demnach hätten ...", "Die Partei erreichte demnach ...": the source reported on before goes on; the adverb stands for it
            Draft source = doc.lastSource != null ? doc.lastSource : doc.lastStatement;
            if (source != null && (source.speaker == null || s.index() - source.sentence > 6)) source = null;
            // within the clause the adverb may as well mean "so" ("Geplant ist demnach ..."): a report only with a source before it
            if (source == null && i > f) return null;
            Draft d = new Draft();
            d.cueToken = i;
            d.cueText = t.text();
            d.cueClass = "CLAIM";
            d.reported = true;
            d.attribution = Attribution.REPORTED;
            setContent(d, i == f ? model.token(Math.min(i + 1, e - 1)).begin() : s.begin(), contentEndOf(s), s);
            Speaker from = source == null ? null : source.speaker;
            d.speaker = from == null ? new Speaker(t.text(), new Span(t.begin(), t.end()), null, null, SpeakerKind.UNKNOWN)
                    : new Speaker(t.text(), new Span(t.begin(), t.end()), from.canonical(), from.affiliation(), from.kind());
            d.confidence = 0.6;
            d.sentence = s.index();
            return d;
        } else if (english && lower.equals("according") && i + 1 < e && model.token(i + 1).is("to")) {
            np = speakers.nounPhraseAfter(i + 2, e);
            // "according to the report", "according to three people briefed on the talks", "according to him":
            // the object of "according to" is always the source, whatever its head; it runs to the next punctuation
            if (np == null) np = sources.sourcePhrase(i + 2, e);
            if (np == null) return null;
            cueEnd = np.end();
            inverted = i > f && model.token(i - 1).isPunct(',');
        } else if (english && i == f && lower.equals("in")) {
            // "In a poll released Monday, 50 percent chose ...": a fronted poll or statement is the source of the clause after its comma
            np = sources.reportPhrase(i + 1, e);
            if (np == null) return null;
            cueEnd = np.end();
            reportSource = sources.nameInside(np);
        } else if (english && i > f + 1 && lower.equals("in") && (np = sources.trailingPoll(i + 1, e)) != null) {
            // "Reed leads Croft by 9 points in the latest Harbour Post poll": a poll phrase behind a clause is its source
            cueEnd = np.end();
            trailing = true;
            reportSource = sources.nameInside(np);
        } else {
            return null;
        }
        Draft d = new Draft();
        d.cueToken = i;
        d.cueText = join(i, Math.min(cueEnd, i + 2));
        d.cueClass = "CLAIM";
        d.reported = true;
        d.attribution = np == null ? Attribution.ANONYMOUS_SOURCES : Attribution.REPORTED;
        int after = english && inverted && cueEnd + 1 < e && model.token(cueEnd).isPunct(',') ? cueEnd + 1 : -1;
        // "..., weil die Mission nach Angaben der UN überfordert ist": the relative or adverbial clause the marker stands in
        int clause;
        if (after > 0 && e - after > i - 1 - f) {
            // "But, according to the poll, 46 percent remain undecided": a source between commas reports the longer side
            setContent(d, model.token(after).begin(), contentEndOf(s), s);
        } else if (trailing) {
            // "..., although Croft moved up in a later survey": the poll reports the clause its opener begins
            int opener = clauseOpenerBefore(i, s);
            setContent(d, model.token(opener >= 0 && opener + 1 < i ? opener + 1 : f).begin(), t.begin(), s);
        } else if (inverted) {
            setContent(d, model.token(f).begin(), model.token(reportEnd).begin(), s);
        } else if (i == f || (i == f + 1 && !model.token(f).word())) {
            int from = Math.min(cueEnd, e - 1);
            if (from < e && model.token(from).isPunct(',')) from++;
            setContent(d, model.token(Math.min(from, e - 1)).begin(), contentEndOf(s), s);
        } else if (closesVorfeld) {
            setContent(d, model.token(i + 1).begin(), contentEndOf(s), s);
        } else if (!english && OWN_CLAUSE_MARKERS.contains(lower) && (clause = markerClauses.start(s, np == null ? i : Math.min(i, np.first()))) >= 0) {
            setContent(d, model.token(clause).begin(), markerClauses.end(s, cueEnd), s);
            d.inSubordinateClause = true;
        } else {
            setContent(d, s.begin(), contentEndOf(s), s);
        }
        d.speaker = np == null ? null : speakers.resolve(np, s);
        if (reportSource != null) {
            Speaker source = speakers.resolve(reportSource, s);
            d.speaker = new Speaker(d.speaker.mention(), d.speaker.mentionSpan(), source.canonical(), source.affiliation(), source.kind());
        } else if (english && lower.equals("in") || !english && model.token(Math.min(i + 1, e - 1)).is("eigenen")) {
            // "a poll released on Monday" names no one who polled, "nach eigenen Angaben" with no subject no one who spoke:
            // the source stays unnamed, not "Monday" or "Angaben"
            d.speaker = new Speaker(d.speaker.mention(), d.speaker.mentionSpan(), null, null, SpeakerKind.UNKNOWN);
        }
        d.confidence = np == null ? 0.5 : 0.75;
        d.sentence = s.index();
        return d;
    }

    /** "„...“, so" or "„...“ so": the word right behind a closing quotation mark. */
    private boolean afterQuote(int i) {
        int k = model.token(i - 1).isPunct(',') ? i - 2 : i - 1;
        return k >= 0 && isQuoteMark(model.token(k)) && model.token(k).quoted();
    }

    /**
     * "„...“, so charakterisierte ihn der Funktionär Kim Ohm": after "so" any verb reports the
     * quotation, whether the lexicon knows it or not; its subject stands behind it and an object
     * pronoun. Null when no agentive phrase stands there.
     */
    private NounPhrase subjectAfterVerb(int verb, int e) {
        Token v = model.token(verb);
        if (!v.word() || v.capitalised() || v.quoted() || lex.isStop(v.lower(), false)) return null;
        int k = verb + 1;
        while (k < e && k <= verb + 2 && OBJECT_PRONOUNS.contains(model.token(k).lower())) k++;
        NounPhrase np = speakers.nounPhraseAfter(k, e);
        return np != null && !np.pronoun() && nps.agentive(np) ? np : null;
    }
}
