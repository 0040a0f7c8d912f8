package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A verb of judging in its frame ("sieht in X eine Gefahr", "betrachtet X als Fehler", "macht X für Y
 * verantwortlich") states its subject's view though no verb of speech stands there; the same verb in another frame
 * or sense states nothing. Every text is written for this test.
 */
class GermanJudgmentFrameTest {
    @Test
    void sehenWithAnInPhraseStatesTheSubjectsView() {
        String text = "Die Polizei sieht in dem Feuer einen gezielten Anschlag auf das Lager.";
        assertThat(extract(text)).singleElement().satisfies(s -> {
            assertThat(s.speaker().mention()).isEqualTo("Die Polizei");
            assertThat(content(s, text)).isEqualTo("Die Polizei sieht in dem Feuer einen gezielten Anschlag auf das Lager");
        });
    }

    @Test
    void betrachtenWithAlsStatesTheSubjectsView() {
        String text = "Die Ministerin betrachtet die neue Mautregel als schweren Fehler.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die Ministerin"));
    }

    @Test
    void blameStatesTheSubjectsView() {
        String text = "Die Anwohner machen die Stadtwerke für den Ausfall der Heizung verantwortlich.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("Die Anwohner"));
        assertThat(extract("Die Anwohner machen am Wochenende einen Ausflug für die Kinder.")).isEmpty();
    }

    @Test
    void aJudgingVerbInAnotherFrameStatesNothing() {
        assertThat(extract("Die Pläne der Stadt sehen einen Neubau in der Innenstadt vor.")).isEmpty();
        assertThat(extract("Am Abend sahen die Zuschauer in der Halle ein spannendes Spiel.")).isEmpty();
        assertThat(extract("Die Zuschauer sahen in Dortmund ein spannendes Spiel.")).isEmpty();
        assertThat(extract("Die Gäste sahen sich das alte Rathaus als erstes an.")).isEmpty();
    }

    @Test
    void anInPhraseWithANumberDatesTheSeeing() {
        assertThat(extract("Der Stürmer sah in der 62. Minute Gelb.")).isEmpty();
        assertThat(extract("Die Besucher sahen in 2019 eine Ausstellung über den Hafen.")).isEmpty();
    }

    @Test
    void anInPhraseEndingInANounOfTimeDatesTheSeeing() {
        assertThat(extract("Der Verteidiger sah in der Nacht zum Sonntag einen Film im Hotel.")).isEmpty();
        assertThat(extract("Die Besucher sahen in diesem Jahr eine Ausstellung über den Hafen.")).isEmpty();
    }
}
