package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A plural modal in Konjunktiv II ("müssten", "könnten", "dürften") right after a statement stands in for the
 * Konjunktiv I that a plural cannot show ("sie müssen" reads as indicative): the reported speech goes on. A condition
 * makes it a plain conditional. A strong verb's own Konjunktiv II ("befänden", "lägen") goes on as "hätte" and "wäre" do. Every text is written for this test.
 */
class GermanSubstituteKonjunktivTest {
    @Test
    void aPluralModalKonjunktivTwoGoesOnWithTheStatementBefore() {
        Statement s = about(extract("Die Kosten seien erneut gestiegen, sagte die Kämmerin Ute Halm. Die Gemeinden müssten dringend mehr Geld bekommen."),
                "Gemeinden müssten");
        assertThat(s.speaker().mention()).contains("Halm");

        Statement t = about(extract("Der Kommandant der Wehr, Lars Bieber, verlangt neue Schläuche. Im Ernstfall könnten die alten platzen."),
                "könnten die alten");
        assertThat(t.speaker().mention()).contains("Bieber");
    }

    @Test
    void aStrongVerbsOwnKonjunktivTwoGoesOnWithTheStatementBefore() {
        // "befänden", "lägen": no indicative shares the form, so the dictionary tells it, as "hätte" and "wäre" are listed
        Statement s = about(extract("Der Deichverband Nordmarsch warnte am Morgen vor steigenden Pegeln. Die alten Schleusen befänden sich in schlechtem Zustand."),
                "Schleusen befänden");
        assertThat(s.speaker().mention()).contains("Deichverband");
    }

    @Test
    void aWishInMoechteIsNoReportedSpeech() {
        // "möchte" is a Konjunktiv II of "mögen" by the dictionary, but says what its subject wants now
        assertThat(extract("Der Deichverband Nordmarsch warnte am Morgen vor steigenden Pegeln. Der Bürgermeister möchte im Sommer neue Deiche bauen."))
                .noneMatch(s -> s.sentenceText().contains("möchte"));
    }

    @Test
    void aConditionMakesItAPlainConditional() {
        assertThat(extract("Die Kosten seien erneut gestiegen, sagte die Kämmerin Ute Halm. Wenn es regnet, könnten die Gäste drinnen feiern."))
                .noneMatch(s -> s.sentenceText().contains("drinnen"));
    }
}
