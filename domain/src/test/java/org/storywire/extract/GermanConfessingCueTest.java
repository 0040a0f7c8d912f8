package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * "gestand" in a short teaser, as "gesteht" in a headline, admits: a CONFIRMATION, where a neutral verb of saying
 * after an admitting headline stays a CLAIM. Every text is written for this test.
 */
class GermanConfessingCueTest {
    @Test
    void gestandAfterIndirectSpeechInATeaserConfirms() {
        Statement s = about(extract("Förderprogramm: Ministerium räumt Versäumnisse ein",
                "Die Prüfung der Anträge habe zu lange gedauert, gestand die Staatssekretärin im Ausschuss."), "Anträge");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(s.speaker().mention()).contains("Staatssekretärin");
    }

    @Test
    void aNeutralVerbOfSayingUnderAnAdmittingHeadlineClaims() {
        Statement s = about(extract("Stadtwerke räumen Panne bei Abrechnung ein",
                "Mehrere Tausend Rechnungen seien doppelt verschickt worden, sagte Geschäftsführer Ole Brandt."), "Rechnungen");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aConfessionNarratedInARelativeClauseIsNoCue() {
        assertThat(extract("Brandstifter gefasst",
                "Die Polizei hat einen 41-jährigen Mann festgenommen, der sieben Brände in der Altstadt gestand.")).isEmpty();
    }

    @Test
    void theParticipleOfStehenIsNoCue() {
        assertThat(extract("Neuer Pächter für Ausflugslokal",
                "Das Haus am See hat zwei Jahre leer gestanden. Nun zieht ein Café ein.")).isEmpty();
    }
}
