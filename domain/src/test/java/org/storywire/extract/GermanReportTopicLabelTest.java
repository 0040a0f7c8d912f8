package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Berichte über Datenleck: Krankenkasse spricht von „Panikmache“": a German headline label naming reports with their
 * topic says what was put about, and the line's own subject speaks; "Bericht: ..." and "Studie zu ...: ..." name a
 * source, which speaks the line. Every text is invented.
 */
class GermanReportTopicLabelTest {
    private static boolean spokenBy(List<Statement> statements, String speaker) {
        return statements.stream().anyMatch(s -> s.speaker() != null && s.speaker().mention().contains(speaker));
    }

    @Test
    void reportsWithTheirTopicAreNoSpeaker() {
        List<Statement> found = extract("Berichte über Stellenabbau: Reederei spricht von „Falschmeldung“", "Die Flotte werde sogar vergrößert.");
        assertThat(spokenBy(found, "Reederei")).isTrue();
        assertThat(spokenBy(found, "Berichte")).isFalse();
    }

    @Test
    void aReportAloneIsTheLinesSource() {
        List<Statement> found = extract("Bericht: Reederei plant Abbau von 400 Stellen", "Eine Bestätigung gibt es nicht.");
        assertThat(spokenBy(found, "Bericht")).isTrue();
    }

    @Test
    void aStudyWithItsTopicIsTheLinesSource() {
        List<Statement> found = extract("Studie zu Feinstaub: Keine Gefahr durch Kaminöfen", "Die Werte lägen unter den Grenzwerten.");
        assertThat(spokenBy(found, "Studie")).isTrue();
    }
}
