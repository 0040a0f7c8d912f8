package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answering an accusation with its opposite in a German teaser ("Alle Rechnungen seien korrekt gestellt worden" under
 * "Vorwürfe"): a denial; the same words with no accusation near are an opinion.
 * Every text is invented.
 */
class GermanProprietyAnswerTest {
    private static Statement by(List<Statement> statements, String speaker) {
        return statements.stream().filter(s -> s.speaker() != null && s.speaker().mention().contains(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement by " + speaker + " in " + statements));
    }

    @Test
    void properlyDoneUnderAnAccusationIsADenial() {
        List<Statement> found = extract("Vorwürfe gegen Pflegedienst Sonnenhof",
                "Alle Leistungen seien ordnungsgemäß abgerechnet worden, sagte Geschäftsführerin Ilse Maibach.");
        assertThat(by(found, "Maibach").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void inGoodFaithUnderAnAccusationInTheHeadlineIsADenial() {
        List<Statement> found = extract("Plagiatsverdacht: Landrat lässt Dissertation prüfen",
                "Er habe nach bestem Wissen gearbeitet, sagte Landrat Olaf Pieper.");
        assertThat(by(found, "Pieper").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void properlyDoneWithNoAccusationNearIsAClaim() {
        List<Statement> found = extract("Neue Turnhalle in Brakel eröffnet",
                "Alle Arbeiten seien fristgerecht abgeschlossen worden, sagte Bürgermeisterin Anke Roloff.");
        assertThat(by(found, "Roloff").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void anotherStatementUnderTheAccusationStaysAClaim() {
        List<Statement> found = extract("Vorwürfe gegen Pflegedienst Sonnenhof",
                "Man suche dringend weitere Pflegekräfte, sagte Geschäftsführerin Ilse Maibach.");
        assertThat(by(found, "Maibach").stance()).isEqualTo(Stance.CLAIM);
    }
}
