package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Laut der Zeitung hat der Fonds angekündigt, ...": a reporting verb whose subject stands in a report marker's said
 * part, with a said part of its own, is a statement of its subject, which the marker's source relays. Every text is
 * written for this test.
 */
class GermanVerbInMarkerTest {
    @Test
    void theVerbInsideTheMarkersSaidPartIsItsSubjectsStatement() {
        String text = "Laut einem Bericht der Zeitung hat der Währungsfonds angekündigt, keine weiteren Kredite mehr vergeben zu wollen.";
        List<Statement> found = extract(text);
        assertThat(found.stream().map(s -> content(s, text)).toList()).containsExactly("keine weiteren Kredite mehr vergeben zu wollen");
        assertThat(found.get(0).speaker().mention()).isEqualTo("der Währungsfonds");
        assertThat(found.get(0).relayedBy().mention()).isEqualTo("einem Bericht der Zeitung");
    }

    @Test
    void aDenialInsideTheMarkersSaidPartIsTheDeniersStatement() {
        String text = "Laut der Agentur Tass dementierte der Kreml, dass es ein Telefonat gegeben habe.";
        Statement denial = extract(text).stream().filter(s -> s.stance() == Stance.DENIAL).findFirst().orElseThrow();
        assertThat(denial.speaker().mention()).isEqualTo("der Kreml");
        assertThat(content(denial, text)).isEqualTo("dass es ein Telefonat gegeben habe");
    }

    @Test
    void aPassiveVerbInsideTheMarkersSaidPartSaysNothingOfItsOwn() {
        String text = "Nach Angaben der Behörde wurde dem Konzern vorgeworfen, Kinder zu beschäftigen.";
        assertThat(extract(text)).hasSize(1);
    }
}
