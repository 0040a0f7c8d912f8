package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;

/** One statement in the making, filled in by the steps of {@link StatementExtractor}. */
final class Draft {
    Speaker speaker;
    /** "Laut Tass dementierte der Kreml": the source that relays what the speaker said, or null. */
    Speaker relayedBy;
    String cueText;
    String cueClass;
    Attribution attribution;
    int contentBegin;
    int contentEnd;
    int cueToken;
    int sentence;
    int evidenceBegin;
    int evidenceEnd;
    boolean negated;
    boolean reported;
    /** The content is the cue's whole clause, not a said part beside it: the speaker may stand inside. */
    boolean clauseContent;
    int particleToken = -1;
    /**
     * Where the cue's clause begins when the content is only the verb's complement ("argued that ..."), else -1.
     * The proposition and the statement's time are read from the clause, as for a clause content, so that
     * grouping and timing do not change with the narrower span.
     */
    int clauseBegin = -1;
    /**
     * "Die Stadtreinigung äußerte Zweifel an der Darstellung": the clause names a speaker and a topic but no said
     * part. No statement of its own; the reported speech running on after it is its speaker's.
     */
    boolean topicOnly;
    /**
     * "Harvey, a delegate from Ohio, Maine, said the turmoil was staged": the verb follows a comma but a clause follows
     * it, so the comma closed an apposition and the phrase behind the verb is what was said, not an inverted subject.
     */
    boolean subjectBeforeVerb;
    /** "..., die ihrer Meinung nach zu Unrecht regiert": a report marker whose content is the relative or adverbial clause it stands in ({@link MarkerClause}). */
    boolean inSubordinateClause;
    /** "plans to cut ...": the cue is an unlisted verb read from a learned to-infinitive form, an attitude rather than speech. */
    boolean learnedAttitude;
    /** "Pilots who want to close the quay said ...": the "who" whose restrictive clause stands between the speaker and this main verb, or -1. */
    int relativeBeforeVerb = -1;
    NounPhrase subject;
    double confidence;
    /** The run-on statement of the sentence before, which this one goes on with: it takes this content in, no statement of its own. */
    Draft runsOn;
    /** A quotation inside reported speech takes the stance of the statement around it. */
    Draft outer;
    /** "criticized the plan, saying ...": the statement whose grounds this participle gives, or null. */
    Draft groundsOf;
    /** The stance the article's discourse gives it, over the one its own words give. */
    Stance forced;
    /** The stance its own words give, once computed. */
    Stance stance;
    /** Quotations of the speaker's own words inside the content, {begin, end} each, carried rather than stated twice ({@link QuotedFragments}). */
    final List<int[]> quoted = new ArrayList<>(0);
    /** "Asked whether ..., X said": the question this statement answers, {begin, end}, or null. */
    int[] question;

    /**
     * A claim that no cue word opens: a "Label:" line, a sentence run on from reported speech. It
     * stands at {@code token} of sentence {@code sentence}; the caller sets its content. It is less
     * certain than a cued statement.
     */
    static Draft cuelessClaim(int sentence, int token, String cueText, Speaker speaker) {
        Draft d = new Draft();
        d.sentence = sentence;
        d.cueToken = token;
        d.cueText = cueText;
        d.cueClass = "CLAIM";
        d.attribution = Attribution.INDIRECT_SPEECH;
        d.speaker = speaker;
        d.confidence = 0.6;
        return d;
    }

    /** A statement of the same speaker, cue and stance for another clause of the sentence; the caller sets its content. */
    Draft copy() {
        Draft d = new Draft();
        d.speaker = speaker;
        d.relayedBy = relayedBy;
        d.cueText = cueText;
        d.cueClass = cueClass;
        d.attribution = attribution;
        d.cueToken = cueToken;
        d.particleToken = particleToken;
        d.sentence = sentence;
        d.negated = negated;
        d.reported = reported;
        d.subject = subject;
        d.confidence = confidence;
        d.forced = forced;
        return d;
    }

    /**
     * A quotation inside this statement's reported speech, from {@code begin} to {@code end}: a statement of
     * its own with the same speaker, cue and evidence, a little less certain.
     */
    Draft quotationInside(int begin, int end) {
        Draft d = new Draft();
        d.speaker = speaker;
        d.relayedBy = relayedBy;
        d.cueText = cueText;
        d.cueClass = cueClass;
        d.cueToken = cueToken;
        d.sentence = sentence;
        d.negated = negated;
        d.subject = subject;
        d.attribution = Attribution.DIRECT_QUOTE;
        d.outer = this;
        d.contentBegin = begin;
        d.contentEnd = end;
        d.evidenceBegin = evidenceBegin;
        d.evidenceEnd = evidenceEnd;
        d.confidence = confidence - 0.1;
        return d;
    }
}
