package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Verb-second order with a thing in the Vorfeld ({@code GermanSubjects}): a compound noun the dictionary does not list
 * ("Gebührensenkung"), a prepositional attribute behind it, and "sie" behind the verb, which a thing cannot be the
 * subject of. Every text is written for this test.
 */
class GermanFrontedThingObjectTest {
    @Test
    void aThingWithAnAttributeBeforeTheVerbIsTheObjectAndSieTheSubject() {
        Statement s = about(extract("Stadtwerke halten Preise", "Die Inflation bleibe hoch, sagte Vorständin Ada Kranz. Eine Gebührensenkung im Herbst schloss sie nicht aus."),
                "Gebührensenkung");
        assertThat(s.speaker().mention()).isEqualTo("sie");
        Statement fronted = about(extract("Die Gebührensenkung nannte sie einen Fehler."), "Fehler");
        assertThat(fronted.speaker().mention()).isEqualTo("sie");
    }

    @Test
    void aBodyOrANameBeforeTheVerbStaysTheSubject() {
        assertThat(about(extract("Der Kreistag hält sie für unvermeidlich."), "unvermeidlich").speaker().mention()).isEqualTo("Der Kreistag");
        assertThat(about(extract("Ministerin Ostwald bestätigt Rücktritt von Staatssekretär", "Mehr dazu am Abend."), "bestätigt")
                .speaker().mention()).contains("Ostwald");
    }
}
