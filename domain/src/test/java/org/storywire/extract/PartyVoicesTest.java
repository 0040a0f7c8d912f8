package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A party's denial holds over what its voices say right after it ({@code PartyVoices}): a spokesperson or office-holder
 * named for the party or for no other body, or the party as a plain noun; someone else speaking ends the run. Every
 * text is written for this test.
 */
class PartyVoicesTest {
    private static final String REPORT_EN = "The trade site Boltwire reported on Monday that the carmaker Ostrand Motors would drop its seat supplier Pellwick. ";

    @Test
    void aSpokesmanNamedForTheDenyingPartyGivesTheDenialItsSubstance() {
        List<Statement> st = new EnglishExtraction().extract(REPORT_EN + "Pellwick denied the report. "
                + "\"Our contract with Ostrand runs until 2030 and we deliver every week,\" a Pellwick spokesman said.\n\n"
                + "Ostrand declined to comment. The supplier employs 900 people in two plants.");
        assertThat(about(st, "runs until 2030").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void anOfficeInAnAppositionBeforeTheNameSpeaksForTheParty() {
        List<Statement> st = new EnglishExtraction().extract(REPORT_EN + "Pellwick denied the report. "
                + "\"Our contract with Ostrand runs until 2030,\" the company's chief executive, Dana Whitlow, said in a statement.\n\n"
                + "Ostrand declined to comment. The supplier employs 900 people in two plants.");
        assertThat(about(st, "runs until 2030").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aVoiceOfAnotherBodyStaysAClaim() {
        List<Statement> st = new EnglishExtraction().extract(REPORT_EN + "Pellwick denied the report. "
                + "\"We stand by every word of our story,\" a Boltwire spokesman said.\n\n"
                + "Ostrand declined to comment. The supplier employs 900 people in two plants.");
        assertThat(about(st, "stand by every word").stance()).isEqualTo(Stance.CLAIM);
    }

    private static final String ACCUSATION_DE = "Der Naturschutzbund Weserland wirft der Färberei Tollmann vor, Farbreste in die Alme zu leiten. "
            + "Das sagte Verbandschefin Ilse Harke am Montag. ";

    @Test
    void aSpokesmanOfTheCompanyAfterItsDenialDenies() {
        List<Statement> st = GermanExtraction.extract(ACCUSATION_DE + "Tollmann wies die Vorwürfe zurück. "
                + "„Unser Abwasser wird jeden Tag gemessen“, sagte ein Sprecher des Unternehmens.\n\n"
                + "Das Umweltamt wollte sich zunächst nicht äußern. Die Färberei beschäftigt 120 Menschen.");
        assertThat(about(st, "jeden Tag gemessen").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void theAccusersOfficeHolderAfterTheDenialStaysAClaim() {
        List<Statement> st = GermanExtraction.extract(ACCUSATION_DE + "Tollmann wies die Vorwürfe zurück. "
                + "„Unsere Proben sprechen eine klare Sprache“, sagte ein Sprecher des Naturschutzbunds.\n\n"
                + "Das Umweltamt wollte sich zunächst nicht äußern. Die Färberei beschäftigt 120 Menschen.");
        assertThat(about(st, "klare Sprache").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void aWarningByTheVoiceIsAPointOfItsOwn() {
        List<Statement> st = GermanExtraction.extract(ACCUSATION_DE + "Tollmann wies die Vorwürfe zurück. "
                + "Der Naturschutzbund schade dem Ruf des Betriebs, warnte ein Sprecher des Unternehmens.\n\n"
                + "Das Umweltamt wollte sich zunächst nicht äußern. Die Färberei beschäftigt 120 Menschen.");
        assertThat(about(st, "Ruf des Betriebs").stance()).isEqualTo(Stance.CLAIM);
    }
}
