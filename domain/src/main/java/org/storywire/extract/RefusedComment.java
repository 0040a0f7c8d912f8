package org.storywire.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * German body text declining to comment with a verb and the noun of a comment as its object: "Ein Sprecher lehnte eine
 * Stellungnahme ab", "verweigerte jede Auskunft", "gab keinen Kommentar ab", "machte keine Angaben", "reagierte nicht auf
 * eine Anfrage", "war für eine Stellungnahme nicht zu erreichen" ({@code comment-refusals-de.txt}). None of these verbs
 * is a verb of saying, so no cue takes the sentence; the statement is NO_COMMENT of the verb's subject, its content the
 * clause, as for "wollte sich nicht äußern". The verb must stand in the noun's clause; refusing anything else ("lehnte
 * das Angebot ab") or giving a comment ("gab einen Kommentar ab") declines nothing.
 */
final class RefusedComment extends ExtractionStep {
    private static final Map<String, List<String>> WORDS = Lexicon.wordsByKind("comment-refusals-de.txt");
    private static final Set<String> NOUNS = Set.copyOf(WORDS.get("noun"));
    private static final Set<String> ASKED = Set.copyOf(WORDS.get("asked"));
    private static final Set<String> REFUSE = Set.copyOf(WORDS.get("refuse"));
    private static final Set<String> WITHHOLD = Set.copyOf(WORDS.get("withhold"));
    private static final Set<String> REACH = Set.copyOf(WORDS.get("reach"));
    /** "lehnte es ab, sich zu äußern": verbs whose zu-infinitive they refuse. */
    static final Set<String> REFUSE_TO = Set.copyOf(WORDS.get("refuse-to"));

    private final SpeakerFinder speakers;

    RefusedComment(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** "Eine Anfrage", "Stellungnahme": a noun of a comment or of a question put, which declining has as its object, never as its subject. */
    private static boolean commentNoun(String word) {
        return NOUNS.contains(word) || ASKED.contains(word);
    }

    List<Draft> drafts(TextModel.Sentence s) {
        if (english) return List.of();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (!t.word() || t.quoted() || !t.capitalised()) continue;
            if (!commentNoun(t.text())) continue;
            boolean asked = ASKED.contains(t.text());
            int from = k, to = k + 1;
            while (from > s.firstToken() && !isClauseBoundary(model.token(from - 1))) from--;
            while (to < s.endToken() && !isClauseBoundary(model.token(to))) to++;
            int verb = decliningVerb(k, from, to, asked);
            if (verb < 0) continue;
            Draft d = new Draft();
            d.sentence = s.index();
            d.cueToken = verb;
            d.cueText = model.token(verb).text();
            d.cueClass = "NO_COMMENT";
            d.attribution = Attribution.INDIRECT_SPEECH;
            d.clauseContent = true;
            setContent(d, model.token(from).begin(), Math.min(contentEndOf(s), model.token(to - 1).end()), s);
            NounPhrase subject = speakers.subjectOf(s, verb, d);
            if (subject != null && subject.first() <= k && k < subject.end()) subject = behindFiniteVerb(subject, s);
            if (subject == null) return List.of();
            d.subject = subject;
            d.speaker = speakers.resolve(subject, s);
            d.confidence = 0.7;
            return List.of(d);
        }
        return List.of();
    }

    /**
     * "Nähere Angaben wollte die Kammer nicht machen", "Eine Anfrage ließ das Unternehmen unbeantwortet": a noun of a
     * comment or question that a subject search took, read as the fronted object it is; the subject is the phrase behind
     * the finite verb that follows it (null when none).
     */
    NounPhrase behindFiniteVerb(NounPhrase fronted, TextModel.Sentence s) {
        for (int j = fronted.end(); j < s.endToken(); j++) {
            Token x = model.token(j);
            if (isClauseBoundary(x)) return null;
            if (x.word() && !x.capitalised() && morph.german(x.text()).finite()) return nps.at(j + 1, s.endToken(), s.firstToken());
        }
        return null;
    }

    /** Whether the phrase ends in a noun of a comment or a question put. */
    boolean endsInCommentNoun(NounPhrase np) {
        return commentNoun(model.token(np.end() - 1).text());
    }

    /** The token of the verb in [from, to) that declines the noun at {@code noun}, or -1. */
    private int decliningVerb(int noun, int from, int to, boolean asked) {
        boolean negated = false;
        boolean afterFuer = noun > from && (model.token(noun - 1).is("für") || noun - 1 > from && model.token(noun - 2).is("für"));
        String particle = null;
        for (int j = to - 1; j > noun; j--) {
            Token x = model.token(j);
            if (x.word()) { if (!x.capitalised()) particle = x.lower(); break; }
        }
        int refuse = -1, withhold = -1, reach = -1;
        for (int j = from; j < to; j++) {
            Token x = model.token(j);
            if (!x.word() || x.quoted() || j == noun) continue;
            String lower = x.lower();
            if (CueFinder.NEGATIONS.contains(lower) || lower.equals("weder")) negated = true;
            if (x.capitalised() && j != from) continue;
            String known = morph.germanLemma(lower);
            String lemma = known == null ? lower : known; // "erreichbar" is no entry of its own
            String separable = particle == null || j == to - 1 ? lemma : particle + lemma;
            if (REFUSE.contains(lemma) || REFUSE.contains(separable)) refuse = j;
            if (WITHHOLD.contains(lemma) || WITHHOLD.contains(separable)) withhold = j;
            if (REACH.contains(lemma)) reach = j;
        }
        if (refuse >= 0 && !asked) return refuse;
        if (!negated) return -1;
        if (withhold >= 0) return withhold;
        return reach >= 0 && afterFuer ? reach : -1;
    }
}
