package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Klinik weist Vorwürfe zurück. Alle Leistungen seien korrekt abgerechnet worden", "Plagiatsvorwurf: ... Sie habe nach
 * bestem Wissen gearbeitet": in a German teaser item that names an accusation, a report or criticism (or whose headline
 * denies one), a statement that things were done properly, lawfully or in time answers the accusation with its
 * opposite, a denial. Without an accusation near ("Schiedsrichter-Chef: Elfmeter war korrekt") it is an opinion; a
 * negated one ("nicht ordnungsgemäß") makes the accusation.
 */
final class ProprietyAnswer extends ExtractionStep {
    private static final Set<String> PROPRIETY = Lexicon.words("propriety-de.txt");
    /** "korrekte", "rechtmäßigen": the adjective endings a listed stem takes. */
    private static final List<String> ENDINGS = List.of("", "e", "en", "em", "er", "es");
    /** Nouns of what others put about (answered-reports-de.txt) and of criticism ("Kritik", "Rechnungshofkritik"). */
    private static final List<String> ACCUSATIONS = accusations();
    private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nichts");
    /** A teaser item of up to three sentences: its sentences answer what any of them or the headline names. */
    private static final int TEASER_SENTENCES = 3;

    ProprietyAnswer(Extraction x) {
        super(x);
    }

    boolean answers(Draft d) {
        if (english || !doc.read.teaserItem(TEASER_SENTENCES) || doc.read.inTitle(d.contentBegin)) return false;
        if (!assertsPropriety(d)) return false;
        for (TextModel.Sentence s : model.sentences) {
            if (s.index() > d.sentence) break;
            if (namesAccusation(s, d)) return true;
        }
        return titleDenies();
    }

    /** A listed word in the content, and no negation there. */
    private boolean assertsPropriety(Draft d) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        boolean proper = false;
        String said = text.substring(d.contentBegin, d.contentEnd).toLowerCase(Locale.ROOT);
        if (said.contains("nach bestem wissen")) proper = true;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (!t.word() || t.begin() < d.contentBegin || t.end() > d.contentEnd) continue;
            if (NEGATIONS.contains(t.lower())) return false;
            if (!t.capitalised() && proper(t.lower())) proper = true;
        }
        return proper;
    }

    private static boolean proper(String lower) {
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && PROPRIETY.contains(lower.substring(0, lower.length() - ending.length()))) return true;
        }
        return false;
    }

    /** A capitalised noun of an accusation in the sentence, outside the statement's own content. */
    private boolean namesAccusation(TextModel.Sentence s, Draft d) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if (!t.word() || !t.capitalised() || t.begin() >= d.contentBegin && t.end() <= d.contentEnd) continue;
            for (String noun : ACCUSATIONS) if (t.lower().endsWith(noun)) return true;
        }
        return false;
    }

    /** "Mittelständler bestreitet Lieferungen an Sanktionsländer": a headline statement with a denying cue. */
    private boolean titleDenies() {
        for (Draft t : doc.drafts) if (doc.read.inTitle(t.evidenceBegin) && "DENIAL".equals(t.cueClass)) return true;
        return false;
    }

    private static List<String> accusations() {
        List<String> nouns = new ArrayList<>(Lexicon.wordList("answered-reports-de.txt"));
        nouns.add("kritik");
        return List.copyOf(nouns);
    }
}
