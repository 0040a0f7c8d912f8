package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Die Fraktion kritisierte die Vergabe.", "Roth lobte vor allem die Defensive.", "Der Dezernent bedauerte die
 * Entscheidung.": a verb of judging or of reacting to a decision (regretting, welcoming, defending) with a bare object, in the
 * active voice, in a teaser of up to three sentences under a headline; a decision or a verdict as its object is what is
 * judged, not news made known ({@link InformationObject}: "gab die Entscheidung bekannt"). Such a teaser sums up what was said as its
 * headline does ("Verband kritisiert Kampfrichter"), so the judgement is the subject's position, a statement of its own;
 * in an article's running text the same clause names what was judged and the words follow (Wikinews leads leave it
 * unannotated), which {@link HeadlineCues#summarises} keeps apart. Hoping and commenting ("hofft auf eine Einigung",
 * "kommentierte das Spiel") judge nothing and stay topics.
 */
final class TeaserJudgement {
    private static final Set<String> NOT_JUDGING = Set.of("hoffen", "kommentieren");
    /** Reacting to a decision or an act: "bedauerte den Schritt", "begrüßten die Entscheidung", "verteidigte seine Entscheidung". */
    private static final Set<String> REACTING = Set.of("bedauern", "begrüßen", "verteidigen");
    /** The lemmas of judging proper, from {@code judging-verbs-de.txt} without those that only hope or remark. */
    private static final Set<String> JUDGING = judging();
    private static final Set<String> PASSIVE_AUXILIARIES = Lexicon.words("passive-auxiliaries-de.txt");

    /** A teaser of up to three sentences still sums up, as for reactions ({@link HeadlineCues}). */
    private static final int TEASER_SENTENCES = 3;

    private final Extraction doc;

    TeaserJudgement(Extraction doc) {
        this.doc = doc;
    }

    /** Whether the verb at {@code index}, of lemma {@code lemma}, judges its bare object in a short teaser's active clause. */
    boolean judges(String lemma, int index, TextModel.Sentence s) {
        if (lemma == null || !JUDGING.contains(lemma) || doc.read.inTitle(s.begin()) || !doc.read.teaserItem(TEASER_SENTENCES)) return false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (PASSIVE_AUXILIARIES.contains(doc.read.model().token(k).lower())) return false;
        }
        return index > s.firstToken();
    }

    private static Set<String> judging() {
        Set<String> lemmas = new java.util.HashSet<>(Lexicon.words("judging-verbs-de.txt"));
        lemmas.removeAll(NOT_JUDGING);
        lemmas.addAll(REACTING);
        return Set.copyOf(lemmas);
    }
}
