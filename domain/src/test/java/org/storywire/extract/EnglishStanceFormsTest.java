package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English body forms of declining, denying and confirming that decide a story's status, and acts that look like them.
 * Every text is written for this test.
 */
class EnglishStanceFormsTest {
    private final EnglishExtraction english = new EnglishExtraction();

    private Stance stanceOf(String text, String words) {
        return EnglishExtraction.about(english.extract(text), words).stance();
    }

    @Test
    void aReportCalledGroundlessIsDenied() {
        assertThat(stanceOf("The bank called the allegations \"groundless\".", "groundless")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aReportCalledPureSpeculationIsDenied() {
        assertThat(stanceOf("The brewer called the report \"pure speculation\".", "speculation")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void claimsSaidToBeUntrueWithADegreeAdverbAreDenied() {
        assertThat(stanceOf("A spokeswoman said the accusations were \"wholly untrue\".", "wholly")).isEqualTo(Stance.DENIAL);
        assertThat(stanceOf("The insurer said the claims were without merit.", "merit")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void thereWillBeNoAnswersAReportedEvent() {
        assertThat(stanceOf("There will be no lockout, the employers' association said.", "lockout")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aSpokespersonSayingTheSideDoesNotCommentDeclines() {
        assertThat(stanceOf("A spokesman said the agency does not comment on personnel matters.", "personnel")).isEqualTo(Stance.NO_COMMENT);
        assertThat(stanceOf("Delmont said he was unable to comment on the case.", "unable")).isEqualTo(Stance.NO_COMMENT);
        assertThat(stanceOf("The carrier said it could not confirm the figures.", "figures")).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void neitherConfirmingNorDenyingDeclines() {
        assertThat(stanceOf("The insurer would neither confirm nor deny the figures.", "figures")).isEqualTo(Stance.NO_COMMENT);
        assertThat(stanceOf("The bank neither confirmed nor denied the claims.", "claims")).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void referringQuestionsOrTurningDownAnInterviewDeclines() {
        assertThat(stanceOf("The embassy referred questions to the foreign ministry.", "embassy")).isEqualTo(Stance.NO_COMMENT);
        assertThat(stanceOf("The coach declined a request for an interview.", "interview")).isEqualTo(Stance.NO_COMMENT);
        assertThat(stanceOf("Renshaw declined, through his lawyer, to comment.", "Renshaw")).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void admittingWhatWasReportedConfirmsIt() {
        assertThat(stanceOf("The hospital acknowledged that patient records had been lost.", "records")).isEqualTo(Stance.CONFIRMATION);
        assertThat(stanceOf("The firm admitted it had missed the deadline.", "deadline")).isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void refusingAnActDeclinesNoComment() {
        List<Statement> found = english.extract("The striking drivers refused to return to work on Monday.");
        assertThat(found).noneMatch(s -> s.stance() == Stance.NO_COMMENT);
        assertThat(stanceOf("The drivers' union refused to discuss the offer.", "discuss")).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void aNegativeForecastIsAClaim() {
        assertThat(stanceOf("The minister said wages would not fall next year.", "wages")).isEqualTo(Stance.CLAIM);
    }

    @Test
    void disputingFindingsDeniesThem() {
        assertThat(stanceOf("The mill's owners disputed the findings of the inspectors.", "inspectors")).isEqualTo(Stance.DENIAL);
    }

    @Test
    void denyingAPermitOrAnAppealIsAnActOnARequest() {
        assertThat(english.extract("The planning board denied the building permit on Tuesday.")).noneMatch(s -> s.stance() == Stance.DENIAL);
        assertThat(english.extract("The tribunal rejected the appeal of the two drivers.")).noneMatch(s -> s.stance() == Stance.DENIAL);
    }

    @Test
    void aNegativeSubjectDeclines() {
        assertThat(stanceOf("Neither the mayor nor her deputy responded to requests for comment.", "deputy")).isEqualTo(Stance.NO_COMMENT);
        assertThat(stanceOf("None of the three lenders commented on the talks.", "lenders")).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void theNameBeforeAnAppositionDeclinesThroughItsVerbGroup() {
        Statement s = EnglishExtraction.about(english.extract("Marlowe, the ferry line's owner, could not be reached for comment."), "Marlowe");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).isEqualTo("Marlowe");
    }

    @Test
    void aBodyConfirmingBarePluralReportsSpeaks() {
        Statement s = EnglishExtraction.about(english.extract("The agency confirmed rumours that its director would retire."), "retire");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(s.speaker().mention()).isEqualTo("The agency");
    }
}
