package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cue inside an adverbial clause ("indem", "da", "als", "weil") is said by the pronoun right behind the subordinator,
 * not by the main clause's subject. Every text is written for this test.
 */
class GermanSubordinateSubjectTest {
    @Test
    void theClausesPronounSpeaksNotTheMainClausesSubject() {
        String means = "Die Trainerin Ida Brand beendete den Streit, indem sie sagte, die Mannschaft habe hart gearbeitet.";
        assertThat(speakerOf(extract(means), means, "Mannschaft")).isEqualTo("sie");

        String cause = "Die Anwohner der Siedlung protestieren gegen den Neubau, da sie befürchten, der Verkehr werde stark zunehmen.";
        assertThat(speakerOf(extract(cause), cause, "Verkehr")).isEqualTo("sie");

        String time = "Der Bürgermeister Udo Kranz verließ den Saal, als er der Opposition vorwarf, die Sitzung zu blockieren.";
        assertThat(speakerOf(extract(time), time, "blockieren")).isEqualTo("er");
    }

    @Test
    void aPhraseNamingSomeoneBehindTheSubordinatorSpeaks() {
        String text = "Die Debatte wurde hitzig, als die Ministerin Eva Kolb erklärte, das Gesetz komme im Herbst.";
        assertThat(speakerOf(extract(text), text, "Gesetz")).contains("Eva Kolb");
    }

    @Test
    void theNounOfAsAReasonIsNoSubject() {
        String text = "Der Verband sagte die Messe ab. Als Grund nannte der Vorstand die hohen Kosten der Halle.";
        assertThat(speakerOf(extract(text), text, "Kosten")).isEqualTo("der Vorstand");
    }

    private static String speakerOf(List<Statement> found, String text, String words) {
        return found.stream().filter(s -> content(s, text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement saying \"" + words + "\" in " + found)).speaker().mention();
    }
}
