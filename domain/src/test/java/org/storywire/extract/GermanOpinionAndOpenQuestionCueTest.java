package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An opinion of something as something ("hält das für unbezahlbar") is a claim; leaving a question open ("ließ offen, ob
 * ...") declines to answer it; a title's "schlägt Alarm" raises a warning. Every text is written for this test.
 */
class GermanOpinionAndOpenQuestionCueTest {

    @Test
    void holdingSomethingForSomethingIsAClaim() {
        List<Statement> st = extract("Der Mieterverein Osterholm hält die geplante Erhöhung für unzumutbar.");
        Statement s = about(st, "unzumutbar");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).contains("Mieterverein");
    }

    @Test
    void holdingOnToAPlanIsNoStatement() {
        assertThat(extract("Der Gemeinderat von Osterholm hält an der geplanten Erhöhung fest.")).isEmpty();
    }

    @Test
    void leavingAQuestionOpenDeclines() {
        Statement s = about(extract("Ob er den Vertrag verlängert, ließ der Trainer des SV Wiesenau offen."), "verlängert");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).contains("Trainer");
        Statement title = about(extract("Geht der Streik weiter? Gewerkschaft lässt es offen", "Die Tarifkommission berät am Montag."),
                "offen");
        assertThat(title.stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void aTitlesAlarmIsAClaim() {
        Statement s = about(extract("Landkreistag schlägt Alarm: Kliniken fehlt das Geld", "Mehrere Häuser stehen vor der Insolvenz."), "Alarm");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).contains("Landkreistag");
    }
}
