package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Rechnungshof rügt Kosten für ...", "Konzern kontert Kritik": verbs that sum up a speech act in a German
 * headline but narrate an act in running text ({@code headline-cues-de.txt}), so they are cues in the title only.
 */
final class HeadlineCues {
    private static final Map<String, List<Lexicons.Cue>> CUES = Lexicons.cues("headline-cues-de.txt");

    private final Extraction doc;

    HeadlineCues(Extraction doc) {
        this.doc = doc;
    }

    /**
     * The listed cues of a German word form, with its headline cues behind them when it stands in the title: a form
     * listed with its object or particle ("schweigt zu") takes that first, the headline's bare form otherwise.
     */
    List<Lexicons.Cue> with(List<Lexicons.Cue> listed, Token t) {
        List<Lexicons.Cue> headline = doc.read.inTitle(t.begin()) ? CUES.get(t.lower()) : null;
        if (headline == null) return listed;
        if (listed == null) return headline;
        List<Lexicons.Cue> both = new ArrayList<>(listed);
        both.addAll(headline);
        return both;
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
