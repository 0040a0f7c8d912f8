package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.inSentences;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.Given.Said;

class AnswerToAnAccusationTest {

    @Test
    void aSpokespersonAnsweringAnAccusationSpeaksForTheAccusedNotTheAccuser() {
        String id = "dienstwagen";
        List<Statement> statements = inSentences(id,
                new Said("Bürgerliste Weidenau", Stance.CLAIM,
                        "Die Bürgerliste Weidenau wirft Bürgermeister Jonas Pirrwitz vor, den Dienstwagen privat genutzt zu haben."),
                new Said("Sprecher", Stance.DENIAL, "Ein Sprecher wies das zurück."));
        StoryBook book = StoryBook.standard();
        book.ingest(article(id, "Weidenauer Bote", "Vorwürfe gegen Bürgermeister Pirrwitz", 5), statements);

        String accusation = book.storyOf(id, 0).orElseThrow();
        assertThat(book.storyOf(id, 1)).contains(accusation);
        StoryState story = book.story(accusation).orElseThrow();
        assertThat(story.status()).isEqualTo(StoryStatus.DENIED);
        assertThat(story.positionOf("Weidenau").map(Position::stance)).as("the accuser does not deny its own claim").isNotEqualTo(Optional.of(Stance.DENIAL));
    }
}
