package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statementAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/** A ministry speaks for its minister, on sentences written for this test. */
class MinistrySpeakerTest {

    @Test
    void aMinistrySpeaksForTheMinisterTheArticleNames() {
        String id = "wernack";
        String claim = "Innenminister Tobias Wernack will nach Informationen aus Koalitionskreisen zurücktreten.";
        String silence = "Ein Sprecher des Innenministeriums wollte die Angaben am Abend nicht bestätigen.";
        ArticleInfo article = new ArticleInfo(id, "Nordkurier", "https://example.org/" + id, "Wernack vor dem Rücktritt?",
                "Die Opposition im Landtag von Kostrava fordert Aufklärung.", day(5), "de");
        StoryBook book = StoryBook.standard();
        book.ingest(article, List.of(
                statementAt(id, 0, "Koalitionskreise", Stance.CLAIM, claim, 0, day(5)),
                statementAt(id, 1, "Ein Sprecher des Innenministeriums", Stance.NO_COMMENT, silence, claim.length() + 1, day(5))));

        StoryState story = book.story(book.storyOf(id, 1).orElseThrow()).orElseThrow();
        assertThat(story.positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Wernack");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
            assertThat(p.stance()).isEqualTo(Stance.NO_COMMENT);
        });
    }

    @Test
    void anEnglishMinistrySpeaksForTheMinisterOfItsPortfolio() {
        String id = "darrow";
        String claim = "Foreign Minister Helen Darrow plans to resign, two officials told the Harbour Post.";
        String silence = "A spokesman for the foreign ministry declined to comment.";
        ArticleInfo article = new ArticleInfo(id, "Harbour Post", "https://example.org/" + id, "Darrow to quit, officials say",
                "The opposition in Kostrava demanded answers on Tuesday.", day(5), "en");
        StoryBook book = StoryBook.standard();
        book.ingest(article, List.of(
                statementAt(id, 0, "two officials", Stance.CLAIM, claim, 0, day(5)),
                statementAt(id, 1, "A spokesman for the foreign ministry", Stance.NO_COMMENT, silence, claim.length() + 1, day(5))));

        StoryState story = book.story(book.storyOf(id, 1).orElseThrow()).orElseThrow();
        assertThat(story.positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Darrow");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
        });
    }

    @Test
    void aMinistryThatSpeaksItselfSpeaksForItsMinister() {
        String id = "hollmann";
        String claim = "Bauministerin Frauke Hollmann will nach Informationen aus Fraktionskreisen zurücktreten.";
        String denial = "Das Bauministerium wies den Bericht zurück.";
        ArticleInfo article = new ArticleInfo(id, "Kellstädter Bote", "https://example.org/" + id, "Hollmann vor dem Rücktritt?",
                claim, day(5), "de");
        StoryBook book = StoryBook.standard();
        book.ingest(article, List.of(
                statementAt(id, 0, "Fraktionskreise", Stance.CLAIM, claim, 0, day(5)),
                statementAt(id, 1, "Das Bauministerium", Stance.DENIAL, denial, claim.length() + 1, day(5))));

        StoryState story = book.story(book.storyOf(id, 1).orElseThrow()).orElseThrow();
        assertThat(story.positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Hollmann");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
            assertThat(p.stance()).isEqualTo(Stance.DENIAL);
        });
        assertThat(story.status()).isEqualTo(StoryStatus.DENIED);
    }

    @Test
    void aBareMinistrySpeaksForTheOneMinisterTheArticleNames() {
        String id = "hollmann2";
        String claim = "Bauministerin Frauke Hollmann will nach Informationen aus Fraktionskreisen zurücktreten.";
        String denial = "„Die Ministerin bleibt im Amt“, sagte ein Sprecher des Ministeriums.";
        ArticleInfo article = new ArticleInfo(id, "Kellstädter Bote", "https://example.org/" + id, "Hollmann vor dem Rücktritt?",
                claim, day(5), "de");
        StoryBook book = StoryBook.standard();
        book.ingest(article, List.of(
                statementAt(id, 0, "Fraktionskreise", Stance.CLAIM, claim, 0, day(5)),
                statementAt(id, 1, "ein Sprecher des Ministeriums", Stance.DENIAL, denial, claim.length() + 1, day(5))));

        StoryState story = book.story(book.storyOf(id, 1).orElseThrow()).orElseThrow();
        assertThat(story.positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Hollmann");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
        });
    }
}
