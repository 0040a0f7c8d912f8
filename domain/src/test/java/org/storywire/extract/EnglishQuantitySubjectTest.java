package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A poll's share or a count opening the clause before an English reporting verb is its speaker. Sentences written for this test. */
class EnglishQuantitySubjectTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aShareOfPeopleIsTheSpeaker() {
        String text = "The ferry line lost money again. About four in 10 fishermen said they would sell their boats.";
        assertThat(english.about(english.extract(text), "sell their boats").speaker().mention()).isEqualTo("About four in 10 fishermen");
    }

    @Test
    void aPercentageAfterACommaIsTheSpeaker() {
        String text = "The ferry line lost money again. In the harbour survey, 42% say the toll is too high.";
        assertThat(english.about(english.extract(text), "toll is too high").speaker().mention()).isEqualTo("42%");
    }

    @Test
    void aFractionWithItsNounAfterAConjunctionIsTheSpeaker() {
        String text = "The ferry line lost money again. Most drivers paid the toll, but two-thirds of the pensioners said they would stay at home.";
        assertThat(english.about(english.extract(text), "stay at home").speaker().mention()).isEqualTo("two-thirds of the pensioners");
    }

    @Test
    void anAgeBetweenCommasIsNoShare() {
        String text = "The ferry line lost money again. The ferry captain, 58, said the quay was unsafe.";
        assertThat(english.about(english.extract(text), "quay was unsafe").speaker().mention()).isEqualTo("The ferry captain");
    }

    @Test
    void aQuantifierStandingAloneBeforeTheVerbIsTheSpeaker() {
        String text = "The ferry line lost money again. Some said the quay was unsafe.";
        assertThat(english.about(english.extract(text), "quay was unsafe").speaker().mention()).isEqualTo("Some");
    }

    @Test
    void aQuantifierAfterAConjunctionIsTheSpeakerOfAVerbThatIsNoNoun() {
        String text = "The ferry line lost money again, and many believe that the toll will rise.";
        assertThat(english.about(english.extract(text), "toll will rise").speaker().mention()).isEqualTo("many");
    }

    @Test
    void aFormThatIsAlsoANounIsAVerbWithAClauseBehindIt() {
        String text = "The ferry line lost money again. Some say the toll is too high.";
        assertThat(english.about(english.extract(text), "toll is too high").speaker().mention()).isEqualTo("Some");
    }

    @Test
    void aDistributiveQuantifierHeadsItsGroup() {
        String text = "The ferry line lost money again. Each side said the other would pay for the repairs.";
        assertThat(english.about(english.extract(text), "pay for the repairs").speaker().mention()).isEqualTo("Each side");
        String none = "The ferry line lost money again. None of the three skippers said when the quay would open.";
        assertThat(english.about(english.extract(none), "quay would open").speaker().mention()).isEqualTo("None of the three skippers");
    }

    @Test
    void aPluralNounAfterAQuantifierIsNoCue() {
        String text = "The ferry line lost money again. Many claims about the toll were false.";
        assertThat(english.extract(text)).isEmpty();
    }

    @Test
    void aQuantifierAfterADashOpensItsClause() {
        String text = "The ferry line lost money again. The audit was damning – many believe the harbour master has lost control.";
        assertThat(english.about(english.extract(text), "lost control").speaker().mention()).isEqualTo("many");
    }

    @Test
    void aGroupOpeningTheClauseBehindAndIsItsVerbsOwnSubject() {
        String text = "The ferry line lost money again. The harbour master denied the report, and many fishermen said the quay was unsafe.";
        assertThat(english.withCue(english.extract(text), "said").speaker().mention()).isEqualTo("many fishermen");
    }
}
