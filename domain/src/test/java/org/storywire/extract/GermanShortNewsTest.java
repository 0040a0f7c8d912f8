package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/**
 * The short forms of German news as feeds deliver them (a headline and one to three sentences),
 * and the German subject rules they lean on. Every text is written for this test.
 */
class GermanShortNewsTest {
    private static final Instant PUBLISHED = Instant.parse("2023-05-12T10:00:00Z");
    private final StatementExtractor extractor = new StatementExtractor();

    private List<Statement> extract(String text) {
        return extractor.extract(new CleanArticle("t", "outlet", null, null, text, "de", PUBLISHED, TimePrecision.MINUTE));
    }

    private static Statement about(List<Statement> statements, String words) {
        return statements.stream().filter(s -> s.sentenceText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement about \"" + words + "\" in " + statements));
    }

    private static String content(Statement s, String text) {
        return text.substring(s.content().begin(), s.content().end());
    }

    @Test
    void theNounPhraseBeforeThePerfectAuxiliaryIsTheSubjectNotTheObjectAfterIt() {
        String text = "Die Regierung in Velgrad hat Gespräche mit der Opposition bestätigt.";
        Statement s = about(extract(text), "Gespräche");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
        assertThat(s.speaker().mention()).isEqualTo("Die Regierung");
    }

    @Test
    void aNounWithNoNominativeReadingIsNoSubject() {
        // "Tälern" is dative only: it cannot be the subject of "gemeldet"
        List<Statement> statements = extract("Am Abend wurden auch in entlegenen Tälern neue Schäden gemeldet.");
        assertThat(statements).allMatch(s -> s.speaker() == null || !s.speaker().mention().contains("Tälern"));
    }

    @Test
    void nachAngabenNamesTheSourceAsTheEntity() {
        String text = "Nach Angaben der Polizei trug der Mann ein Messer.";
        Statement s = about(extract(text), "Messer");
        assertThat(s.speaker().mention()).isEqualTo("Angaben der Polizei");
        assertThat(s.speaker().canonical()).isEqualTo("Polizei");
    }
}
