package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * Statements opened by a cue in their sentence: at each word a report marker ({@link ReportMarkerCue}: "laut",
 * "zufolge", "according to"), a reporting verb with its particle ({@link VerbCue}: "sagte", "wies ... zurück",
 * "denied") or one of the rarer cue forms; then the sentence's cues are bounded against each other
 * ({@link ClauseBounds}) and quotations inside reported speech become statements of their own.
 */
final class CueFinder extends ExtractionStep {
    static final Set<String> NEGATIONS = Lexicon.words("negations.txt");
    /** Real sentences hold a few cues; a sentence with more is a list or garbage and is read no further. */
    static final int MAX_CUES_PER_SENTENCE = 8;
    static final Set<String> ENGLISH_NOUN_MARKERS = Lexicon.words("english-noun-markers.txt");

    static final Set<String> FINITE_AUXILIARIES_EN = Lexicon.words("finite-auxiliaries-en.txt");
    static final Set<String> SUBORDINATORS_EN = Lexicon.words("subordinators-en.txt");

    static final Set<String> OBJECT_PRONOUNS_EN = Set.of("him", "her", "them", "us", "me", "you");



    private final SpeakerFinder speakers;
    private final OpeningParticiple participles;
    private final ClauseBounds bounds;
    private final SourcePhrases sources;
    private final WithParticipleClause withClauses;
    private final ComparedClause compared;
    private final PossessedCues possessed;
    private final RelativeReport relatives;
    private final ReportMarkerCue reportMarkers;
    private final EnglishCueForms forms;
    private final ColonFrame colonFrames;
    private final ColonQuotation colonQuotations;
    private final QuotedComplement quotedComplements;
    private final SecondClauseMarker secondClauses;
    private final AskedOpening asked;
    private final VerbCue verbs;
    private final BecameKnown becameKnown;
    private final StatedAsPassive statedAs;
    private final HeardSaid heard;

    CueFinder(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        PredicativeComplement predicatives = new PredicativeComplement(model, morph);
        this.forms = new EnglishCueForms(x, predicatives);
        this.participles = new OpeningParticiple(model);
        this.asked = new AskedOpening(x, participles);
        this.bounds = new ClauseBounds(x, speakers, forms);
        this.becameKnown = new BecameKnown(x, speakers);
        this.statedAs = new StatedAsPassive(x, speakers);
        this.heard = new HeardSaid(x, speakers);
        this.sources = new SourcePhrases(x, speakers);
        this.possessed = new PossessedCues(x, speakers, forms);
        this.relatives = new RelativeReport(x, speakers);
        this.reportMarkers = new ReportMarkerCue(x, speakers, sources, new MarkerClause(x));
        this.colonFrames = new ColonFrame(model, morph, lex.cuesDe);
        this.colonQuotations = new ColonQuotation(x, model, colonFrames, lex.cuesDe);
        this.quotedComplements = new QuotedComplement(x);
        this.secondClauses = new SecondClauseMarker(x);
        this.withClauses = new WithParticipleClause(model);
        this.compared = new ComparedClause(model);
        this.verbs = new VerbCue(x, speakers, forms, participles, sources, new AdjectiveCue(model, lex, predicatives, forms::opensPhrase));
    }

    /**
     * "Er sei „bereit“ für Gespräche": a quotation inside reported speech is a quotation of
     * its own (the quotation corpora annotate both); it keeps the speaker and the stance.
     */
    void embeddedQuotes(Draft outer) {
        if (outer.attribution == Attribution.DIRECT_QUOTE) return;
        List<int[]> quotations = model.quotesStartingIn(outer.contentBegin, outer.contentEnd);
        for (int[] q : quotations) {
            // English reporting keeps a quoted phrase inside what was said ("said Orvane was "hiring, not firing""): one statement
            if (english) continue;
            if (q[1] > outer.contentEnd + 1) {
                Draft whole = colonQuotations.whole(outer, q);
                if (whole != null) doc.drafts.add(whole);
                continue;
            }
            if (q[0] == outer.contentBegin && q[1] >= outer.contentEnd) continue;
            // „... für die Zeitung „La Gazetta dello Sport“": a foreign name inside reported speech is no quotation of its own
            if (foreignTerm(q)) continue;
            if (colonFrames.framedOnly(outer, q) || quotedComplements.narrowed(outer, q, quotations.size())) continue;
            doc.drafts.add(outer.quotationInside(q[0], q[1]));
        }
    }

    List<Draft> cueDrafts(TextModel.Sentence s) {
        List<Draft> found = new ArrayList<>();
        Draft topic = null;
        verbs.startSentence(s);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = model.token(i);
            if (!t.word() || t.quoted() || t.begin() < doc.consumedUntil) continue;
            // "ein Bericht, laut dem ...": the marker opens a relative report, taken below, not a report of its own
            Draft d = !english && relatives.inMarker(s, i) ? null : reportMarkers.reportedCue(s, i);
            if (d == null) d = verbs.verbCue(s, i);
            if (d == null && !english) d = becameKnown.draft(s, i);
            if (d == null && !english) d = statedAs.draft(s, i);
            if (d == null && !english) d = heard.draft(s, i);
            if (d == null && english) d = possessed.nominalCue(s, i);
            if (d == null && english) d = possessed.possessedCue(s, i);
            if (d != null && d.topicOnly) topic = d;
            else if (d != null) found.add(d);
            if (found.size() == MAX_CUES_PER_SENTENCE) break;
        }
        // "eine Schätzung, wonach ...": a relative report where no cue of the sentence says more ("Zu Berichten, wonach ..., äußerte sie sich nicht")
        if (found.isEmpty() && topic == null && !english) relatives.first(s).ifPresent(found::add);
        // a speaker named with a topic only: no statement, and reported speech in this sentence or after it is theirs
        if (found.isEmpty() && topic != null) doc.introduce(topic);
        // "In a statement, the company said ...": the verb is the cue; a fronted source phrase opens a statement only on its own
        // ("Reed came second in January polls, although Croft moved up in a later survey": two polls, each its clause's source)
        if (english && found.stream().anyMatch(d -> !sourceIn(d))) found.removeIf(this::sourceIn);
        if (english) withParticipleClauses(s, found);
        if (english) comparedClauses(s, found);
        List<Draft> kept = bounds.resolve(found);
        asked.answer(s, kept);
        // one statement in the sentence: its content stays the clause, subject and all, as grouping reads it (an answer
        // without the question it carries)
        if (kept.size() == 1 && kept.get(0).clauseBegin >= 0) {
            kept.get(0).contentBegin = kept.get(0).clauseBegin;
            kept.get(0).clauseBegin = -1;
        }
        return secondClauses.split(kept);
    }

    /**
     * ", with three in 10 saying they ...": the participle's subject is the phrase behind "with", and the clause before the
     * comma ends there when the participle says a clause, so that the absolute clause stands as a statement beside it.
     */
    private void withParticipleClauses(TextModel.Sentence s, List<Draft> found) {
        for (Draft d : found) {
            int with = withClauses.withBefore(s, d.cueToken);
            if (with < 0) continue;
            d.speaker = speakers.resolve(withClauses.subject(with, d.cueToken), s);
            // "with 13 percent supporting Reed" weighs a choice inside the clause; "with 50 percent saying she is ready" reports one
            if (!forms.clauseFollows(d.cueToken, s.endToken())) continue;
            int comma = model.token(with - 1).begin();
            for (Draft o : found) if (o != d && o.cueToken < with && o.contentBegin < comma && o.contentEnd > comma) o.contentEnd = trimEnd(o.contentBegin, comma);
        }
    }

    /**
     * ", compared with 40 percent who say ...": the compared phrase is the subject of the verb behind its "who", and the
     * clause before the comma ends there, so that the relative clause stands as a statement beside it.
     */
    private void comparedClauses(TextModel.Sentence s, List<Draft> found) {
        for (Draft d : found) {
            int preposition = compared.comparedBefore(s, d.cueToken);
            if (preposition < 0 || !forms.clauseFollows(d.cueToken, s.endToken()) && !sameFollows(d.cueToken, s.endToken())) continue;
            // the mention is the "who" as written, the speaker it stands for the compared phrase, as with other relative subjects
            Speaker phrase = speakers.resolve(compared.phrase(preposition, d.cueToken), s);
            Token who = model.token(d.cueToken - 1);
            d.speaker = new Speaker(who.text(), new Span(who.begin(), who.end()), phrase.canonical(), phrase.affiliation(), phrase.kind());
            int comma = model.token(preposition - 2).begin();
            for (Draft o : found) if (o != d && o.cueToken < preposition && o.contentBegin < comma && o.contentEnd > comma) o.contentEnd = trimEnd(o.contentBegin, comma);
        }
    }

    /** "who say the same of her rival", "who said so": a verb whose complement stands for the clause said before. */
    private boolean sameFollows(int cue, int e) {
        return cue + 1 < e && (model.token(cue + 1).is("so") || cue + 2 < e && model.token(cue + 1).is("the") && model.token(cue + 2).is("same"));
    }

    /** A source phrase opened by "in" ("In a statement, ...", "... in the latest poll"). */
    private boolean sourceIn(Draft d) {
        return d.reported && model.token(d.cueToken).is("in");
    }


}
