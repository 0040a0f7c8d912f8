package org.storywire.extract;

import static org.storywire.extract.CueFinder.SUBORDINATORS_EN;
import static org.storywire.extract.VerbCue.ANAPHORS;

/**
 * The said part beside a reporting verb, for {@link VerbCue}: a quotation before the verb's subject ("“...,” the senator
 * said"), else the quotation or the comma or colon clause behind the verb, the next sentence behind a closing colon, or
 * the verb's own clause; and whether what was said is quoted directly.
 */
final class VerbSaidPart extends ExtractionStep {
    private final SpeakerFinder speakers;
    private final EnglishCueForms forms;
    private final FrontedContent fronted;
    private final EnglishRelativeSubject relativeSubjects;

    VerbSaidPart(Extraction x, SpeakerFinder speakers, EnglishCueForms forms, FrontedContent fronted, EnglishRelativeSubject relativeSubjects) {
        super(x);
        this.speakers = speakers;
        this.forms = forms;
        this.fronted = fronted;
        this.relativeSubjects = relativeSubjects;
    }

    /**
     * Sets what the verb at {@code i} says where its subject does not stand behind it and no quotation before the subject is
     * framed: a quotation or the part behind the verb's comma or colon, the next sentence behind a closing colon, else the
     * verb's own clause. Returns where an English clause's complement opens, else -1.
     */
    int contentAfterVerb(Draft d, TextModel.Sentence s, int i, int f, int e, int clauseEnd) {
        int k = clauseEnd + 1;
        int colonOrComma = -1;
        int quoteAfter = -1;
        for (; k < e; k++) {
            Token x = model.token(k);
            if (x.quoted() && isQuoteMark(x) && k <= clauseEnd + 4) { quoteAfter = k; break; }
            if (x.quoted()) continue;
            if (x.isPunct(',') || x.isPunct(':')) { colonOrComma = k; break; }
        }
        // "Reid said both were “non-entities,” but he gave a compliment: “...”", "he said he was too busy: “...”": a colon
        // behind the clause the verb governs opens what follows that clause, not the verb's said part
        if (english && quoteAfter < 0 && colonOrComma > clauseEnd + 1 && model.token(colonOrComma).isPunct(':') && forms.clauseFollows(i, e)) colonOrComma = -1;
        // "said it was too early but added, “...”": a quotation behind another verb's comma is that verb's
        if (quoteAfter < 0 && colonOrComma >= 0 && colonOrComma + 1 < e && model.token(colonOrComma + 1).quoted()
                && !anotherCueBetween(i, colonOrComma)) quoteAfter = colonOrComma + 1;
        // "He said the quay was safe, citing the tide": an English comma away from the verb closes what was said, it does not open it
        if (english && quoteAfter < 0 && colonOrComma > clauseEnd + 1 && model.token(colonOrComma).isPunct(',')) colonOrComma = -1;
        // "Das bestätigte der Präsident, Jan Moll.", "Dies geht aus einem Bericht hervor, dessen ...": the fronted "das" is
        // the verb's object, standing for the sentence before, so the comma opens an apposition or a relative clause
        if (!english && quoteAfter < 0 && i == f + 1 && ANAPHORS.contains(model.token(f).lower())) colonOrComma = -1;
        // "McCrummen reports:" closing its sentence or paragraph: what was said is the quotation or sentence after it
        boolean saidInNext = quoteAfter < 0 && colonOrComma == e - 1 && model.token(colonOrComma).isPunct(':') && s.index() + 1 < model.sentences.size();
        // "gratuliert und sein Interesse bekundet, jedoch ...": what follows the comma is no said part
        // "geht aus einer Studie hervor, die am Montag erschien": nor is a relative clause of the phrase before the comma
        // "..., the mayor said, adding that ...": a participle behind the verb's comma opens a clause of its own, no said part
        if (colonOrComma >= 0 && quoteAfter < 0 && (colonOrComma + 1 >= e || CLAUSE_OPENERS.contains(model.token(colonOrComma + 1).lower())
                || english && speakers.participleAfterComma(colonOrComma + 1, f) && fronted.before(i, f)
                || nps.opensRelativeClause(colonOrComma + 1, e)
                || anotherCueBetween(i, colonOrComma))) colonOrComma = -1;
        if (saidInNext) {
            TextModel.Sentence next = model.sentences.get(s.index() + 1);
            int[] q = model.quoteAt(next.begin());
            if (q != null && q[0] == next.begin()) setContent(d, q[0], q[1], next);
            else setContent(d, next.begin(), contentEndOf(next), next);
            d.evidenceBegin = Math.min(d.evidenceBegin, s.begin());
        } else if (quoteAfter >= 0) {
            int[] q = model.quoteAt(model.token(quoteAfter).begin());
            if (quotedInPhrase(clauseEnd, quoteAfter)) setContent(d, model.token(clauseEnd + 1).begin(), Math.max(q[1], forms.saidPartEnd(s, clauseEnd + 1)), s);
            else setContent(d, q[0], q[1], s);
        } else if (colonOrComma >= 0 && colonOrComma + 1 < e) {
            setContent(d, model.token(colonOrComma + 1).begin(), forms.saidPartEnd(s, colonOrComma + 1), s);
        } else {
            int opener = clauseOpenerBefore(i, s);
            setContent(d, opener > 0 ? model.token(opener).begin() : s.begin(), forms.saidPartEnd(s, clauseEnd + 1), s);
            d.clauseContent = true;
            return english ? forms.complementStart(i, clauseEnd, e) : -1;
        }
        return -1;
    }

    /** "“...,” the senator said": the quotation ending in a comma right before the subject of the cue, or null. */
    int[] quoteBeforeSubject(int cue, int f) {
        // "“Would that be fair?” Reed said.": the sentence detector ends a sentence at the question mark, the quotation's
        // closing mark with it; it is still the quotation before the subject
        int from = f > 0 && isQuoteMark(model.token(f - 1)) && model.token(f - 1).quoted()
                && text.substring(model.token(f - 1).end(), model.token(f).begin()).indexOf('\n') < 0 ? f - 1 : f;
        for (int k = cue - 1; k >= from && k >= cue - QuoteStatements.SUBJECT_SPAN - 1; k--) {
            Token x = model.token(k);
            // "“...,” said Ben Ash, who said he ...", "“...,” Kim said, though she added ...": a verb between reports the
            // quotation; this one, with a subject of its own, says something else
            if (x.word() && !x.quoted() && !x.capitalised() && lex.cuesEn.containsKey(x.lower()) && ownSubject(cue, f)) return null;
            // "“...,” Kim told reporters when asked ...": a verb behind a subordinator stands in a clause of its own ("as Kim put it" aside)
            if (x.word() && !x.quoted() && !x.is("as") && SUBORDINATORS_EN.contains(x.lower())) return null;
            // "“...,” Scott Reed, the state's attorney general, said": an apposition may stand between, or
            // one in brackets ("“...,” Tom Reed (D-Kent) said", "(R-Fla.)": a party and a state, with its hyphen and dot)
            if ((x.word() || x.isPunct(',') || x.isPunct('(') || x.isPunct(')') || abbreviationDot(k) || insideBrackets(k, cue)) && !x.quoted()) continue;
            if (k == cue - 1 || !model.token(k + 1).word() || !isQuoteMark(x) || !x.quoted()) return null;
            int[] q = model.quoteAt(x.begin());
            // "Bemoaning the “phony system,” Trump accused ...": a quotation inside a fronted phrase is no said part; that one opens its sentence
            return q != null && q[1] == x.end() && endsOpen(q) && q[0] <= model.token(f).begin() ? q : null;
        }
        return null;
    }

    /** A relative or personal pronoun right before the verb is its subject: "who said", "she added". */
    private boolean ownSubject(int cue, int f) {
        return relativeSubjects.pronounBefore(cue, f) >= 0 || cue > f && NounPhrases.PRONOUNS_EN.contains(model.token(cue - 1).lower());
    }

    boolean anotherCueBetween(int cue, int end) {
        for (int k = cue + 1; k < end; k++) {
            Token x = model.token(k);
            if (!x.quoted() && x.word() && !x.capitalised() && (english ? lex.cuesEn : lex.cuesDe).containsKey(x.lower())) return true;
        }
        return false;
    }

    /**
     * "forderte einen „offenen Umgang“ mit ...", "sprach von einem „Feldzug“": a quotation behind an article or a word
     * of the verb's phrase is part of what was said, which goes on to the clause's end; "nannte ihn „feige“",
     * "bezeichnete es als „Fehler“", "sagte: „...“" quote what was said directly.
     */
    private boolean quotedInPhrase(int verbEnd, int quote) {
        if (english || quote <= verbEnd + 1) return false;
        Token before = model.token(quote - 1);
        return before.word() && !before.quoted() && !before.is("als") && (ANY_ARTICLE.contains(before.lower()) || NounPhrases.PREPOSITIONS.contains(before.lower()));
    }

    boolean isDirect(Draft d) {
        int[] q = model.quoteAt(d.contentBegin);
        return q != null && q[0] == d.contentBegin && q[1] >= d.contentEnd - 1;
    }
}
