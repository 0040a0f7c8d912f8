package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.analyse.GermanDictionary;

/** The shortcuts taken for speed (ASCII fold, per-thread memos) answer as the full path did. */
class FoldAndMemoTest {

    @Test
    void foldTakesTheAsciiShortcutOnlyWhereDecomposingChangesNothing() {
        assertThat(NameWords.fold("Tarsenia's")).isEqualTo("tarseni");
        assertThat(NameWords.fold("Müller")).isEqualTo("muller");
        assertThat(NameWords.fold("Straße")).isEqualTo("strasse");
        // a precomposed and a combining accent fold alike
        assertThat(NameWords.fold("Renée")).isEqualTo("renee").isEqualTo(NameWords.fold("Rene\u0301e"));
    }

    @Test
    void dictionaryAnswersDoNotChangeWhenAskedAgain() {
        for (String form : List.of("Trainer", "Sarenburg", "Henrike", "Putins", "sagte", "Munitionslager")) {
            GermanDictionary.Kind kind = GermanDictionary.kind(form);
            boolean firstName = GermanDictionary.isFirstName(form);
            String lemma = GermanDictionary.properLemma(form);
            assertThat(GermanDictionary.kind(form)).as(form).isEqualTo(kind);
            assertThat(GermanDictionary.isFirstName(form)).as(form).isEqualTo(firstName);
            assertThat(GermanDictionary.properLemma(form)).as(form).isEqualTo(lemma);
        }
        assertThat(GermanDictionary.kind("Trainer")).isEqualTo(GermanDictionary.Kind.COMMON);
        assertThat(GermanDictionary.kind("Sarenburg")).isEqualTo(GermanDictionary.Kind.UNKNOWN);
        assertThat(GermanDictionary.properLemma("Putins")).isEqualTo("Putin");
    }

    @Test
    void compoundSplitsAnswerAlikeFromTheMemo() {
        for (int round = 0; round < 2; round++) {
            assertThat(GermanDictionary.isUnknownCompoundNoun("Munitionslager")).as("a known word, a link, a known noun").isTrue();
            assertThat(GermanDictionary.isUnknownCompoundNoun("Sarenburg")).as("no known word before the noun").isFalse();
        }
    }

    @Test
    void namesRoleAnswersAlikeFromTheMemo() {
        for (int round = 0; round < 2; round++) {
            assertThat(NameWords.namesRole("Sprecherin")).isTrue();
            assertThat(NameWords.namesRole("Landessprecher Ana")).isTrue();
            assertThat(NameWords.namesRole("Brunnholz")).isFalse();
        }
    }

    @Test
    void tokenListsFromTheMemoAreEqualAndCannotBeChanged() {
        List<String> first = TextAnalysis.tokens("Die Gespräche in Velgrad gehen weiter.");
        assertThat(TextAnalysis.tokens("Die Gespräche in Velgrad gehen weiter.")).isEqualTo(first).contains("gesprache", "velgrad");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
