package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pronoun behind a cue that closes the said part ("..., fügte er hinzu") stands for the last speaker, not for a person
 * the said part names at its start: that person is spoken of. Every text is written for this test.
 */
class GermanPronounAfterContentTest {
    @Test
    void thePersonTheSaidPartNamesIsNotItsSpeaker() {
        String title = "Brandau dementiert Wechsel von Osterkamp";
        String text = "Brandau (spn) - SV Brandau hat einen Bericht über einen bevorstehenden Verkauf von Stürmer Malte Osterkamp "
                + "an Linz dementiert. „Es liegt kein Angebot aus Österreich vor, und wir haben mit niemandem über Malte verhandelt“, "
                + "sagte Sportdirektor Rainer Quast am Sonntag nach dem 2:1-Sieg gegen Wiesental. "
                + "Osterkamp werde auch in der kommenden Saison für den SV spielen, fügte er hinzu.";
        List<Statement> found = extract(title, text);
        Statement added = about(found, "kommenden Saison");
        assertThat(added.speaker().canonical()).contains("Rainer Quast");
        assertThat(added.stance()).as("the speaker who denied the report goes on denying it").isEqualTo(Stance.DENIAL);
    }

    @Test
    void aPersonNamedInASentenceOfItsOwnStillComesFirst() {
        String text = "Der Geschäftsführer des SV Brandau, Rainer Quast, wies den Bericht am Montag zurück. "
                + "Torhüter Malte Osterkamp meldete sich am Abend zu Wort. Er sagte, er fühle sich in Brandau wohl.";
        Statement said = about(extract(text), "wohl");
        assertThat(said.speaker().canonical()).contains("Malte Osterkamp");
    }
}
