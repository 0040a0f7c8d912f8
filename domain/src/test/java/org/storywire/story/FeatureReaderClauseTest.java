package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureReaderClauseTest {

    @Test
    void aDetachedClauseAfterTheEventIsCutOff() {
        assertThat(clause("Trump wolle bald mit dem Kreml sprechen, ungeachtet des Krieges gegen die Ukraine"))
                .isEqualTo("Trump wolle bald mit dem Kreml sprechen");
    }

    @Test
    void aClauseBeforeTheEventStays() {
        String text = "Ungeachtet des Krieges gegen die Ukraine, so heißt es, habe Trump mit Putin telefoniert";
        assertThat(clause(text)).isEqualTo(text);
    }

    @Test
    void aTextWithoutAnyEventWordIsLeftWhole() {
        String text = "Die Lage sei ernst, trotz aller Bemühungen der Regierung";
        assertThat(clause(text)).isEqualTo(text);
    }

    private static String clause(String text) {
        return FeatureReader.throughTriggerClause(TextAnalysis.words(text));
    }
}
