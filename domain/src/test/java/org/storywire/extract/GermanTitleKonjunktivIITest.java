package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short teaser goes on with its headline's statement in a reporting Konjunktiv II ("lägen", "müssten", "hätten"),
 * which stands in for a Konjunktiv I that reads as indicative; each of its sentences is a point of its own. Every text
 * is written for this test.
 */
class GermanTitleKonjunktivIITest {
    @Test
    void aPluralKonjunktivIIGoesOnWithTheLabelsStatement() {
        Statement s = about(extract("Hotelverband: Sommersaison durchwachsen",
                "Viele Betriebe müssten mit weniger Gästen rechnen als im Vorjahr. Besonders schwach sei der Juli gewesen."), "Betriebe");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Hotelverband");
    }

    @Test
    void eachSentenceOfTheTeaserStaysAStatementOfItsOwn() {
        List<Statement> found = extract("Hotelverband: Sommersaison durchwachsen",
                "Viele Betriebe hätten weniger Gäste gezählt. Besonders schwach sei der Juli gewesen.");
        assertThat(about(found, "Betriebe")).isNotSameAs(about(found, "Juli"));
    }

    @Test
    void withoutAHeadlineStatementAPluralKonjunktivIIIsNoReport() {
        assertThat(extract("Sommersaison an der Küste",
                "Viele Betriebe müssten mit weniger Gästen rechnen, wenn das Wetter schlecht bleibt.")).isEmpty();
    }
}
