package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X erklärte, ... sei ..., und kündigte an, ...": "und" right before a second reporting verb inside the said clause of a
 * first one goes on with the main clause, so the sentence holds two statements of the same speaker. Every text is written
 * for this test.
 */
class GermanSecondMainVerbTest {
    @Test
    void aSecondCueAfterUndEndsTheSaidClauseOfTheFirst() {
        String text = "Die Abgeordnete erklärte, der Minister sei befangen und kündigte an, gegen ihn zu kandidieren.";
        List<Statement> statements = extract(text);
        assertThat(statements.stream().map(s -> content(s, text)).toList())
                .containsExactlyInAnyOrder("der Minister sei befangen", "gegen ihn zu kandidieren");
        assertThat(statements).allSatisfy(s -> assertThat(s.speaker().mention()).isEqualTo("Die Abgeordnete"));
    }

    @Test
    void aDassClauseToo() {
        String text = "Die Behörde teilte mit, dass in zwei Regionen die Niederschläge anhalten und warnte vor neuen Regenfällen in der Nacht.";
        List<String> contents = extract(text).stream().map(s -> content(s, text)).toList();
        assertThat(contents).hasSize(2).contains("dass in zwei Regionen die Niederschläge anhalten");
    }

    @Test
    void aVerbThatReportsNothingStaysInTheSaidClause() {
        String text = "Der Trainer sagte, die Mannschaft habe gut gespielt und verdiene den Sieg.";
        assertThat(extract(text)).singleElement()
                .satisfies(s -> assertThat(content(s, text)).isEqualTo("die Mannschaft habe gut gespielt und verdiene den Sieg"));
    }
}
