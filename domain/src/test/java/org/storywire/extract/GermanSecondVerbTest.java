package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second German reporting verb right after the first one's said part ("räumte ein, es könnten Stellen wegfallen,
 * sprach aber von ..."): a verb phrase of the same subject with a statement of its own; and a phrase behind a
 * preposition is never a verb's subject. Every text is written for this test.
 */
class GermanSecondVerbTest {
    @Test
    void aSecondVerbAfterTheSaidPartSaysSomethingOfItsOwn() {
        String text = "Die Werksleiterin räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess.";
        List<Statement> found = extract(text);
        assertThat(found).extracting(s -> content(s, text))
                .containsExactlyInAnyOrder("es könnten Stellen wegfallen", "sprach aber von einem offenen Prozess");
        assertThat(found).allSatisfy(s -> assertThat(s.speaker().mention()).isEqualTo("Die Werksleiterin"));
    }

    @Test
    void aPhraseBehindAPrepositionIsNoSubject() {
        String fronted = "In den meisten Fällen warfen die Rebellen den Dorfbewohnern vor, für die Armee spioniert zu haben.";
        assertThat(extract(fronted)).singleElement().satisfies(s -> assertThat(s.speaker().mention()).isEqualTo("die Rebellen"));

        // "man" names no one: no speaker rather than the object of "in"
        String object = "Bis jetzt geht man von einem Defekt in einer größeren Pumpe aus.";
        assertThat(extract(object)).noneMatch(s -> s.speaker() != null && s.speaker().mention().contains("Pumpe"));
    }
}
