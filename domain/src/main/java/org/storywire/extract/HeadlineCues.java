package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Rechnungshof rügt Kosten für ...", "Konzern kontert Kritik": verbs that sum up a speech act in a German
 * headline but narrate an act in running text ({@code headline-cues-de.txt}), so they are cues in the title only.
 */
final class HeadlineCues {
    private static final Map<String, List<Lexicons.Cue>> CUES = Lexicons.cues("headline-cues-de.txt");
    /** The forms of rejecting, which a deciding body's title narrates as its decision. */
    private static final Set<String> REJECTING = Set.of("lehnt", "lehnen");
    private static final List<String> BODIES = Lexicon.lines("deciding-bodies-de.txt");
    private static final Set<String> WHOLE_BODIES = Set.of(BODIES.get(0).split("\\s+"));
    private static final List<String> BODY_HEADS = List.of(BODIES.get(1).split("\\s+"));

    private final Extraction doc;

    HeadlineCues(Extraction doc) {
        this.doc = doc;
    }

    /**
     * The listed cues of a German word form, with its headline cues behind them when it stands in the title: a form
     * listed with its object or particle ("schweigt zu") takes that first, the headline's bare form otherwise.
     */
    List<Lexicons.Cue> with(List<Lexicons.Cue> listed, Token t, int index, int sentenceFirst) {
        List<Lexicons.Cue> headline = doc.read.inTitle(t.begin()) ? CUES.get(t.lower()) : null;
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
        return doc.read.inTitle(t.begin()) && CUES.containsKey(t.lower());
    }
}
