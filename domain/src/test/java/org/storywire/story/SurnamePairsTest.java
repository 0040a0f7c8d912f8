package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented politicians: German puts subject and object names side by side ("spricht Ohlbrock Freese sein Vertrauen aus"). */
class SurnamePairsTest {

    @Test
    void twoSurnamesSideBySideAreTwoPeople() {
        ArticleActors actors = ArticleActors.of("Regierungschef hält an Ministerin fest",
                "Nach den Gerüchten spricht Ohlbrock Freese sein Vertrauen aus.", List.of(
                        "Ministerpräsident Carsten Ohlbrock hält an Bauministerin Jutta Freese fest.",
                        "Freese selbst sagte, sie bleibe im Amt."), false);

        assertThat(actors.keyOf("Ohlbrock")).isPresent().isNotEqualTo(actors.keyOf("Freese"));
    }

    @Test
    void aFirstNameAndSurnameStayOnePerson() {
        ArticleActors actors = ArticleActors.of("Ohlbrock hält an Freese fest", null, List.of(
                "Ministerpräsident Carsten Ohlbrock hält an Bauministerin Jutta Freese fest."), false);

        assertThat(actors.keyOf("Carsten Ohlbrock")).isEqualTo(actors.keyOf("Ohlbrock"));
    }
}
