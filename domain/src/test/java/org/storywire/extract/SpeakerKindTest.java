package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What kind of speaker a name is, read from dictionary knowledge rather than from the mention alone: a surname after a
 * full name with a first name is a person, a country that speaks is its government. Every text is written for this test.
 */
class SpeakerKindTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aSurnameAfterAFullNameWithAFirstNameIsAPerson() {
        Statement s = EnglishExtraction.about(english.extract("Martin Okafor leads the dockers' union. Okafor said the strike would go on."), "strike");
        assertThat(s.speaker().canonical()).isEqualTo("Martin Okafor");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aFirstNameOnlyTheEnglishListsKnowMakesAPersonToo() {
        Statement s = EnglishExtraction.about(english.extract("Ethan Brill runs the ferry line. Brill said the fares would rise."), "fares");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aSurnameIsThePersonWhateverMentionSpeaks() {
        // no list knows "Zorya": the full name of two words is a person's, and so is its surname alone
        List<Statement> found = english.extract("Zorya Keblin said the count was fair. Keblin added that the recount was over.");
        assertThat(kinds(found)).containsOnly(SpeakerKind.PERSON);
        assertThat(EnglishExtraction.about(found, "recount").speaker().canonical()).isEqualTo("Zorya Keblin");
    }

    @Test
    void aFormOfAddressMakesAPersonAndIsNoPartOfTheName() {
        Statement dotted = english.extract("Mr. Drasko said the plant would close.").get(0);
        assertThat(dotted.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
        Statement bare = english.extract("Ms Keblin said the count was fair.").get(0);
        assertThat(bare.speaker().canonical()).isEqualTo("Keblin");
        assertThat(bare.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
        List<Statement> named = english.extract("Zorya Keblin runs the count. Ms Keblin said it was fair.");
        assertThat(EnglishExtraction.about(named, "fair").speaker().canonical()).isEqualTo("Zorya Keblin");
    }

    @Test
    void aCountryThatSpeaksIsItsGovernment() {
        assertThat(kinds(english.extract("North Korea said on Monday that the launch had been a routine test.")))
                .containsExactly(SpeakerKind.GOVERNMENT);
        assertThat(kinds(english.extract("Portugal said the border would stay open.")))
                .containsExactly(SpeakerKind.GOVERNMENT);
    }

    @Test
    void aCountryIsNoOneAPronounStandsFor() {
        List<Statement> found = english.extract("Lars Brenner visited the port on Sunday. North Korea fired a missile on Monday. "
                + "He said the launch was a provocation.");
        assertThat(EnglishExtraction.about(found, "provocation").speaker().canonical()).isEqualTo("Lars Brenner");
    }

    @Test
    void aGermanNounOfPersonsIsPersons() {
        assertThat(kinds(GermanExtraction.extract("Die Forscher erklärten, das Eis am Pol schmelze schneller als erwartet.")))
                .containsExactly(SpeakerKind.PERSON);
        assertThat(kinds(GermanExtraction.extract("Konrad Wessel leitet den Verein. Wessel sagte, der Umbau beginne im Mai.")))
                .containsExactly(SpeakerKind.PERSON);
    }

    private static List<SpeakerKind> kinds(List<Statement> statements) {
        return statements.stream().map(s -> s.speaker().kind()).toList();
    }

    @Test
    void aPersonNounGivingASexBeforeALoneNameMakesAPerson() {
        Statement s = EnglishExtraction.about(english.extract("Her father Bassel has said the hearing was unfair."), "hearing");
        assertThat(s.speaker().canonical()).isEqualTo("Bassel");
        assertThat(s.speaker().kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void theArticlesOwnPronounsMakeALoneNameAPerson() {
        List<Statement> found = english.extract("Velora is mourning the death of her cousin. Velora thanked her fans on Sunday.\n"
                + "Velora said the tour would go on.");
        assertThat(EnglishExtraction.about(found, "tour").speaker().kind()).isEqualTo(SpeakerKind.PERSON);
        // "her" as an object gives no sex, nor does one sentence alone
        List<Statement> object = english.extract("Velora told her that the tour was over. Velora said the tour would go on.");
        assertThat(EnglishExtraction.about(object, "would go on").speaker().kind()).isEqualTo(SpeakerKind.ORGANISATION);
    }
}

