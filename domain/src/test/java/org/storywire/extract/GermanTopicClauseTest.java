package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reporting verb whose clause names a topic or a position but no said part ("äußerte sich zu dem Vorfall",
 * "sprach sich gegen die Reform aus") makes no statement; with a said part it does, and reported speech after
 * it is its speaker's. Every text is written for this test.
 */
class GermanTopicClauseTest {
    @Test
    void speakingAboutATopicSaysNothing() {
        assertThat(extract("Die Ministerin äußerte sich am Montag zu dem Vorfall in der Werft.")).isEmpty();
        assertThat(extract("Der Landrat erklärte den Bewohnern die Hintergründe der Sperrung.")).isEmpty();
    }

    @Test
    void explainingOrRecallingAThingSaysNothing() {
        assertThat(extract("Die Direktorin erläuterte den Eltern am Abend das neue Konzept der Schule.")).isEmpty();
        assertThat(extract("Hunderte Menschen erinnerten am Sonntag an die Flut vor zwanzig Jahren.")).isEmpty();
    }

    @Test
    void commentingWithoutASaidPartSaysNothing() {
        assertThat(extract("Zwei frühere Trainer kommentieren die Spiele der Saison im Radio.")).isEmpty();
        assertThat(extract("Der Landrat nahm am Freitag zu den Plänen für die Umgehungsstraße Stellung.")).isEmpty();
    }

    @Test
    void refusingToCommentIsStillAStatement() {
        assertThat(extract("Der Landrat wollte zu den Plänen für die Umgehungsstraße keine Stellung nehmen.")).hasSize(1);
        assertThat(extract("Die Reederei wollte den Bericht über die Werft nicht kommentieren.")).hasSize(1);
    }

    @Test
    void commentingWithASaidPartIsAStatement() {
        Statement s = about(extract("Der Landrat nahm am Freitag Stellung: Die Umgehungsstraße werde gebaut."), "Umgehungsstraße");
        assertThat(s.speaker().mention()).isEqualTo("Der Landrat");
    }

    @Test
    void makingKnownAPieceOfInformationWithoutGivingItSaysNothing() {
        assertThat(extract("Der Trainer gab seine Entscheidung am Freitag vor dem Training bekannt.")).isEmpty();
        assertThat(extract("Das Landgericht verkündete am Montag das Urteil gegen die drei Angeklagten.")).isEmpty();
    }

    @Test
    void aPieceOfInformationWithItsContentOrAJudgementIsAStatement() {
        assertThat(about(extract("Die Reederei bezeichnete die Entscheidung des Senats als Fehler."), "Fehler")
                .speaker().mention()).isEqualTo("Die Reederei");
        assertThat(about(extract("Der Senator begründete seine Entscheidung mit den hohen Kosten des Umbaus."), "Kosten")
                .speaker().mention()).isEqualTo("Der Senator");
    }

    @Test
    void aReflexiveVerbWithoutASaidPartSaysNothing() {
        assertThat(extract("Der Verband sprach sich am Dienstag gegen die geplante Reform aus.")).isEmpty();
    }

    @Test
    void judgingAThingSaysNothing() {
        assertThat(extract("Die Gewerkschaft kritisierte am Mittwoch die geplanten Schließungen der Filialen.")).isEmpty();
        assertThat(extract("Der Bürgermeister würdigte die Verdienste der freiwilligen Helfer.")).isEmpty();
        assertThat(extract("Der Verein hofft auf eine schnelle Einigung mit der Stadt.")).isEmpty();
    }

    @Test
    void judgingWithAPredicativeIsAStatement() {
        assertThat(about(extract("Die Gewerkschaft kritisierte die geplanten Schließungen als überhastet."), "Schließungen")
                .speaker().mention()).isEqualTo("Die Gewerkschaft");
        assertThat(extract("Von der Opposition wurde der Haushaltsplan als unsozial kritisiert.")).hasSize(1);
        assertThat(about(extract("Die Gewerkschaft kritisierte, dass die Filialen schließen sollen."), "Filialen")
                .speaker().mention()).isEqualTo("Die Gewerkschaft");
    }

    @Test
    void theSameVerbWithASaidPartIsAStatement() {
        Statement s = about(extract("Die Ministerin erklärte, die Werft werde nicht geschlossen."), "Werft");
        assertThat(s.speaker().mention()).isEqualTo("Die Ministerin");
    }

    @Test
    void reportedSpeechAfterATopicClauseIsItsSpeakers() {
        List<Statement> all = extract("Der Betriebsrat der Werft äußerte Zweifel an den Zahlen. Die Lage sei deutlich schlechter als dargestellt.");
        assertThat(all).hasSize(1);
        assertThat(about(all, "Lage").speaker().mention()).contains("Betriebsrat");
    }
}
