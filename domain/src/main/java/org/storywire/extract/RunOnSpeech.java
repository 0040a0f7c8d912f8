package org.storywire.extract;

import java.util.List;
import java.util.Set;

/**
 * Reported speech running on without a cue: German Konjunktiv I ("Er sei bereit"), reporting
 * Konjunktiv II after a statement, the reportative "soll ... haben", English "reportedly". The
 * speaker is the statement the sentence continues, or the last reported source.
 */
final class RunOnSpeech extends ExtractionStep {
    static final Set<String> RUN_ON_OPENERS = Set.of("demnach", "demzufolge", "zudem", "außerdem", "ferner", "weiter", "dafür", "darüber");
    static final List<String> NOT_KONJUNKTIV_ENDINGS = List.of("te", "ische", "liche", "ige", "bare", "same", "ale", "elle", "ive", "ene", "ste", "ere", "ose", "ante", "ente");
    static final Set<String> DETERMINERS = Set.copyOf(List.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
            "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
            "ihren", "ihrem", "ihrer", "unser", "unsere", "dieser", "diese", "diesen", "diesem", "jede", "jeder", "jeden", "alle", "zu",
            "sehr", "besonders", "äußerst", "so", "ganz", "ziemlich", "recht", "eher", "weniger", "mehr", "immer", "am", "im", "zum", "zur",
            "vom", "beim", "als", "wie", "und", "oder", "nicht"));

    private final SpeakerFinder speakers;

    RunOnSpeech(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    List<Draft> runOnDrafts(TextModel.Sentence s) {
        boolean reportative = false;
        boolean konjunktivI = false;
        boolean konjunktivII = false;
        int relativeSource = -1;
        int f = s.firstToken();
        boolean mayContinue = x.lastStatement != null && continues(x.lastStatement, s);
        for (int k = f; k < s.endToken(); k++) {
            Token x = model.token(k);
            if (!x.word() || x.quoted()) continue;
            if (english) {
                if (x.is("reportedly") || x.is("allegedly")) reportative = true;
                continue;
            }
            if (REPORTATIVE.contains(x.lower()) && reportativeAt(k, s)) reportative = true;
            boolean firstPerson = k > f && (model.token(k - 1).is("ich") || model.token(k - 1).is("wir"));
            if (!firstPerson && (lex.konjunktivI.contains(x.lower()) && !(k == f && x.capitalised() && !x.is("sei")) || looksKonjunktivI(k, s)
                    // the dictionary only where the sentence could go on with a statement: the fast path stays fast
                    || !konjunktivI && mayContinue && !x.capitalised() && morph.distinctiveKonjunktivI(x.lower()))) konjunktivI = true;
            if (lex.konjunktivII.contains(x.lower())) konjunktivII = true;
            if ((x.is("welchem") || x.is("welcher") || x.is("wonach")) && relativeSource < 0) relativeSource = k;
        }
        boolean opener = RUN_ON_OPENERS.contains(model.token(f).lower());
        Draft chain = x.lastStatement != null && continues(x.lastStatement, s) && samePargraph(x.lastStatement, s) ? x.lastStatement : null;
        Speaker speaker = null;
        boolean found = false;
        Attribution attribution = Attribution.INDIRECT_SPEECH;
        if (reportative) {
            attribution = Attribution.REPORTED;
            NounPhrase source = relativeSource > f ? lastNamedBefore(s, relativeSource) : null;
            if (source != null) speaker = speakers.resolve(source, s);
            else if (x.lastSource != null && s.index() - x.lastSource.sentence <= 8) speaker = x.lastSource.speaker;
            else if (chain != null) speaker = chain.speaker;
            // a rumour nobody in the text spreads is the outlet's own hedging, not a statement
            found = speaker != null;
        } else if (chain != null && (konjunktivI || (konjunktivII && (opener || chain.attribution != Attribution.DIRECT_QUOTE) && reportingKonjunktivII(s)))) {
            speaker = model.token(f).is("demnach") && x.lastSource != null ? x.lastSource.speaker : chain.speaker;
            found = true;
        }
        if (!found) return List.of();
        Draft d = new Draft();
        d.sentence = s.index();
        d.cueToken = f;
        d.cueText = "";
        d.cueClass = "CLAIM";
        d.attribution = speaker == null ? Attribution.ANONYMOUS_SOURCES : attribution;
        d.speaker = speaker;
        d.reported = reportative && speaker != null && x.lastSource != null && speaker == x.lastSource.speaker;
        setContent(d, s.begin(), contentEndOf(s), s);
        d.confidence = speaker == null ? 0.4 : 0.6;
        return List.of(d);
    }

    /** "soll ... gewarnt haben", "gesprochen haben soll": the modal with a perfect infinitive. */
    private boolean reportativeAt(int k, TextModel.Sentence s) {
        if (k > s.firstToken() && REPORTATIVE_TAIL.contains(model.token(k - 1).lower())) return true;
        int last = -1;
        for (int m = k + 1; m < s.endToken(); m++) {
            Token x = model.token(m);
            if (x.isPunct(',') || x.isPunct(';') || x.isPunct(':') || x.isPunct('.')) break;
            if (x.word()) last = m;
        }
        return last > k + 1 && REPORTATIVE_TAIL.contains(model.token(last).lower());
    }

    /** "hätten", "wäre" continue reported speech; "könnte", "würde" are as often plain conditionals. */
    private boolean reportingKonjunktivII(TextModel.Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = model.token(k).lower();
            if (!model.token(k).quoted() && (w.startsWith("hätte") || w.startsWith("wäre") || w.equals("gäbe"))) return true;
        }
        return RUN_ON_OPENERS.contains(model.token(s.firstToken()).lower());
    }

    /**
     * A regular Konjunktiv I form ("bestehe", "gebe", "bedeute"): a lower-case word in -e in verb
     * position, i.e. not after an article, preposition or degree word and not before a noun.
     */
    private boolean looksKonjunktivI(int k, TextModel.Sentence s) {
        Token x = model.token(k);
        String w = x.lower();
        if (k == s.firstToken() || x.capitalised() || w.length() < 4 || !w.endsWith("e") || w.endsWith("ie") || w.endsWith("ee")) return false;
        // "-te" is the past tense ("explodierte"); adjective endings are not verbs
        for (String ending : NOT_KONJUNKTIV_ENDINGS) if (w.endsWith(ending)) return false;
        if (lex.isStop(w, false) || lex.notKonjunktiv.contains(w) || lex.konjunktivII.contains(w)) return false;
        Token before = model.token(k - 1);
        if (!before.word() && !before.isPunct(',')) return false;
        if (before.word() && (DETERMINERS.contains(before.lower()) || Character.isDigit(before.text().charAt(0)))) return false;
        if (k + 1 < s.endToken()) {
            Token next = model.token(k + 1);
            if (next.word() && next.capitalised()) return false;
            if (next.is("und") || next.is("oder")) return false;
        }
        return true;
    }

    private NounPhrase lastNamedBefore(TextModel.Sentence s, int before) {
        NounPhrase best = null;
        for (int k = s.firstToken(); k < before; k++) {
            if (!model.token(k).capitalised() || k == s.firstToken()) continue;
            EntityMemory.Entity e = memory.byNameOrSurname(model.token(k).text());
            if (e != null && e.kind == SpeakerKind.PERSON) {
                int end = k + 1;
                while (end < before && model.token(end).capitalised()) end++;
                best = new NounPhrase(k, end, false, true);
            }
        }
        return best;
    }
}
