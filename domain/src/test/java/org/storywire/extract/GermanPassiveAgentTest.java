package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A German reporting verb in the passive is said by its agent: the phrase behind "von"/"vom" or "seitens", or the party
 * behind "von Seiten" and "von ... Seite". Every text is written for this test.
 */
class GermanPassiveAgentTest {
    @Test
    void anAgentWithItsArticleRightBeforeTheParticipleIsNoAttributeOfTheNounBefore() {
        assertThat(speakers("Zudem wurde die Landesregierung vom Mieterbund aufgefordert, die Mietpreisbremse zu verlängern."))
                .containsExactly("Mieterbund");
        assertThat(speakers("Am Montag wurde die Stadt von der Gewerkschaft aufgefordert, die Löhne zu erhöhen."))
                .containsExactly("der Gewerkschaft");
    }

    @Test
    void aVonPhraseWithoutArticleBehindANounStaysItsAttribute() {
        assertThat(speakers("Nach dem Sturm wird der Ausbruch von Seuchen befürchtet.")).doesNotContain("Seuchen");
    }

    @Test
    void vonSeitenAndSeitensNameTheParty() {
        assertThat(speakers("Von Seiten der Opposition war der Regierung vorgeworfen worden, das Gesetz verschleppt zu haben."))
                .containsExactly("der Opposition");
        assertThat(speakers("Seitens der Verbraucherzentrale wurde gefordert, die Preise offenzulegen."))
                .containsExactly("der Verbraucherzentrale");
    }

    @Test
    void anAdjectiveBeforeSeiteNamesThePartyWithIt() {
        assertThat(speakers("Von kirchlicher Seite wurde gefordert, die Flüchtlinge aufzunehmen.")).containsExactly("kirchlicher Seite");
        assertThat(speakers("Dazu wird von keiner Seite gefordert, die Gebühren zu senken.")).doesNotContain("keiner Seite");
    }

    private static List<String> speakers(String text) {
        return extract(text).stream().map(s -> s.speaker() == null ? "-" : s.speaker().mention()).toList();
    }
}
