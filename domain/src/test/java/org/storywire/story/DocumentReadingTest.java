package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statementAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Document;
import org.storywire.extract.Stance;
import org.storywire.extract.StatementExtractor;

/** The story layer reads an article as extraction read it: its language and sentences come from the document, on articles written for this test. */
class DocumentReadingTest {

    private static final StatementExtractor EXTRACTOR = new StatementExtractor();

    private static Document read(String id, String title, String text, String language) {
        return EXTRACTOR.read(new CleanArticle(id, "Harbour Post", "https://example.org/" + id, title, text, language, day(5), TimePrecision.DAY));
    }

    @Test
    void aStatementIsStemmedInItsArticlesLanguageNotInAGuessFromItsFewWords() {
        // Too few words for the detector to call English: read alone, the statement would be stemmed as German.
        String content = "Negotiations continuing";
        Document document = read("velmora-talks", "Velmora Negotiations", content, "en");
        assertThat(document.language()).isEqualTo("en");

        StoryBook book = StoryBook.standard();
        book.ingest(ArticleInfo.of(document), List.of(statementAt("velmora-talks", 0, "Tarek Brunnholz", Stance.CLAIM, content, 0, day(5))));

        // Porter's stem, as for every word of an English article; the German stemmer gives "negotiation".
        assertThat(book.storyOf("velmora-talks", 0).orElseThrow()).contains("negoti").doesNotContain("negotiation");
    }

    @Test
    void theHeadlineAndLeadAreTheDocumentsSentences() {
        Document document = read("darrow", "Gov. Darrow to quit. Aides confirm report",
                "Helen Darrow, the governor of Kostrava, plans to resign, aides told the Harbour Post on Tuesday. She declined to comment.", "en");

        ArticleInfo info = ArticleInfo.of(document);

        // A title's full stop ends no sentence: "Gov. Darrow" stays one, as extraction reads it.
        assertThat(info.openingSentences()).containsExactly("Gov. Darrow to quit.", "Aides confirm report",
                "Helen Darrow, the governor of Kostrava, plans to resign, aides told the Harbour Post on Tuesday.", "She declined to comment.");
        assertThat(info.language()).isEqualTo("en");
        assertThat(info.title()).isEqualTo("Gov. Darrow to quit. Aides confirm report");
    }

    @Test
    void withoutATitleTheFirstLineIsTheHeadlineAndTheLeadStopsAfterSixHundredCharacters() {
        String sentence = "Die Gespräche zwischen Velmora und Tarsenien wurden am Montag in Lindau fortgesetzt, sagte ein Sprecher. ";
        String body = "Gespräche in Lindau fortgesetzt\n" + sentence.repeat(8).strip();
        ArticleInfo info = ArticleInfo.of(read("lindau", null, body, "de"));

        assertThat(info.title()).isEqualTo("Gespräche in Lindau fortgesetzt");
        assertThat(info.language()).isEqualTo("de");
        assertThat(info.lead()).hasSize(600).startsWith(sentence.strip());
        // Headline, five whole sentences and the sixth cut where the lead ends.
        assertThat(info.openingSentences()).hasSize(7).startsWith("Gespräche in Lindau fortgesetzt", sentence.strip());
    }
}
