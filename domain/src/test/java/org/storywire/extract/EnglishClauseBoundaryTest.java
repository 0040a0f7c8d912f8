package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/**
 * English sentences holding more than one attribution, or one whose said part is bounded by the
 * clause it stands in: appositions before the verb, semicolons, fronted adverbial clauses, relative
 * clauses of the subject, coordinated verbs, participles, nominal cues and parenthetical "he said".
 * Sentences written for this test.
 */
class EnglishClauseBoundaryTest {
    private final StatementExtractor extractor = new StatementExtractor();

    private String text;

    private List<Statement> extract(String english) {
        text = english;
        return extractor.extract(new CleanArticle("e", "outlet", null, null, english, "en", Instant.parse("2023-05-12T10:00:00Z"), TimePrecision.DAY));
    }

    private String content(Statement s) {
        return text.substring(s.content().begin(), s.content().end());
    }

    private Statement withCue(List<Statement> found, String cue) {
        return found.stream().filter(s -> cue.equals(s.cue())).findFirst().orElseThrow(() -> new AssertionError("no statement with cue " + cue + ": " + found));
    }

    @Test
    void anAppositionBeforeAVerbWithAThatClauseIsNoInversion() {
        List<Statement> found = extract("Ada Voss, a professor of law at Lindhal College, said that the new harbour rules were unlawful.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).contains("Ada Voss");
        assertThat(content(found.get(0))).contains("the new harbour rules were unlawful");
    }

    @Test
    void anAppositionBeforeAVerbWithAClauseIsNoInversion() {
        List<Statement> found = extract("Per Lindqvist, a delegate from Marlow County, said the turmoil at the congress was staged.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).contains("Per Lindqvist");
    }

    @Test
    void anAppositionBeforeATransitiveVerbIsNoInversion() {
        List<Statement> found = extract("Ada Voss, a physician from Marlow and longtime union activist, accused the harbour board of hiding the figures.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).contains("Ada Voss");
    }

    @Test
    void aSemicolonEndsWhatWasSaidAndTheNextClauseHasItsOwnStatement() {
        List<Statement> found = extract("Six in ten members said they were tired of the dispute; 40 percent said they wanted a new board.");
        assertThat(found).hasSize(2);
        assertThat(content(found.get(0))).contains("tired of the dispute").doesNotContain("new board");
        assertThat(content(found.get(1))).contains("they wanted a new board");
    }

    @Test
    void aFrontedAdverbialClauseEndsBeforeTheMainClause() {
        List<Statement> found = extract("After Ada Voss accused him of lying, Tom Reed warned, “We will see each other in court.”");
        assertThat(found).hasSize(2);
        Statement warned = withCue(found, "warned");
        assertThat(warned.speaker().mention()).isEqualTo("Tom Reed");
        assertThat(content(warned)).contains("We will see each other in court");
        assertThat(content(withCue(found, "accused"))).doesNotContain("court");
    }

    @Test
    void aFrontedPrepositionWithAGerundEndsBeforeTheMainClause() {
        List<Statement> found = extract("Despite criticizing the harbour board, Tom Reed said he could work with its members.");
        assertThat(found).hasSize(2);
        assertThat(content(withCue(found, "said"))).contains("he could work with its members");
    }

    @Test
    void aParticipleAfterAQuotationClosingOnACommaIsAStatementOfItsOwn() {
        List<Statement> found = extract("Ada Voss criticized the board for the pier she called “a disgrace,” saying the members had not visited the harbour.");
        assertThat(found).hasSize(2);
        assertThat(content(withCue(found, "saying"))).contains("the members had not visited the harbour");
    }

    @Test
    void aQuotationBehindACoordinatedVerbIsThatVerbs() {
        List<Statement> found = extract("Ada Voss said it was too early to count the votes but added, “We have a good feeling about this.”");
        assertThat(found).hasSize(2);
        assertThat(content(withCue(found, "said"))).contains("too early").doesNotContain("good feeling");
        assertThat(content(withCue(found, "added"))).contains("We have a good feeling");
    }

    @Test
    void aCueInARelativeClauseOfTheSubjectEndsBeforeTheMainVerb() {
        List<Statement> found = extract("Tom Reed, who had questioned whether the pier was safe, said on Friday that it would reopen in May.");
        Statement said = withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Tom Reed");
        assertThat(content(said)).contains("it would reopen in May");
    }

    @Test
    void aVerbListedWithAParticleStillReportsAThatClause() {
        List<Statement> found = extract("The harbour court ruled that the fishermen can keep their licences.");
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0))).contains("the fishermen can keep their licences");
    }

    @Test
    void aParticipleWithAThatClauseOpeningOnAnAdjunctIsAStatementOfItsOwn() {
        List<Statement> found = extract("Ada Voss defended the harbour plan, saying that as mayor, she would keep the pier open.");
        assertThat(found).hasSize(2);
        assertThat(content(withCue(found, "saying"))).contains("she would keep the pier open");
        assertThat(content(withCue(found, "defended"))).doesNotContain("pier open");
    }

    @Test
    void aParticiplesQuotationMayFollowAnAdjunctsComma() {
        List<Statement> found = extract("Tom Reed mocked the harbour plan, saying at one point, “Nobody will ever moor a boat there.”");
        assertThat(found).hasSize(2);
        assertThat(content(withCue(found, "saying"))).contains("Nobody will ever moor a boat there");
    }

    @Test
    void aStatementNounBehindAPossessiveAttributesItsThatClause() {
        List<Statement> found = extract("Her warning that the pier would collapse went unheeded for months.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).isEqualTo("warning");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Her");
        assertThat(content(found.get(0))).contains("the pier would collapse");
        assertThat(extract("The warning that the pier would collapse went unheeded for months.")).isEmpty();
    }

    @Test
    void aQuestionQuotedBeforeItsSpeakerIsWhatTheSpeakerSaid() {
        // the sentence detector ends a sentence at "?”", the attribution stands in the next one
        List<Statement> found = extract("The pier stayed shut. “Who would moor a boat there?” Tom Reed said on Monday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Tom Reed");
        assertThat(content(found.get(0))).isEqualTo("“Who would moor a boat there?”");
    }

    @Test
    void aQuotationInsideAFrontedPhraseIsNoSaidPartOfTheVerbAfterIt() {
        List<Statement> found = extract("Mocking the “harbour plan,” Tom Reed accused the board of wasting money.");
        Statement accused = withCue(found, "accused");
        assertThat(accused.attribution()).isEqualTo(Attribution.INDIRECT_SPEECH);
        assertThat(content(accused)).contains("the board of wasting money");
    }

    @Test
    void pointingOutIsReporting() {
        List<Statement> found = extract("“The harbour has been empty since May,” Ada Voss pointed out.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).cue()).isEqualTo("pointed out");
        assertThat(found.get(0).speaker().mention()).isEqualTo("Ada Voss");
    }

    @Test
    void aParentheticalSpeakerAttributesTheClauseBeforeIt() {
        List<Statement> found = extract("Sales were excellent this summer, Tom Reed said, wiping his brow.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Tom Reed");
        assertThat(content(found.get(0))).contains("Sales were excellent this summer").doesNotContain("wiping");
    }

    @Test
    void aParentheticalSpeakerFollowedByAReasonLeavesTheReasonItsOwnStatement() {
        List<Statement> found = extract("A clear win is vital, Tom Reed said after the meeting, because he said the board would block him otherwise.");
        assertThat(found).hasSize(2);
        assertThat(content(found.get(0))).contains("A clear win is vital").doesNotContain("block him");
        assertThat(content(found.get(1))).contains("the board would block him otherwise");
    }
}
