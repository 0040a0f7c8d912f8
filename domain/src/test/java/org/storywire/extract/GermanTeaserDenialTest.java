package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker's denial holds over what they say after it in an article ({@code StanceReader.holdDenials}), not in a teaser
 * of a few sentences under a headline, where each sentence is a point of its own. Every text is written for this test.
 */
class GermanTeaserDenialTest {
    private static final String DENIAL = "Berichte über eine Schließung des Hallenbads seien falsch, sagte Bürgermeisterin Ute Kranz. ";
    private static final String ADVICE = "Badegäste sollten im Winter aber mit kürzeren Öffnungszeiten rechnen, sagte Kranz. ";

    @Test
    void inATeaserTheSpeakersNextPointIsAClaim() {
        List<Statement> st = extract("Hallenbad in Wessbach bleibt", DENIAL + ADVICE);
        assertThat(about(st, "Schließung").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(st, "Öffnungszeiten").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void inAnArticleTheDenialHoldsOverWhatTheSpeakerSaysNext() {
        String body = DENIAL + "Der Stadtrat hatte am Dienstag über den Haushalt beraten. Die Opposition verlangt Einsparungen. "
                + "Ein Gutachten nennt Kosten von zwei Millionen Euro. " + ADVICE;
        List<Statement> st = extract("Hallenbad in Wessbach bleibt", body);
        assertThat(about(st, "Öffnungszeiten").stance()).isEqualTo(Stance.DENIAL);
    }
}
