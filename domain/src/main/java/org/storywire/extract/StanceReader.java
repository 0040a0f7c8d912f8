package org.storywire.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * The stance of a statement from its construction: the cue's class (denial, confirmation, no
 * comment), a negated cue, declining to comment, a denial verb applied to a report or accusation
 * (not to a demand), what the content itself says, a negative answering a report next to it
 * ({@link AnsweredReport}) or an accusation answered with its opposite ({@link ProprietyAnswer}), and a speaker's denial holding over what they say after it in the article.
 */
final class StanceReader extends ExtractionStep {
    static final java.util.regex.Pattern NOT_IN_POSITION = java.util.regex.Pattern.compile(
            "\\bnot (be |been )?in a position to (comment|confirm|discuss|say)\\b|\\b(did not|didn't|has not|had not|hasn't|hadn't)( immediately)? (respond|reply|return)\\w*\\b[^.!?]{0,60}\\b(comment|request|inquir|quer|call|message)"
            + "|\\bcould not be reached for comment\\b|\\b(declined|refused)(, [^,]{1,40},)? to (comment|confirm|discuss|elaborate|say)\\b"
            // "would neither confirm nor deny the report", "referred questions to the police", "declined a request for an interview"
            + "|\\b(confirm|deny|denie)\\w* nor (confirm|deny|denie)|\\breferred (all )?(questions|inquiries|enquiries|queries|requests)\\b"
            + "|\\b(declined|refused|turned down) (a |an |the |several |repeated |multiple )?(requests?|invitations?) (for|to) (an? )?(interview|comment)"
            + "|\\b(anfrage\\w*|fragen?)\\b[^.!?]{0,60}\\bunbeantwortet\\b|\\bfür eine stellungnahme nicht\\b[^.!?]{0,30}\\berreich");

    private final EnglishPassive passives;
    private final AnsweredReport answered;
    private final DismissingVerdict dismissing;
    private final ProprietyAnswer propriety;

    StanceReader(Extraction x) {
        super(x);
        this.passives = new EnglishPassive(x);
        this.answered = new AnsweredReport(x);
        this.dismissing = new DismissingVerdict(model);
        this.propriety = new ProprietyAnswer(x);
    }

    /** "Noch am Montag hatte Ossberg eine Trennung ausgeschlossen": a position held before, which the article reports as past. */
    boolean pluperfect(Draft d) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        for (int k = s.firstToken(); k < Math.min(s.endToken(), d.cueToken); k++) {
            Token t = model.token(k);
            if (!t.quoted() && (t.is("hatte") || t.is("hatten") || t.is("had"))) return true;
        }
        return false;
    }

    /**
     * A speaker who denies a report in the article speaks against it from then on: "„Tarek ist
     * und bleibt unser Trainer“, sagte Ossberg" after the club's denial, next to her "Eine Entlassung
     * stehe nicht zur Debatte", is part of the same denial. What the speaker said before the article
     * reports any denial is a proposition of its own ("Kolb lobte die Helfer. Die Kritik wies sie
     * zurück": the praise denies nothing); the story's fold lets a party's denial outrank its other
     * stances in the same report ({@code Position.later}). Only plain claims of the same named speaker
     * change; the title summarises the article, so a denial there opens nothing. A teaser of a few sentences under a
     * headline is no such development: its editor picked each sentence as a point of its own ("Eine Gefahr habe zu
     * keinem Zeitpunkt bestanden, sagte X. Anwohner sollten dennoch Fenster geschlossen halten").
     */
    void holdDenials() {
        if (doc.read.teaserItem()) {
            answerTitleDenial();
            return;
        }
        Set<String> denying = new HashSet<>();
        Draft firstDenial = null;
        for (Draft d : doc.drafts) {
            if (d.speaker == null || d.speaker.canonical() == null || d.speaker.kind() == SpeakerKind.UNKNOWN
                    || d.speaker.kind() == SpeakerKind.ANONYMOUS || d.speaker.kind() == SpeakerKind.MEDIA) continue;
            if (stance(d) != Stance.DENIAL || pluperfect(d)) continue;
            denying.add(d.speaker.canonical());
            if (!doc.read.inTitle(d.evidenceBegin) && (firstDenial == null || before(d, firstDenial))) firstDenial = d;
        }
        if (firstDenial == null) return;
        for (Draft d : doc.drafts) {
            if (d.speaker == null || d.speaker.canonical() == null || !denying.contains(d.speaker.canonical())) continue;
            if (d.reported || d.attribution == Attribution.REPORTED || !before(firstDenial, d)) continue;
            if (stance(d) == Stance.CLAIM) d.forced = Stance.DENIAL;
        }
    }

    private static final List<String> ASSERTING_STEMS = Lexicon.wordList("asserting-verbs-de.txt");

    /**
     * "Bäckereikette weist Bericht über Insolvenz zurück. Die Finanzierung sei gesichert, sagte die Geschäftsführerin":
     * a headline whose verb denies a report or an accusation announces what the teaser's first sentence then gives; a
     * plain assertion there, by whoever speaks for the denying side, is the denial's substance, the opposite of what was
     * reported. The accuser's own words ("hatte berichtet", "hatten vorgeworfen") and a warning or a demand stay claims,
     * and so does anything after the first sentence: the editor picked it as a point of its own.
     */
    private void answerTitleDenial() {
        if (english) return;
        boolean titleDenies = false;
        for (Draft d : doc.drafts) {
            if (!doc.read.inTitle(d.evidenceBegin)) continue;
            // "Opposition wirft Ministerin Filz vor – Ministerium weist Kritik zurück": with both sides in the headline, the
            // teaser may speak for either
            if (stance(d) != Stance.DENIAL) return;
            if (d.cueClass.equals("DENIAL") && !contradicts(d) && !rulesOut(d)) titleDenies = true;
        }
        if (!titleDenies) return;
        int lead = -1;
        for (TextModel.Sentence s : model.sentences) {
            if (!doc.read.inTitle(s.begin())) {
                lead = s.index();
                break;
            }
        }
        for (Draft d : doc.drafts) {
            if (d.sentence != lead || d.reported || d.attribution == Attribution.REPORTED || pluperfect(d)) continue;
            if (d.speaker != null && d.speaker.kind() == SpeakerKind.MEDIA) continue;
            if (stance(d) == Stance.CLAIM && plainlyAsserted(d)) d.forced = Stance.DENIAL;
        }
    }

    /** "Gutachter widerspricht Hersteller": contradicting answers a party, whose opponents the teaser may quote. */
    private boolean contradicts(Draft d) {
        return d.cueToken >= 0 && d.cueToken < model.tokens.size() && model.token(d.cueToken).lower().startsWith(CONTRADICTING_STEM);
    }

    /** "Sportdirektor schließt Transfers aus": ruling out a plan of one's own answers no report; reasons may follow. */
    private boolean rulesOut(Draft d) {
        if (d.cueToken < 0 || d.cueToken >= model.tokens.size()) return false;
        String verb = model.token(d.cueToken).lower();
        return verb.startsWith("schließ") || verb.startsWith("schloss") || verb.startsWith("schlöss");
    }

    /** The cue is a verb of plain assertion ({@code asserting-verbs-de.txt}), not a warning, a demand or a report. */
    private boolean plainlyAsserted(Draft d) {
        if (d.cueText == null || d.cueText.isBlank()) return false;
        String cue = d.cueText.strip().toLowerCase(Locale.ROOT);
        for (String stem : ASSERTING_STEMS) if (cue.startsWith(stem)) return true;
        return false;
    }

    /** Text order of two statements: by sentence, then by cue (a statement without a cue is not after one in its sentence). */
    private static boolean before(Draft a, Draft b) {
        return a.sentence != b.sentence ? a.sentence < b.sentence : a.cueToken >= 0 && a.cueToken < b.cueToken;
    }

    Stance stance(Draft d) {
        if (d.forced != null) return d.forced;
        if (d.stance == null) d.stance = stanceOf(d);
        return d.stance;
    }

    private Stance stanceOf(Draft d) {
        if (d.negated && notRuledOut(d)) return Stance.CLAIM;
        if (d.cueClass.equals("NO_COMMENT") || d.negated) return Stance.NO_COMMENT;
        // "We are not in a position to comment": declining, whatever the verb
        if (d.outer != null) return stance(d.outer);
        if (mayDecline(d)) {
            String clause = clauseText(d);
            if (NOT_IN_POSITION.matcher(clause).find()) return Stance.NO_COMMENT;
        }
        Stance byCue = switch (d.cueClass) {
            case "DENIAL" -> Stance.DENIAL;
            case "CONFIRMATION" -> Stance.CONFIRMATION;
            default -> Stance.CLAIM;
        };
        if (byCue == Stance.DENIAL && !deniesAProposition(d)) return Stance.CLAIM;
        // "criticized the plan, saying the members had never visited the site": a negative sentence giving grounds for
        // another act denies nothing, unless it answers a report ("responded to the report, saying there was no
        // meeting") or the speaker speaks of themselves ("denounced the attack, saying he had nothing to do with it")
        if (byCue == Stance.CLAIM && d.groundsOf != null && !namesAProposition(d.groundsOf) && !speaksOfSelf(d)) return byCue;
        String content = saidUpToCue(d).toLowerCase(Locale.ROOT);
        if ((byCue == Stance.CLAIM || byCue == Stance.DENIAL) && lex.mayCarryStance(content)) {
            for (Lexicons.ContentStance cs : lex.contentStancePatterns) {
                if (cs.pattern().find(content)) return cs.stance() == Stance.NO_COMMENT && byCue == Stance.DENIAL ? byCue : cs.stance();
            }
        }
        if (byCue == Stance.CLAIM && !doc.read.teaserItem() && AdmittedFault.admits(content)) return Stance.CONFIRMATION;
        if (byCue == Stance.CLAIM && deniedByVerdict(d)) return Stance.DENIAL;
        if (byCue == Stance.CLAIM && !english && dismissing.dismisses(d.cueToken, model.sentences.get(d.sentence))) return Stance.DENIAL;
        if (byCue == Stance.CLAIM && callsFalse(ranOnAfterCue(d))) return Stance.DENIAL;
        // "„Wir sind nicht pleite“" next to rumours of a bankruptcy: a negative answering what was put about denies it
        if (byCue == Stance.CLAIM && answered.answers(d)) return Stance.DENIAL;
        // "Alle Verträge seien ordnungsgemäß geschlossen worden" under an accusation: its opposite, asserted
        if (byCue == Stance.CLAIM && !d.reported && !pluperfect(d) && propriety.answers(d)) return Stance.DENIAL;
        return byCue;
    }

    /**
     * What a statement says up to the end of its cue's sentence. A quotation that runs on for sentences after the cue
     * ("“I knew him well,” she said. “He was my champion. I was never a studio darling.”") goes on to other things; a
     * negation there says nothing of the statement as a whole, only calling something false does ({@link #callsFalse}).
     */
    private String saidUpToCue(Draft d) {
        return text.substring(d.contentBegin, Math.max(d.contentBegin, cueSentenceEnd(d)));
    }

    /** "..., the spokeswoman said. “However, her claims are untrue.”": what the quotation says after its cue's sentence. */
    private String ranOnAfterCue(Draft d) {
        return text.substring(Math.max(d.contentBegin, cueSentenceEnd(d)), d.contentEnd);
    }

    /** A verdict of a few words at most: "„absurd“", "„völlig haltlos“". */
    private static final int MAX_VERDICT_WORDS = 3;

    /**
     * "nannte die Vorwürfe „absurd“": a naming verb's said part is its verdict alone, and its object, between the cue
     * and the verdict, says what the verdict is of; a report or an accusation called false is denied, as when both
     * stand in the said part. "nannte die Pläne „absurd“" judges a plan and stays a claim.
     */
    private boolean deniedByVerdict(Draft d) {
        if (english || d.cueToken < 0 || d.cueToken >= model.tokens.size()) return false;
        int cueEnd = model.token(d.cueToken).end();
        if (cueEnd > d.contentBegin || d.contentBegin - cueEnd > 80) return false;
        String between = text.substring(cueEnd, d.contentBegin);
        if (between.indexOf(',') >= 0 || between.isBlank()) return false;
        String said = text.substring(d.contentBegin, d.contentEnd);
        if (said.strip().split("\\s+").length > MAX_VERDICT_WORDS) return false;
        String named = text.substring(cueEnd, d.contentEnd).toLowerCase(Locale.ROOT);
        if (!lex.mayCarryStance(named)) return false;
        for (Lexicons.ContentStance cs : lex.contentStancePatterns) {
            if (cs.stance() == Stance.DENIAL && cs.pattern().find(named)) return true;
        }
        return false;
    }

    private int cueSentenceEnd(Draft d) {
        if (d.sentence < 0 || d.sentence >= model.sentences.size()) return d.contentEnd;
        return Math.min(d.contentEnd, model.sentences.get(d.sentence).end());
    }

    private static final java.util.regex.Pattern FALSITY = java.util.regex.Pattern.compile(
            "(?iu)\\b(" + String.join("|", Lexicon.lines("falsity-de-en.txt").stream().map(java.util.regex.Pattern::quote).toList()) + ")\\b");

    private static boolean callsFalse(String said) {
        return !said.isEmpty() && FALSITY.matcher(said).find();
    }

    private static final Set<String> NEGATION_AFFIRMS_DE = Lexicon.words("negated-affirms-de.txt");
    private static final Set<String> NEGATION_AFFIRMS_EN = Lexicon.words("negated-affirms-en.txt");

    /**
     * "schließt eine Erhöhung nicht aus", "did not rule out a sale": a cue of ruling out, negated, allows for something;
     * it declines nothing.
     */
    private boolean notRuledOut(Draft d) {
        if (!d.cueClass.equals("DENIAL") || d.cueText == null || d.cueText.isBlank()) return false;
        String first = d.cueText.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return (english ? NEGATION_AFFIRMS_EN : NEGATION_AFFIRMS_DE).contains(first);
    }

    private static final List<String> DECLINE_HINTS = Lexicon.wordList("decline-hints.txt");
    private static final List<String> DENIAL_VERBS_EN = Lexicon.wordList("denial-verbs-en.txt");
    private static final List<String> DENIAL_VERBS_DE = Lexicon.wordList("denial-verbs-de.txt");
    private static final Set<String> DENIED_OBJECTS_EN = Lexicon.words("denied-objects-en.txt");
    private static final Set<String> DENIED_OBJECTS_DE = Lexicon.words("denied-objects-de.txt");
    private static final List<String> CONTESTED_OBJECTS_DE = Lexicon.wordList("contested-objects-de.txt");
    /** Subjects that speak of the speaker in a clause the speaker says ("they" mostly speaks of others, a body says "we"). */
    private static final Set<String> SPEAKER_PRONOUNS_EN = Set.of("i", "we", "he", "she");
    /** "telling the court on Friday that he ...": the said clause's subject stands among this many first words. */
    private static final int SUBJECT_WORDS = 6;

    /** Cheap test before the regular expression: the evidence holds a word that declining needs. */
    private boolean mayDecline(Draft d) {
        String ev = text.substring(d.evidenceBegin, d.evidenceEnd);
        for (String hint : DECLINE_HINTS) if (ev.contains(hint)) return true;
        return false;
    }

    /** The cue with what it frames: the said part, and the verb's own clause up to it (not a neighbouring clause). */
    private String clauseText(Draft d) {
        int cueBegin = d.cueToken >= 0 && d.cueToken < model.tokens.size() ? model.token(d.cueToken).begin() : d.contentBegin;
        int from = Math.max(d.evidenceBegin, Math.min(cueBegin, d.contentBegin));
        int to = d.contentEnd;
        if (cueBegin >= d.contentEnd) to = Math.min(d.evidenceEnd, cueBegin + 80);
        to = Math.max(to, Math.min(d.evidenceEnd, cueBegin + 40));
        return text.substring(from, Math.max(from, Math.min(to, text.length()))).toLowerCase(Locale.ROOT);
    }

    /**
     * A denial is a speaker saying that a report, an accusation or a proposition is false:
     * "denied the report", "wies die Vorwürfe zurück", "dismissed the claims as", "denied that".
     * "voluntarily dismissed the lawsuit" and "was rejected for asylum" deny nothing.
     */
    private boolean deniesAProposition(Draft d) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        int cue = d.cueToken;
        if (cue < s.firstToken() || cue >= s.endToken()) return true;
        String verb = model.token(cue).lower();
        // the unambiguous ones: "dementierte", "denied that", "bestritt, dass"
        boolean ambiguous = true;
        for (String stem : english ? DENIAL_VERBS_EN : DENIAL_VERBS_DE) if (verb.startsWith(stem)) ambiguous = false;
        if (english && cue > s.firstToken()) {
            // "was denied bail", "were rejected for asylum": the passive subject is no speaker denying; "was denied by the
            // ministry": its by-agent is
            String before = model.token(cue - 1).lower();
            if (EnglishPassive.BE.contains(before) && !passives.withAgent(cue, s.firstToken(), s.endToken())) return false;
        }
        if (!ambiguous) return !rejectsDemand(d, true) && !(!english && contested(d, s));
        // "Gutachter widerspricht Hersteller", "Stadt widerspricht Elternbeirat": a title's contradicting verb answers what its
        // object said; running text uses it of things at odds too ("Das widerspricht dem Gesetz")
        if (!english && verb.startsWith(CONTRADICTING_STEM) && doc.read.inTitle(model.token(cue).begin())) return !rejectsDemand(d, false);
        // "Die Vereinigung widerspricht.", "– Betreiber widerspricht": nothing behind the verb, so it answers what was said before
        if (!english && closesSentence(cue, s)) return !rejectsDemand(d, false);
        if (!d.clauseContent) return !rejectsDemand(d, false); // a said part of its own ("..., wies er zurück"; "rejected: ...")
        int from = english ? cue + 1 : Math.max(s.firstToken(), clauseOpenerBefore(cue, s) > 0 ? clauseOpenerBefore(cue, s) : s.firstToken());
        int to = english ? Math.min(s.endToken(), cue + 8) : Math.min(s.endToken(), Math.max(cue, d.particleToken) + 8);
        for (int k = from; k < to; k++) {
            Token t = model.token(k);
            if (k == cue || !t.word()) continue;
            String w = t.lower();
            if (t.quoted()) return true;
            if ((english ? DENIED_OBJECTS_EN : DENIED_OBJECTS_DE).contains(w)) return true;
            if (lex.isPropositionNoun(w)) return true;
            // "wies die Forderung zurück": the first object is a demand, not a fact
            if ((t.capitalised() || english) && lex.isDemand(w, english)) return false;
        }
        return false;
    }

    /** The stem of "widersprechen" in its forms ("widerspricht", "widersprach", "widersprochen"). */
    private static final String CONTRADICTING_STEM = "widersp";

    /** Whether only punctuation follows the token {@code k} in its sentence. */
    private boolean closesSentence(int k, TextModel.Sentence s) {
        for (int j = k + 1; j < s.endToken(); j++) if (model.token(j).word()) return false;
        return true;
    }

    /**
     * "bestreitet am Samstag das Finale", "hat seinen Lebensunterhalt bestritten": the verb's clause, up to the
     * first comma after it, names a match played or a cost paid, not a proposition denied.
     */
    private boolean contested(Draft d, TextModel.Sentence s) {
        int opener = clauseOpenerBefore(d.cueToken, s);
        for (int k = opener > 0 ? opener : s.firstToken(); k < Math.min(s.endToken(), d.cueToken + 8); k++) {
            Token t = model.token(k);
            if (k > d.cueToken && t.isPunct(',')) return false;
            if (!t.word() || t.quoted() || !t.capitalised()) continue;
            for (String noun : CONTESTED_OBJECTS_DE) if (t.lower().endsWith(noun)) return true;
        }
        return false;
    }

    /**
     * "saying (that) she had never met him", "telling reporters he had nothing to do with it": the said clause's
     * subject, among its first words, is the speaker, as a pronoun of the first person or a singular one.
     */
    private boolean speaksOfSelf(Draft d) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        int words = 0;
        for (int k = d.cueToken + 1; k < s.endToken() && words < SUBJECT_WORDS; k++) {
            Token t = model.token(k);
            if (t.begin() < d.contentBegin || !t.word()) continue;
            if (SPEAKER_PRONOUNS_EN.contains(t.lower())) return true;
            words++;
        }
        return false;
    }

    /**
     * "wies die Forderung zurück" rejects a demand: a position of its own, not the denial of a fact. A verb that
     * only denies ({@code denying}: "dementiert Pläne", "denies plans to close") says the speaker's own plan does not
     * exist: that is a fact denied, not a proposal refused.
     */
    private boolean rejectsDemand(Draft d, boolean denying) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        if (english) return rejectsDemandObject(d, s, denying);
        for (int k = Math.max(s.firstToken(), d.cueToken - 8); k < Math.min(s.endToken(), d.cueToken + 8); k++) {
            Token t = model.token(k);
            // "Klub dementiert: Kein Angebot für ...": behind a colon stands what is denied, not the verb's object
            if (k > d.cueToken && t.isPunct(':')) break;
            if (t.word() && !t.quoted() && t.capitalised() && refusedDemand(t.lower(), denying)) return true;
        }
        return false;
    }

    private boolean refusedDemand(String lower, boolean denying) {
        return lex.isDemand(lower, english) && !(denying && lex.isIntention(lower, english));
    }

    /**
     * English "rejected the proposal": the verb's object, the words after it up to the first noun it names, is a demand.
     * "rejected a report that it planned cuts" denies the report; the plan is inside what was reported.
     */
    private boolean rejectsDemandObject(Draft d, TextModel.Sentence s, boolean denying) {
        for (int k = d.cueToken + 1; k < Math.min(s.endToken(), d.cueToken + 6); k++) {
            Token t = model.token(k);
            if (!t.word() || t.quoted()) return false;
            String w = t.lower();
            if (refusedDemand(w, denying)) return true;
            if (lex.isPropositionNoun(w) || DENIED_OBJECTS_EN.contains(w)) return false;
        }
        return false;
    }
}
