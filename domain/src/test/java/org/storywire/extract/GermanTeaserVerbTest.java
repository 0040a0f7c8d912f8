package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * Verbs of short German news whose sense turns on a particle: "sagt ... ab" cancels, "schweigt zu" declines to
 * comment. Every item, person and body is invented for this test.
 */
class GermanTeaserVerbTest {
    @Test
    void cancellingIsNoSaying() {
        assertThat(extract("Ministerin Vogt sagt Reise ab", "Sie bleibt wegen der Haushaltsberatungen in der Hauptstadt.")).isEmpty();
        assertThat(extract("Der Verein sagte das Spiel am Samstag wegen Sturms ab.")).isEmpty();
    }

    @Test
    void keepingSilentAboutATopicDeclinesToComment() {
        Statement s = about(extract("Konzern schweigt zu Vorwürfen", "Die Staatsanwaltschaft ermittelt wegen Untreue."), "schweigt");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).isEqualTo("Konzern");
    }

    @Test
    void keepingSilentWithTheArticleJoinedToItsPrepositionDeclinesToComment() {
        Statement topic = about(extract("Reederei schweigt zur Havarie", "Der Frachter liegt seit Montag fest."), "schweigt");
        assertThat(topic.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(topic.speaker().mention()).isEqualTo("Reederei");
        assertThat(extract("Nach dem Gewitter schweigen die Sirenen wieder.")).isEmpty();
    }
}
