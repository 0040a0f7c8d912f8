package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A speaker with an apposition set off by commas ("der Leiter der Behörde, Jonas Kern,") keeps the reporting verb
 * in its clause: the comma before the verb closes the apposition, not a said part. Every text is written for this test.
 */
class GermanAppositionTest {
    @Test
    void anOpeningPhraseWithAGenitiveAndAnAppositionIsTheSubjectOfTheVerbAfterIt() {
        String text = "Der Sprecher der Stadtwerke, Udo Hallmann, würdigte die Arbeit der Feuerwehr als vorbildlich.";
        Statement s = about(extract(text), "vorbildlich");
        assertThat(s.speaker().mention()).isEqualTo("Udo Hallmann");
        assertThat(content(s, text)).contains("Arbeit der Feuerwehr");
    }

    @Test
    void aParticleBehindTheAppositionClosesTheVerbsClause() {
        String announced = "Am Morgen gab der Leiter der Wasserwacht, Anton Birkner, bekannt, dass die Suche eingestellt werde.";
        Statement a = about(extract(announced), "Suche");
        assertThat(content(a, announced)).isEqualTo("dass die Suche eingestellt werde");
        assertThat(a.speaker().mention()).startsWith("der Leiter");

        String after = "Vor der Landung ging kein Funkspruch ein, teilte später der Direktor der Flugaufsicht, Ralf Emmerich, mit.";
        Statement b = about(extract(after), "Funkspruch");
        assertThat(content(b, after)).isEqualTo("Vor der Landung ging kein Funkspruch ein");
        assertThat(b.speaker().mention()).startsWith("der Direktor");
    }

    @Test
    void aCommaRightBehindTheVerbClosesItsClauseSoTheVerbIsNotInverted() {
        String text = "Zuvor hatte ein Sprecher der Reederei, Piet Janssen, erklärt, die Fähre werde am Abend auslaufen.";
        Statement s = about(extract(text), "Fähre");
        assertThat(content(s, text)).isEqualTo("die Fähre werde am Abend auslaufen");
        assertThat(s.speaker().mention()).isEqualTo("Piet Janssen");
    }

    @Test
    void aRoleOpeningTheSentenceIsSaidByTheNameApposedToIt() {
        String full = "Der Präsident von Kalvarien, Tomas Brink, hat Berichte über geplante Manöver zurückgewiesen.";
        Statement a = about(extract(full), "Manöver");
        assertThat(a.speaker().canonical()).isEqualTo("Tomas Brink");

        String surname = "Der Präsident von Kalvarien, Brink, hat Berichte über geplante Manöver zurückgewiesen.";
        assertThat(about(extract(surname), "Manöver").speaker().canonical()).isEqualTo("Brink");
    }
}
