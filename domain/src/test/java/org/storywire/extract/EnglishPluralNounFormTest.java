package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A form found by its lemma that reads as a plural noun and as a third-person verb ("states", "tweets") reports only
 * behind a word that can end a singular subject; a lemma that is the past of another verb ("found", past of "find")
 * lends its cue to no form of its own verb ("founded"). Sentences written for this test.
 */
class EnglishPluralNounFormTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aPluralNounInAppositionIsNoCue() {
        List<Statement> found = english.extract("The mayor toured Varnholm and Lessby, states that vote in April, on Monday.");
        assertThat(found).isEmpty();
        found = english.extract("Ferries will stop in both states that vote in April.");
        assertThat(found).isEmpty();
    }

    @Test
    void aPluralNounBehindAnAdjectiveIsNoCue() {
        assertThat(english.extract("Pilots from earlier states, the union said, had won the case.")).extracting(Statement::cue).doesNotContain("states");
        assertThat(english.extract("The harbour board visited smaller states before the vote.")).isEmpty();
    }

    @Test
    void theVerbBehindASingularSubjectStillReports() {
        assertThat(english.extract("It states that ferries must stop at the quay.")).extracting(Statement::cue).containsExactly("states");
        assertThat(english.extract("Varga also states that ferries must stop at the quay.")).extracting(Statement::cue).containsExactly("states");
        assertThat(english.extract("Varga states that ferries must stop at the quay.")).extracting(Statement::cue).containsExactly("states");
    }

    @Test
    void aNounWithTheTopicOfWhatWasSaidKeepsItsReading() {
        // "questions about ...": PolNeAR annotates such nominal cues, so the form keeps the reading it had
        assertThat(english.extract("The mayor drew attacks over the quay plan.")).extracting(Statement::cue).containsExactly("attacks");
        assertThat(english.extract("The mayor drew attacks in May.")).isEmpty();
    }

    @Test
    void foundingIsNoFinding() {
        assertThat(english.extract("Tom Varga founded the ferry company in 1987.")).isEmpty();
        assertThat(english.extract("The ferry company was founded in 1987 by Tom Varga.")).isEmpty();
        assertThat(english.extract("An audit found that the ferry company lost money.")).extracting(Statement::cue).containsExactly("found");
    }
}
