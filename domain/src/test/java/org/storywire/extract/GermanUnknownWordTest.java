package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lower-case word in -e that the dictionary does not know is no Konjunktiv I: the dictionary holds every
 * inflected form of the verbs it knows, so such a word is an adverb it lacks ("schätzungsweise"), a particle
 * ("inne") or a misspelling, and an indicative sentence holding one goes on with no statement before it.
 * Every text is written for this test.
 */
class GermanUnknownWordTest {
    @Test
    void anAdverbInWeiseTheDictionaryLacksDoesNotContinueTheStatementBefore() {
        String text = "Der Betriebsrat sagte, die Schicht werde gestrichen. Im neuen Werk arbeiten schätzungsweise 400 Menschen.";
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        assertThat(content(found.get(0), text)).isEqualTo("die Schicht werde gestrichen");
    }

    @Test
    void aSeparableParticleTheDictionaryLacksIsNoVerb() {
        String text = "Die Sprecherin erklärte, der Verein werde umziehen. Seit Jahren hat er den Vorsitz im Landesverband inne.";
        assertThat(extract(text)).noneMatch(s -> s.sentenceText().contains("Vorsitz"));
    }

    @Test
    void aKonjunktivTheDictionaryKnowsStillGoesOn() {
        String text = "Der Betriebsrat sagte, die Schicht werde gestrichen. Im neuen Werk bestehe schätzungsweise kein Bedarf.";
        assertThat(content(about(extract(text), "Bedarf"), text)).contains("Im neuen Werk bestehe schätzungsweise kein Bedarf");
    }
}
