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
        // a title naming nobody: the story is keyed by the statement's own stems
        Document document = read("velmora-talks", "Harbour Negotiations", content, "en");
        assertThat(document.language()).isEqualTo("en");

        StoryBook book = StoryBook.standard();
        book.ingest(ArticleInfo.of(document), List.of(statementAt("velmora-talks", 0, "Tarek Brunnholz", Stance.CLAIM, content, 0, day(5))));

        // Porter's stem, as for every word of an English article; the German stemmer gives "negotiation".
        assertThat(book.storyOf("velmora-talks", 0).orElseThrow()).contains("negoti").doesNotContain("negotiation");
    }

    private static final String REPORT = "Reuters zufolge hat Selenskyj Scholz um weitere Sanktionen gebeten.";
    private static final String DENIAL = "Die Bundesregierung wies dies am Abend zurück.";

    /** The report, then the denial that points back at it, with {@code between} standing between their sentences. */
    private static List<StoryStatement> reportAndDenial(String id, String between) {
        Document document = read(id, "Streit um Bericht", REPORT + between + DENIAL, "de");
        List<org.storywire.extract.Statement> statements = List.of(
                statementAt(id, 1, "Reuters", Stance.CLAIM, REPORT, 0, day(4)),
                statementAt(id, 2, "Bundesregierung", Stance.DENIAL, DENIAL, REPORT.length() + between.length(), day(5)));
        return Given.grouped(ArticleInfo.of(document), statements.toArray(org.storywire.extract.Statement[]::new));
    }

    @Test
    void aStatementPointingBackAcrossBlankLinesPointsAtTheSentenceJustBefore() {
        // Blank lines are no sentence: the denial's sentence is the next one after the report's, however many characters lie between.
        List<StoryStatement> s = reportAndDenial("blank-lines", "\n\n\n\n\n\n");
        assertThat(s.get(1).storyId()).isEqualTo(s.get(0).storyId());
    }

    @Test
    void aCaptionBetweenIsASentenceThePointerDoesNotReachAcross() {
        List<StoryStatement> s = reportAndDenial("caption", "\nFoto: Archiv\n");
        assertThat(s.get(1).storyId()).isNotEqualTo(s.get(0).storyId());
    }

    @Test
    void theArticlesNamesAreReadFromItsDocumentsTokens() {
        String claim = "Tarek Brunnholz sagte, die Gespräche mit Velmora würden fortgesetzt.";
        Document document = read("lindau-talks", "Gespräche in Lindau", claim + " Ein Sprecher der Orvane Systems bestätigte dies.", "de");
        ArticleInfo info = ArticleInfo.of(document);
        // The same article with a headline and lead as written that name someone else: the grouper reads the document, not these.
        ArticleInfo written = new ArticleInfo(info.articleId(), info.outlet(), info.url(), "Kellbrand in Sarenburg", "Kellbrand in Sarenburg.",
                info.published(), info.language(), info.openingSentences(), document);

        ArticleActors actors = StoryGrouper.standard()
                .open(written, List.of(statementAt("lindau-talks", 0, "Tarek Brunnholz", Stance.CLAIM, claim, 0, day(5)))).actors();

        assertThat(actors.bySalience()).extracting(ArticleActors.Entity::name).contains("Brunnholz", "Velmora", "Orvane")
                .doesNotContain("Kellbrand", "Sarenburg");
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
