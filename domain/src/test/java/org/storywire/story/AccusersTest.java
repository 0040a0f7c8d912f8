package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

class AccusersTest {

    private static ArticleActors actors(String title, String... sentences) {
        return ArticleActors.of(title, sentences[0], List.of(sentences), false);
    }

    @Test
    void theNameBeforeAnAccusingVerbAccusesTheOneAfterIt() {
        String sentence = "Der Imkerbund Zelvanto wirft dem Saatguthersteller Agrovell vor, verbotene Beizmittel verkauft zu haben.";
        ArticleActors actors = actors("Imkerbund gegen Agrovell", sentence, "Agrovell wies das zurück, teilte der Imkerbund Zelvanto mit.");

        Accusers.Accusation accusation = Accusers.in(TextAnalysis.words(sentence), actors).orElseThrow();

        assertThat(accusation.accusers()).containsExactly(actors.keyOf("Zelvanto").orElseThrow());
        assertThat(accusation.accused()).containsExactly(actors.keyOf("Agrovell").orElseThrow());
    }

    @Test
    void aPassiveOrAThrowWithoutItsParticleAccusesNobody() {
        ArticleActors actors = actors("Agrovell unter Druck",
                "Agrovell wird beschuldigt, Beizmittel verkauft zu haben, sagte der Imkerbund Zelvanto.",
                "Zelvanto warf Agrovell einen Ball zu.");

        assertThat(Accusers.in(TextAnalysis.words("Agrovell wird beschuldigt, Beizmittel verkauft zu haben, sagte der Imkerbund Zelvanto."), actors)).isEmpty();
        assertThat(Accusers.in(TextAnalysis.words("Zelvanto warf Agrovell einen Ball zu."), actors)).isEmpty();
        assertThat(Accusers.in(TextAnalysis.words("Brightwell was accused by Zelvanto of selling banned seed."), actors)).isEmpty();
    }

    @Test
    void anAccusationIsKeyedByTheAccusedAloneAsItsAnswer() {
        String id = "beizmittel";
        List<Statement> statements = inSentences(id,
                new Said("Imkerbund Zelvanto", Stance.CLAIM,
                        "Der Imkerbund Zelvanto wirft dem Saatguthersteller Agrovell vor, verbotene Beizmittel verkauft zu haben."),
                new Said("Agrovell", Stance.DENIAL, "Agrovell wies die Vorwürfe zurück."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Landbote", "Imkerbund Zelvanto erhebt Vorwürfe gegen Agrovell", 5), statements);

        String accusation = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 1)).as("the denial answers the accusation").contains(accusation);
        assertThat(book.story(accusation).orElseThrow().positionOf("Zelvanto").orElseThrow().standing())
                .as("the accuser is no party of what it claims of another").isEqualTo(Standing.THIRD_PARTY);
    }
}
