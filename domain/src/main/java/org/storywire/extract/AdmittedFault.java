package org.storywire.extract;

import org.storywire.clean.GatedAlternation;
import org.storywire.clean.Lexicon;

/**
 * A speaker admitting a fault of their own ({@code admissions.txt}: "Wir haben Fehler gemacht", "Wir hätten früher
 * handeln müssen", "we should have noticed", "I take responsibility"). In an article, which reports what the speaker is
 * accused of, the admission confirms it; a feed item or teaser of a few sentences reports no such accusation, so there
 * the admission is the speaker's own point and stays a claim.
 */
final class AdmittedFault {
    // gated by each alternative's literals: asked of every statement's content, one alternation pattern tried every
    // alternative at every position (2% of one-thread extraction samples)
    private static final GatedAlternation ADMISSION = GatedAlternation.of("(?u)", Lexicon.lines("admissions.txt"));

    private AdmittedFault() {}

    /** Whether the lower-cased content admits a fault of the speaker's own. */
    static boolean admits(String lowerContent) {
        return ADMISSION.find(lowerContent);
    }
}
