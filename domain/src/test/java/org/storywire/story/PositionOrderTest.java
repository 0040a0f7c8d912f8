package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/** Which of a party's positions is its latest: fold order, but a denial holds within the report that gives it. */
class PositionOrderTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private static Position of(Stance stance, String article, Instant at, int ordinal) {
        return new Position("Nordholm", stance, Standing.PARTY, "Arvid Lensing", article, at, ordinal);
    }

    @Test
    void aClaimAfterADenialInTheSameReportLeavesTheDenial() {
        Position denial = of(Stance.DENIAL, "a2", MONDAY, 0);
        Position claim = of(Stance.CLAIM, "a2", MONDAY, 1);
        assertThat(Position.later(denial, claim)).isSameAs(denial);
        assertThat(Position.later(claim, denial)).as("whatever the order of arrival").isSameAs(denial);
        assertThat(Position.later(of(Stance.NO_COMMENT, "a2", MONDAY, 2), denial)).isSameAs(denial);
    }

    @Test
    void aLaterStatementOrReportStillRevokesADenial() {
        Position denial = of(Stance.DENIAL, "a2", MONDAY, 3);
        Position nextDay = of(Stance.CLAIM, "a2", MONDAY.plusSeconds(86_400), 0);
        Position nextReport = of(Stance.CONFIRMATION, "a3", MONDAY, 0);
        assertThat(Position.later(denial, nextDay)).isSameAs(nextDay);
        assertThat(Position.later(nextReport, denial)).isSameAs(nextReport);
        Position claim = of(Stance.CLAIM, "a2", MONDAY, 0);
        Position laterClaim = of(Stance.CLAIM, "a2", MONDAY, 5);
        assertThat(Position.later(claim, laterClaim)).as("between claims, the offset decides").isSameAs(laterClaim);
    }

    @Test
    void aRefusalRecalledAfterAConfirmationInTheSameReportLeavesTheConfirmation() {
        // "Das Ministerium bestätigte den Bericht. ... Es hatte ihn zunächst nicht bestätigen wollen."
        Position confirmation = of(Stance.CONFIRMATION, "a2", MONDAY, 0);
        Position refusal = of(Stance.NO_COMMENT, "a2", MONDAY, 4);
        assertThat(Position.later(confirmation, refusal)).isSameAs(confirmation);
        assertThat(Position.later(refusal, confirmation)).as("whatever the order of arrival").isSameAs(confirmation);
        Position claim = of(Stance.CLAIM, "a2", MONDAY, 1);
        assertThat(Position.later(claim, refusal)).isSameAs(claim);
        assertThat(Position.later(refusal, claim)).isSameAs(claim);
        assertThat(Position.later(refusal, of(Stance.NO_COMMENT, "a3", MONDAY, 0))).as("a refusal in a later report still counts")
                .extracting(Position::articleId).isEqualTo("a3");
    }
}
