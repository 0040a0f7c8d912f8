package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that only describe the bearer of a name stay out of its canonical form: an occupation ("Actress ..."), an
 * adjective opening the sentence, a "-based" compound. Sentences written for this test.
 */
class EnglishNameOpeningTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void anOccupationBeforeANameTheArticleUsesAloneIsNoPartOfIt() {
        List<Statement> found = english.extract(
                "Tenor Vasco Arlind said the tour would go on. Vasco Arlind thanked the orchestra. “We are ready,” Arlind said.");
        assertThat(found).extracting(s -> s.speaker().canonical()).containsOnly("Vasco Arlind");
    }

    @Test
    void anAdjectiveOpeningTheSentenceDescribesTheBody() {
        List<Statement> found = english.extract("Jubilant Drelmont said the merger would wait. Drelmont declined to comment further.");
        assertThat(found).extracting(s -> s.speaker().canonical()).containsOnly("Drelmont");
        List<Statement> based = english.extract("Ohio-based Drelmont said the merger would wait. Drelmont declined to comment further.");
        assertThat(based).extracting(s -> s.speaker().canonical()).containsOnly("Drelmont");
    }

    @Test
    void aNameHeadedByACommonNounKeepsItsAdjective() {
        // "House" alone elsewhere is another body: a name whose head is a common noun keeps its first word
        List<Statement> found = english.extract("The House voted on Tuesday. The White House said the talks would resume.");
        assertThat(english.withCue(found, "said").speaker().canonical()).isNotEqualTo("House");
        // a compass word names a place with the word behind it
        List<Statement> place = english.extract("North Varland said the launch was a test. Varland declined to comment.");
        assertThat(place.get(0).speaker().canonical()).isEqualTo("North Varland");
        // a first name that is also a noun or a surname stays: "Hunter" is a name too
        List<Statement> person = english.extract("Hunter Arlind said the tour would go on. Arlind thanked the orchestra.");
        assertThat(person.get(0).speaker().canonical()).isEqualTo("Hunter Arlind");
    }

    @Test
    void aFirstNameOnlyTheEnglishListsKnowOpensTheNameBehindAnOccupation() {
        List<Statement> found = english.extract("Actress Misty Arlind said the tour would go on. Arlind thanked the orchestra.");
        assertThat(found).extracting(s -> s.speaker().canonical()).containsOnly("Misty Arlind");
    }

    @Test
    void anOccupationThatIsAlsoASurnameOrAVerbDescribesTheBearer() {
        // "Model" is also a verb, so only before a first name and a surname
        List<Statement> model = english.extract("Model Chrissy Arlind said the show would go on. Arlind thanked the designers.");
        assertThat(model).extracting(s -> s.speaker().canonical()).containsOnly("Chrissy Arlind");
        // "Singer" is also a surname, read in lower case only as a noun
        List<Statement> singer = english.extract("Singer Velora said the tour would go on. Velora thanked the fans.");
        assertThat(singer).extracting(s -> s.speaker().canonical()).containsOnly("Velora");
    }

    @Test
    void anOfficeBeforeAFirstNameIsNoPartOfTheName() {
        // the run after "of" holds the office's field and the name
        List<Statement> found = english.extract("Secretary of State Rex Arlind opened the harbour. Arlind said the quota would stay.");
        assertThat(english.withCue(found, "said").speaker().canonical()).isEqualTo("Rex Arlind");
        assertThat(english.withCue(found, "said").speaker().kind()).isEqualTo(SpeakerKind.PERSON);
        // a run headed by a common noun is no person's name, first name or not
        List<Statement> team = english.extract("Green Bay Harriers said the coach would stay. Harriers fans cheered.");
        assertThat(english.withCue(team, "said").speaker().canonical()).isEqualTo("Green Bay Harriers");
        assertThat(english.withCue(team, "said").speaker().kind()).isEqualTo(SpeakerKind.ORGANISATION);
    }

    @Test
    void aPhotoCreditGluedBeforeACaptionIsNoPartOfTheName() {
        List<Statement> found = english.extract("Associated Press Lena Voss waves to supporters in Marlow.\n"
                + "Lena Voss said on Sunday that the count was fair.\nVoss added that she would serve a full term.");
        assertThat(english.withCue(found, "said").speaker().canonical()).isEqualTo("Lena Voss");
        assertThat(english.withCue(found, "added").speaker().canonical()).isEqualTo("Lena Voss");
    }

    @Test
    void aKickerInCapitalsGluedBeforeACaptionIsNoPartOfTheName() {
        List<Statement> found = english.extract("HARBOUR DEAL Drelmont plans to buy the quay, the port authority said.\n"
                + "Drelmont said on Monday that the price was fair.");
        assertThat(found).extracting(s -> s.speaker().canonical()).contains("Drelmont").noneMatch(c -> c.contains("HARBOUR"));
        // one word in capitals spelling a common word is a page's button; an acronym stays with the name
        List<Statement> button = english.extract("CLOSE Lena Voss says the count was fair.\nVoss added that she would serve a full term.");
        assertThat(english.withCue(button, "added").speaker().canonical()).isEqualTo("Lena Voss");
        List<Statement> acronym = english.extract("UNV Harbour Board said the quay would reopen. Officials agreed.");
        assertThat(english.withCue(acronym, "said").speaker().canonical()).isEqualTo("UNV Harbour Board");
    }

    @Test
    void aTitleBetweenAnOutletAndAFirstNameIsNoPartOfTheName() {
        List<Statement> found = english.extract("The move was first reported by Varland Network Insider Milo Arlind.\n"
                + "Arlind reported that the coach would stay.");
        assertThat(found).filteredOn(s -> s.speaker().mention().contains("Insider"))
                .isNotEmpty().extracting(s -> s.speaker().canonical()).containsOnly("Milo Arlind");
    }
}
