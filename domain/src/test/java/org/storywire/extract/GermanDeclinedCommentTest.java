package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Declining to comment as German headlines say it, with the noun of a comment and no verb: "Kein Kommentar vom
 * Ministerium". Every text is written for this test.
 */
class GermanDeclinedCommentTest {
    private static final String TEASER = "Die Reederei Holmsand soll Löhne zu spät gezahlt haben.";

    @Test
    void noCommentFromASourceInATitle() {
        Statement s = about(extract("Kein Kommentar vom Hafenamt", TEASER), "Kein Kommentar");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().canonical()).isEqualTo("Hafenamt");
    }

    @Test
    void theSourceEndsWhereTheTopicBegins() {
        Statement s = about(extract("Keine Stellungnahme von Holmsand zu den Löhnen", TEASER), "Stellungnahme");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).isEqualTo("Holmsand");
    }

    @Test
    void aCommentThatWasGivenOrAskedForIsNoDecline() {
        assertThat(extract("Der Kommentar des Reedereichefs sorgte im Hafen für Unruhe.")).noneMatch(s -> s.stance() == Stance.NO_COMMENT);
        assertThat(extract("Die Gewerkschaft forderte eine Stellungnahme der Reederei.")).noneMatch(s -> s.stance() == Stance.NO_COMMENT);
        assertThat(extract("Es gab keinen Kommentar.")).isEmpty();
        assertThat(extract("Kein Kommentar aus Prinzip.")).isEmpty();
    }

    /** A comment not given is declined, as "keine Stellung nahm" is (DESIGN.md): the body form with a verb, {@link RefusedComment}. */
    @Test
    void aCommentNotGivenInTheBodyIsDeclined() {
        Statement s = about(extract("Die Reederei hat bislang keinen Kommentar zu den Vorwürfen abgegeben."), "Kommentar");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).isEqualTo("Die Reederei");
    }
}
