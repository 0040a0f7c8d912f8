package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report marker or a report verb passing on what someone with a cue of their own said relays that statement: the
 * statement is the inner speaker's, the source its relay. Every text is written for this test.
 */
class GermanRelayTest {
    @Test
    void aFrontedMarkerBeforeADenialIsItsRelay() {
        String text = "Laut dem Sender dementierte das Rathaus die Berichte.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("das Rathaus");
        assertThat(found.get(0).relayedBy().mention()).isEqualTo("dem Sender");
        assertThat(found.get(0).stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aMarkerBeforeAVerbWithASaidPartIsOneStatementNotTwo() {
        String text = "Laut einem Bericht des Wochenblatts hat die Reederei angekündigt, keine Fähren mehr einzusetzen.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("die Reederei");
        assertThat(found.get(0).relayedBy().mention()).contains("Wochenblatts");
        assertThat(content(found.get(0), text)).isEqualTo("keine Fähren mehr einzusetzen");
    }

    @Test
    void aMarkerAfterTheCueRelaysTheQuotationsSpeaker() {
        String text = "„Wir machen weiter“, sagte die Trainerin laut der Lokalzeitung.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("die Trainerin");
        assertThat(found.get(0).relayedBy().mention()).isEqualTo("der Lokalzeitung");
        assertThat(content(found.get(0), text)).isEqualTo("„Wir machen weiter“");
    }

    @Test
    void aReportVerbRelaysTheVerbInWhatItReports() {
        String text = "Das Lokalblatt berichtete, der Landrat habe erklärt, die Straße bleibe gesperrt.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("der Landrat");
        assertThat(found.get(0).relayedBy().mention()).isEqualTo("Das Lokalblatt");
        assertThat(content(found.get(0), text)).isEqualTo("die Straße bleibe gesperrt");
    }

    @Test
    void aThatClauseIsTheReportsOwnClaimNotARelayedStatement() {
        String text = "Das Wochenblatt berichtete, dass der Landrat in dem Gespräch dem Bürgermeister empfohlen habe, die Straße nicht zu sperren.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Das Wochenblatt");
        assertThat(found.get(0).relayedBy()).isNull();
    }

    @Test
    void aMarkerPointingBackNamesNoOneAndRelaysNothing() {
        String text = "Das Wochenblatt berichtete über ein Treffen. Demnach hätten beide Bürgermeister den Wunsch nach weiteren Treffen geäußert, um eine Lösung zu finden.";
        assertThat(extract(text)).allSatisfy(s -> assertThat(s.relayedBy()).isNull());
    }

    @Test
    void aStatementNoOneRelaysHasNoRelay() {
        assertThat(extract("Der Landrat erklärte, die Straße bleibe gesperrt.").get(0).relayedBy()).isNull();
    }

    @Test
    void aMarkerInsideTheSaidPartIsTheSpeakersSourceNoRelay() {
        String text = "Die Sprecherin sagte, nach Angaben der Techniker sei die Leitung dicht.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(s -> assertThat(s.relayedBy()).isNull());
    }
}
