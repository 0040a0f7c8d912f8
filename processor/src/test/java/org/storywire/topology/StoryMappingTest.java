package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.clean.Cleaner;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryStatement;

class StoryMappingTest {

    @Test
    void everySampleStatementSurvivesTheTripThroughAvro() throws IOException {
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        ArticleAnalyzer analyzer = article -> {
            var clean = cleaner.clean(article);
            return new ArticleAnalyzer.Analysis(clean, extractor.extract(clean));
        };
        StoryGrouper grouper = StoryGrouper.standard();
        int checked = 0;
        for (RawArticle raw : SampleArticles.load()) {
            List<StoryStatement> statements = ArticleStories.of(AvroMapping.article(raw), analyzer, grouper);
            for (StoryStatement s : statements) {
                org.storywire.avro.Statement avro = StoryMapping.toAvro(s, raw);
                StoryStatement back = StoryMapping.fromAvro(avro);
                assertThat(back.storyId()).isEqualTo(s.storyId());
                assertThat(back.key()).isEqualTo(s.key());
                assertThat(back.statement()).isEqualTo(s.statement());
                assertThat(back.party()).isEqualTo(s.party());
                assertThat(back.standing()).isEqualTo(s.standing());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }
}
