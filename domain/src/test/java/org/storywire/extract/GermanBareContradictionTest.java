package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of contradicting with nothing behind it answers what was said before it: a denial, in a title's clause after
 * a dash and in running text; with an object behind it, it stays as the object makes it, but in a title it answers
 * the party it names. Every text is written for this test.
 */
class GermanBareContradictionTest {
    @Test
    void aBareContradictionAfterAClaimDenies() {
        Statement s = about(extract("Die Schülervertretung beklagt kalte Klassenräume, sagte ihr Sprecher. Die Schulleitung widerspricht."), "Schulleitung");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aBareContradictionInATitleDenies() {
        // the title's first clause is the fishermen's complaint ("klagen über"), its second the authority's denial
        List<Statement> st = extract("Fischer klagen über Fangquoten – Behörde widerspricht", "Die Bestände erholten sich.");
        Statement s = st.stream().filter(x -> x.speaker() != null && "Behörde".equals(x.speaker().mention())).findFirst().orElseThrow();
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        assertThat(st).anyMatch(x -> x.speaker() != null && "Fischer".equals(x.speaker().mention()) && x.stance() == Stance.CLAIM);
    }

    @Test
    void aTitleContradictingAPartyDenies() {
        Statement s = about(extract("Streit um Busfahrplan: Landkreis widerspricht Fahrgastverband", "Die Takte blieben gleich."), "widerspricht");
        assertThat(s.speaker().mention()).contains("Landkreis");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void runningTextsThingAtOddsIsNoDenial() {
        Statement s = about(extract("Die Regel widerspricht dem Gleichheitsgrundsatz, sagte der Verwaltungsrichter Ole Brandt."), "Regel");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
    }
}
