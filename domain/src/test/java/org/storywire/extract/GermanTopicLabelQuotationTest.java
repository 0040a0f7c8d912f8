package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A title label of a common noun and a preposition ("Streit um X: „...“") names the quotation's topic, not its speaker:
 * the speaker is the teaser's, or nobody. A person's or a body's noun before a preposition still speaks. Every text is
 * written for this test.
 */
class GermanTopicLabelQuotationTest {
    @Test
    void aDisputeAboutItsTopicIsNoSpeaker() {
        assertThat(extract("Streit um Skatepark: „Wir geben nicht auf“", "Die Sitzung dauerte drei Stunden."))
                .noneMatch(s -> s.speaker() != null && "Streit".equals(s.speaker().mention()));
    }

    @Test
    void theTeasersSpeakerSaysTheQuotationBehindATopicLabel() {
        Statement s = about(extract("Ärger um Neubau: „Das ist ein Skandal“", "Das sagte Ortsvorsteherin Helga Brandt am Montag."), "Skandal");
        assertThat(s.speaker().canonical()).contains("Brandt");
    }

    @Test
    void aPersonsNounBeforeAPrepositionStillSpeaks() {
        Statement s = about(extract("Ex-Manager vor Gericht: „Ich wusste von nichts“", "Der Prozess dauert an."), "wusste");
        assertThat(s.speaker().mention()).contains("Ex-Manager");
    }
}
