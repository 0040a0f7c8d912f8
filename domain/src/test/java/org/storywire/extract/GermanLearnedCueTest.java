package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A verb that the hand list does not know but learned-cues-de.txt names (learned from the corpus's cue annotations)
 * is a claim cue of its subject where a said part stands beside it; closing a relative clause, or with no said part
 * but its own clause, it reports nothing. Every text is written for this test.
 */
class GermanLearnedCueTest {
    @Test
    void aLearnedVerbWithACommaClauseIsAClaimOfItsSubject() {
        String text = "Die Gewerkschaft hat den Vorstand der Werft am Dienstag aufgefordert, mehr Geld für die Lehrlinge bereitzustellen.";
        Statement s = about(extract(text), "Werft");
        assertThat(content(s, text)).isEqualTo("mehr Geld für die Lehrlinge bereitzustellen");
        assertThat(s.speaker().mention()).contains("Gewerkschaft");
        assertThat(s.cue()).isEqualTo("aufgefordert");
        assertThat(s.stance()).isNotEqualTo(Stance.DENIAL);
    }

    @Test
    void aLearnedVerbInTheSimplePastIsACue() {
        String text = "Vor dem Rathaus skandierten die Fischer, dass der Hafen offen bleibt.";
        Statement s = about(extract(text), "Fischer");
        assertThat(content(s, text)).isEqualTo("dass der Hafen offen bleibt");
        assertThat(s.speaker().mention()).contains("Fischer");
    }

    @Test
    void aLearnedVerbClosingARelativeClauseOrWithNoSaidPartIsNoCue() {
        assertThat(extract("Die Fähre, die früher anders hieß, fährt heute nach Velgrad.")).isEmpty();
        assertThat(extract("Der Verband hat seine Mitglieder zur Teilnahme am Lauf aufgefordert.")).isEmpty();
    }
}
