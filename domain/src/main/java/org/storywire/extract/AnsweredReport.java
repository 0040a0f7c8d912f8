package org.storywire.extract;

import java.util.List;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Nach Berichten über Zahlungsprobleme: „Wir sind nicht pleite“", "„Die Sparte steht nicht zum Verkauf“" after a
 * report of a sale: a German statement that negates what it says, standing next to a report, rumour, accusation or
 * suspicion it answers (or a warning, demand or fear put about before it, in the pluperfect: "Zuvor hatten Landwirte vor
 * einem Stellenabbau gewarnt"), says that what was put about is not so, a denial. Next to means its own sentence (outside
 * what is said) or the one before it in the paragraph; a headline answers what the item's first sentence reports (any
 * sentence of a teaser of one or two), and
 * the sentences of the item's first paragraph answer what the headline reports. A negative with no such report near ("Wir steigen nicht ab") is an opinion or a forecast and stays a
 * claim; one naming the report itself ("Wir beteiligen uns nicht an Spekulationen") is left to the other rules.
 */
final class AnsweredReport extends ExtractionStep {
    /** Participles of putting something about (warning, demanding, fearing) and the auxiliaries of their pluperfect. */
    private static final Set<String> PUT_ABOUT = Set.of("gewarnt", "gefordert", "befürchtet", "spekuliert", "gemutmaßt", "behauptet");
    private static final Set<String> PLUPERFECT = Set.of("hatte", "hatten", "war", "waren");
    /** Nouns of what others put about (compound heads: "Medienberichte", "Korruptionsverdacht"). */
    private static final List<String> REPORT_NOUNS = Lexicon.wordList("answered-reports-de.txt");
    private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nichts");
    /** "nicht nur ..., sondern auch": a negation that adds, not denies. */
    private static final String ADDING = "nur";

    AnsweredReport(Extraction x) {
        super(x);
    }

    boolean answers(Draft d) {
        if (english || !negated(d)) return false;
        TextModel.Sentence s = model.sentences.get(d.sentence);
        // "„Wir beteiligen uns nicht an Spekulationen“": a negative about the report itself refuses to engage with it
        // or calls it false, which the cue and the content patterns decide
        if (namesReport(s, d.contentBegin, d.contentEnd)) return false;
        if (namesReport(s, s.begin(), s.end())) return true;
        int lead = firstAfterTitle();
        // the headline and the item's first sentence after it answer each other; what the headline reports is also
        // answered anywhere in the teaser under it ("Verein weist Bericht über Geldprobleme zurück. [...] Die Lizenz sei
        // nicht gefährdet")
        // under a teaser of a sentence or two, whichever of them names the report ("Autobauer: Keine Werksschließungen.
        // Das versicherte der Konzernchef. Zuvor hatte es Berichte über Einschnitte gegeben")
        if (doc.read.inTitle(s.begin())) return lead >= 0 && (namesReport(model.sentences.get(lead)) || doc.read.teaserItem() && teaserNamesReport(lead));
        if (lead >= 0 && s.paragraph() == model.sentences.get(lead).paragraph()) {
            for (int k = 0; k < lead; k++) if (namesReport(model.sentences.get(k))) return true;
        }
        if (s.index() == 0) return false;
        TextModel.Sentence before = model.sentences.get(s.index() - 1);
        return before.paragraph() == s.paragraph() && namesReport(before);
    }

    /** A negation word in the statement's content, not "nicht nur". */
    private boolean negated(Draft d) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.begin() < d.contentBegin || t.end() > d.contentEnd || !t.word()) continue;
            if (NEGATIONS.contains(t.lower()) && !(k + 1 < s.endToken() && model.token(k + 1).is(ADDING))) return true;
        }
        return false;
    }

    private boolean namesReport(TextModel.Sentence s) {
        return namesReport(s, s.begin(), s.end()) || earlierWarning(s);
    }

    /** "Zuvor hatten Landwirte vor einem Stellenabbau gewarnt": a pluperfect warning, demand or fear others put about. */
    private boolean earlierWarning(TextModel.Sentence s) {
        boolean aux = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (!t.word() || t.quoted()) continue;
            if (PLUPERFECT.contains(t.lower())) aux = true;
            else if (aux && PUT_ABOUT.contains(t.lower())) return true;
        }
        return false;
    }

    /** A noun of a report among the sentence's words between the offsets. */
    private boolean namesReport(TextModel.Sentence s, int begin, int end) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (!t.word() || !t.capitalised() || t.begin() < begin || t.end() > end) continue;
            String w = t.lower();
            for (String noun : REPORT_NOUNS) if (w.endsWith(noun)) return true;
        }
        return false;
    }

    /**
     * A sentence from {@code lead} on names a report, not one that rejects it with a verb of its own ("Spekulationen über
     * eine Erkrankung wies sie zurück" answers that report there, and the headline announces something else).
     */
    private boolean teaserNamesReport(int lead) {
        for (int k = lead; k < model.sentences.size(); k++) if (namesReport(model.sentences.get(k)) && !rejectedThere(k)) return true;
        return false;
    }

    private boolean rejectedThere(int sentence) {
        for (Draft d : doc.drafts) if (d.sentence == sentence && "DENIAL".equals(d.cueClass)) return true;
        return false;
    }

    /** The index of the first sentence after the title, or -1. */
    private int firstAfterTitle() {
        for (TextModel.Sentence x : model.sentences) if (!doc.read.inTitle(x.begin())) return x.index();
        return -1;
    }
}
