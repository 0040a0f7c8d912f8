package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker's denial holds over what they say after it in an article ({@code StanceReader.holdDenials}), not in a teaser
 * of a few sentences under a headline, where each sentence is a point of its own; but a headline whose verb denies a
 * report or an accusation is given its substance by the teaser's first sentence, whose plain assertion is the denial
 * ({@code StanceReader.answerTitleDenial}). Every text is written for this test.
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

    private static final String SUBSTANCE = "Die Wasserqualität sei einwandfrei, sagte Geschäftsführer Bernd Olm. ";

    @Test
    void theFirstTeaserSentenceGivesTheHeadlineDenialItsSubstance() {
        List<Statement> st = extract("Freizeitbad Kessingen weist Bericht über Keime zurück", SUBSTANCE
                + "Gäste sollten dennoch nach dem Schwimmen duschen, sagte Olm.");
        assertThat(about(st, "einwandfrei").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(st, "duschen").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void withoutADenialInTheHeadlineTheAssertionIsAClaim() {
        List<Statement> st = extract("Freizeitbad Kessingen öffnet wieder", SUBSTANCE);
        assertThat(about(st, "einwandfrei").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void theAccusersReportAndAWarningUnderADenialStayClaims() {
        List<Statement> reported = extract("Freizeitbad Kessingen weist Bericht über Keime zurück",
                "Das Lokalblatt „Kessinger Bote“ hatte über verunreinigtes Wasser berichtet.");
        assertThat(about(reported, "verunreinigtes").stance()).isEqualTo(Stance.CLAIM);
        List<Statement> warning = extract("Freizeitbad Kessingen weist Bericht über Keime zurück",
                "Die Becken müssten trotzdem häufiger gereinigt werden, warnte der Betriebsrat.");
        assertThat(about(warning, "Becken").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void withBothSidesInTheHeadlineTheTeaserMaySpeakForEither() {
        List<Statement> st = extract("Opposition wirft Bürgermeister Filz vor – Rathaus weist Kritik zurück",
                "Der Auftrag sei ohne Ausschreibung vergeben worden, sagte Fraktionschef Lutz Ebert.");
        assertThat(about(st, "Ausschreibung").stance()).isEqualTo(Stance.CLAIM);
    }
}
