package org.storywire.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSummary;
import org.storywire.story.ArticleLedger;
import org.storywire.story.CopyEntry;
import org.storywire.story.StoryFold;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatement;

/**
 * The whole stream processor, top to bottom:
 *
 * <pre>
 * articles.raw  (article id -> RawArticle)
 *   -> extract-statements   clean, extract, assign each statement to its story      [article-statements]
 *   -> statements           (story id -> Statement)
 *   -> article-signatures   (article id -> SignedArticle, ONE partition; tombstone = retraction)
 *        -> order-signatures  merge the partitions' signatures in an order a replay repeats   [signature-order]
 *        -> assign-event    join or found the article's news event                    [event-summaries, article-events, event-members;
 *                                                                                     unlogged, derived: event-posting-lists, event-postings, event-expiry,
 *                                                                                     event-member-heads]
 *        -> events          (event id -> EventState, compacted; merges and expiry included)
 *   -> fold-story           fold into the story family's state      [story-families, story-folds, story-ledgers, story-copies, story-state,
 *                                                                    story-timeline, story-statements]
 *   -> stories              (story id -> StoryState, compacted)
 *   -> story-updates        (story id -> StoryUpdate, only when something changed)
 * </pre>
 *
 * The statements topic is both an output and the fold's input: it re-keys statements from
 * article to story, partitioned by the story's family ({@link FamilyPartitioner}), so that one
 * partition holds all stories a denial can answer. Undeserialisable records and
 * processing failures go to the dead-letter topic (see {@link StreamsSettings}).
 */
public final class StorywireTopology {
    private StorywireTopology() {}

    /** The topology for an {@code articles.raw} of one partition. */
    public static Topology build(Topics topics, int timelineLimit, Supplier<ArticleAnalyzer> analyzers, TimeWindow window) {
        return build(topics, timelineLimit, analyzers, window, 1);
    }

    /** @param articlePartitions the partitions of {@code articles.raw}, whose signatures event assignment merges */
    public static Topology build(Topics topics, int timelineLimit, Supplier<ArticleAnalyzer> analyzers, TimeWindow window, int articlePartitions) {
        StoryFold fold = new StoryFold(timelineLimit);
        StoryGrouper grouper = StoryGrouper.standard();
        Topology t = new Topology();

        t.addSource(TopologyNames.ARTICLES_SOURCE,
                topics.articlesRaw().keySerde().deserializer(), topics.articlesRaw().valueSerde().deserializer(),
                topics.articlesRaw().name());
        t.addProcessor(TopologyNames.EXTRACT_STATEMENTS,
                () -> new ExtractStatementsProcessor(analyzers.get(), grouper, window), TopologyNames.ARTICLES_SOURCE);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.ARTICLE_STATEMENTS_STORE),
                Serdes.String(), new StateSerde<>(ArticleStatements.class)), TopologyNames.EXTRACT_STATEMENTS);
        t.addSink(TopologyNames.STATEMENTS_SINK, topics.statements().name(),
                topics.statements().keySerde().serializer(), topics.statements().valueSerde().serializer(),
                FamilyPartitioner.INSTANCE, TopologyNames.EXTRACT_STATEMENTS);
        t.addSink(TopologyNames.ARTICLE_SIGNATURES_SINK, topics.articleSignatures().name(),
                topics.articleSignatures().keySerde().serializer(), topics.articleSignatures().valueSerde().serializer(),
                TopologyNames.EXTRACT_STATEMENTS);

        t.addSource(TopologyNames.ARTICLE_SIGNATURES_SOURCE,
                topics.articleSignatures().keySerde().deserializer(), topics.articleSignatures().valueSerde().deserializer(),
                topics.articleSignatures().name());
        t.addProcessor(TopologyNames.ORDER_SIGNATURES, () -> new OrderSignaturesProcessor(articlePartitions),
                TopologyNames.ARTICLE_SIGNATURES_SOURCE);
        // Cached: a signature that leaves within the commit it came in writes its changelog once (a tombstone).
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.SIGNATURE_ORDER_STORE),
                Serdes.String(), new StateSerde<>(OrderSignaturesProcessor.Waiting.class)).withCachingEnabled(), TopologyNames.ORDER_SIGNATURES);
        t.addProcessor(TopologyNames.ASSIGN_EVENT, () -> new AssignEventProcessor(EventSettings.defaults()),
                TopologyNames.ORDER_SIGNATURES);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.EVENTS_STORE),
                Serdes.String(), new StateSerde<>(EventSummary.class)), TopologyNames.ASSIGN_EVENT);
        // Postings and expiry order are derived from the summaries and rebuilt from them when the processor
        // starts (AssignEventProcessor): no changelog, which would take two thirds of the records an article writes.
        // A new event writes a list and a count for each of its up to 160 features, a join the few
        // that changed: cached, a value rewritten by several articles reaches RocksDB once per commit.
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.EVENT_POSTING_LISTS_STORE),
                Serdes.String(), Serdes.String()).withCachingEnabled().withLoggingDisabled(), TopologyNames.ASSIGN_EVENT);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.EVENT_POSTINGS_STORE),
                Serdes.String(), Serdes.Integer()).withCachingEnabled().withLoggingDisabled(), TopologyNames.ASSIGN_EVENT);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.EVENT_EXPIRY_STORE),
                Serdes.String(), Serdes.String()).withLoggingDisabled(), TopologyNames.ASSIGN_EVENT);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.ARTICLE_EVENTS_STORE),
                Serdes.String(), Serdes.String()), TopologyNames.ASSIGN_EVENT);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.EVENT_MEMBERS_STORE),
                Serdes.String(), new StateSerde<>(EventMembers.Member.class)), TopologyNames.ASSIGN_EVENT);
        // Derived from event-members when the processor starts (EventMemberStore.deriveHeads): no changelog.
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.EVENT_MEMBER_HEADS_STORE),
                Serdes.String(), new StateSerde<>(EventMembers.Head.class)).withLoggingDisabled(), TopologyNames.ASSIGN_EVENT);
        t.addSink(TopologyNames.EVENTS_SINK, topics.events().name(),
                topics.events().keySerde().serializer(), topics.events().valueSerde().serializer(),
                TopologyNames.ASSIGN_EVENT);

        t.addSource(TopologyNames.STATEMENTS_SOURCE,
                topics.statements().keySerde().deserializer(), topics.statements().valueSerde().deserializer(),
                topics.statements().name());
        t.addProcessor(TopologyNames.FOLD_STORY, () -> new FoldStoryProcessor(fold), TopologyNames.STATEMENTS_SOURCE);
        // The fold rewrites a story's parts for each of its statements, often several in a row (one
        // article's statements): cached, each key reaches RocksDB and its changelog once per commit.
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.STORY_FAMILIES_STORE),
                Serdes.String(), StateSerde.cached(StoryFamilyKeys.class)).withCachingEnabled(), TopologyNames.FOLD_STORY);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.STORY_FOLDS_STORE),
                Serdes.String(), StateSerde.cached(StoryState.class)).withCachingEnabled(), TopologyNames.FOLD_STORY);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.STORY_LEDGERS_STORE),
                Serdes.String(), StateSerde.cached(ArticleLedger.class)).withCachingEnabled(), TopologyNames.FOLD_STORY);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.STORY_COPIES_STORE),
                Serdes.String(), StateSerde.cached(CopyEntry.class)).withCachingEnabled(), TopologyNames.FOLD_STORY);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.STORY_STATE_STORE),
                Serdes.String(), StateSerde.cached(StoryState.class)).withCachingEnabled(), TopologyNames.FOLD_STORY);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.STORY_TIMELINE_STORE),
                Serdes.String(), StateSerde.cached(TimelineGroup.class)).withCachingEnabled(), TopologyNames.FOLD_STORY);
        t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.STORY_STATEMENTS_STORE),
                Serdes.String(), new StateSerde<>(StoryStatement.class)), TopologyNames.FOLD_STORY);
        t.addSink(TopologyNames.STORIES_SINK, topics.stories().name(),
                topics.stories().keySerde().serializer(), topics.stories().valueSerde().serializer(),
                TopologyNames.FOLD_STORY);
        t.addSink(TopologyNames.STORY_UPDATES_SINK, topics.storyUpdates().name(),
                topics.storyUpdates().keySerde().serializer(), topics.storyUpdates().valueSerde().serializer(),
                TopologyNames.FOLD_STORY);
        return t;
    }

    /** A story as it stood at a past time, from the stores of this instance (which owns its family). */
    public static Optional<StoryState> storyAsOf(KafkaStreams streams, String storyId, Instant time, int timelineLimit) {
        return FoldStoryProcessor.asOf(new StoryFold(timelineLimit),
                store(streams, TopologyNames.STORY_FAMILIES_STORE), store(streams, TopologyNames.STORY_STATEMENTS_STORE), storyId, time);
    }

    /** The statements of a story's family as stored, in event-time order (the API reads how precise their times are). */
    public static List<StoryStatement> familyStatements(KafkaStreams streams, String storyId) {
        List<StoryStatement> result = new ArrayList<>();
        ReadOnlyKeyValueStore<String, StoryStatement> statements = store(streams, TopologyNames.STORY_STATEMENTS_STORE);
        try (KeyValueIterator<String, StoryStatement> it = statements.prefixScan(
                FoldStoryProcessor.familyPrefix(StoryKey.familyOf(storyId)), new StringSerializer())) {
            it.forEachRemaining(kv -> result.add(kv.value));
        }
        return result;
    }

    /** A store of this instance; Kafka Streams' InvalidStateStoreException while it is not queryable. */
    private static <V> ReadOnlyKeyValueStore<String, V> store(KafkaStreams streams, String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
