package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document speaks for the party that issued it ({@link DocumentParties}, {@link IssuedDocument}). Every text is written for this test. */
class DocumentPartyTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void theOwnerInAGenitiveSpeaksWhileTheDocumentStaysTheMention() {
        Statement s = about(GermanExtraction.extract("In einer Mitteilung der Feuerwehr heißt es, das Feuer sei in der Küche ausgebrochen."), "Feuer");
        assertThat(s.speaker().mention()).isEqualTo("einer Mitteilung der Feuerwehr");
        assertThat(s.speaker().canonical()).isEqualTo("Feuerwehr");
    }

    @Test
    void darinPointsBackToTheIssuerOfTheDocumentJustNamed() {
        List<Statement> found = GermanExtraction.extract("Die Brauerei Oldenhof verschickte am Morgen eine Pressemitteilung. "
                + "Darin heißt es, man werde die Preise vorerst nicht anheben.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Darin");
        assertThat(found.get(0).speaker().canonical()).isEqualTo("Brauerei Oldenhof");
    }

    @Test
    void aDocumentOfAnotherParagraphIsNotPointedBackTo() {
        List<Statement> found = GermanExtraction.extract("Die Brauerei Oldenhof verschickte am Morgen eine Pressemitteilung.\n\n"
                + "Darin heißt es, man werde die Preise vorerst nicht anheben.");
        assertThat(about(found, "Preise").speaker()).isNull();
    }

    @Test
    void issuingADocumentIsNoStatementButADocumentSpokenThroughIsOne() {
        assertThat(GermanExtraction.extract("Der Landrat hat den Bürgermeistern einen Brief geschrieben.")).isEmpty();
        assertThat(english.extract("Fenwick Airways issued a statement late on Sunday.")).isEmpty();
        Statement denial = about(GermanExtraction.extract("Die Molkerei Haskamp wies in einer Erklärung alle Vorwürfe zurück."), "Vorwürfe");
        assertThat(denial.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void theStatementSaidIsTheIssuersWord() {
        List<Statement> found = english.extract("Fenwick Airways issued a statement late on Sunday. "
                + "\"No flights will be cancelled,\" the statement said.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("the statement");
        assertThat(found.get(0).speaker().canonical()).isEqualTo("Fenwick Airways");
    }

    @Test
    void itSaidAfterAReportIsTheReportsIssuer() {
        Statement s = EnglishExtraction.about(english.extract("The watchdog published a report on Tuesday. It said two of the mills had polluted the river."), "mills");
        assertThat(s.speaker().canonical()).isEqualTo("The watchdog");
    }

    @Test
    void aParticipleBehindAnIssuedDocumentIsTheIssuersWord() {
        Statement s = EnglishExtraction.about(english.extract("The harbour authority released a statement Friday saying the quay was safe."), "quay");
        assertThat(s.speaker().mention()).isEqualTo("The harbour authority");
    }

    @Test
    void anEnglishOwnerBehindByOrFromSpeaks() {
        Statement s = EnglishExtraction.about(english.extract("According to a report by the inspectors, the prison was badly overcrowded."), "prison");
        assertThat(s.speaker().mention()).isEqualTo("a report by the inspectors");
        assertThat(s.speaker().canonical()).isEqualTo("the inspectors");
    }
}
