package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.story.StoryFamily;
import org.storywire.story.StoryFold;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatement;

/** The fold processor against its real stores (in memory) on a fresh instance, so that nothing is served from its decoded families. */
class FoldStoryProcessorTest {
    private final StoryFold fold = new StoryFold(200);

    @Test
    void aFamilyStoredWholeByAnEarlierBuildIsMovedIntoPartsAndFoldsOnUnchanged() throws IOException {
        Map<String, List<Map.Entry<StoryStatement, RawArticle>>> byFamily = statementsByFamily();
        Map.Entry<String, List<Map.Entry<StoryStatement, RawArticle>>> largest = byFamily.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
        String familyId = largest.getKey();
        List<Map.Entry<StoryStatement, RawArticle>> statements = largest.getValue();
        assertThat(statements).hasSizeGreaterThan(2);
        int half = statements.size() / 2;

        // What an earlier build left after the first half: the family whole in story-families, the published stories in story-state.
        StoryFamily earlier = StoryFamily.empty(familyId);
        for (var s : statements.subList(0, half)) earlier = earlier.apply(fold, List.of(s.getKey()), s.getKey().knownAt()).family();
        MockProcessorContext<String, SpecificRecord> context = new MockProcessorContext<>();
        KeyValueStore<String, StoryFamilyKeys> families = store(context, TopologyNames.STORY_FAMILIES_STORE, StoryFamilyKeys.class);
        KeyValueStore<String, StoryState> folds = store(context, TopologyNames.STORY_FOLDS_STORE, StoryState.class);
        KeyValueStore<String, StoryState> stories = store(context, TopologyNames.STORY_STATE_STORE, StoryState.class);
        store(context, TopologyNames.STORY_STATEMENTS_STORE, StoryStatement.class);
        families.put(familyId, new StoryFamilyKeys(earlier.keys(), earlier.own(), earlier.responses()));
        earlier.published().forEach(stories::put);

        FoldStoryProcessor processor = new FoldStoryProcessor(fold);
        processor.init(context);
        for (var s : statements.subList(half, statements.size())) {
            processor.process(new Record<>(s.getKey().storyId(), StoryMapping.toAvro(s.getKey(), s.getValue()), 0L));
        }

        StoryFamily whole = StoryFamily.empty(familyId);
        for (var s : statements) whole = whole.apply(fold, List.of(s.getKey()), s.getKey().knownAt()).family();
        Map<String, String> expected = new TreeMap<>();
        whole.published().forEach((id, story) -> expected.put(id, StoryMapping.toAvro(story).toString()));
        Map<String, String> written = new TreeMap<>();
        context.forwarded().stream().filter(f -> TopologyNames.STORIES_SINK.equals(f.childName().orElse(null)))
                .forEach(f -> written.put(f.record().key(), String.valueOf(f.record().value())));
        stories.all().forEachRemaining(kv -> assertThat(StoryMapping.toAvro(kv.value).toString()).isEqualTo(expected.get(kv.key)));
        assertThat(written).isNotEmpty();
        written.forEach((id, story) -> assertThat(story).as(id).isEqualTo(expected.get(id)));
        assertThat(families.get(familyId).isLegacy()).isFalse();
        List<String> parts = new ArrayList<>();
        folds.all().forEachRemaining(kv -> parts.add(kv.key));
        assertThat(parts).hasSizeGreaterThanOrEqualTo(whole.own().size());
    }

    private static <T> KeyValueStore<String, T> store(MockProcessorContext<String, SpecificRecord> context, String name, Class<T> type) {
        KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), new StateSerde<>(type))
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private static Map<String, List<Map.Entry<StoryStatement, RawArticle>>> statementsByFamily() throws IOException {
        ArticleAnalyzer analyzer = StorywireTopologyTest.analyzer();
        StoryGrouper grouper = StoryGrouper.standard();
        Map<String, List<Map.Entry<StoryStatement, RawArticle>>> byFamily = new LinkedHashMap<>();
        for (RawArticle raw : SampleArticles.load()) {
            for (StoryStatement s : ArticleStories.of(AvroMapping.article(raw), analyzer, grouper)) {
                byFamily.computeIfAbsent(StoryKey.familyOf(s.storyId()), k -> new ArrayList<>()).add(Map.entry(s, raw));
            }
        }
        return byFamily;
    }
}
