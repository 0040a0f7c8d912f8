package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A separable reporting verb joined with its particle at the end of a relative clause ("..., denen X vorwirft, ... zu
 * sein") is a cue when a "zu" infinitive, its complement, follows the comma, as when a "dass" clause does. Invented text.
 */
class GermanVerbFinalInfinitiveTest {
    @Test
    void aJoinedPresentBeforeItsInfinitiveIsACue() {
        String text = "Die Kritik gilt den Kassen, denen der Verband vorwirft, die Beiträge heimlich zu erhöhen. Die Kassen schweigen.";
        Statement s = about(extract(text), "Beiträge");
        assertThat(s.speaker().mention()).isEqualTo("der Verband");
        assertThat(content(s, text)).isEqualTo("die Beiträge heimlich zu erhöhen");
    }

    @Test
    void unterAnderemBeforeTheSubjectIsAnAdverbNotItsPreposition() {
        String text = "Die Kritik gilt den Kassen, denen unter anderem Präsident Jan Moll vorwirft, die Beiträge heimlich zu erhöhen. Die Kassen schweigen.";
        assertThat(about(extract(text), "Beiträge").speaker().mention()).isEqualTo("Präsident Jan Moll");
    }

    @Test
    void aDativeRelativeClauseHasASubjectOfItsOwn() {
        String text = "Der Anlass ist der Ärger über die Kassen und am Bundesamt, denen unter anderem Jan Moll vorwirft, die Beiträge heimlich zu erhöhen. Die Kassen schweigen.";
        assertThat(about(extract(text), "Beiträge").speaker().mention()).isEqualTo("Jan Moll");
    }

    @Test
    void aVerbFinalFormWithoutAComplementIsNone() {
        List<Statement> statements = extract("Die Stadt baut eine Brücke, die der Verband vorschlägt, weil der Fluss breit ist. Die Arbeiten beginnen.");
        assertThat(statements).noneMatch(s -> s.sentenceText().contains("Brücke"));
    }
}
