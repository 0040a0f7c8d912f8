package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A role of the other sex ("ein Sprecher" after a named "Sprecherin") is someone else, not the role's holder named before (SpeakerResolver). Texts written for this test. */
class RoleOfTheOtherSexTest {
    @Test
    void aSpokesmanIsNotTheSpokeswomanNamedBefore() {
        List<Statement> st = GermanExtraction.extract("Die Messwerte lägen weit über dem Grenzwert, sagte Naturschutzbund-Sprecherin Jana Voss. "
                + "„Unser Abwasser wird jeden Tag gemessen“, sagte ein Sprecher des Unternehmens.");
        assertThat(about(st, "jeden Tag gemessen").speaker().canonical()).isNotEqualTo("Jana Voss");
    }

    @Test
    void aDefiniteRoleStillPointsBackToItsHolder() {
        List<Statement> st = GermanExtraction.extract("Die Messwerte lägen weit über dem Grenzwert, sagte Naturschutzbund-Sprecherin Jana Voss. "
                + "Der Verband habe Anzeige erstattet, sagte die Sprecherin.");
        assertThat(about(st, "Anzeige erstattet").speaker().canonical()).isEqualTo("Jana Voss");
    }
}
