package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Rechnungshof rügt Kosten für ...", "Konzern kontert Kritik": verbs that sum up a speech act in a German
 * headline but narrate an act in running text ({@code headline-cues-de.txt}), so they are cues in the title and in a
 * teaser of a sentence or two under it, which sums up as the headline does ("Umweltverbände begrüßten den Kurswechsel",
 * "Die Liberalen lehnen das strikt ab"), not in an article's running text. A verb of judging with a bare object
 * ("Die OSZE kritisiert den Verlauf der Wahl") is a cue in the title only: Wikinews leads leave it unannotated.
 */
final class HeadlineCues {
    private static final Map<String, List<Lexicons.Cue>> CUES = Lexicons.cues("headline-cues-de.txt");
    /** The forms of rejecting, which a deciding body's title narrates as its decision. */
    private static final Set<String> REJECTING = Set.of("lehnt", "lehnen");
    private static final List<String> BODIES = Lexicon.lines("deciding-bodies-de.txt");
    private static final Set<String> WHOLE_BODIES = Set.of(BODIES.get(0).split("\\s+"));
    private static final List<String> BODY_HEADS = List.of(BODIES.get(1).split("\\s+"));

    /**
     * Forms a teaser sentence narrates with more often than it sums up: "Das Paar erwartet ein Kind", "Buden erwarten die
     * Besucher", "Betrüger geben sich als Beamte aus", "Der Kapitän verteidigt das eigene Tor", "Die Gäste konterten";
     * cues in the title only.
     */
    private static final Set<String> TITLE_ONLY = Set.of("erwartet", "erwarten", "gibt", "geben", "verteidigt", "verteidigen", "kontert", "kontern");

    private static final Set<String> PASSIVE_AUXILIARIES = Lexicon.words("passive-auxiliaries-de.txt");

    private final Extraction doc;
    /** Whether the text is a headline with a teaser of at most {@link ArticleText#TEASER_SENTENCES} sentences; read once. */
    private Boolean teaser;

    HeadlineCues(Extraction doc) {
        this.doc = doc;
    }

    /**
     * The listed cues of a German word form, with its headline cues behind them when it stands in the title: a form
     * listed with its object or particle ("schweigt zu") takes that first, the headline's bare form otherwise.
     */
    List<Lexicons.Cue> with(List<Lexicons.Cue> listed, Token t, int index, int sentenceFirst) {
        List<Lexicons.Cue> headline = doc.read.inTitle(t.begin()) || teaserCue(t, index, sentenceFirst) ? CUES.get(t.lower()) : null;
        if (headline == null || REJECTING.contains(t.lower()) && decidingBodyBefore(index, sentenceFirst)) return listed;
        if (listed == null) return headline;
        List<Lexicons.Cue> both = new ArrayList<>(listed);
        both.addAll(headline);
        return both;
    }

    /**
     * "Stadtrat lehnt Bauantrag ab", "Gemeinderat Birkach lehnt Neubaugebiet ab": a council, an assembly or a court
     * before the verb (its subject in the title's first field) rejects by a vote or a judgment, a decision, not a
     * position; "Gewerkschaft lehnt Angebot ab" takes one.
     */
    private boolean decidingBodyBefore(int index, int sentenceFirst) {
        for (int k = sentenceFirst; k < index; k++) {
            Token w = doc.read.model().token(k);
            if (w.word() && w.capitalised() && decidingBody(w.lower())) return true;
        }
        return false;
    }

    static boolean decidingBody(String lower) {
        if (WHOLE_BODIES.contains(lower)) return true;
        for (String head : BODY_HEADS) if (lower.endsWith(head)) return true;
        return false;
    }

    /**
     * "Verband kritisiert Kampfrichter", "Trainer lobt Moral": in a title a verb of judging sums up what was said and
     * its object names what was judged; in running text such a clause names a topic, and what was said follows.
     */
    boolean judgesInTitle(Token t) {
        return doc.read.inTitle(t.begin());
    }

    /** "Holm wehrt sich gegen Vorwürfe": a reflexive verb listed here says something in a title, as no other reflexive clause does. */
    boolean listedInTitle(Token t) {
        return (doc.read.inTitle(t.begin()) || summarises(t) && !TITLE_ONLY.contains(t.lower())) && CUES.containsKey(t.lower());
    }

    /**
     * A headline cue in a teaser sentence, in the active voice: "Das Schiff wurde von Schleppern begrüßt" narrates a
     * welcome, "Verbände begrüßten den Schritt" takes a position.
     */
    private boolean teaserCue(Token t, int index, int sentenceFirst) {
        if (!summarises(t) || TITLE_ONLY.contains(t.lower())) return false;
        for (int k = sentenceFirst; k < index; k++) {
            if (PASSIVE_AUXILIARIES.contains(doc.read.model().token(k).lower())) return false;
        }
        return true;
    }

    /** The token stands in the headline, or in a teaser of a sentence or two under one. */
    private boolean summarises(Token t) {
        if (doc.read.inTitle(t.begin())) return true;
        if (teaser == null) teaser = doc.read.teaserItem();
        return teaser;
    }
}
