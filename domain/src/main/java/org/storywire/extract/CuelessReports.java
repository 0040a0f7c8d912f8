package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * German sentences that may report what someone says, plans or is said to have done, with no cue and no rule of
 * {@link RunOnSpeech} that took them: "Die Partei will die Steuern senken", "Im Ort sollen drei Hallen abgebrannt
 * sein", a Konjunktiv II modal or an indicative sentence right after a statement. The quotation corpora annotate
 * about half of such sentences, so no form decides alone: each becomes a {@link Candidate}, a claim with the
 * features of its form and place that {@link CuelessReportModel} weighs. Features are forms (the finite verb's
 * mood and modal, the subject's kind, the distance to the last statement), no words of the text.
 */
final class CuelessReports extends ExtractionStep {
    /** "will", "möchten": a modal of intention as the main clause's finite verb. */
    static final Set<String> INTENTION = Lexicon.words("intention-modals-de.txt");
    private static final Set<String> NEGATIONS = Lexicon.words("negations.txt");
    /** A main clause's finite verb follows its first phrase: a subject of a few words, with article and adjectives. */
    private static final int MAIN_VERB_POSITION = 5;
    /** Sentences of at most this many words are short; of more than {@link #LONG}, long. */
    private static final int SHORT = 10;
    private static final int LONG = 25;
    /** Beyond this many sentences the last statement is far. */
    private static final int NEAR = 3;

    /** The sentence's proposed statement and its features; {@code draft} is a claim whose content is the sentence. */
    record Candidate(Draft draft, List<String> features) {}

    private enum Form { RUMOUR, SOLLEN, INTENTION, KONJUNKTIV_I, KONJUNKTIV_II, CONTINUATION }

    private final SpeakerFinder speakers;
    private final PersonNouns persons;
    private final BodyForm bodies;
    /** The first sentence after the title: the lead is its paragraph and the next. */
    private final int firstBody;
    private final List<Candidate> candidates = new ArrayList<>();

    CuelessReports(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.persons = new PersonNouns(morph);
        this.bodies = new BodyForm(model, morph);
        this.firstBody = firstBodySentence();
    }

    /** Proposes the German body sentence that no step took, when it has one of the forms. */
    void consider(TextModel.Sentence s) {
        Candidate c = candidate(s);
        if (c != null) candidates.add(c);
    }

    /** The candidates proposed, with the feature that needs the whole article's statements: whether the next sentence holds one. */
    List<Candidate> candidates() {
        boolean[] stated = new boolean[model.sentences.size()];
        for (Draft d : doc.drafts) {
            int last = Math.max(d.sentence, sentenceOfOffset(d.contentEnd - 1));
            for (int i = Math.max(0, d.sentence); i <= last && i < stated.length; i++) stated[i] = true;
        }
        for (Candidate c : candidates) {
            int next = c.draft().sentence + 1;
            boolean nextStated = next < stated.length && stated[next] && model.sentences.get(next).paragraph() == model.sentences.get(next - 1).paragraph();
            if (nextStated) c.features().add("next-stated");
            if (nextStated && c.features().contains("distance=1")) c.features().add("between-statements");
        }
        return candidates;
    }

    /** The candidate of a German body sentence that no step took, or null when it has none of the forms. */
    private Candidate candidate(TextModel.Sentence s) {
        if (english || doc.read.inTitle(s.begin()) || s.endToken() - s.firstToken() < 3) return null;
        int f = s.firstToken();
        boolean subordinate = RunOnSpeech.SUBORDINATORS.contains(model.token(f).lower());
        Form form = null;
        int verb = -1;
        boolean kj1 = false, kj2 = false, negated = false, quoted = false, firstPerson = false;
        int words = 0;
        for (int k = f; k < s.endToken(); k++) {
            Token x = model.token(k);
            if (x.quoted()) quoted = true;
            if (!x.word() || x.quoted()) continue;
            words++;
            String w = x.lower();
            if (NEGATIONS.contains(w)) negated = true;
            if (x.is("ich") || x.is("wir")) firstPerson = true;
            boolean mainVerb = !subordinate && k > f && k - f <= MAIN_VERB_POSITION && !x.capitalised();
            if (REPORTATIVE.contains(w) && reportativeAt(k, s)) { form = Form.RUMOUR; verb = k; }
            else if (mainVerb && REPORTATIVE.contains(w) && rank(form) > rank(Form.SOLLEN)) { form = Form.SOLLEN; verb = k; }
            else if (mainVerb && INTENTION.contains(w) && rank(form) > rank(Form.INTENTION)) { form = Form.INTENTION; verb = k; }
            boolean afterPerson = k > f && (model.token(k - 1).is("ich") || model.token(k - 1).is("wir"));
            if (!x.capitalised() && !afterPerson && konjunktivIForm(w)) {
                kj1 = true;
                if (rank(form) > rank(Form.KONJUNKTIV_I)) { form = Form.KONJUNKTIV_I; verb = k; }
            }
            if (lex.konjunktivII.contains(w)) {
                kj2 = true;
                if (rank(form) > rank(Form.KONJUNKTIV_II)) { form = Form.KONJUNKTIV_II; verb = k; }
            }
        }
        Draft last = doc.lastStatement;
        int distance = last == null || doc.read.inTitle(last.evidenceBegin) ? -1 : s.index() - lastSentence(last);
        if (form == null && distance == 1) { form = Form.CONTINUATION; verb = firstFiniteVerb(s); }
        if (form == null) return null;
        NounPhrase subject = verb > f ? subjectAround(s, verb) : null;
        String kind = kind(subject, s);
        Speaker speaker = speaks(kind) ? speakers.resolve(subject, s) : null;
        boolean near = distance > 0 && distance <= NEAR;
        boolean same = near && last.speaker != null && (kind.equals("pronoun")
                || speaker != null && speaker.canonical() != null && speaker.canonical().equals(last.speaker.canonical()));
        if (speaker == null && near) speaker = last.speaker;

        List<String> features = new ArrayList<>();
        String formName = form.name().toLowerCase(java.util.Locale.ROOT);
        String dist = distance < 0 ? "none" : distance <= NEAR ? Integer.toString(distance) : "far";
        features.add("form=" + formName);
        features.add("subject=" + kind);
        features.add("form=" + formName + "&subject=" + kind);
        features.add("distance=" + dist);
        features.add("form=" + formName + "&distance=" + dist);
        if (same) features.add("same-speaker");
        if (near && last.attribution == Attribution.DIRECT_QUOTE) features.add("after-quotation");
        if (near && sameParagraph(last, s)) features.add("same-paragraph");
        if (kj1) features.add("konjunktiv-i");
        if (kj2) features.add("konjunktiv-ii");
        if (perfectInfinitive(s)) features.add("perfect-infinitive");
        if (negated) features.add("negated");
        if (quoted) features.add("quotation-marks");
        if (firstPerson) features.add("first-person");
        if (subordinate) features.add("subordinate-opening");
        if (RunOnSpeech.RUN_ON_OPENERS.contains(model.token(f).lower())) features.add("run-on-opener");
        if (text.substring(s.begin(), s.end()).stripTrailing().endsWith("?")) features.add("question");
        features.add("length=" + (words <= SHORT ? "short" : words <= LONG ? "medium" : "long"));
        if (s.index() == 0 || model.sentences.get(s.index() - 1).paragraph() != s.paragraph()) features.add("paragraph-opening");
        if (s.paragraph() - model.sentences.get(firstBody).paragraph() < 2) features.add("lead");

        Draft d = Draft.cuelessClaim(s.index(), verb >= 0 ? verb : f, "", speaker);
        if (speaker == null) d.attribution = Attribution.ANONYMOUS_SOURCES;
        else if (form == Form.RUMOUR) d.attribution = Attribution.REPORTED;
        d.subject = speaks(kind) ? subject : null;
        d.confidence = 0.5;
        setContent(d, s.begin(), contentEndOf(s), s);
        return new Candidate(d, features);
    }

    /** Forms in order of preference: a sentence is the first of them it shows. */
    private static int rank(Form form) {
        return form == null ? Integer.MAX_VALUE : form.ordinal();
    }

    private int lastSentence(Draft d) {
        return Math.max(d.sentence, sentenceOfOffset(d.contentEnd - 1));
    }

    private int firstBodySentence() {
        for (TextModel.Sentence x : model.sentences) if (!doc.read.inTitle(x.begin())) return x.index();
        return 0;
    }

    /** The first finite verb among the sentence's first words (V2), or -1. */
    private int firstFiniteVerb(TextModel.Sentence s) {
        int f = s.firstToken();
        for (int k = f + 1; k < s.endToken() && k - f <= MAIN_VERB_POSITION; k++) if (finiteVerbAt(k, s.endToken())) return k;
        return -1;
    }

    /** "haben", "sein" closing the clause after a participle: "soll ... gewarnt haben", "dürfte ... gewesen sein". */
    private boolean perfectInfinitive(TextModel.Sentence s) {
        int last = -1;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token x = model.token(k);
            if (x.isPunct(',')) break;
            if (x.word() && !x.quoted()) last = k;
        }
        return last > s.firstToken() && REPORTATIVE_TAIL.contains(model.token(last).lower())
                && morph.german(model.token(last - 1).text()).has(Morphology.PARTICIPLE);
    }

    /** The Vorfeld's phrase right before the finite verb, else the phrase right behind it ("Im Ort sollen drei Hallen ..."). */
    private NounPhrase subjectAround(TextModel.Sentence s, int verb) {
        int f = s.firstToken();
        NounPhrase before = nps.at(f, verb, f);
        if (before != null && before.end() == verb && !rightAfterPreposition(before, f)) return before;
        NounPhrase after = verb + 1 < s.endToken() ? nps.at(verb + 1, s.endToken(), f) : null;
        return after != null && after.first() == verb + 1 && nps.mayBeNominative(after) ? after : null;
    }

    /**
     * The subject's kind: a name the article knows or the dictionary calls proper, a role, a noun of people, a body
     * by its form, a pronoun, an impersonal pronoun, an anonymous source, a thing (any other noun), or none.
     */
    private String kind(NounPhrase np, TextModel.Sentence s) {
        if (np == null) return "none";
        Token first = model.token(np.first());
        if (np.pronoun()) return RunOnSpeech.IMPERSONAL.contains(first.lower()) ? "impersonal" : "pronoun";
        Token head = model.token(np.end() - 1);
        if (lex.anonymous.contains(head.lower())) return "anonymous";
        if (!nps.agentive(np)) return "thing";
        if (speakers.known(np)) return "name";
        if (roleHead(np)) return "role";
        if (head.capitalised() && (lex.isAgentNoun(head.lower()) || NounPhrases.speakerNoun(head.lower()) || persons.person(head.text()))) return "people";
        if (bodies.names(np, s.endToken())) return "body";
        return head.capitalised() && morph.german(head.text()).has(Morphology.PROPER) ? "name" : "thing";
    }

    private static boolean speaks(String kind) {
        return switch (kind) {
            case "name", "role", "people", "body", "pronoun", "anonymous" -> true;
            default -> false;
        };
    }
}
