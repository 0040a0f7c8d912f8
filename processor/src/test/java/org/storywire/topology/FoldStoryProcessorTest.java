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
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.extract.Statement;
import org.storywire.story.ArticleInfo;
import org.storywire.story.ArticleLedger;
import org.storywire.story.CopyEntry;
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
    void statementKeysArePaddedAsTheFormatterPaddedThem() {
        for (long value : new long[] {0, 7, 1_733_300_000_000L - Long.MIN_VALUE / 2, 12_345_678, 123_456_789, Long.MAX_VALUE, -42, Long.MIN_VALUE}) {
            assertThat(FoldStoryProcessor.zeroPadded(value, 20)).isEqualTo(String.format("%020d", value));
            assertThat(FoldStoryProcessor.zeroPadded(value, 8)).isEqualTo(String.format("%08d", value));
        }
    }

    @Test
    void aFreshInstanceReadsAFamilyFromItsStoresAndFoldsOnAsTheFamilyValueDoes() throws IOException {
        Map.Entry<String, List<StoryStatement>> largest = largestFamily();
        assertThat(largest.getValue()).hasSizeGreaterThan(2);
        foldsThroughItsStoresAsTheFamilyValue(largest.getKey(), largest.getValue());
    }

    @Test
    void storiesLargeEnoughToKeepACopyIndexKeepItInItsStore() throws IOException {
        Map.Entry<String, List<StoryStatement>> largest = largestFamily();
        // The family's articles twenty times over under new ids: copies of one text, each story of twenty articles or more.
        List<StoryStatement> copied = new ArrayList<>();
        for (int copy = 0; copy < 20; copy++) {
            for (var s : largest.getValue()) copied.add(renamed(s, "-" + copy));
        }
        KeyValueStore<String, CopyEntry> copies = foldsThroughItsStoresAsTheFamilyValue(largest.getKey(), copied);
        assertThat(copies.approximateNumEntries()).isPositive();
    }

    @Test
    void aStatementWritesAsManyTimelineEntriesToALargeStoryAsToASmallOne() throws IOException {
        Map.Entry<String, List<StoryStatement>> largest = largestFamily();
        MockProcessorContext<String, SpecificRecord> context = new MockProcessorContext<>();
        AtomicLong entriesWritten = new AtomicLong();
        store(context, TopologyNames.STORY_FAMILIES_STORE, StoryFamilyKeys.class);
        KeyValueStore<String, StoryState> folds = store(context, TopologyNames.STORY_FOLDS_STORE, new CountingSerde<>(StoryState.class, entriesWritten));
        store(context, TopologyNames.STORY_LEDGERS_STORE, ArticleLedger.class);
        store(context, TopologyNames.STORY_COPIES_STORE, CopyEntry.class);
        store(context, TopologyNames.STORY_STATE_STORE, new CountingSerde<>(StoryState.class, entriesWritten));
        store(context, TopologyNames.STORY_TIMELINE_STORE, new CountingSerde<>(TimelineGroup.class, entriesWritten));
        store(context, TopologyNames.STORY_STATEMENTS_STORE, StoryStatement.class);
        FoldStoryProcessor processor = new FoldStoryProcessor(fold);
        processor.init(context);
        // The family's articles forty times over, each copy's ids after the one before's: its stories' timelines fill up to their bound.
        List<Long> perCopy = new ArrayList<>();
        for (int copy = 0; copy < 40; copy++) {
            long before = entriesWritten.get();
            for (var s : largest.getValue()) {
                StoryStatement renamed = renamed(s, String.format("-%02d", copy));
                processor.process(new Record<>(renamed.storyId(), StoryMapping.toAvro(renamed), 0L));
            }
            perCopy.add(entriesWritten.get() - before);
        }
        assertThat(folds.approximateNumEntries()).as("the family keeps folds apart from its stories").isPositive();
        // An article's group written per statement a timeline takes, and once more where a full timeline drops an entry of an
        // article with others in the story: at most twice the first copy's, whatever the timeline holds.
        assertThat(perCopy).as("timeline entries written per copy").allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2 * perCopy.get(0)));
        assertThat(perCopy.get(0)).isPositive();
    }

    /** A store serde that counts the timeline entries of the values it serialises: those of an article's group, or those a story holds. */
    private record CountingSerde<T>(StateSerde<T> serde, AtomicLong entries) implements Serde<T> {
        CountingSerde(Class<T> type, AtomicLong entries) {
            this(new StateSerde<>(type), entries);
        }

        @Override
        public Serializer<T> serializer() {
            return (topic, value) -> {
                if (value instanceof TimelineGroup group) entries.addAndGet(group.entries().size());
                if (value instanceof StoryState story) entries.addAndGet(story.timeline().size());
                return serde.serializer().serialize(topic, value);
            };
        }

        @Override
        public Deserializer<T> deserializer() { return serde.deserializer(); }
    }

    /** Folds the statements through two processor instances in turn and compares with the family value folded in memory. */
    private KeyValueStore<String, CopyEntry> foldsThroughItsStoresAsTheFamilyValue(String familyId,
                                                                               List<StoryStatement> statements) {
        int half = statements.size() / 2;

        MockProcessorContext<String, SpecificRecord> context = new MockProcessorContext<>();
        store(context, TopologyNames.STORY_FAMILIES_STORE, StoryFamilyKeys.class);
        KeyValueStore<String, StoryState> folds = store(context, TopologyNames.STORY_FOLDS_STORE, StoryState.class);
        KeyValueStore<String, ArticleLedger> ledgers = store(context, TopologyNames.STORY_LEDGERS_STORE, ArticleLedger.class);
        KeyValueStore<String, CopyEntry> copies = store(context, TopologyNames.STORY_COPIES_STORE, CopyEntry.class);
        KeyValueStore<String, StoryState> stories = store(context, TopologyNames.STORY_STATE_STORE, StoryState.class);
        KeyValueStore<String, TimelineGroup> timelines = store(context, TopologyNames.STORY_TIMELINE_STORE, TimelineGroup.class);
        store(context, TopologyNames.STORY_STATEMENTS_STORE, StoryStatement.class);
        // The first half through one instance, the second through a new one: it decodes the family from the stores alone.
        for (List<StoryStatement> part : List.of(statements.subList(0, half), statements.subList(half, statements.size()))) {
            FoldStoryProcessor processor = new FoldStoryProcessor(fold);
            processor.init(context);
            for (var s : part) processor.process(new Record<>(s.storyId(), StoryMapping.toAvro(s), 0L));
        }

        StoryFamily whole = StoryFamily.empty(familyId);
        LedgerMap inMemory = new LedgerMap();
        for (var s : statements) {
            StoryFamily.Result result = whole.apply(fold, inMemory, List.of(s), s.knownAt());
            inMemory.record(result);
            whole = result.family();
        }
        Map<String, StoryState> stored = new TreeMap<>();
        stories.all().forEachRemaining(kv -> stored.put(kv.key, StoryTimelines.withTimeline(timelines, kv.value)));
        StoryFamily expected = whole;
        assertThat(stored).isEqualTo(expected.published());
        // A story's value holds no timeline: each entry has a key of its own, and no other entry is left.
        stories.all().forEachRemaining(kv -> assertThat(kv.value.timeline()).as(kv.key).isEmpty());
        // Nor does a fold stored apart from its story: its entries have keys of their own too.
        folds.all().forEachRemaining(kv -> assertThat(kv.value.timeline()).as(kv.key).isEmpty());
        long foldEntries = expected.own().keySet().stream().filter(id -> FamilyStore.keepsOwnFold(expected, id))
                .mapToLong(id -> expected.own().get(id).timeline().size()).sum()
                + (expected.responses() == null ? 0 : expected.responses().timeline().size());
        long[] storedEntries = {0};
        timelines.all().forEachRemaining(kv -> storedEntries[0] += kv.value.entries().size());
        assertThat(storedEntries[0])
                .isEqualTo(expected.published().values().stream().mapToLong(story -> story.timeline().size()).sum() + foldEntries).isPositive();
        Map<String, String> written = new TreeMap<>();
        context.forwarded().stream().filter(f -> TopologyNames.STORIES_SINK.equals(f.childName().orElse(null)))
                .forEach(f -> written.put(f.record().key(), String.valueOf(f.record().value())));
        assertThat(written).isNotEmpty();
        written.forEach((id, story) -> assertThat(story).as(id).isEqualTo(StoryMapping.toAvro(expected.published().get(id)).toString()));
        // A story's fold has a key of its own only where it is not the story as published: the timeline is stored once.
        List<String> foldKeys = new ArrayList<>();
        folds.all().forEachRemaining(kv -> foldKeys.add(kv.key.substring(FoldStoryProcessor.familyPrefix(familyId).length())));
        List<String> differing = expected.own().keySet().stream().filter(id -> FamilyStore.keepsOwnFold(expected, id)).toList();
        assertThat(foldKeys).containsExactlyInAnyOrderElementsOf(expected.responses() == null ? differing
                : java.util.stream.Stream.concat(differing.stream(), java.util.stream.Stream.of(StoryFamily.RESPONSES)).toList());
        assertThat(differing).hasSizeLessThan(expected.own().size());
        // One ledger per story part and article, each under its own key.
        Set<List<String>> parts = new TreeSet<>(java.util.Comparator.comparing(Object::toString));
        for (var s : statements) {
            parts.add(List.of(s.storyId(), s.articleId()));
            if (StoryFamily.isSharedResponse(s)) parts.add(List.of(StoryFamily.RESPONSES, s.articleId()));
        }
        List<String> keys = new ArrayList<>();
        ledgers.all().forEachRemaining(kv -> keys.add(kv.key));
        assertThat(keys).hasSize(parts.size());
        // The copy index in its store is what the family value wrote (the sample stories are too small to keep one).
        copies.all().forEachRemaining(kv -> {
            String partAndKey = kv.key.substring(FoldStoryProcessor.familyPrefix(familyId).length());
            int end = partAndKey.indexOf('\u0000');
            assertThat(kv.value).as(kv.key).isEqualTo(inMemory.of(partAndKey.substring(0, end)).copies().get(partAndKey.substring(end + 1)));
        });
        return copies;
    }

    private static Map.Entry<String, List<StoryStatement>> largestFamily() throws IOException {
        return statementsByFamily().entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
    }

    private static StoryStatement renamed(StoryStatement s, String suffix) {
        Statement st = s.statement();
        ArticleInfo a = s.article();
        return new StoryStatement(s.key(), new Statement(st.articleId() + suffix, st.ordinal(), st.speaker(), st.stance(), st.attribution(),
                st.proposition(), st.cue(), st.content(), st.sentence(), st.sentenceText(), st.madeAt(), st.madeAtPrecision(), st.confidence(), st.relayedBy(),
                st.quoted(), st.question()),
                new ArticleInfo(a.articleId() + suffix, a.outlet(), a.url(), a.title(), a.lead(), a.published(), a.language(), a.openingSentences(), a.document()),
                s.speaker(), s.party(), s.speakerSide(), s.actors(), s.shingles());
    }

    private static <T> KeyValueStore<String, T> store(MockProcessorContext<String, SpecificRecord> context, String name, Class<T> type) {
        return store(context, name, new StateSerde<>(type));
    }

    private static <T> KeyValueStore<String, T> store(MockProcessorContext<String, SpecificRecord> context, String name, Serde<T> serde) {
        KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private static Map<String, List<StoryStatement>> statementsByFamily() throws IOException {
        ArticleAnalyzer analyzer = StorywireTopologyTest.analyzer();
        StoryGrouper grouper = StoryGrouper.standard();
        Map<String, List<StoryStatement>> byFamily = new LinkedHashMap<>();
        for (RawArticle raw : SampleArticles.load()) {
            for (StoryStatement s : ArticleStories.of(AvroMapping.article(raw), analyzer, grouper)) {
                byFamily.computeIfAbsent(StoryKey.familyOf(s.storyId()), k -> new ArrayList<>()).add(s);
            }
        }
        return byFamily;
    }
}
