package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German headline's clause behind a spaced dash with a speaker and a cue of its own ("Zeitungsbericht: Trainer vor dem
 * Aus – Verein widerspricht", "Mieter klagen über Heizkosten – Vermieter widersprechen") is that speaker's statement, and
 * a label before the dash speaks only its own clause. Every text is invented.
 */
class GermanDashClauseCueTest {
    private static Statement by(List<Statement> statements, String speaker) {
        return statements.stream().filter(s -> s.speaker() != null && s.speaker().mention().contains(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement by " + speaker + " in " + statements));
    }

    @Test
    void aCueBehindTheDashIsItsOwnClausesAndTheLabelKeepsToTheFirst() {
        String title = "Zeitungsbericht: Torwart Lindgren vor Wechsel nach Italien – Verein widerspricht";
        List<Statement> found = extract(title, "Es gebe keine Gespräche, sagte der Sportdirektor.");
        assertThat(by(found, "Verein").stance()).isEqualTo(Stance.DENIAL);
        assertThat(content(by(found, "Zeitungsbericht"), title)).contains("Italien").doesNotContain("widerspricht");
    }

    @Test
    void aLabelsLineKeepsItsDashWhenNoClauseBehindItSpeaks() {
        String title = "Feuerwehr: Großbrand in Lagerhalle gelöscht – Schaden in Millionenhöhe";
        List<Statement> found = extract(title, "Verletzt wurde niemand.");
        assertThat(content(by(found, "Feuerwehr"), title)).contains("Millionenhöhe");
    }

    @Test
    void thePluralPresentOfContradictingIsACueInATitle() {
        List<Statement> found = extract("Mieter klagen über hohe Heizkosten – Vermieter widersprechen", "Die Abrechnungen kommen im Mai.");
        assertThat(by(found, "Vermieter").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void theSameFormIsAnInfinitiveInATeaser() {
        List<Statement> found = extract("Falsche Lastschriften im Umlauf", "Kunden sollten der Abbuchung sofort widersprechen.");
        assertThat(found).noneMatch(s -> s.speaker() != null && s.speaker().mention().contains("Kunden"));
    }
}
