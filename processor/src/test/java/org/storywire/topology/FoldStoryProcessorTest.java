package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.story.ArticleLedger;
import org.storywire.story.LedgerMap;
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
    void aFreshInstanceReadsAFamilyFromItsStoresAndFoldsOnAsTheFamilyValueDoes() throws IOException {
        Map<String, List<Map.Entry<StoryStatement, RawArticle>>> byFamily = statementsByFamily();
        Map.Entry<String, List<Map.Entry<StoryStatement, RawArticle>>> largest = byFamily.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
        String familyId = largest.getKey();
        List<Map.Entry<StoryStatement, RawArticle>> statements = largest.getValue();
        assertThat(statements).hasSizeGreaterThan(2);
        int half = statements.size() / 2;

        MockProcessorContext<String, SpecificRecord> context = new MockProcessorContext<>();
        store(context, TopologyNames.STORY_FAMILIES_STORE, StoryFamilyKeys.class);
        store(context, TopologyNames.STORY_FOLDS_STORE, StoryState.class);
        KeyValueStore<String, ArticleLedger> ledgers = store(context, TopologyNames.STORY_LEDGERS_STORE, ArticleLedger.class);
        KeyValueStore<String, StoryState> stories = store(context, TopologyNames.STORY_STATE_STORE, StoryState.class);
        store(context, TopologyNames.STORY_STATEMENTS_STORE, StoryStatement.class);
        // The first half through one instance, the second through a new one: it decodes the family from the stores alone.
        for (List<Map.Entry<StoryStatement, RawArticle>> part : List.of(statements.subList(0, half), statements.subList(half, statements.size()))) {
            FoldStoryProcessor processor = new FoldStoryProcessor(fold);
            processor.init(context);
            for (var s : part) processor.process(new Record<>(s.getKey().storyId(), StoryMapping.toAvro(s.getKey(), s.getValue()), 0L));
        }

        StoryFamily whole = StoryFamily.empty(familyId);
        LedgerMap inMemory = new LedgerMap();
        for (var s : statements) {
            StoryFamily.Result result = whole.apply(fold, inMemory, List.of(s.getKey()), s.getKey().knownAt());
            inMemory.record(result.ledgers());
            whole = result.family();
        }
        Map<String, StoryState> stored = new TreeMap<>();
        stories.all().forEachRemaining(kv -> stored.put(kv.key, kv.value));
        StoryFamily expected = whole;
        assertThat(stored).isEqualTo(expected.published());
        Map<String, String> written = new TreeMap<>();
        context.forwarded().stream().filter(f -> TopologyNames.STORIES_SINK.equals(f.childName().orElse(null)))
                .forEach(f -> written.put(f.record().key(), String.valueOf(f.record().value())));
        assertThat(written).isNotEmpty();
        written.forEach((id, story) -> assertThat(story).as(id).isEqualTo(StoryMapping.toAvro(expected.published().get(id)).toString()));
        // One ledger per story part and article, each under its own key.
        Set<List<String>> parts = new TreeSet<>(java.util.Comparator.comparing(Object::toString));
        for (var s : statements) {
            parts.add(List.of(s.getKey().storyId(), s.getKey().articleId()));
            if (StoryFamily.isSharedResponse(s.getKey())) parts.add(List.of(StoryFamily.RESPONSES, s.getKey().articleId()));
        }
        List<String> keys = new ArrayList<>();
        ledgers.all().forEachRemaining(kv -> keys.add(kv.key));
        assertThat(keys).hasSize(parts.size());
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
