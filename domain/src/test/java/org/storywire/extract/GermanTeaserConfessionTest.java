package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Confessing ("gestand") in a teaser of a sentence or two confirms what is confessed ({@code headline-cues-de.txt});
 * the participle "gestanden", also that of "stehen", is no cue. Under an admitting headline a teaser sentence with a
 * plain "sagte" stays a claim: the item sets mostly read its details so. Every text is written for this test.
 */
class GermanTeaserConfessionTest {
    @Test
    void aConfessionInTheTeaserConfirms() {
        List<Statement> st = extract("Prozess um Einbruchsserie in Hollfeld",
                "Er habe die Werkzeuge in einem Baumarkt gestohlen, gestand der 31-Jährige vor dem Amtsgericht.");
        assertThat(about(st, "Werkzeuge").stance()).isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void aPlainSayingUnderAnAdmittingHeadlineStaysAClaim() {
        List<Statement> st = extract("Verkehrsdezernent räumt Fehler bei Ampelschaltung ein",
                "Die Ampelschaltung sei falsch programmiert gewesen, sagte Verkehrsdezernent Bodo Ranft.");
        assertThat(about(st, "falsch programmiert").stance()).isEqualTo(Stance.CLAIM);
    }
}
