package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying in second place whose clause, behind its subject, closes with a comma before a content clause ("dass",
 * "ob", a "zu" infinitive) says that clause; what stands before the verb is an adverbial or an object, not a said part it
 * closes. Invented sentences.
 */
class GermanComplementBehindSubjectTest {
    @Test
    void aFieldEndingInAClauseOfItsOwnIsNoSaidPart() {
        String text = "Auf den Vorwurf der Opposition, es handele sich um einen Trick, entgegnete der Sprecher, dass die Anwohner beteiligt werden sollen.";
        Statement s = about(extract(text), "entgegnete");
        assertThat(content(s, text)).isEqualTo("dass die Anwohner beteiligt werden sollen");
        assertThat(s.speaker().mention()).isEqualTo("der Sprecher");
    }

    @Test
    void aFieldEndingInAQuotedTitleIsNoSaidPart() {
        String text = "Bereits am Dienstag nach der Vorstellung des Buches „Der lange Weg“ meldete der Sender Radio Nord, dass das Buch gut verkauft werde.";
        Statement s = about(extract(text), "meldete");
        assertThat(content(s, text)).isEqualTo("dass das Buch gut verkauft werde");
        assertThat(s.speaker().mention()).isEqualTo("der Sender Radio Nord");
    }

    @Test
    void aFrontedQuestionIsNoSaidPartWhenTheVerbTakesADassClause() {
        String text = "Warum die Wahl auf das Dorf Ellern fiel, begründete das Gericht mit dem Hinweis darauf, dass die Zeugen dort wohnten.";
        assertThat(content(about(extract(text), "begründete"), text)).isEqualTo("dass die Zeugen dort wohnten");
    }

    @Test
    void aZuInfinitiveBehindTheParticleIsWhatWasSaid() {
        String text = "Nach der langen Sitzung am Abend, die bis in die Nacht dauerte, kündigte die Ministerin an, die Schule zu schließen.";
        assertThat(content(about(extract(text), "kündigte"), text)).isEqualTo("die Schule zu schließen");
    }

    @Test
    void aQuotationBeforeTheVerbStaysTheSaidPartWithoutAContentClauseBehind() {
        String text = "„Wir bleiben hier“, sagte der Trainer, ohne Einzelheiten zu nennen.";
        List<Statement> statements = extract(text);
        assertThat(content(about(statements, "Trainer"), text)).isEqualTo("„Wir bleiben hier“");
    }

    @Test
    void aSaidPartBeforeTheVerbStaysWithAVerbJoinedByUnd() {
        String text = "Die Schließung sei ein Fehler, sagte die Ministerin und kündigte an, dass sie klagen werde.";
        List<Statement> statements = extract(text);
        assertThat(statements).anySatisfy(s -> assertThat(content(s, text)).isEqualTo("Die Schließung sei ein Fehler"));
    }
}
