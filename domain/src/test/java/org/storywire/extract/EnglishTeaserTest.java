package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English teasers (a headline and a sentence or two): the forms news leads take. Sentences written for this test. */
class EnglishTeaserTest {
    private final EnglishExtraction english = new EnglishExtraction();

    private static String in(String text, Span span) {
        return text.substring(span.begin(), span.end());
    }

    @Test
    void aCueClosingTheSentenceAfterItsCommaIsTheCueOfTheClauseBeforeIt() {
        String body = "Divers have found no trace of the missing barge, the coast guard said on Sunday.";
        List<Statement> statements = english.extract(null, body);
        assertThat(statements).hasSize(1);
        Statement s = statements.get(0);
        assertThat(s.cue()).isEqualTo("said");
        assertThat(s.speaker().mention()).isEqualTo("the coast guard");
        // the whole sentence stays the content: grouping reads the divers and the barge from it
        assertThat(in(body, s.content())).isEqualTo("Divers have found no trace of the missing barge, the coast guard said on Sunday");
    }

    @Test
    void aCueWithAnObjectAfterItIsNoClosingCue() {
        // "told the board that ...": what follows the verb is what was said, so the earlier cue keeps its own statement
        String body = "Engineers found cracks in the dam, the mayor told the board that the town was safe.";
        assertThat(english.extract(null, body)).extracting(Statement::cue).contains("found");
    }

    @Test
    void aHeadlineQuotedInSingleMarksIsTheQuotationAndTheRoleAfterTheVerbItsSpeaker() {
        String title = "'We will keep the ferry running', says harbour chief";
        List<Statement> statements = english.extract(title, "The harbour master of Lindhal spoke to the crews on Monday.");
        Statement s = statements.stream().filter(x -> x.sentenceText().equals(title)).findFirst().orElseThrow();
        assertThat(in(title, s.content())).isEqualTo("'We will keep the ferry running'");
        assertThat(s.attribution()).isEqualTo(Attribution.DIRECT_QUOTE);
        assertThat(s.speaker().mention()).isEqualTo("harbour chief");
    }

    @Test
    void aRoleWithoutArticleBehindAnInvertedVerbIsTheSpeaker() {
        List<Statement> statements = english.extract(null, "\"The pier is safe,\" says harbour chief. \"The ferry runs,\" says port spokesman Ole Brandt.");
        assertThat(statements).extracting(s -> s.speaker() == null ? null : s.speaker().mention())
                .containsExactly("harbour chief", "port spokesman Ole Brandt");
    }

    @Test
    void aChiefExecutiveResolvesToThePersonNamed() {
        List<Statement> statements = english.extract(null, "Chief Executive Ole Brandt said the ferry would run again in May.");
        assertThat(statements.get(0).speaker().canonical()).isEqualTo("Ole Brandt");
    }

    @Test
    void aPluralPossessiveBeforeTheHeadIsPartOfTheSpeaker() {
        List<Statement> statements = english.extract("Dockers strike at Pellmouth", "The dockworkers' union said the strike would last until Friday.");
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("The dockworkers' union"));
    }

    @Test
    void anOfficeNamedByTwoRoleWordsIsBothWords() {
        List<Statement> statements = english.extract("Bramley Foods to cut 400 jobs", "Bramley Foods will cut 400 jobs at its Kettering site, its chief executive said on Tuesday.");
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.speaker().canonical()).isEqualTo("chief executive"));
    }

    @Test
    void aTitleCaseHeadlineDenyingPlansIsADenialAndRejectingAPlanIsNot() {
        List<Statement> statements = english.extract("Harlow Motors Denies Plans To Close Plant", "The town council rejected the plan to close the pool.");
        assertThat(statements).filteredOn(s -> s.sentenceText().contains("Denies")).singleElement()
                .satisfies(s -> assertThat(s.stance()).isEqualTo(Stance.DENIAL));
        assertThat(statements).filteredOn(s -> s.sentenceText().contains("rejected")).allSatisfy(s -> assertThat(s.stance()).isEqualTo(Stance.CLAIM));
    }

    @Test
    void aNewspaperNamedWithATimeWordIsTheSpeakerNotTheNameBeforeTheComma() {
        List<Statement> statements = english.extract(null, "Calder United are in talks to sign striker Jonah Pell, the Evening Ledger reported on Friday.");
        assertThat(statements).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("the Evening Ledger"));
    }
}
