package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Konjunktiv I sentences running on without a cue are one statement in an article, as the quotation corpora annotate
 * them, but a statement each in a teaser of a sentence or two under a headline, when each sentence is reported speech by
 * its own verb: the editor picked each as a point of its own ({@code RunOnSpeech}). Every text is written for this test.
 */
class GermanTeaserRunOnTest {
    private static final String TITLE = "Insider: Reederei Kolmar steht vor Verkauf";
    private static final String RUN = "Ein Fonds aus Oslo biete rund eine Milliarde Euro. Die Gespräche seien weit gediehen.";

    @Test
    void inATeaserEachKonjunktivSentenceIsAStatement() {
        List<Statement> st = extract(TITLE, RUN);
        assertThat(st).filteredOn(s -> s.sentenceText().contains("Oslo")).singleElement()
                .satisfies(s -> assertThat(s.sentenceText()).doesNotContain("gediehen"));
        assertThat(st).filteredOn(s -> s.sentenceText().startsWith("Die Gespräche")).singleElement()
                .satisfies(s -> assertThat(s.speaker().canonical()).isEqualTo("Insider"));
    }

    @Test
    void inAnArticleTheRunStaysOneStatement() {
        String body = RUN + " Der Betriebsrat fordert eine Jobgarantie. Die Werft in Kolmar beschäftigt 900 Menschen. "
                + "Im Frühjahr hatte die Reederei einen Verlust gemeldet.";
        List<Statement> st = extract(TITLE, body);
        assertThat(st).filteredOn(s -> s.sentenceText().contains("Oslo")).singleElement()
                .satisfies(s -> assertThat(s.sentenceText()).contains("gediehen"));
    }

    @Test
    void aNounInTheFormOfAKonjunktivMarksNoSentence() {
        // "Berichte" has the form of "berichte", but a capitalised word there is a noun: the narrated sentence keeps the
        // run that follows it, as in an article
        List<Statement> st = extract("Reederei Kolmar: „Wir entlassen niemanden“",
                "Die Chefin reagierte damit auf Berichte über ein Sparprogramm. Die Werft sei ausgelastet.");
        assertThat(st).noneMatch(s -> s.sentenceText().equals("Die Werft sei ausgelastet."));
    }
}
