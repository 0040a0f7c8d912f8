package org.storywire.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.storywire.clean.Lexicon;

/**
 * Reported speech running on without a cue: German Konjunktiv I ("Er sei bereit"), reporting
 * Konjunktiv II or a main clause with "sollen" right after a statement, the reportative "soll ... haben",
 * English "reportedly". The speaker is the statement the sentence continues, or the last reported source. Also German content
 * clauses with no cue in the lexicons: a "dass" clause or "zu" infinitive after a subject who is someone,
 * after an impersonal passive, or after a noun of a demand or claim ({@link GermanClauseForms}).
 */
final class RunOnSpeech extends ExtractionStep {
    static final Set<String> RUN_ON_OPENERS = Lexicon.words("run-on-openers-de.txt");
    static final List<String> NOT_KONJUNKTIV_ENDINGS = Lexicon.wordList("not-konjunktiv-endings-de.txt");
    static final Set<String> DETERMINERS = Lexicon.words("konjunktiv-blockers-de.txt");

    /** How many sentences back a Konjunktiv I sentence still finds its speaker. */
    private static final int KONJUNKTIV_REACH = 3;
    /** How far before the comma a "so" still makes a result clause: "so weit geräumt, dass". */
    private static final int CONSECUTIVE_REACH = 3;
    /** A main clause's verb follows its first phrase: a subject of a few words, with article and adjectives. */
    private static final int MAIN_VERB_POSITION = 5;

    /** Words that open a subordinate clause: a Konjunktiv after it is the main clause's, not reported speech of a subject. */
    static final Set<String> SUBORDINATORS = Lexicon.words("subordinators-de.txt");
    /** Pronouns that name no one: "es", "das", "dies", "man". */
    static final Set<String> IMPERSONAL = Lexicon.words("impersonal-pronouns-de.txt");
    /** "dass": the complementiser of a content clause. */
    static final Set<String> DASS = Lexicon.words("complementisers-de.txt");
    /** "so", "derart": among the last words before the comma they make the "dass" clause a result ("so heftig, dass"). */
    private static final Set<String> CONSECUTIVE = Lexicon.words("consecutive-correlates-de.txt");

    /** "und", "aber": they open a main clause beside the one before the comma, not a clause its verb governs. */
    private static final Set<String> COORDINATING = Lexicon.words("coordinating-conjunctions-de.txt");

    /** "den Befehl, ... zu", "zu dem Schluss, dass": a command, decision or conclusion whose clause is what was ordered, decided or found. */
    private static final Set<String> CONCLUSION_NOUNS = Lexicon.words("conclusion-nouns-de.txt");

    /** "die Forderung des Ministers", "der Plan von X": the words that link a said noun to its source. */
    private static final Set<String> SOURCE_LINKS = Set.of("des", "der", "von", "vom", "eines", "einer");
    /** "die Forderung des CSU-Vorsitzenden Edmund Stoiber, ...": how many words a noun's source spans before the comma. */
    private static final int NOUN_SOURCE_REACH = 8;

    private final SpeakerFinder speakers;
    private final GermanPassive passives;
    private final GermanClauseForms clauses;
    private final PersonNouns persons;
    private final JudgmentFrame judgments;
    private final BodyForm bodies;
    private final LongVorfeldKonjunktiv longVorfeld;
    /** The last statement this step opened without a cue: the next sentence's run-on may go on with it. */
    private Draft lastRunOn;
    /** Whether {@link #lastRunOn}'s sentence is reported speech by its own Konjunktiv. */
    private boolean lastRunOnMarked;

    RunOnSpeech(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.passives = new GermanPassive(x, speakers);
        this.clauses = new GermanClauseForms(x);
        this.persons = new PersonNouns(morph);
        this.judgments = new JudgmentFrame(x, speakers);
        this.bodies = new BodyForm(model, morph);
        this.longVorfeld = new LongVorfeldKonjunktiv(model, nps, morph, SUBORDINATORS, this::konjunktivIForm);
    }

    List<Draft> runOnDrafts(TextModel.Sentence s) {
        boolean reportative = false;
        boolean konjunktivI = false;
        boolean verbKonjunktivI = false;
        boolean konjunktivII = false;
        boolean distinctiveII = false;
        boolean pluralII = false;
        boolean sollen = false;
        int relativeSource = -1;
        int firstKonjunktiv = -1;
        int distinctiveVerb = -1;
        int f = s.firstToken();
        boolean mayContinue = recent(doc.lastStatement, s);
        for (int k = f; k < s.endToken(); k++) {
            Token x = model.token(k);
            if (!x.word() || x.quoted()) continue;
            if (english) {
                if (x.is("reportedly") || x.is("allegedly")) reportative = true;
                continue;
            }
            if (REPORTATIVE.contains(x.lower()) && reportativeAt(k, s)) reportative = true;
            // "Die Umleitung soll über die Nordstraße führen": "sollen" as the main clause's verb tells what someone plans or says
            if (REPORTATIVE.contains(x.lower()) && k - f <= MAIN_VERB_POSITION && !SUBORDINATORS.contains(model.token(f).lower())) sollen = true;
            boolean firstPerson = k > f && (model.token(k - 1).is("ich") || model.token(k - 1).is("wir"));
            // "Folglich lehne ich ...": a first person indicative shares the form of the third person Konjunktiv I
            boolean firstPersonAfter = k + 1 < s.endToken() && (model.token(k + 1).is("ich") || model.token(k + 1).is("wir"));
            if (!firstPerson && !firstPersonAfter && (lex.konjunktivI.contains(x.lower()) && !(k == f && x.capitalised() && !x.is("sei")) || looksKonjunktivI(k, s)
                    // the dictionary only where the sentence could go on with a statement: the fast path stays fast
                    || !konjunktivI && mayContinue && !x.capitalised() && morph.distinctiveKonjunktivI(x.lower()))) {
                if (!konjunktivI) firstKonjunktiv = k;
                konjunktivI = true;
                // "reagierte auf Berichte": a capitalised form there is a noun
                if (!x.capitalised()) verbKonjunktivI = true;
            }
            // the dictionary for the first few words only: a main clause's finite verb stands there
            if (distinctiveVerb < 0 && !firstPerson && !firstPersonAfter && k > f && k - f <= MAIN_VERB_POSITION && !x.capitalised()
                    && konjunktivIForm(x.lower())) distinctiveVerb = k;
            if (lex.konjunktivII.contains(x.lower())) konjunktivII = true;
            // "Die Dämme befänden sich ...": a strong verb's own Konjunktiv II as the main clause's finite verb, asked of the
            // dictionary only where a statement may go on; "möchte" is one too, but says what the subject wants now
            else if (mayContinue && !konjunktivII && k - f <= MAIN_VERB_POSITION && !x.capitalised() && !CuelessReports.INTENTION.contains(x.lower())
                    && morph.distinctiveKonjunktivII(x.lower())) konjunktivII = distinctiveII = true;
            if ((x.is("welchem") || x.is("welcher") || x.is("wonach")) && relativeSource < 0) relativeSource = k;
            if (!pluralII && mayContinue && k - f <= MAIN_VERB_POSITION && pluralKonjunktivII(x)) pluralII = true;
        }
        // "Die Umsätze lägen unter dem Vorjahr. Vor allem Modegeschäfte litten.": right after a statement in a short teaser,
        // a plural form the past tense shares with the Konjunktiv II ("drohten", "blieben", "sparten") is the reported
        // speech going on, which takes the Konjunktiv II where the Konjunktiv I reads as indicative ("sie drohen")
        if (pluralII && !konjunktivII && doc.read.teaserItem(TEASER_RUN_SENTENCES) && nextAfter(doc.lastStatement, s)) konjunktivII = distinctiveII = true;
        if (konjunktivI) {
            Draft dependent = dependentClause(s, firstKonjunktiv, this::namesSomeone);
            if (dependent != null) return List.of(dependent);
        }
        Draft that = dependentDass(s);
        if (that != null) return List.of(that);
        boolean opener = RUN_ON_OPENERS.contains(model.token(f).lower());
        Draft chain = doc.lastStatement != null && continues(doc.lastStatement, s) && sameParagraph(doc.lastStatement, s) ? doc.lastStatement : null;
        // "Er sei ...": Konjunktiv I marks reported speech by itself, so it goes on with a statement a sentence or two back
        if (chain == null && konjunktivI && recent(doc.lastStatement, s)) chain = doc.lastStatement;
        // "Handelsverband: Geschäft enttäuschend. Die Umsätze lägen unter dem Vorjahr": a short teaser goes on with its headline's
        // statement in a reporting Konjunktiv II too, which stands in for a Konjunktiv I that reads as indicative
        boolean fromTitle = chain == null && konjunktivII && continuesTitle(doc.lastStatement, s);
        if (fromTitle) chain = doc.lastStatement;
        Speaker speaker = null;
        boolean found = false;
        Attribution attribution = Attribution.INDIRECT_SPEECH;
        if (reportative) {
            attribution = Attribution.REPORTED;
            NounPhrase source = relativeSource > f ? lastNamedBefore(s, relativeSource) : null;
            if (source != null) speaker = speakers.resolve(source, s);
            else if (doc.lastSource != null && s.index() - doc.lastSource.sentence <= 8) speaker = doc.lastSource.speaker;
            else if (chain != null) speaker = chain.speaker;
            // a rumour nobody in the text spreads is the outlet's own hedging, not a statement
            found = speaker != null;
        } else if (chain != null && (konjunktivI || sollen
                || (konjunktivII && (opener || chain.attribution != Attribution.DIRECT_QUOTE) && (distinctiveII || reportingKonjunktivII(s))))) {
            speaker = model.token(f).is("demnach") && doc.lastSource != null ? doc.lastSource.speaker : chain.speaker;
            // "X sagte ... . Die Polizei sieht darin ... . Es gebe ...": a person or body (not a thing: "Die Proteste gingen weiter")
            // opening a sentence said after the statement goes on
            Speaker between = konjunktivI && endSentence(chain) < s.index() - 1 ? previousSubject(s, this::identifiesSomeone) : null;
            if (between != null) speaker = between;
            Speaker named = namedAgain(s, speaker);
            if (named != null) speaker = named;
            found = true;
        }
        if (!found && konjunktivI && doc.lastStatement == null && mainClauseKonjunktiv(s, firstKonjunktiv)) {
            // "Der Minister sei bereit, ...": a teaser or an article may open in reported speech with no one named;
            // the speaker is the outlet's unnamed source, kept as such, unless the sentence before is about a person or
            // body who then speaks ("Trainer Jan Ober ist zuversichtlich. Seine Elf sei bereit.")
            speaker = previousSubject(s, this::identifiesSomeone);
            if (speaker == null) speaker = pronounSubject(s, firstKonjunktiv);
            found = true;
        }
        if (!found && !english && (distinctiveVerb >= 0 && mainClauseKonjunktiv(s, distinctiveVerb) || longVorfeld.verb(s) >= 0)) {
            // "Eine der Optionen sei ein Börsengang": a main clause whose finite verb is a distinctive Konjunktiv I is
            // reported speech with or without a statement before it (1 in 40 such sentences on the train split is not)
            speaker = previousSubject(s, this::namesSomeone);
            found = true;
        }
        if (!found) {
            Draft judged = english ? null : judgments.draft(s, np -> personOrBody(np, s));
            if (judged != null) return List.of(judged);
            Draft noun = nounComplement(s);
            return noun == null ? List.of() : List.of(noun);
        }
        Draft d = new Draft();
        d.sentence = s.index();
        d.cueToken = f;
        d.cueText = "";
        d.cueClass = "CLAIM";
        d.attribution = speaker == null ? Attribution.ANONYMOUS_SOURCES : attribution;
        d.speaker = speaker;
        d.reported = reportative && speaker != null && doc.lastSource != null && speaker == doc.lastSource.speaker;
        setContent(d, s.begin(), contentEndOf(s), s);
        d.confidence = speaker == null ? 0.4 : 0.6;
        // "Die Arbeiten seien fast fertig. Es gebe keine Gefahr.": reported speech going on sentence after sentence,
        // same speaker, is one statement, as the quotation corpora annotate it; not in a teaser of a sentence or two under a
        // headline, whose editor picked each sentence as a point of its own, when both sentences are marked as reported
        // speech by their own verb ("Ein Investor biete zwei Milliarden. Die Gespräche seien weit fortgeschritten")
        boolean marked = verbKonjunktivI || distinctiveII || fromTitle;
        if (chain != null && chain == lastRunOn && endSentence(chain) == s.index() - 1 && chain.speaker == speaker
                && chain.attribution == d.attribution && !(marked && lastRunOnMarked && doc.read.teaserItem())) d.runsOn = chain;
        else {
            lastRunOn = d;
            lastRunOnMarked = marked;
        }
        return List.of(d);
    }

    /**
     * "Die Wahlkommission hatte den Standpunkt vertreten, das Gericht sei nicht zuständig": a main
     * clause whose subject is someone, followed by a clause in Konjunktiv I, reports what the
     * subject said, whatever the verb (most such verbs are in no list). The main clause itself must
     * be indicative and no subordinate clause ("Wenn ..., sei ..."). {@code someone} decides which subject
     * counts; {@code konjunktiv} is the clause's first marked word (a Konjunktiv I, or a "dass").
     */
    private Draft dependentClause(TextModel.Sentence s, int konjunktiv, Predicate<NounPhrase> someone) {
        int comma = -1;
        for (int k = s.firstToken() + 1; k < konjunktiv; k++) {
            if (model.token(k).isPunct(',')) { comma = k; break; }
        }
        return comma < 0 ? null : clauseAfter(s, s.firstToken(), comma, comma, konjunktiv, someone);
    }

    /**
     * The clause after {@code comma} reports what the subject of the main clause from {@code main} said. The subject
     * stands before {@code subjectEnd} (the main clause's first comma), or, in verb-second order, between the phrase set
     * off there and the comma ("Am Montag erklärte der Verband, dass ...").
     */
    private Draft clauseAfter(TextModel.Sentence s, int main, int subjectEnd, int comma, int konjunktiv, Predicate<NounPhrase> someone) {
        int f = s.firstToken();
        if (konjunktiv <= main || SUBORDINATORS.contains(model.token(main).lower())) return null;
        for (int k = main + 1; k < comma; k++) {
            Token t = model.token(k);
            if (t.quoted() || t.isPunct(':') || t.isPunct(';') || t.isPunct('(')) return null;
            if (t.word() && !t.capitalised() && (lex.konjunktivI.contains(t.lower()) || lex.konjunktivII.contains(t.lower()))) return null;
        }
        if (comma + 1 >= s.endToken() || !hasVerb(main, konjunktiv)) return null;
        // "Seine Frau ist erkrankt, und er wolle sie begleiten": a conjunction after the comma opens a second main clause
        if (COORDINATING.contains(model.token(comma + 1).lower())) return null;
        NounPhrase subject = firstSomeone(nps.subjects(main, subjectEnd, f), someone);
        if (subject == null && subjectEnd < comma) subject = firstSomeone(nps.subjects(nextComma(subjectEnd + 1, s) + 1, comma, f), someone);
        // "Das Papier, das ... war, sei ein Entwurf": the phrase is the Konjunktiv clause's own subject, not someone whose words follow
        if (subject == null || nps.opensRelativeClause(comma + 1, s.endToken())) return null;
        Draft d = Draft.cuelessClaim(s.index(), f, "", speakers.resolve(subject, s));
        d.subject = subject;
        setContent(d, model.token(comma + 1).begin(), contentEndOf(s), s);
        return d;
    }

    private static NounPhrase firstSomeone(List<NounPhrase> phrases, Predicate<NounPhrase> someone) {
        for (NounPhrase np : phrases) if (someone.test(np)) return np;
        return null;
    }

    /**
     * "Die Toten, vor allem Zivilisten, seien ...": a main clause has its verb before the Konjunktiv clause; a phrase
     * set off by commas with none is that clause's own subject.
     */
    private boolean hasVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = model.token(k);
            if (t.word() && !t.capitalised() && !t.quoted() && morph.german(t.text()).has(Morphology.VERB)) return true;
        }
        return false;
    }

    /**
     * "Die Regierungen haben signalisiert, dass ...", "Die WHO hält es für unwahrscheinlich, dass ...": a
     * main clause whose subject is someone, with a "dass" clause right after its comma, reports what
     * the subject said, found or holds, whatever the verb, as with a Konjunktiv clause; the indicative
     * "dass" clause carries no mood of its own, so the subject is what marks it. So does a "zu" infinitive
     * there ("Das Parlament hat die Staaten aufgefordert, einen Plan vorzulegen"): what the subject
     * demanded, promised or decided, unless the main verb is one of trying or starting to act. The comma is found by
     * clause structure: past an apposition or relative clause set off after the subject, after a subject that follows
     * the finite verb, and after a subordinate clause in the Vorfeld ("Als ..., war sich die Polizei sicher, dass ...").
     */
    private Draft dependentDass(TextModel.Sentence s) {
        int f = s.firstToken();
        int main = SUBORDINATORS.contains(model.token(f).lower()) ? verbAfterSubordinateClause(s) : f;
        if (main < 0) return null;
        int first = nextComma(main + 1, s);
        if (first < 0) return null;
        // "Der Bischof, ein Freund des Hauses, hat erklärt, dass ...": the clause follows the main clause's own comma
        int closing = setOffPhraseEnd(first, s);
        int k = closing < 0 ? first : nextComma(closing + 1, s);
        if (k < 0 || k + 1 >= s.endToken()) return null;
        // "die Möglichkeit, dass ...": the noun's own content, not the subject's; but a subject after the verb may end there
        if (model.token(k - 1).capitalised() && !subjectAfterVerb(s, closing < 0 ? main : closing + 1, k)) return null;
        if (DASS.contains(model.token(k + 1).lower())) {
            // "so schwer verletzt, dass ...", "so weit geräumt, dass ...": a result clause
            for (int b = Math.max(main, k - CONSECUTIVE_REACH); b < k; b++) if (CONSECUTIVE.contains(model.token(b).lower())) return null;
        } else if (!clauses.zuInfinitiveClause(k + 1, s) || clauses.actionControl(main, k)) {
            return null;
        }
        Draft d = clauseAfter(s, main, first, k, k + 1, np -> personOrBody(np, s));
        return d != null || !DASS.contains(model.token(k + 1).lower()) || closing >= 0 ? d : impersonalPassive(s, k);
    }

    /**
     * "Als die Spuren übereinstimmten, war sich die Staatsanwaltschaft sicher, dass ...": a subordinate clause fills
     * the Vorfeld, and the main clause begins with its finite verb right after the comma that closes it. Returns that
     * verb, or -1.
     */
    private int verbAfterSubordinateClause(TextModel.Sentence s) {
        for (int k = nextComma(s.firstToken() + 1, s); k >= 0 && k + 1 < s.endToken(); k = nextComma(k + 1, s)) {
            Token verb = model.token(k + 1);
            if (verb.word() && !verb.capitalised() && !verb.quoted() && !SUBORDINATORS.contains(verb.lower())
                    && morph.german(verb.lower()).finite()) return k + 1;
        }
        return -1;
    }

    /** The first comma at or after {@code from} in the sentence, or -1. */
    private int nextComma(int from, TextModel.Sentence s) {
        for (int k = from; k < s.endToken(); k++) if (model.token(k).isPunct(',')) return k;
        return -1;
    }

    /**
     * "Der Bischof, ein Freund des Hauses, hat ...", "Die Stiftung, die ... gegründet wurde, hat ...": a phrase set
     * off by commas right after the subject's noun, an apposition with no verb or a relative clause, with the main
     * clause's finite verb right behind its closing comma. Returns that closing comma, or -1.
     */
    private int setOffPhraseEnd(int comma, TextModel.Sentence s) {
        if (!model.token(comma - 1).capitalised()) return -1;
        int closing = nextComma(comma + 1, s);
        if (closing < 0 || closing - comma < 2 || closing + 1 >= s.endToken()) return -1;
        for (int k = comma + 1; k < closing; k++) {
            Token t = model.token(k);
            if (t.quoted() || t.isPunct(':') || t.isPunct(';')) return -1;
        }
        Token verb = model.token(closing + 1);
        if (!verb.word() || verb.capitalised() || verb.quoted() || !morph.german(verb.lower()).finite()) return -1;
        if (nps.opensRelativeClause(comma + 1, closing)) return closing;
        // an apposition has no verb ("eine frühere Lehrerin": "eine" and "frühere" are verb forms too, but not only that)
        for (int k = comma + 1; k < closing; k++) {
            Token t = model.token(k);
            if (t.word() && !t.capitalised() && morph.german(t.lower()).verbOnly()) return -1;
        }
        return closing;
    }

    /**
     * "Dies vermelden chinesische Medien, dass ...", "Am Montag erklärte der Verband, dass ...": in verb-second
     * order the subject follows the finite verb and may end right before the comma, as a person or body in the
     * nominative, not after a preposition or a noun.
     */
    private boolean subjectAfterVerb(TextModel.Sentence s, int from, int comma) {
        List<NounPhrase> phrases = nps.subjects(from, comma, s.firstToken());
        if (phrases.isEmpty()) return false;
        NounPhrase last = phrases.get(phrases.size() - 1);
        if (last.end() != comma || last.first() <= from || rightAfterPreposition(last, s.firstToken())
                || !nps.mayBeNominative(last) || !personOrBody(last, s)) return false;
        // "die Versuche mehrerer Forscher, ...": a phrase behind a noun (past its determiners and adjectives) is its genitive
        int k = last.first() - 1;
        while (k > from && model.token(k).word() && !model.token(k).capitalised() && !morph.german(model.token(k).lower()).finite()) k--;
        if (model.token(k).capitalised()) return false;
        for (int v = from; v < last.first(); v++) {
            Token t = model.token(v);
            if (t.word() && !t.capitalised() && !t.quoted() && morph.german(t.lower()).finite()) return true;
        }
        return false;
    }

    /**
     * "Es wird angenommen, dass ...", "Im April wurde bekannt, dass ...", "Von den Behörden wird vermutet, dass ...":
     * a main clause in the passive with "werden" (or "bekannt werden"), its participle or predicate right before the
     * comma, reports the "dass" clause; the speaker is the agent behind "von", else no one named.
     */
    private Draft impersonalPassive(TextModel.Sentence s, int comma) {
        int f = s.firstToken();
        if (SUBORDINATORS.contains(model.token(f).lower())) return null;
        int predicate = comma - 1;
        if (predicate > f && (model.token(predicate).is("worden") || model.token(predicate).is("geworden"))) predicate--;
        Token p = model.token(predicate);
        if (predicate <= f || !p.word() || p.capitalised() || !morph.german(p.lower()).has(Morphology.PARTICIPLE) && !p.is("bekannt")) return null;
        boolean werden = false;
        for (int k = f; k < comma; k++) {
            Token x = model.token(k);
            if (x.isPunct(',') || x.quoted()) return null;
            if (GermanPassive.AUXILIARIES.contains(x.lower()) || x.is("geworden")) werden = true;
        }
        // "Es wurde verhindert, dass ...": a deed, not a report
        if (!werden || clauses.actionControl(f, comma)) return null;
        // "Die Stimmen werden nach dem Prinzip verteilt, dass ...": a clause with a subject of its own is no impersonal passive
        for (NounPhrase np : nps.subjects(f, predicate, f)) {
            if (!rightAfterPreposition(np, f) && !(np.pronoun() && IMPERSONAL.contains(model.token(np.first()).lower())) && nps.mayBeNominative(np)) return null;
        }
        NounPhrase agent = passives.agent(s, predicate);
        Draft d = Draft.cuelessClaim(s.index(), f, "", agent == null ? null : speakers.resolve(agent, s));
        if (d.speaker == null) d.attribution = Attribution.ANONYMOUS_SOURCES;
        setContent(d, model.token(comma + 1).begin(), contentEndOf(s), s);
        return d;
    }

    /**
     * "auf die Forderung des Parteichefs, die Steuern zu senken", "die Behauptung, dass ...": a demand or a claim
     * as a noun, its content the "zu" infinitive or "dass" clause after the comma right behind it (or behind its
     * genitive or "von" source); the speaker is that source, else no one named.
     */
    private Draft nounComplement(TextModel.Sentence s) {
        int f = s.firstToken();
        for (int k = f + 1; k + 1 < s.endToken(); k++) {
            if (!model.token(k).isPunct(',') || !(DASS.contains(model.token(k + 1).lower()) || clauses.zuInfinitiveClause(k + 1, s))) continue;
            int noun = k - 1;
            NounPhrase source = null;
            for (int j = k - 1; j > f && k - j <= NOUN_SOURCE_REACH; j--) {
                Token x = model.token(j);
                if (!x.word() || x.quoted()) break;
                if (x.capitalised() && saidNoun(x.lower()) && SOURCE_LINKS.contains(model.token(j + 1).lower())) {
                    noun = j;
                    // "des Ministers" is the genitive phrase with its article; after "von" the phrase follows
                    Token link = model.token(j + 1);
                    source = speakers.nounPhraseAfter(link.is("von") || link.is("vom") ? j + 2 : j + 1, k);
                    break;
                }
            }
            Token n = model.token(noun);
            if (!n.word() || !n.capitalised() || !saidNoun(n.lower())) continue;
            Speaker speaker = source != null && nps.agentive(source) ? speakers.resolve(source, s) : null;
            // "Die Partei wandte sich mit der Aufforderung, ... zu ...": without a source of its own, the noun is its subject's
            if (speaker == null) {
                // "Nachdem die Helfer ..., erteilten sie den Befehl, ...": the main clause's subject, not the opening clause's
                int main = SUBORDINATORS.contains(model.token(f).lower()) ? verbAfterSubordinateClause(s) : f;
                for (NounPhrase np : nps.subjects(main < 0 ? f : main, noun, f)) {
                    if (!rightAfterPreposition(np, f) && personOrBody(np, s)) {
                        speaker = speakers.resolve(np, s);
                        break;
                    }
                }
            }
            // "Als Ergebnis der Studie darf festgehalten werden, dass ...": a conclusion no one draws is the narrator's
            if (speaker == null && CONCLUSION_NOUNS.contains(n.lower())) continue;
            Draft d = Draft.cuelessClaim(s.index(), noun, "", speaker);
            if (speaker == null) d.attribution = Attribution.ANONYMOUS_SOURCES;
            setContent(d, model.token(k + 1).begin(), clauses.complementEnd(k + 1, s), s);
            return d;
        }
        return null;
    }

    /** "Forderung", "Vorschlag", "Behauptung", "Vorwurf", "Befehl", "Schluss": a noun of something demanded, claimed, ordered or concluded. */
    private boolean saidNoun(String lower) {
        return lex.isDemand(lower, false) || lex.isPropositionNoun(lower) || lex.isReportNoun(lower) || QuotedName.UTTERANCE_NOUNS.contains(lower)
                || CONCLUSION_NOUNS.contains(lower);
    }

    /**
     * A person or a body for certain: a name or body the article knows, a role, a noun of people or of a body
     * ("Forscher", "Gericht"), a body by its form ("die GdF", "Die Grünen"), or a personal pronoun. Stricter than {@link #namesSomeone}, whose capitalised head is
     * any German noun: a "dass" clause follows things as often as speakers ("Die Explosion war so heftig, dass ...").
     */
    private boolean personOrBody(NounPhrase np, TextModel.Sentence s) {
        if (!nps.agentive(np)) return false;
        Token first = model.token(np.first());
        // "Halten Sie es für möglich, dass ...": the polite "Sie" inside the sentence addresses the reader
        if (np.pronoun()) return !IMPERSONAL.contains(first.lower()) && !(first.is("sie") && first.capitalised() && np.first() > s.firstToken());
        return speakers.known(np) || roleHead(np) || peopleHead(np) || bodies.names(np, s.endToken());
    }

    /** "Die Forscher", "Das Gericht", "Die Regierung des Landes": a head noun naming people, by an agent ending or as a body. */
    private boolean peopleHead(NounPhrase np) {
        Token head = model.token(np.end() - 1);
        return head.capitalised() && (lex.isAgentNoun(head.lower()) || NounPhrases.speakerNoun(head.lower()) || persons.person(head.text()));
    }

    /**
     * The Konjunktiv I is the finite verb of the main clause: the sentence opens with no
     * subordinator and the verb stands before its first comma, in second position after a phrase
     * of at most a few words ("Der Minister sei bereit", "Eine Einigung gebe es nicht").
     */
    private boolean mainClauseKonjunktiv(TextModel.Sentence s, int konjunktiv) {
        int f = s.firstToken();
        if (konjunktiv <= f || SUBORDINATORS.contains(model.token(f).lower()) || konjunktiv - f > MAIN_VERB_POSITION) return false;
        for (int k = f; k < konjunktiv; k++) if (!model.token(k).word() || model.token(k).quoted()) return false;
        return true;
    }

    /**
     * The agentive subject (among its first words, not after a preposition) of the sentence before, in the same paragraph ("Das Unternehmen strebt einen
     * Börsengang an. Eine der Optionen sei ..."): whom free indirect speech goes on reporting. Null when
     * it names no one; the statement is then the outlet's unnamed source.
     */
    private Speaker previousSubject(TextModel.Sentence s, Predicate<NounPhrase> speaks) {
        if (s.index() == 0) return null;
        TextModel.Sentence before = model.sentences.get(s.index() - 1);
        if (before.paragraph() != s.paragraph()) return null;
        int f = before.firstToken();
        for (NounPhrase np : nps.subjects(f, Math.min(before.endToken(), f + SUBJECT_WINDOW), f)) {
            // the Vorfeld or right after the finite verb ("Als Ersatz wollen die Staaten ..."), never inside a prepositional phrase
            if (np.first() - f > MAIN_VERB_POSITION || rightAfterPreposition(np, f)) continue;
            if (speaks.test(np)) return speakers.resolve(np, before);
        }
        return null;
    }

    /** An agentive phrase that names someone: a name, a known entity, a role, or a pronoun that stands for one ("er", not "es"). */
    private boolean namesSomeone(NounPhrase np) {
        if (!nps.agentive(np)) return false;
        return np.pronoun() ? !IMPERSONAL.contains(model.token(np.first()).lower()) : np.named() || speakers.known(np) || roleHead(np);
    }

    /**
     * A phrase that names someone by more than a capitalised noun: a pronoun, a known entity, a role ("Elternsprecher Jan
     * Hoff") or an age noun, which refers back to a person the text named ("Der 51-Jährige"); not "Die Proteste".
     */
    private boolean identifiesSomeone(NounPhrase np) {
        return namesSomeone(np) && (np.pronoun() || speakers.known(np) || roleHead(np) || NounPhrases.ageNoun(model.token(np.end() - 1)));
    }

    /** "er", "sie": a personal pronoun of the third person singular, as the subject of reported speech. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("er", "sie");

    /**
     * "Dirigent Hennes verlässt die Philharmonie. Er wolle sich dem Komponieren widmen.": a Konjunktiv I main clause whose
     * subject is "er" or "sie", with no statement before it and no one opening the sentence before, reports what the
     * person it stands for says of themself; the pronoun is resolved to the person the text named last. Null for any
     * other subject, or when the pronoun finds no person.
     */
    private Speaker pronounSubject(TextModel.Sentence s, int konjunktiv) {
        int f = s.firstToken();
        if (konjunktiv != f + 1 || !PERSON_PRONOUNS.contains(model.token(f).lower())) return null;
        Speaker resolved = speakers.resolve(new NounPhrase(f, f + 1, true, false), s);
        return resolved != null && resolved.kind() == SpeakerKind.PERSON && resolved.canonical() != null ? resolved : null;
    }

    /** The sentence where the statement's said part ends. */
    private int endSentence(Draft d) {
        return Math.max(d.sentence, sentenceOfOffset(d.contentEnd - 1));
    }

    /** The statement ended at most {@link #KONJUNKTIV_REACH} sentences before, in the same or the previous paragraph. */
    private boolean recent(Draft last, TextModel.Sentence s) {
        if (last == null) return false;
        int lastSentence = Math.max(last.sentence, sentenceOfOffset(last.contentEnd - 1));
        return s.index() - lastSentence <= KONJUNKTIV_REACH && s.paragraph() - model.sentences.get(lastSentence).paragraph() <= 1;
    }

    /** A teaser of up to three sentences under its headline still reports in a run ("..., sagte X. Die Preise blieben aber niedrig."). */
    private static final int TEASER_RUN_SENTENCES = 3;

    /** "drohten", "blieben": a lower-case plural verb form the dictionary reads as a Konjunktiv II (and, likely, a past). */
    private boolean pluralKonjunktivII(Token x) {
        if (!x.word() || x.capitalised() || x.quoted() || !x.lower().endsWith("en") || lex.isStop(x.lower(), false)) return false;
        Morphology.Analysis a = morph.german(x.lower());
        return a.has(Morphology.KJ2) && a.has(Morphology.PLURAL_VERB);
    }

    /**
     * Whether {@code s} is the teaser sentence right after the one where statement {@code last} ends, and that statement
     * is reported speech in the Konjunktiv. Not after the headline: a teaser opens by narrating what its headline sums up
     * ("Studie: ... . Forscher werteten Daten von 80.000 Menschen aus"), and an indicative statement is not reported speech
     * a Konjunktiv could go on with ("Die Gebühren bleiben stabil, kündigte X an. Möglich machten das ...").
     */
    private boolean nextAfter(Draft last, TextModel.Sentence s) {
        if (last == null || s.index() == 0 || doc.read.inTitle(s.begin()) || doc.read.inTitle(last.evidenceBegin)) return false;
        return Math.max(last.sentence, sentenceOfOffset(last.contentEnd - 1)) == s.index() - 1 && konjunktivContent(last);
    }

    /** A Konjunktiv form among the statement's words: "sei", "lägen", "hinke". */
    private boolean konjunktivContent(Draft d) {
        for (int k = model.sentences.get(d.sentence).firstToken(); k < model.tokens.size(); k++) {
            Token t = model.token(k);
            if (t.begin() < d.contentBegin) continue;
            if (t.end() > d.contentEnd) break;
            if (!t.word() || t.capitalised() || t.quoted()) continue;
            String w = t.lower();
            if (lex.konjunktivI.contains(w) || lex.konjunktivII.contains(w) || morph.distinctiveKonjunktivI(w) || morph.distinctiveKonjunktivII(w)) return true;
        }
        return false;
    }

    /** Whether {@code last} is a statement of the headline of a short teaser that {@code s} is a sentence of. */
    private boolean continuesTitle(Draft last, TextModel.Sentence s) {
        return last != null && doc.read.inTitle(last.evidenceBegin) && !doc.read.inTitle(s.begin()) && doc.read.teaserItem() && recent(last, s);
    }

    /** "hätten", "wäre" continue reported speech; "könnte", "würde" are as often plain conditionals. */
    private boolean reportingKonjunktivII(TextModel.Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = model.token(k).lower();
            if (!model.token(k).quoted() && (w.startsWith("hätte") || w.startsWith("wäre") || w.equals("gäbe"))) return true;
        }
        if (substituteKonjunktiv(s)) return true;
        return RUN_ON_OPENERS.contains(model.token(s.firstToken()).lower());
    }

    /**
     * "Sie würden sich per Telefon verständigen", "Die Städte müssten sich anpassen": a plural Konjunktiv II ("würden",
     * "müssten", "könnten", "dürften") stands in for a plural Konjunktiv I that would read as indicative ("sie
     * verständigen", "sie müssen"), unless a condition makes it a plain conditional ("wenn", "falls", "sonst").
     */
    private boolean substituteKonjunktiv(TextModel.Sentence s) {
        boolean plural = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.quoted()) continue;
            if (lex.conditionWordsDe.contains(t.lower())) return false;
            if (!t.capitalised() && t.lower().endsWith("en") && lex.konjunktivII.contains(t.lower())) plural = true;
        }
        return plural;
    }

    /**
     * A regular Konjunktiv I form ("bestehe", "gebe", "bedeute"): a lower-case word in -e in verb
     * position, i.e. not after an article, preposition or degree word and not before a noun, that the
     * dictionary knows as a Konjunktiv ("liegt nahe der Grenze": "nahe" is an adverb).
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
        // asked last, where the form passed every cheap test. The dictionary holds every form of the verbs it knows: a
        // word it lacks is an adverb ("schätzungsweise"), a particle ("inne") or a misspelling, not a Konjunktiv
        Morphology.Analysis known = morph.german(w);
        return known.has(Morphology.KJ1) || known.has(Morphology.KJ2);
    }

    /**
     * "Obwohl Steinbrück mit Mehreinnahmen rechnet, sei man ...", "..., wie sich Tauss ausdrückte, ...", "– so Canny –": the
     * speaker going on, named again in a clause of its own in the sentence (one a subordinator or the marker "so" opens),
     * is mentioned there; null otherwise. Named as the reported clause's subject ("Dennoch wolle sich Chávez ...") the
     * person is what the statement is about, and the corpora keep the mention where the statement began.
     */
    private Speaker namedAgain(TextModel.Sentence s, Speaker speaker) {
        if (speaker == null || speaker.canonical() == null || speaker.kind() != SpeakerKind.PERSON) return null;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (!t.capitalised() || t.quoted()) continue;
            EntityMemory.Entity e = memory.byNameOrSurname(t.text());
            if (e == null || e.kind != SpeakerKind.PERSON || !speaker.canonical().equals(e.name) || !inOwnClause(k, s)) continue;
            int end = k + 1;
            while (end < s.endToken() && model.token(end).capitalised() && !model.token(end).quoted()) end++;
            Speaker again = speakers.resolve(new NounPhrase(k, end, false, true), s);
            if (again != null && speaker.canonical().equals(again.canonical())) return again;
        }
        return null;
    }

    /** Whether the clause holding token {@code k} (back to a punctuation mark or the sentence start) opens with a subordinator or "so". */
    private boolean inOwnClause(int k, TextModel.Sentence s) {
        int c = k;
        while (c > s.firstToken() && model.token(c - 1).word()) c--;
        String opener = model.token(c).lower();
        return c < k && (SUBORDINATORS.contains(opener) || opener.equals("so"));
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
