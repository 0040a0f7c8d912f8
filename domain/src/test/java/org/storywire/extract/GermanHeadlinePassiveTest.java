package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A headline drops a passive's auxiliary: "Verdacht auf Betrug bestätigt" says that someone confirmed it, not that the
 * suspicion did. Every headline is invented for this test.
 */
class GermanHeadlinePassiveTest {
    @Test
    void theSubjectOfAHeadlinesPassiveIsNoSpeaker() {
        assertThat(extract("Verdacht auf Salmonellen in Großküche bestätigt", "Das Gesundheitsamt schloss den Betrieb am Morgen."))
                .noneMatch(s -> s.speaker() != null && s.speaker().mention().contains("Verdacht"));
        assertThat(extract("Neue Unruhen in der Hauptstadt befürchtet", "Die Opposition hat für Samstag zu Protesten aufgerufen."))
                .noneMatch(s -> s.speaker() != null && s.speaker().mention().contains("Unruhen"));
    }

    @Test
    void aHeadlineInThePresentTenseKeepsItsSubject() {
        assertThat(extract("Polizei bestätigt Festnahme in Großküche", "Der Mann wurde am Morgen gefasst."))
                .anyMatch(s -> s.speaker() != null && s.speaker().mention().equals("Polizei"));
        assertThat(extract("Ministerium dementiert", "Berichte über eine Schließung seien falsch, hieß es."))
                .anyMatch(s -> s.speaker() != null && s.speaker().mention().equals("Ministerium"));
    }
}
