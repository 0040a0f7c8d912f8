package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English sentences holding more than one attribution, or one whose said part is bounded by the
 * clause it stands in: appositions before the verb, semicolons, fronted adverbial clauses, relative
 * clauses of the subject, coordinated verbs, participles, nominal cues and parenthetical "he said".
 * Sentences written for this test.
 */
class EnglishClauseBoundaryTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void anAppositionBeforeAVerbWithAThatClauseIsNoInversion() {
        List<Statement> found = english.extract("Ada Voss, a professor of law at Lindhal College, said that the new harbour rules were unlawful.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).contains("Ada Voss");
        assertThat(english.content(found.get(0))).contains("the new harbour rules were unlawful");
    }

    @Test
    void anAppositionBeforeAVerbWithAClauseIsNoInversion() {
        List<Statement> found = english.extract("Per Lindqvist, a delegate from Marlow County, said the turmoil at the congress was staged.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).contains("Per Lindqvist");
    }

    @Test
    void anAppositionBeforeATransitiveVerbIsNoInversion() {
        List<Statement> found = english.extract("Ada Voss, a physician from Marlow and longtime union activist, accused the harbour board of hiding the figures.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).contains("Ada Voss");
    }

    @Test
    void aSemicolonEndsWhatWasSaidAndTheNextClauseHasItsOwnStatement() {
        List<Statement> found = english.extract("Six in ten members said they were tired of the dispute; 40 percent said they wanted a new board.");
        assertThat(found).hasSize(2);
        assertThat(english.content(found.get(0))).contains("tired of the dispute").doesNotContain("new board");
        assertThat(english.content(found.get(1))).contains("they wanted a new board");
    }

    @Test
    void aFrontedAdverbialClauseEndsBeforeTheMainClause() {
        List<Statement> found = english.extract("After Ada Voss accused him of lying, Tom Reed warned, “We will see each other in court.”");
        assertThat(found).hasSize(2);
        Statement warned = english.withCue(found, "warned");
        assertThat(warned.speaker().mention()).isEqualTo("Tom Reed");
        assertThat(english.content(warned)).contains("We will see each other in court");
        assertThat(english.content(english.withCue(found, "accused"))).doesNotContain("court");
    }

    @Test
    void aFrontedPrepositionWithAGerundEndsBeforeTheMainClause() {
        List<Statement> found = english.extract("Despite criticizing the harbour board, Tom Reed said he could work with its members.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "said"))).contains("he could work with its members");
    }

    @Test
    void aRelativeClauseInsideAFrontedPhraseEndsBeforeTheMainClause() {
        List<Statement> found = english.extract("Like other bakery owners who fear a slump in sales, Piet Holm said he was adding a new counter.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "fear"))).isEqualTo("a slump in sales");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Piet Holm");
        assertThat(english.content(said)).isEqualTo("he was adding a new counter");
    }

    @Test
    void aSubordinateClauseAfterAFrontedAdverbialEndsBeforeTheMainClause() {
        List<Statement> found = english.extract("Late on Friday, after Ada Voss accused him of lying, Tom Reed said the audit was complete.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "accused"))).doesNotContain("audit");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Tom Reed");
        assertThat(english.content(said)).isEqualTo("the audit was complete");
    }

    @Test
    void aVerbAfterACommaAndThenSharesTheSubject() {
        List<Statement> found = english.extract("Ada Voss thanked the volunteers, then said the harbour fair would return next year.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "thanked"))).isEqualTo("the volunteers");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Ada Voss");
        assertThat(english.content(said)).isEqualTo("the harbour fair would return next year");
    }

    @Test
    void aParticipleInsideAFrontedPhraseEndsBeforeTheMainClause() {
        List<Statement> found = english.extract("Two weeks after announcing her support for the harbour board, Ada Voss still believes that its members never visited the pier.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "announcing"))).doesNotContain("pier");
        assertThat(english.content(english.withCue(found, "believes"))).contains("its members never visited the pier");
    }

    @Test
    void aParticipleAfterAQuotationClosingOnACommaIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("Ada Voss criticized the board for the pier she called “a disgrace,” saying the members had not visited the harbour.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "saying"))).contains("the members had not visited the harbour");
    }

    @Test
    void aQuotationBehindACoordinatedVerbIsThatVerbs() {
        List<Statement> found = english.extract("Ada Voss said it was too early to count the votes but added, “We have a good feeling about this.”");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "said"))).contains("too early").doesNotContain("good feeling");
        assertThat(english.content(english.withCue(found, "added"))).contains("We have a good feeling");
    }

    @Test
    void aCueInARelativeClauseOfTheSubjectEndsBeforeTheMainVerb() {
        List<Statement> found = english.extract("Tom Reed, who had questioned whether the pier was safe, said on Friday that it would reopen in May.");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Tom Reed");
        assertThat(english.content(said)).contains("it would reopen in May");
    }

    @Test
    void aVerbListedWithAParticleStillReportsAThatClause() {
        List<Statement> found = english.extract("The harbour court ruled that the fishermen can keep their licences.");
        assertThat(found).hasSize(1);
        assertThat(english.content(found.get(0))).contains("the fishermen can keep their licences");
    }

    @Test
    void aParticipleWithAThatClauseOpeningOnAnAdjunctIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("Ada Voss defended the harbour plan, saying that as mayor, she would keep the pier open.");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "saying"))).contains("she would keep the pier open");
        assertThat(english.content(english.withCue(found, "defended"))).doesNotContain("pier open");
    }

    @Test
    void aParticiplesQuotationMayFollowAnAdjunctsComma() {
        List<Statement> found = english.extract("Tom Reed mocked the harbour plan, saying at one point, “Nobody will ever moor a boat there.”");
        assertThat(found).hasSize(2);
        assertThat(english.content(english.withCue(found, "saying"))).contains("Nobody will ever moor a boat there");
    }

    @Test
    void aStatementNounBehindAPossessiveAttributesItsThatClause() {
        List<Statement> found = english.extract("Her warning that the pier would collapse went unheeded for months.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).isEqualTo("warning");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Her");
        assertThat(english.content(found.get(0))).contains("the pier would collapse");
        assertThat(english.extract("The warning that the pier would collapse went unheeded for months.")).isEmpty();
    }

    @Test
    void aQuestionQuotedBeforeItsSpeakerIsWhatTheSpeakerSaid() {
        // the sentence detector ends a sentence at "?”", the attribution stands in the next one
        List<Statement> found = english.extract("The pier stayed shut. “Who would moor a boat there?” Tom Reed said on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Tom Reed");
        assertThat(english.content(found.get(0))).isEqualTo("“Who would moor a boat there?”");
    }

    @Test
    void aQuotationInsideAFrontedPhraseIsNoSaidPartOfTheVerbAfterIt() {
        List<Statement> found = english.extract("Mocking the “harbour plan,” Tom Reed accused the board of wasting money.");
        Statement accused = english.withCue(found, "accused");
        assertThat(accused.attribution()).isEqualTo(Attribution.INDIRECT_SPEECH);
        assertThat(english.content(accused)).contains("the board of wasting money");
    }

    @Test
    void pointingOutIsReporting() {
        List<Statement> found = english.extract("“The harbour has been empty since May,” Ada Voss pointed out.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).isEqualTo("pointed out");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Ada Voss");
    }

    @Test
    void aParentheticalSpeakerAttributesTheClauseBeforeIt() {
        List<Statement> found = english.extract("Sales were excellent this summer, Tom Reed said, wiping his brow.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Tom Reed");
        assertThat(english.content(found.get(0))).contains("Sales were excellent this summer").doesNotContain("wiping");
    }

    @Test
    void aNounPhraseInAppositionBehindAParentheticalSpeakerLeavesTheClauseBeforeAsWhatWasSaid() {
        Statement s = single(english.extract("Ferries from the north quay would be rerouted for the summer, Ada Voss said, a change that the council approved in May."));
        assertThat(s.speaker().mention()).isEqualTo("Ada Voss");
        assertThat(english.content(s)).contains("Ferries from the north quay would be rerouted").doesNotContain("the council approved");
    }

    @Test
    void aPrepositionalPhraseBehindAParentheticalSpeakerIsNoPartOfWhatWasSaid() {
        Statement s = single(english.extract("The crews were unable to reach the island, he said, on condition of anonymity."));
        assertThat(english.content(s)).contains("The crews were unable to reach the island").doesNotContain("anonymity");
    }

    @Test
    void aFrontedPhraseWithoutAVerbLeavesTheClauseBehindTheParentheticalSpeaker() {
        Statement s = single(english.extract("In Bergen, he said, the ferries had stopped running."));
        assertThat(english.content(s)).isEqualTo("the ferries had stopped running");
        Statement infinitive = single(english.extract("It is the harbour master's job, he said, to warn the crews about the storm."));
        assertThat(english.content(infinitive)).contains("to warn the crews");
    }

    private static Statement single(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aParentheticalSpeakerFollowedByAReasonLeavesTheReasonItsOwnStatement() {
        List<Statement> found = english.extract("A clear win is vital, Tom Reed said after the meeting, because he said the board would block him otherwise.");
        assertThat(found).hasSize(2);
        assertThat(english.content(found.get(0))).contains("A clear win is vital").doesNotContain("block him");
        assertThat(english.content(found.get(1))).contains("the board would block him otherwise");
    }

    @Test
    void aReportingVerbInARelativeClauseOfTheObjectIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("Tom Reed blasted the ferry schedule, which he said leaves thousands of commuters stranded.");
        assertThat(found).hasSize(2);
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("he");
        assertThat(english.content(said)).isEqualTo("leaves thousands of commuters stranded");
        assertThat(english.content(english.withCue(found, "blasted"))).isEqualTo("the ferry schedule");
    }

    @Test
    void aRelativeClauseAfterAPrepositionEndsTheObjectBeforeThePreposition() {
        List<Statement> found = english.extract("Ada Voss mentioned a report in which county officials said the pier was unsafe.");
        assertThat(found).hasSize(2);
        assertThat(english.withCue(found, "said").speaker().mention()).isEqualTo("county officials");
        assertThat(english.content(english.withCue(found, "mentioned"))).isEqualTo("a report");
    }

    @Test
    void aCoordinatedClauseWithItsOwnSubjectAndReportingVerbIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("A ferry captain asked for a delay and Ada Voss said, “We cannot wait another week.”");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Ada Voss");
        assertThat(english.content(said)).isEqualTo("“We cannot wait another week.”");
    }

    @Test
    void aCoordinatedVerbAfterAnAuxiliaryKeepsTheSubjectAndHasItsOwnStatement() {
        List<Statement> found = english.extract("Ada Voss has expressed concerns about the pier but has repeatedly said she wants it to reopen soon.");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Ada Voss");
        assertThat(english.content(said)).isEqualTo("she wants it to reopen soon");
        assertThat(english.content(english.withCue(found, "expressed"))).doesNotContain("reopen");
    }

    @Test
    void aReportingVerbInATemporalClauseIsAStatementOfItsOwn() {
        List<Statement> found = english.extract("Tom Reed criticized the ferry plan while Ada Voss said the harbour could not pay for it.");
        assertThat(found).hasSize(2);
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Ada Voss");
        assertThat(english.content(said)).isEqualTo("the harbour could not pay for it");
        assertThat(english.content(english.withCue(found, "criticized"))).isEqualTo("the ferry plan");
    }

    @Test
    void aReportingVerbInAConditionalClauseStaysInsideTheMainStatement() {
        List<Statement> found = english.extract("Tom Reed criticized the ferry plan if Ada Voss says the harbour cannot pay for it.");
        assertThat(found).hasSize(1);
    }
}
