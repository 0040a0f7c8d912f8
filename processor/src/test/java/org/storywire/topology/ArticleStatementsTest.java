package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.StatementExtractor;
import org.storywire.query.DtoMapper;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryStatement;

class ArticleStatementsTest {

    private static List<StoryStatement> statementsOf(String body) {
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        ArticleAnalyzer analyzer = article -> {
            var document = extractor.read(cleaner.clean(article));
            return new ArticleAnalyzer.Analysis(document, extractor.extract(document));
        };
        Article article = new Article("kai-1", "Testblatt", "https://testblatt.example/kai-1", "Hafenamt widerspricht", body, "de",
                Instant.parse("2023-05-12T10:00:00Z"), TimePrecision.MINUTE);
        // as the extract processor keeps them: as the fold reads them off the statements topic
        return ArticleStories.of(article, analyzer, StoryGrouper.standard()).stream().map(s -> StoryMapping.fromAvro(StoryMapping.toAvro(s))).toList();
    }

    @Test
    void theStoreKeepsWhatTheApiListsButNotTheWordHashes() {
        List<StoryStatement> folded = statementsOf("Das Hafenamt wies am Montag Berichte zurück, wonach die Kaimauer am Nordufer "
                + "abgerissen werden solle. Der Bürgermeister sagte, die Sanierung beginne im Herbst wie geplant.");
        assertThat(folded).isNotEmpty().anySatisfy(s -> assertThat(s.shingles()).isNotEmpty());

        ArticleStatements stored = new ArticleStatements("kai-1", "hash", folded);

        assertThat(stored.statements()).hasSameSizeAs(folded).allSatisfy(s -> assertThat(s.shingles()).isEmpty());
        for (int i = 0; i < folded.size(); i++) {
            StoryStatement was = folded.get(i);
            StoryStatement kept = stored.statements().get(i);
            assertThat(DtoMapper.statement(kept)).as("what the API lists of the article").isEqualTo(DtoMapper.statement(was));
            assertThat(kept.storyId()).as("what a withdrawal names").isEqualTo(was.storyId());
            assertThat(kept.articleId()).isEqualTo(was.articleId());
        }
        StateSerde<ArticleStatements> serde = new StateSerde<>(ArticleStatements.class);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", stored))).isEqualTo(stored);
    }
}
