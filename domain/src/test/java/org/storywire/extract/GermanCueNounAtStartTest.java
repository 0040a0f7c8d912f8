package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A listed cue form written capitalised at the start of a German sentence is the noun of the same form ("Angaben",
 * "Berichten", "Fragen") unless an auxiliary or modal behind it fronts the verb. Every text is written for this test.
 */
class GermanCueNounAtStartTest {
    @Test
    void aCapitalisedCueFormOpeningTheSentenceIsItsNoun() {
        assertThat(extract("Angaben über die Kosten liegen noch nicht vor, doch dürften sie hoch sein.")).isEmpty();
        assertThat(extract("Fragen der Anwohner blieben offen, weil die Sitzung früh endete.")).isEmpty();
    }

    @Test
    void theInfinitiveFragenReportsInsideTheSentence() {
        String text = "Die Anwohner fragen, warum die Brücke seit Monaten gesperrt ist.";
        assertThat(about(extract(text), "Brücke").speaker().mention()).isEqualTo("Die Anwohner");
    }
}
