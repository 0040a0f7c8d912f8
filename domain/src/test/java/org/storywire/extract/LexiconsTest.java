package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconsTest {
    private final Lexicons lexicons = Lexicons.INSTANCE;

    @Test
    void aRoleEndingIsFoundInCompoundsAndInflectedForms() {
        assertThat(lexicons.roleSuffix("kremlsprecher")).isEqualTo("sprecher");
        assertThat(lexicons.roleSuffix("regierungssprecherin")).isEqualTo("sprecherin");
        assertThat(lexicons.roleSuffix("außenministers")).isEqualTo("minister");
        assertThat(lexicons.roleSuffix("us-präsidenten")).isEqualTo("präsident");
        assertThat(lexicons.roleSuffix("bundeskanzlerin")).isEqualTo("kanzlerin");
    }

    @Test
    void aWordWithoutARoleEndingHasNone() {
        assertThat(lexicons.roleSuffix("haus")).isNull();
        assertThat(lexicons.roleSuffix("ab")).isNull();
        assertThat(lexicons.roleSuffix("")).isNull();
    }
}
