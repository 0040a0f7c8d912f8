package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Taking back a report or a claim denies it ({@code RetractedReport}): "hat ihren Bericht zurückgezogen", "nahm die
 * Behauptung zurück", "retracted its report"; taking back anything else is no speech. Every text is written for this test.
 */
class RetractedReportTest {
    @Test
    void germanRetractionsDeny() {
        List<Statement> st = GermanExtraction.extract("Das Wochenblatt „Tallbrook Echo“ hat seinen Bericht über eine Fusion der Brauerei Helmstadt "
                + "mit ihrem Konkurrenten, der Firma Odenkamp, zurückgezogen. Der Abgeordnete Rolf Quernheim nahm die Behauptung zurück, "
                + "die Kläranlage sei undicht.");
        Statement outlet = about(st, "Fusion der Brauerei");
        assertThat(outlet.stance()).isEqualTo(Stance.DENIAL);
        assertThat(outlet.speaker().mention()).contains("Tallbrook Echo");
        assertThat(about(st, "Kläranlage").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void takingBackAnythingElseIsNoSpeech() {
        List<Statement> st = GermanExtraction.extract("Die Abgeordnete Mira Tolksdorf zog ihre Kandidatur für den Vorsitz zurück. "
                + "Der Trainer hat sich nach der Saison aus dem Verein zurückgezogen.");
        assertThat(st).isEmpty();
    }

    @Test
    void englishRetractionsDeny() {
        List<Statement> st = new EnglishExtraction().extract("The Harwick Courier retracted its report that the Delmont mill would close. "
                + "The mayor walked back to the town hall after the meeting.");
        assertThat(about(st, "Delmont mill").stance()).isEqualTo(Stance.DENIAL);
        assertThat(st).hasSize(1);
    }
}
