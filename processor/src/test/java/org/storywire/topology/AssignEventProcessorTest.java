package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.avro.EventState;
import org.storywire.avro.RawArticle;
import org.storywire.clean.Cleaner;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSignatures;
import org.storywire.event.EventSummary;
import org.storywire.extract.StatementExtractor;

/** assign-event on its own: a processor started again over the same stores decides as an uninterrupted one. */
class AssignEventProcessorTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final StatementExtractor READER = new StatementExtractor();
    private static final EventSignatures SIGNATURES = new EventSignatures();

    @Test
    void aProcessorInitialisedAgainRebuildsTheIndexFromItsStore() {
        // Uninterrupted.
        MockProcessorContext<String, EventState> straight = context();
        AssignEventProcessor one = new AssignEventProcessor(EventSettings.defaults());
        one.init(straight);
        for (RawArticle a : List.of(EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots())) one.process(record(a));

        // Stopped after the first article; a new processor over the same (restored) stores takes over.
        MockProcessorContext<String, EventState> restarted = context();
        AssignEventProcessor before = new AssignEventProcessor(EventSettings.defaults());
        before.init(restarted);
        before.process(record(EventArticles.damHerald()));
        AssignEventProcessor after = new AssignEventProcessor(EventSettings.defaults());
        after.init(restarted);
        after.process(record(EventArticles.damCourier()));
        after.process(record(EventArticles.robots()));

        assertThat(outputs(restarted)).hasSize(3).isEqualTo(outputs(straight));
        KeyValueStore<String, String> articleEvents = restarted.getStateStore(TopologyNames.ARTICLE_EVENTS_STORE);
        String flood = EventMembers.eventOf(articleEvents.get(EventArticles.damHerald().getId()));
        assertThat(EventMembers.eventOf(articleEvents.get(EventArticles.damCourier().getId()))).isEqualTo(flood);
        assertThat(EventMembers.eventOf(articleEvents.get(EventArticles.robots().getId()))).isNotEqualTo(flood);
    }

    @Test
    void stateWrittenBeforeThePostingStoresGetsThemDerivedFromTheSummaries() {
        MockProcessorContext<String, EventState> straight = context();
        AssignEventProcessor one = new AssignEventProcessor(EventSettings.defaults());
        one.init(straight);
        for (RawArticle a : List.of(EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots())) one.process(record(a));

        // The first article under an older build: only its summary, no postings and no expiry order.
        MockProcessorContext<String, EventState> upgraded = context();
        AssignEventProcessor before = new AssignEventProcessor(EventSettings.defaults());
        before.init(upgraded);
        before.process(record(EventArticles.damHerald()));
        KeyValueStore<String, String> lists = upgraded.getStateStore(TopologyNames.EVENT_POSTING_LISTS_STORE);
        KeyValueStore<String, Integer> postings = upgraded.getStateStore(TopologyNames.EVENT_POSTINGS_STORE);
        KeyValueStore<String, String> expiry = upgraded.getStateStore(TopologyNames.EVENT_EXPIRY_STORE);
        assertThat(clear(lists)).isGreaterThan(10);
        assertThat(clear(postings)).as("posting keys: only features too common to be listed have them").isZero();
        assertThat(clear(expiry)).isEqualTo(1);
        AssignEventProcessor after = new AssignEventProcessor(EventSettings.defaults());
        after.init(upgraded);
        after.process(record(EventArticles.damCourier()));
        after.process(record(EventArticles.robots()));

        assertThat(outputs(upgraded)).hasSize(3).isEqualTo(outputs(straight));
    }

    @Test
    void derivedStoresHoldingWritesPastTheLastCommitAreDerivedAgainFromTheSummaries() {
        MockProcessorContext<String, EventState> straight = context();
        AssignEventProcessor one = new AssignEventProcessor(EventSettings.defaults());
        one.init(straight);
        for (RawArticle a : List.of(EventArticles.damHerald(), EventArticles.damCourier(), EventArticles.robots())) one.process(record(a));

        // Committed after the first article; the robots article was processed too, then the process died:
        // the logged stores come back as of the commit, the unlogged ones (RocksDB, no changelog) keep the robots' event.
        MockProcessorContext<String, EventState> crashed = context();
        AssignEventProcessor before = new AssignEventProcessor(EventSettings.defaults());
        before.init(crashed);
        before.process(record(EventArticles.damHerald()));
        List<String> logged = List.of(TopologyNames.EVENTS_STORE, TopologyNames.ARTICLE_EVENTS_STORE, TopologyNames.EVENT_MEMBERS_STORE);
        Map<String, Map<String, Object>> committed = new HashMap<>();
        for (String name : logged) committed.put(name, contents(crashed.<KeyValueStore<String, Object>>getStateStore(name)));
        before.process(record(EventArticles.robots()));
        for (String name : logged) restore(crashed.<KeyValueStore<String, Object>>getStateStore(name), committed.get(name));

        crashed.resetForwards();
        AssignEventProcessor after = new AssignEventProcessor(EventSettings.defaults());
        after.init(crashed);
        after.process(record(EventArticles.damCourier()));
        after.process(record(EventArticles.robots()));

        assertThat(outputs(straight)).hasSize(3);
        assertThat(outputs(crashed)).isEqualTo(outputs(straight).subList(1, 3));
        KeyValueStore<String, EventMembers.Head> heads = crashed.getStateStore(TopologyNames.EVENT_MEMBER_HEADS_STORE);
        KeyValueStore<String, EventMembers.Head> straightHeads = straight.getStateStore(TopologyNames.EVENT_MEMBER_HEADS_STORE);
        assertThat(contents(heads)).as("the heads, unlogged, derived from the members").isEqualTo(contents(straightHeads));
    }

    private static <V> Map<String, Object> contents(KeyValueStore<String, V> store) {
        Map<String, Object> result = new TreeMap<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> result.put(kv.key, kv.value));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <V> void restore(KeyValueStore<String, V> store, Map<String, Object> contents) {
        clear(store);
        contents.forEach((key, value) -> store.put(key, (V) value));
    }

    private static <V> int clear(KeyValueStore<String, V> store) {
        List<String> keys = new java.util.ArrayList<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> keys.add(kv.key));
        }
        keys.forEach(store::delete);
        return keys.size();
    }

    @Test
    void aNewVersionOfAnArticleKeepsItsEvent() {
        MockProcessorContext<String, EventState> context = context();
        AssignEventProcessor processor = new AssignEventProcessor(EventSettings.defaults());
        processor.init(context);
        processor.process(record(EventArticles.damHerald()));
        processor.process(record(EventArticles.robots()));
        context.resetForwards();
        // The flood article again, now with other stories: no second assignment, the members know the new stories.
        RawArticle herald = EventArticles.damHerald();
        processor.process(new Record<>(herald.getId(), new SignedArticle(signature(herald), List.of("story-x")), herald.getPublished().toEpochMilli()));
        assertThat(context.forwarded()).isEmpty();
        KeyValueStore<String, String> articleEvents = context.getStateStore(TopologyNames.ARTICLE_EVENTS_STORE);
        KeyValueStore<String, EventMembers.Member> members = context.getStateStore(TopologyNames.EVENT_MEMBERS_STORE);
        KeyValueStore<String, EventSummary> events = context.getStateStore(TopologyNames.EVENTS_STORE);
        String flood = EventMembers.eventOf(articleEvents.get(herald.getId()));
        assertThat(EventMembers.storyIds(EventMembers.of(members, flood))).containsExactly("story-x");
        assertThat(events.get(flood).articleCount()).isEqualTo(1);
    }

    private static List<String> outputs(MockProcessorContext<String, EventState> context) {
        return context.forwarded().stream().map(f -> f.record().key() + "=" + f.record().value()).toList();
    }

    private static Record<String, SignedArticle> record(RawArticle a) {
        return new Record<>(a.getId(), new SignedArticle(signature(a), List.of("story-of-" + a.getId())), a.getPublished().toEpochMilli());
    }

    private static org.storywire.event.ArticleSignature signature(RawArticle a) {
        return SIGNATURES.of(READER.read(CLEANER.clean(AvroMapping.article(a))));
    }

    private static MockProcessorContext<String, EventState> context() {
        MockProcessorContext<String, EventState> context = new MockProcessorContext<>();
        store(context, TopologyNames.EVENTS_STORE, new StateSerde<>(EventSummary.class));
        store(context, TopologyNames.EVENT_POSTING_LISTS_STORE, Serdes.String());
        store(context, TopologyNames.EVENT_POSTINGS_STORE, Serdes.Integer());
        store(context, TopologyNames.EVENT_EXPIRY_STORE, Serdes.String());
        store(context, TopologyNames.ARTICLE_EVENTS_STORE, Serdes.String());
        store(context, TopologyNames.EVENT_MEMBERS_STORE, new StateSerde<>(EventMembers.Member.class));
        store(context, TopologyNames.EVENT_MEMBER_HEADS_STORE, new StateSerde<>(EventMembers.Head.class));
        return context;
    }

    private static <T> void store(MockProcessorContext<String, EventState> context, String name, Serde<T> serde) {
        KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }
}
