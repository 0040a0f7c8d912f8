package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Landrat sieht keinen Grund für Rücktritt", "Das Bauamt sieht keinen Handlungsbedarf": seeing no reason, need or danger
 * is an assessment in a German title or a short teaser, a statement of the subject; the negative article opens the
 * object and does not negate the verb, so it is no refusal to comment. Every text is invented.
 */
class GermanSeesNoReasonTest {
    private static Statement by(List<Statement> statements, String speaker) {
        return statements.stream().filter(s -> s.speaker() != null && s.speaker().mention().contains(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement by " + speaker + " in " + statements));
    }

    @Test
    void seeingNoNeedInATeaserIsTheSubjectsStatementNotANoComment() {
        List<Statement> found = extract("Risse in der Talbrücke bei Hollfeld", "Das Landesbauamt sieht keinen Handlungsbedarf.");
        assertThat(by(found, "Landesbauamt").stance()).isNotEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void seeingNoDangerInATitleIsAStatement() {
        List<Statement> found = extract("Umweltministerin sieht keine Gefahr durch Algenblüte", "Das Baden bleibt an allen Seen erlaubt.");
        assertThat(by(found, "Umweltministerin").stance()).isNotEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void seeingSomethingWithoutANegativeArticleIsNoCue() {
        List<Statement> found = extract("Sternschnuppen über Brandenau", "Hunderte Zuschauer sahen die Meteore am Nachthimmel.");
        assertThat(found).noneMatch(s -> s.speaker() != null && s.speaker().mention().contains("Zuschauer"));
    }

    @Test
    void runningTextKeepsTheVerbForPerception() {
        String text = "Der Zug hielt am Morgen in Waldau. Die Schaffnerin ging durch alle Wagen. Sie sah keine Fahrgäste mehr. "
                + "Dann fuhr der Zug ins Depot.";
        assertThat(extract(text)).noneMatch(s -> s.speaker() != null && s.speaker().mention().contains("Sie"));
    }
}
