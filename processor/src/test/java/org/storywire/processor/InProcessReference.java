package org.storywire.processor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storywire.avro.RawArticle;
import org.storywire.story.StoryFold;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryStatement;
import org.storywire.topology.ArticleAnalyzer;
import org.storywire.topology.ArticleStories;
import org.storywire.topology.AvroMapping;

/** The same domain steps as the topology, without Kafka: what the pipeline must reproduce. */
final class InProcessReference {
    private InProcessReference() {}

    /** story id -> final status over the given articles. */
    static Map<String, String> statuses(List<RawArticle> articles) {
        ArticleAnalyzer analyzer = new ExtractionAnalyzer();
        StoryGrouper grouper = StoryGrouper.standard();
        Map<String, List<StoryStatement>> byStory = new HashMap<>();
        for (RawArticle raw : articles) {
            for (StoryStatement s : ArticleStories.of(AvroMapping.article(raw), analyzer, grouper)) {
                byStory.computeIfAbsent(s.storyId(), k -> new ArrayList<>()).add(s);
            }
        }
        StoryFold fold = new StoryFold();
        Map<String, String> result = new TreeMap<>();
        byStory.forEach((id, statements) -> fold.asOf(statements, Instant.MAX)
                .ifPresent(state -> result.put(id, state.status().name())));
        return result;
    }
}
