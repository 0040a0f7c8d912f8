package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Dieser bestätigte, ...": a demonstrative with no noun behind it is a pronoun, and as the subject of a reporting verb the
 * speaker's mention; who it stands for is left open (it turns away from the last speaker). Every text is written for this test.
 */
class GermanDemonstrativeSpeakerTest {
    @Test
    void aDemonstrativeBeforeTheCueIsTheSpeaker() {
        List<Statement> statements = extract("Der Verein bat den Bürgermeister um Hilfe. Dieser bestätigte, dass die Halle saniert werde.");
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.speaker().mention()).isEqualTo("Dieser");
            assertThat(s.speaker().canonical()).isNull();
        });
    }

    @Test
    void aDemonstrativeBehindTheCueToo() {
        assertThat(speakers("Für die Sängerin, so schrieb diese in einer Stellungnahme, sei es eine Ehre, in der Halle aufzutreten."))
                .containsExactly("diese");
        assertThat(speakers("Der Anwalt brachte einen Gutachter mit. Letzterer erklärte, die Unterschrift sei gefälscht."))
                .containsExactly("Letzterer");
    }

    @Test
    void aDemonstrativeBeforeItsNounIsAnArticle() {
        assertThat(speakers("Diese neuen Regeln seien gut, sagte der Trainer.")).containsExactly("der Trainer");
    }

    private static List<String> speakers(String text) {
        return extract(text).stream().map(s -> s.speaker() == null ? "-" : s.speaker().mention()).toList();
    }
}
