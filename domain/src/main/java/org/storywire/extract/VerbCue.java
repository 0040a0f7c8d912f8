package org.storywire.extract;

import static org.storywire.extract.CueFinder.ENGLISH_NOUN_MARKERS;
import static org.storywire.extract.CueFinder.NEGATIONS;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * A statement opened by a reporting verb, for {@link CueFinder}: the verb's cues and particle ("sagte", "wies ...
 * zurück", "denied"), whether the form is that verb here, the said part beside it (a quotation, a comma or colon clause,
 * else the verb's own clause), its subject and speaker, and whether it is negated or tells a topic only.
 */
final class VerbCue extends ExtractionStep {
    private static final Set<String> NEGATIVE_SUBJECTS_EN = Lexicon.words("negative-subjects-en.txt");
    static final Set<String> ANAPHORS = Lexicon.words("anaphors.txt");
    /** "– das zumindest meint X": focus adverbs that may stand between a resuming "das" and its verb. */
    private static final Set<String> RESUMING_FOCUS = Set.of("zumindest", "jedenfalls", "immerhin", "auch", "jedoch");
    private static final Set<String> TOPIC_CUES_DE = Lexicon.words("topic-cues-de.txt");
    private static final Set<String> JUDGING_VERBS_DE = Lexicon.words("judging-verbs-de.txt");
    /** The cue classes that claim when not negated: "kommentierte den Bericht" claims as "erklärte" does, "kommentierte nicht" declines. */
    private static final Set<String> CLAIMING = Set.of("CLAIM", "COMMENT");
    private static final Set<String> REPORT_VERBS = Lexicon.words("report-verbs.txt");
    /** What a that-clause or a learned phrase ({@link EnglishCueForms#phraseCue}) after an unlisted verb asserts: a claim of the verb's subject. */
    private static final List<Lexicons.Cue> THAT_CLAUSE_CUE = List.of(new Lexicons.Cue("CLAIM", null, false));
    /** An apposition between commas ("der Leiter der Behörde, Jonas Kern,") has no more words than this. */
    private static final int MAX_APPOSITION = 7;
    /** How far behind its verb a particle listed with "+" ("sprach ... von") may stand: a short adverbial between. */
    private static final int ADJACENT_PARTICLE_REACH = 9;
    /** "Trump’s Support Doubles In New Survey": headline words this long are all capitalised in Title Case, short function words may not be. */
    private static final int TITLE_CASE_WORD = 4;
    /** Fewer long words than this say nothing about a line's case. */
    private static final int TITLE_CASE_MIN_WORDS = 3;
    /** "Former Secretary of State ..." aside, a headline's subject is a name with a title or a short description. */
    private static final int MAX_TITLE_SUBJECT = 5;
    private static final GermanCueLemmas GERMAN_LEMMAS = new GermanCueLemmas(Lexicons.INSTANCE.cuesDe, new Morphology());
    private static final LearnedGermanCues LEARNED_DE = new LearnedGermanCues(Lexicon.lines("learned-cues-de.txt"), GERMAN_LEMMAS);

    private final SpeakerFinder speakers;
    private final EnglishCueForms forms;
    private final OpeningParticiple participles;
    private final SourcePhrases sources;
    private final GermanPassive passives;
    private final EnglishPassive englishPassives;
    private final ObjectSense senses;
    private final RetractedReport retractions;
    private final ParticleSense particleSenses;
    private final PrepositionSense prepositionSenses;
    private final ComparedExpectation comparisons;
    private final LearnedFrom learned;
    private final RefusedComment refusals;
    private final GermanCueForms german;
    private final AdjectiveCue adjectives;
    private final VerbFrame frames;
    private final InformationObject informationObjects;
    private final IssuedDocument issuedDocuments;
    private final RelativeObject relativeObjects;
    private final EnglishRelativeSubject relativeSubjects;
    private final NounFormCue nounForms;
    private final FrontedContent fronted;
    private final QuotationBeforeCue quotationBeforeCue;
    private final HeadlineCues headlineCues;
    private final ComplementBehindSubject complementBehind;
    private final ParticleBeforeVerb particlesBefore;
    private final VerbSaidPart saidParts;
    private final TeaserJudgement teaserJudgements;
    /** Whether the sentence being read is an English headline in Title Case, where a capital letter marks no noun or name. */
    private boolean titleCase;

    VerbCue(Extraction x, SpeakerFinder speakers, EnglishCueForms forms, OpeningParticiple participles, SourcePhrases sources, AdjectiveCue adjectives) {
        super(x);
        this.speakers = speakers;
        this.forms = forms;
        this.participles = participles;
        this.sources = sources;
        this.adjectives = adjectives;
        this.german = new GermanCueForms(x, speakers);
        this.passives = new GermanPassive(x, speakers);
        this.englishPassives = new EnglishPassive(x);
        this.senses = new ObjectSense(model, morph);
        this.retractions = new RetractedReport(model, english);
        this.particleSenses = new ParticleSense(model, morph);
        this.prepositionSenses = new PrepositionSense(model, morph);
        this.comparisons = new ComparedExpectation(model, morph);
        this.learned = new LearnedFrom(model);
        this.quotationBeforeCue = new QuotationBeforeCue(model);
        this.headlineCues = new HeadlineCues(x);
        this.teaserJudgements = new TeaserJudgement(x);
        this.complementBehind = new ComplementBehindSubject(x, new GermanClauseForms(x));
        this.particlesBefore = new ParticleBeforeVerb(model, morph);
        this.refusals = new RefusedComment(x, speakers);
        this.frames = new VerbFrame(model, morph);
        this.informationObjects = new InformationObject(model);
        this.issuedDocuments = new IssuedDocument(model, morph, english);
        this.relativeObjects = new RelativeObject(model);
        this.relativeSubjects = new EnglishRelativeSubject(model, morph, lex);
        this.nounForms = new NounFormCue(model, morph);
        this.fronted = new FrontedContent(model);
        this.saidParts = new VerbSaidPart(x, speakers, forms, fronted, relativeSubjects);
    }

    /** Reads the sentence's case before its words are asked one by one whether they are its verbs. */
    void startSentence(TextModel.Sentence s) {
        titleCase = english && titleCase(s);
    }

    /** "Senator Says Budget Deal Is Dead": every word of four letters or more capitalised, at least three of them. */
    private boolean titleCase(TextModel.Sentence s) {
        int words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token x = model.token(k);
            if (!x.word() || x.quoted() || x.text().length() < TITLE_CASE_WORD || !Character.isLetter(x.text().charAt(0))) continue;
            if (!x.capitalised()) return false;
            words++;
        }
        return words >= TITLE_CASE_MIN_WORDS;
    }

    /**
     * "Senator Ada Croft Says Budget Deal Is Dead": in a Title Case headline every word looks like a name, so the
     * phrase finder sees one name across the verb; the capitalised words from the headline's start (or its last
     * punctuation) up to the verb are its subject. Null when a lower-case word or nothing stands there.
     */
    private NounPhrase titleSubject(int cue, int f) {
        int k = cue;
        while (k > f && model.token(k - 1).word() && !model.token(k - 1).quoted() && model.token(k - 1).capitalised() && cue - k < MAX_TITLE_SUBJECT) k--;
        if (k == cue || k > f && model.token(k - 1).word()) return null;
        return new NounPhrase(k, cue, false, false);
    }

    // Some of its steps are methods of their own (inverted, topicOnly, VerbSaidPart.contentAfterVerb): as one method of
    // 3,500 bytes of bytecode, the JIT compiled it with all it calls inlined to over 100 kB of code, and threw that away
    // and compiled it anew, seconds each time, whenever a branch was first taken late in a run (six compilations in a
    // bench of 6,000 articles).
    Draft verbCue(TextModel.Sentence s, int i) {
        Token t = model.token(i);
        if (english && (participles.opensAdjunct(s, i) || forms.withoutDoing(i, s.firstToken()))) return null;
        List<Lexicons.Cue> cues = cuesOf(t, i, s.firstToken(), s.endToken());
        if (cues == null) return null;
        int f = s.firstToken();
        int e = s.endToken();
        Lexicons.Cue matched = null;
        int particleAt = -1;
        for (Lexicons.Cue cue : cues) {
            if (cue.particle() == null) {
                if (matched == null) matched = cue;
                continue;
            }
            int p = findParticle(cue, i, f, e);
            if (p >= 0) { matched = cue; particleAt = p; break; }
        }
        // "The court ruled that ...": a verb listed only with its particle ("ruled out") still reports with a that-clause
        if (matched == null && english && cues != THAT_CLAUSE_CUE && (forms.takesThatClause(t, i, e) || forms.phraseCue(t, i, e))) matched = THAT_CLAUSE_CUE.get(0);
        if (matched == null) return null;
        if (!english && particleAt > i && headlineCues.copulaAttitude(t, matched) && saidParts.anotherCueBetween(particleAt, e)) return null;
        if (!english && german.insideReportative(s, i)) return null;
        if (!english && (senses.notSpeech(i, s) || learned.notReport(i, s))) return null;
        if (retractions.withoutReport(i, particleAt, s)) return null;
        if (!english && particleAt < 0 && particleSenses.otherVerb(i, s)) return null;
        if (!english && prepositionSenses.otherSense(i, s)) return null;
        if (!english && comparisons.compares(i, s)) return null;
        if (bracketedPointer(i, f, e)) return null;
        // "Asked about the trial, ...", "Reporting by ...; Editing by ...": an English sentence does not open with its reporting verb
        if (english && i == f && t.capitalised() && i + 1 < e && model.token(i + 1).is("by")) return null;
        // "declined to be named": anonymity, not a refusal to comment
        if (english && "NO_COMMENT".equals(matched.cls()) && particleAt >= 0 && particleAt + 1 < e && model.token(particleAt + 1).is("be")) return null;
        if (!english && german.attributive(i, f, e)) return null;
        if (!english && german.commentAdverbial(i, f, e)) return null;
        // a capitalised cue form at the start is a verb only if it is not a noun ("Sagen", "Bericht")
        if (t.capitalised() && i != f && !titleCase) return null;
        if (!english && i == f && german.nounAtStart(t, i, e)) return null;
        // "the claims", "his comments", "swing states": an English cue form after a determiner is a noun
        if (english && i > f && ENGLISH_NOUN_MARKERS.contains(model.token(i - 1).lower()) && !forms.floatingAll(i, f) && !forms.quantifierSubject(i, f, e) && !forms.otherAsSubject(i, f)) return null;
        if (english && forms.prepositionThanksTo(i, e)) return null;
        // "270 pledged delegates": a participle between a number and a noun modifies the noun
        if (english && i > f && i + 1 < e && t.lower().endsWith("ed") && Character.isDigit(model.token(i - 1).text().charAt(0)) && forms.commonNoun(model.token(i + 1))) return null;
        // "continues to grow": "continue to" is aspect; the verb after "to" reports, if any
        if (english && i + 1 < e && model.token(i + 1).is("to") && forms.aspectual(t)) return null;
        int clauseEnd = Math.max(i, particleAt);
        Draft d = new Draft();
        d.cueToken = i;
        d.cueText = particleAt >= 0 ? t.text() + " " + model.token(particleAt).text() : t.text();
        d.cueClass = matched.cls();
        // "refused to resign": PolNeAR attributes the refusal as an attitude, but it declines no comment
        if (english && "NO_COMMENT".equals(d.cueClass) && particleAt >= 0 && forms.refusesAnAct(particleAt, e)) d.cueClass = "CLAIM";
        d.sentence = s.index();
        d.particleToken = particleAt;
        d.learnedAttitude = english && matched == THAT_CLAUSE_CUE.get(0) && i + 1 < e && model.token(i + 1).is("to");
        int before = i - 1;
        int complement = -1;
        // ", sagte Peskow", ", sagte am Montag Peskow": verb first after the said part, its subject right behind it or behind one
        // word; a comma right behind the verb ("hatte der Chef, Jonas Kern, erklärt, ...") closes its clause, no subject follows
        boolean participleAfterComma = english && speakers.participleAfterComma(i, f);
        NounPhrase subjectBehindAdverbials = english ? null : german.subjectBehindAdverbials(i + 1, e);
        boolean inverted = inverted(s, i, f, e, subjectBehindAdverbials);
        d.subjectBeforeVerb = english && !inverted && speakers.invertsAfterComma(i, f) && forms.clauseFollows(i, e);
        // "Die Fähre bleibt länger im Hafen, das entschied die Reederei", "... – das zumindest meint der Sprecher": a "das"
        // resuming the clause before its comma or dash, the verb right behind it, the subject behind the verb
        // (", das heißt ..." is "that is", an explanation, whatever follows it)
        int resumed = english || inverted || i + 1 >= e || t.is("heißt") || t.is("hieß") ? -1 : resumptiveMark(i, f);
        NounPhrase resumedSubject = resumed < 0 ? null : subjectBehindAdverbials != null ? subjectBehindAdverbials : nps.at(i + 1, e, f);
        if (resumedSubject == null) resumed = -1;
        if (resumed >= 0) {
            int contentEnd = model.token(resumed).begin();
            int[] quote = model.quoteAt(model.token(resumed - 1).end() - 1);
            setContent(d, quote != null && quote[1] == model.token(resumed - 1).end() ? Math.min(quote[0], model.token(f).begin()) : model.token(f).begin(), contentEnd, s);
        } else if (inverted && before > f) {
            int contentEnd = model.token(before).isPunct(',') ? model.token(before).begin() : model.token(before).end();
            int[] quote = model.quoteAt(contentEnd - 1);
            if (quote != null && quote[1] == contentEnd) setContent(d, Math.min(quote[0], model.token(f).begin()), contentEnd, s);
            else setContent(d, model.token(f).begin(), contentEnd, s);
        } else if (english && !participleAfterComma && saidParts.quoteBeforeSubject(i, f) != null) {
            // "“...,” the senator said": what was said is the quotation before the subject, however many sentences it has
            int[] q = saidParts.quoteBeforeSubject(i, f);
            setContent(d, q[0], q[1], s);
        } else {
            complement = saidParts.contentAfterVerb(d, s, i, f, e, clauseEnd);
        }
        // "Von einer „Kampagne“ sprach der Abgeordnete": the fronted phrase is what the verb speaks of, its subject right behind it
        NounPhrase behindFrontedTopic = null;
        if (!english && particleAt >= 0 && particleAt < i && matched.particleAdjacent()) {
            int[] phrase = particlesBefore.phrase(particleAt, i);
            setContent(d, phrase[0], phrase[1], s);
            d.clauseContent = false;
            if (particleAt == f) behindFrontedTopic = nps.at(i + 1, e, f);
        }
        // "Dies bestätigte ein Sprecher.", "Das musste der Minister einräumen.": the fronted "dies" stands for the sentence before
        if (d.clauseContent && anaphorVorfeld(i, f, e) && s.index() > 0) {
            TextModel.Sentence previous = model.sentences.get(s.index() - 1);
            if (previous.paragraph() == s.paragraph() || previous.index() == s.index() - 1) {
                setContent(d, previous.begin(), contentEndOf(previous), previous);
                d.evidenceEnd = s.end();
                d.clauseContent = false;
            }
        }
        // "„A. B. C“, schrieb die Zeitung": the sentence opens inside a quotation the cue frames, which is what was said
        // (English frames its quotations before the subject, quoteBeforeSubject above)
        int[] framed = !english && d.clauseContent ? quotationBeforeCue.framed(s, i) : null;
        if (framed != null) {
            setContent(d, framed[0], framed[1], s);
            d.clauseContent = false;
        }
        // "Der Verband hat seine Mitglieder zur Wahl aufgefordert.": a learned verb reports only a said part beside it, not its own clause
        if (d.clauseContent && LEARNED_DE.learned(matched)) return null;
        // "Überschwemmungen haben 100 Todesopfer gefordert": a clause whose subject names no one reports no speech
        // (in the passive the subject is what was said or done: "Die Entscheidung wurde vom Verband kritisiert")
        if (!english && d.clauseContent && speakers.inanimateSubject(s, i, d) && !passives.passive(s, i)) return null;
        NounPhrase subject = english && forms.participleClause(s, i) ? speakers.mainSubject(s, i) : null;
        if (subject == null && !english && before > f && german.verblessVorfeld(f, before)) subject = german.vorfeldSubject(f, before);
        if (subject == null && inverted) subject = subjectBehindAdverbials;
        if (subject == null) subject = resumedSubject;
        if (subject == null) subject = behindFrontedTopic;
        if (subject == null) subject = speakers.subjectOf(s, i, d);
        if (subject == null && titleCase) subject = titleSubject(i, f);
        if (passives.passive(s, i)) {
            // "Außerdem wurde eine bessere Jugendarbeit gefordert": without an agent, a passive clause tells what was done, not who said what
            subject = passives.agent(s, i);
            if (subject == null && d.clauseContent) return null;
        }
        int it = english ? forms.itBefore(i, f) : -1;
        if (it >= 0) subject = new NounPhrase(it, it + 1, true, false);
        // "Eine Anfrage ließ das Unternehmen unbeantwortet", "Nähere Angaben wollte er nicht nennen": a fronted object, no speaker
        if (!english && subject != null && subject.first() == f && refusals.endsInCommentNoun(subject)) subject = refusals.behindFiniteVerb(subject, s);
        d.subject = subject;
        d.speaker = subject == null ? null : speakers.resolve(subject, s);
        if (d.speaker == null && !english && particleAt >= 0) d.speaker = sources.documentSource(s, i, particleAt);
        NounPhrase source = sources.verlautenSource(s, i);
        if (source == null && !english) {
            // "..., wie der Verband am Montag bekannt gab": the cue's subject stands inside its "wie" clause, never before it
            NounPhrase wie = german.wieClauseSource(s, i, f, d);
            if (wie != null && (d.speaker == null || subject != null && subject.end() < wie.first())) source = wie;
        }
        if (source != null) {
            subject = source;
            d.subject = source;
            d.speaker = speakers.resolve(source, s);
        }
        // "was praised by the union": a passive with a by-agent ("was asked by Hale whether ...": the subject of a verb
        // with an addressee is spoken to, what was said follows)
        boolean byAgent = english && englishPassives.withAgent(i, f, e) && !speakers.takesAddressee(i);
        // "is maintained by the company", "will be continued by": only a verb learned with an object reports in the passive
        if (byAgent && !englishPassives.learnedWithObject(i)) return null;
        // "which was praised by the union": the by-agent speaks, not the relative pronoun's antecedent
        int relative = byAgent ? -1 : english ? relativeSubjects.pronounBefore(i, f) : german.germanRelativeSubject(i, f, subject);
        if (relative >= 0) d.speaker = relativeSpeaker(relative, f, s, d.speaker);
        // "Pilots who want to close the quay said ...": the subject found is an object inside a restrictive relative clause; the
        // verb is the main clause's, said by the antecedent; a form read as a plural noun ("who filed violence reports against
        // him blames") is no main verb
        int restricting = english && relative < 0 && subject != null && !byAgent && d.speaker != null && !forms.pluralNounNotVerb(t, i)
                ? relativeSubjects.restrictiveClauseAround(subject, i, f) : -1;
        if (restricting >= 0) {
            d.speaker = antecedentSpeaker(restricting, f, s);
            d.relativeBeforeVerb = restricting;
        }
        // "She said the quay was safe and warned that ...": in English what was said follows its verb; the clause was
        // searched for the subject, the content is the complement, so that a second cue in the sentence has a
        // content of its own (undone in cueDrafts where the sentence holds one statement)
        if (complement >= 0 && model.token(complement).begin() > d.contentBegin) {
            d.clauseBegin = d.contentBegin;
            d.contentBegin = model.token(complement).begin();
        }
        // "The plan was criticised by Hale": what was said is about the passive subject, which opens the content; the words
        // behind the verb are no complement
        int[] passiveSubject = byAgent && d.clauseContent ? englishPassives.subject(i, f) : null;
        if (passiveSubject != null) {
            setContent(d, model.token(passiveSubject[0]).begin(), d.contentEnd, s);
            d.clauseBegin = -1;
        }
        // "the allegations, which he has denied": what was said is the pronoun; its clause, read for the proposition, opens at the antecedent
        int[] relativeObject = english && subject != null && !byAgent ? relativeObjects.antecedent(subject, clauseEnd, s) : null;
        if (relativeObject != null) {
            setContent(d, model.token(relativeObject[0]).begin(), model.token(relativeObject[0]).end(), s);
            d.clauseBegin = model.token(relativeObject[1]).begin();
            d.clauseContent = false;
        }
        d.negated = negated(s, i, particleAt, d);
        // "äußerte sich zu dem Vorfall", "sprach sich für einen Kompromiss aus": with no said part (no quotation either) the
        // clause tells a topic or a position taken, not what was said; its speaker is still the one reported speech after it
        // continues. Refusing ("wollte sich nicht äußern") is a statement of its own.
        // "schloss das Land aus der Gruppe aus": a verb in a frame of another sense says nothing, its subject is still the topic;
        // "issued a statement on Monday" names who put out a document, whose words follow (IssuedDocument)
        d.topicOnly = topicOnly(d, s, i, e, particleAt);
        d.attribution = saidParts.isDirect(d) ? Attribution.DIRECT_QUOTE : Attribution.INDIRECT_SPEECH;
        d.reported = REPORT_VERBS.contains(t.lower());
        d.confidence = subject == null ? 0.5 : (d.attribution == Attribution.DIRECT_QUOTE ? 0.9 : 0.8);
        return d;
    }

    /** Whether the verb at {@code i} stands first after what was said, its subject behind it ({@code behindAdverbials}, if found: behind adverbials). */
    private boolean inverted(TextModel.Sentence s, int i, int f, int e, NounPhrase behindAdverbials) {
        int before = i - 1;
        return before >= f && (speakers.invertsAfterComma(i, f) || (isQuoteMark(model.token(before)) && model.token(before).quoted()))
                && (nps.at(i + 1, e, f) != null || i + 2 < e && nps.at(i + 2, e, f) != null && !model.token(i + 1).isPunct(',') && !model.token(i + 1).capitalised()
                        || english && speakers.invertedBareSubject(s, i) != null || behindAdverbials != null)
                && !(english && clauseAfterObject(nps.at(i + 1, e, f), e)) && !speakers.apposedOpening(s, i)
                && !(!english && (german.adverbialVorfeld(f, before) || german.verblessVorfeld(f, before) || german.coordinatedAfterComma(i, e) || complementBehind.follows(i, s)))
                && !(english && forms.clauseFollows(i, e));
    }

    /** Whether the cue at {@code i} tells a topic, a position taken or a document issued rather than what was said (see verbCue). */
    private boolean topicOnly(Draft d, TextModel.Sentence s, int i, int e, int particleAt) {
        Token t = model.token(i);
        return !english && frames.notSpeech(i, particleAt, s)
                || !english && d.clauseContent && CLAIMING.contains(d.cueClass) && !d.negated && !model.quotationIn(s)
                && (TOPIC_CUES_DE.contains(morph.germanLemma(t.lower())) || german.reflexive(i, s.firstToken(), e) && !headlineCues.listedInTitle(t)
                        || informationObjects.in(i, s) && !german.predicativeAls(d, s) && !teaserJudgements.judges(morph.germanLemma(t.lower()), i, s)
                        || JUDGING_VERBS_DE.contains(morph.germanLemma(t.lower())) && !german.predicativeAls(d, s) && !headlineCues.judgesInTitle(t)
                        && !teaserJudgements.judges(morph.germanLemma(t.lower()), i, s))
                || issuedDocuments.issues(i, d, s)
                || !english && d.clauseContent && !d.negated && !model.quotationIn(s) && german.zuInfinitive(i, e);
    }

    /**
     * The cues of a word form: listed forms first, else the forms listed for its lemma
     * ("underscores" -> "underscore"), so inflections outside the short list are found.
     */
    private List<Lexicons.Cue> cuesOf(Token t, int index, int sentenceFirst, int sentenceEnd) {
        boolean sentenceStart = index == sentenceFirst;
        Map<String, List<Lexicons.Cue>> map = english ? lex.cuesEn : lex.cuesDe;
        if (english && forms.namingFrame(t, index, sentenceEnd)) return THAT_CLAUSE_CUE;
        // "was critical of the plan": a copula with a learned adjective and its preposition
        if (english && adjectives.at(index, sentenceEnd)) return THAT_CLAUSE_CUE;
        List<Lexicons.Cue> cues = map.get(t.lower());
        if (!english) cues = headlineCues.with(cues, t, index, sentenceFirst);
        // "On his weekly radio show, Reed said": a listed form closing a fronted phrase is its noun
        if (cues != null && english && forms.closesFrontedPhrase(t, index, sentenceFirst, sentenceEnd)) return null;
        if (cues != null || !t.word() || t.lower().length() < 3) return cues;
        if (t.capitalised() && !sentenceStart && !titleCase) return null;
        if (!english) {
            List<Lexicons.Cue> framed = GERMAN_LEMMAS.verbFinal(model, morph, index, sentenceFirst, sentenceEnd);
            return framed != null ? framed : LEARNED_DE.of(model, morph, index, sentenceFirst, sentenceEnd);
        }
        String lemma = english ? morph.englishVerbLemma(t.lower()) : null;
        if (lemma == null) return null;
        // "customer support teams": a form found by its lemma that can be a noun is read as one
        if (t.lower().equals(lemma) && morph.english(t.lower()).has(Morphology.NOUN) && forms.nounFollows(index)) return null;
        // "Citing a letter, the newsletter said": a participle clause found by lemma is no reporting verb of its own
        if (t.lower().endsWith("ing") && sentenceStart) return null;
        // "founded": its lemma "found" is listed as the past of "find", another verb
        cues = map.get(lemma);
        if (cues != null && morph.pastOfAnotherVerb(lemma)) cues = null;
        if (cues == null && english) {
            // "underscore" is not listed, "underscored" is: the lemma's past form stands for it
            cues = map.get(lemma.endsWith("e") ? lemma + "d" : lemma + "ed");
        }
        // "in both states.", "Western states where": a form found by its lemma that can be a noun, with nothing behind it a verb governs
        if (cues != null && nounForms.bareNoun(index, sentenceEnd)) return null;
        if (cues != null && english && forms.pluralNounNotVerb(t, index)) return null;
        // "battleground states", "5 percent support": a form found by its lemma that can be a noun is a verb only behind a subject
        if (cues != null && english && (sentenceStart || !forms.plausibleVerb(t, model.token(index - 1), index))) {
            return sentenceStart && !morph.english(t.lower()).has(Morphology.NOUN) ? cues : null;
        }
        if (cues == null && english && (forms.takesThatClause(t, index, sentenceEnd) || forms.phraseCue(t, index, sentenceEnd))) cues = THAT_CLAUSE_CUE;
        return cues;
    }

    /** The antecedent of a restrictive "who" as the speaker: the noun phrase before it, or the bare noun ("pilots who ..."). */
    private Speaker antecedentSpeaker(int who, int f, TextModel.Sentence s) {
        NounPhrase antecedent = speakers.nounPhraseBefore(who, f);
        if (antecedent == null) antecedent = new NounPhrase(who - 1, who, false, model.token(who - 1).capitalised());
        return speakers.resolve(antecedent, s);
    }

    /** The relative pronoun as written, standing for the phrase before it or its comma (or for the speaker found otherwise). */
    private Speaker relativeSpeaker(int relative, int f, TextModel.Sentence s, Speaker found) {
        Token who = model.token(relative);
        // ", who", "- who", "(who" set the clause off; a noun right before it restricts
        boolean restrictive = model.token(relative - 1).word();
        NounPhrase antecedent = speakers.nounPhraseBefore(restrictive ? relative : relative - 1, f);
        boolean agentive = antecedent != null && nps.agentive(antecedent);
        // a relative pronoun after a thing ("brain cancer, which") stands for no one: in German the speaker found otherwise
        // stays, the English "which" is the mention as written ("the survey, which found")
        boolean thing = !agentive && !who.lower().startsWith("who");
        // "die Aussage eines Jungen, der angab, ...": with nothing else found, the pronoun as written is the mention
        if (thing && !english && found != null) return found;
        // "pensioners who said": a bare common noun, no phrase the finder knows, is still whom "who" stands for
        NounPhrase bare = restrictive && !agentive ? new NounPhrase(relative - 1, relative, false, model.token(relative - 1).capitalised()) : null;
        Speaker meant = thing ? null : agentive ? speakers.resolve(antecedent, s) : bare != null ? speakers.resolve(bare, s) : found;
        Span span = new Span(who.begin(), who.begin() + (who.lower().startsWith("who") ? 3 : who.text().length()));
        String mention = text.substring(span.begin(), span.end());
        return meant == null ? new Speaker(mention, span, null, null, SpeakerKind.UNKNOWN)
                : new Speaker(mention, span, meant.canonical(), meant.affiliation(), meant.kind());
    }

    /**
     * The comma or dash before a resuming "das"/"dies" right before the German verb at {@code i} (or before one focus
     * adverb: "das zumindest meint"), with a clause before the mark; else -1. Verb second after the pronoun makes it a
     * main clause's object: a relative "das" has its verb last (", das die Reederei entschied").
     */
    private int resumptiveMark(int i, int f) {
        int k = i - 1;
        if (k > f && RESUMING_FOCUS.contains(model.token(k).lower()) && !model.token(k).quoted()) k--;
        if (k - 1 <= f + 1 || !(model.token(k).is("das") || model.token(k).is("dies")) || model.token(k).capitalised()) return -1;
        Token mark = model.token(k - 1);
        return mark.isPunct(',') || !mark.word() && HeadlineClauses.DASHES.contains(mark.text()) ? k - 1 : -1;
    }

    /**
     * Whether an anaphor alone fills the Vorfeld of the cue at {@code i}: right before it ("Dies bestätigte ein Sprecher"), or
     * in German before a finite auxiliary or modal when the cue closes the clause ("Das hat ein Sprecher bestätigt", "Das
     * musste der Minister einräumen"). An article is no anaphor there: its noun, capitalised, stands between it and any verb.
     */
    private boolean anaphorVorfeld(int i, int f, int e) {
        if (!ANAPHORS.contains(model.token(f).lower())) return false;
        if (i == f + 1) return true;
        if (english || i < f + 3 || !finiteVerbAt(f + 1, e)) return false;
        for (int k = f + 2; k < i; k++) if (!model.token(k).word() || model.token(k).quoted()) return false;
        return i + 1 >= e || !model.token(i + 1).word();
    }

    /**
     * "(wir berichteten)", "(the Ledger reported)": a bracket holding only a subject and the verb points
     * to an earlier report and says nothing itself.
     */
    private boolean bracketedPointer(int cue, int f, int e) {
        int close = cue + 1;
        while (close < e && close <= cue + 2 && model.token(close).word()) close++;
        // "(Wikinews berichtete.)": a full stop may close the pointer inside its bracket, which then ends the sentence
        if (close < e && model.token(close).isPunct('.') && close + 1 < model.tokens.size()) close++;
        if (close >= model.tokens.size() || close > e || !model.token(close).isPunct(')')) return false;
        for (int k = cue - 1; k >= f && k >= cue - 4; k--) {
            Token x = model.token(k);
            if (x.isPunct('(')) return true;
            if (!x.word()) return false;
        }
        return false;
    }

    private int findParticle(Lexicons.Cue cue, int i, int f, int e) {
        if (cue.particleAdjacent()) {
            // "sprach von einem Erfolg", "sprach trotz der Kritik von einem Erfolg": in the verb's clause, before any punctuation
            for (int k = i + 1; k < Math.min(e, i + ADJACENT_PARTICLE_REACH); k++) {
                Token x = model.token(k);
                if (x.quoted() || !x.word()) break;
                if (x.is(cue.particle())) return k;
            }
            return english ? -1 : particlesBefore.at(cue.particle(), i, f);
        }
        for (int k = i + 1; k < e; k++) {
            Token x = model.token(k);
            if (x.quoted()) continue;
            // "gab der Leiter der Behörde, Jonas Kern, bekannt": an apposition set off by commas stays in the verb's clause
            int apposition = english ? -1 : appositionEnd(k, e);
            if (apposition > 0) { k = apposition; continue; }
            if (x.isPunct(',') || x.isPunct(':') || x.isPunct(';')) break;
            if (x.is(cue.particle()) && (k + 1 >= e || !model.token(k + 1).word())) return k;
        }
        for (int k = Math.max(f, i - 3); k < i; k++) if (model.token(k).is(cue.particle()) && !prepositionWithObject(k, i)) return k;
        return -1;
    }

    /**
     * ", Jonas Kern,", ", der Leiter der Behörde,": a comma at {@code comma} opening a short stretch of words up to the next
     * comma that ends on a capitalised word (a name or a noun, where a relative clause ends on its verb); that comma, else -1.
     */
    private int appositionEnd(int comma, int e) {
        if (!model.token(comma).isPunct(',') || comma + 1 >= e || !model.token(comma + 1).capitalised() && !ANY_ARTICLE.contains(model.token(comma + 1).lower())) return -1;
        for (int k = comma + 1; k < e && k - comma <= MAX_APPOSITION; k++) {
            Token x = model.token(k);
            if (x.isPunct(',')) return k - 1 > comma && model.token(k - 1).capitalised() && !nps.opensRelativeClause(comma + 1, k) ? k : -1;
            if (!x.word() || x.quoted() || CLAUSE_OPENERS.contains(x.lower())) return -1;
        }
        return -1;
    }

    /**
     * "Aus dem Bericht geht hervor", "Vor Gericht sagte er aus": a particle's form before the verb with an article
     * or a noun behind it is a preposition opening the Vorfeld, not the verb's particle.
     */
    private boolean prepositionWithObject(int k, int verb) {
        if (k + 1 >= verb) return false;
        Token next = model.token(k + 1);
        return next.word() && !next.quoted() && (ANY_ARTICLE.contains(next.lower()) || next.capitalised());
    }

    private boolean negated(TextModel.Sentence s, int cue, int particle, Draft d) {
        int from = cue;
        while (from > s.firstToken() && !isClauseBoundary(model.token(from - 1))) from--;
        int to = Math.max(cue, particle) + 1;
        // "officials say the accident is having no impact": in English what follows the verb is what was said; a negative
        // subject negates the verb ("Neither the club nor its coach responded")
        if (english) {
            for (int k = from; k < cue; k++) {
                Token x = model.token(k);
                if (!x.quoted() && (NEGATIONS.contains(x.lower()) || NEGATIVE_SUBJECTS_EN.contains(x.lower()) || x.lower().endsWith("n't"))) return true;
            }
            return false;
        }
        if (particle < 0) {
            while (to < s.endToken() && !isClauseBoundary(model.token(to))) to++;
        }
        for (int k = from; k < to; k++) {
            Token x = model.token(k);
            if (x.quoted() || (!d.clauseContent && x.begin() >= d.contentBegin && x.end() <= d.contentEnd)) continue;
            // "sieht keinen Handlungsbedarf": a listed particle that is a negative article opens the verb's object
            if (k == particle) continue;
            // "wollte den Bericht weder bestätigen noch dementieren": neither of the two
            if (NEGATIONS.contains(x.lower()) || x.lower().endsWith("n't") || x.is("weder")) return true;
        }
        return german.refusedInfinitive(s, cue, from);
    }
}
