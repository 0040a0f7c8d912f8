package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryStatement;

class StoryMappingTest {

    /** The stories topic must hold the same bytes for the same story in any JVM (replays and crash recovery compare them). */
    @Test
    void aStoryIsWrittenWithItsOutletsInNameOrder() {
        Map<String, Integer> outlets = new LinkedHashMap<>();
        for (int i = 40; i > 0; i--) outlets.put("Outlet " + i, i % 3 + 1);
        org.storywire.story.StoryState state = new org.storywire.story.StoryState("s", "t", null, List.of(),
                org.storywire.story.StoryStatus.CLAIMED, List.of(), List.of(), 0, 1, outlets, 40, null, null, 1, null, null, Map.of(), 40);

        List<String> sorted = outlets.keySet().stream().sorted().toList();
        assertThat(state.outlets().keySet()).containsExactlyElementsOf(sorted);
        assertThat(StoryMapping.toAvro(state).getOutlets().keySet()).containsExactlyElementsOf(sorted);
    }

    private static ArticleAnalyzer analyzer() {
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        return article -> {
            var document = extractor.read(cleaner.clean(article));
            return new ArticleAnalyzer.Analysis(document, extractor.extract(document));
        };
    }

    @Test
    void aRelayedStatementKeepsItsSourceThroughAvro() {
        Article article = new Article("relay-1", "Testblatt", null, "Rathaus dementiert",
                "Laut dem Sender dementierte das Rathaus die Berichte über eine Schließung des Hallenbads.", "de",
                Instant.parse("2023-05-12T10:00:00Z"), TimePrecision.MINUTE);
        List<StoryStatement> statements = ArticleStories.of(article, analyzer(), StoryGrouper.standard());
        StoryStatement relayed = statements.stream().filter(s -> s.statement().relayedBy() != null).findFirst().orElseThrow();

        org.storywire.avro.Statement avro = StoryMapping.toAvro(relayed);
        assertThat(avro.getRelayedBy().getMention()).isEqualTo("dem Sender");
        assertThat(StoryMapping.fromAvro(avro).statement()).isEqualTo(relayed.statement());
    }

    @Test
    void theWordsAStatementQuotesTravelWithItThroughAvro() {
        Article article = new Article("quoted-1", "Testblatt", null, null,
                "Die Landrätin sagte, die Verwaltung habe einen „schweren Fehler“ gemacht, den man korrigieren werde.", "de",
                Instant.parse("2023-05-12T10:00:00Z"), TimePrecision.MINUTE);
        StoryStatement quoting = ArticleStories.of(article, analyzer(), StoryGrouper.standard()).stream()
                .filter(s -> !s.statement().quoted().isEmpty()).findFirst().orElseThrow();

        org.storywire.avro.Statement avro = StoryMapping.toAvro(quoting);
        assertThat(avro.getQuoted()).hasSize(1);
        assertThat(StoryMapping.fromAvro(avro).statement()).isEqualTo(quoting.statement());
    }

    @Test
    void everySampleStatementSurvivesTheTripThroughAvro() throws IOException {
        ArticleAnalyzer analyzer = analyzer();
        StoryGrouper grouper = StoryGrouper.standard();
        int checked = 0;
        int withShingles = 0;
        for (RawArticle raw : SampleArticles.load()) {
            List<StoryStatement> statements = ArticleStories.of(AvroMapping.article(raw), analyzer, grouper);
            for (StoryStatement s : statements) {
                org.storywire.avro.Statement avro = StoryMapping.toAvro(s);
                StoryStatement back = StoryMapping.fromAvro(avro);
                assertThat(back.storyId()).isEqualTo(s.storyId());
                assertThat(back.key()).isEqualTo(s.key());
                assertThat(back.statement()).isEqualTo(s.statement());
                assertThat(back.party()).isEqualTo(s.party());
                assertThat(back.standing()).isEqualTo(s.standing());
                assertThat(back.shingles()).as("the fold's near-duplicate hashes travel with the statement").isEqualTo(s.shingles());
                if (!s.shingles().isEmpty()) withShingles++;
                checked++;
            }
        }
        assertThat(checked).isPositive();
        assertThat(withShingles).isPositive();
    }
}
