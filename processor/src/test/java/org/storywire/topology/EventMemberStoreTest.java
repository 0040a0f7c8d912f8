package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** An event's members one key each: order, the limit, renewal, retraction, merge and expiry. */
class EventMemberStoreTest {
    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, EventMembers.Member> members = store(TopologyNames.EVENT_MEMBERS_STORE, new StateSerde<>(EventMembers.Member.class));
    private final KeyValueStore<String, EventMembers.Head> heads = store(TopologyNames.EVENT_MEMBER_HEADS_STORE, new StateSerde<>(EventMembers.Head.class));
    private final KeyValueStore<String, String> articleEvents = store(TopologyNames.ARTICLE_EVENTS_STORE, Serdes.String());
    private final EventMemberStore store = new EventMemberStore(members, heads, articleEvents);

    @Test
    void anEventKeepsItsLatestMembersOldestFirstUpToTheLimit() {
        for (int i = 0; i < EventMembers.MAX + 2; i++) store.join("ev-a", List.of(), "a" + i, List.of("s" + i));
        assertThat(articleIds("ev-a")).hasSize(EventMembers.MAX).startsWith("a2", "a3").endsWith("a" + (EventMembers.MAX + 1));
        assertThat(heads.get("ev-a").count()).isEqualTo(EventMembers.MAX);
        assertThat(EventMembers.eventOf(articleEvents.get("a0"))).as("a member past the limit keeps its event").isEqualTo("ev-a");

        // Renewed, a member past the limit and one within it become the newest; the oldest go.
        assertThat(store.renewed("a0", List.of("s-new"))).isTrue();
        assertThat(store.renewed("a10", List.of("s10"))).isTrue();
        assertThat(articleIds("ev-a")).hasSize(EventMembers.MAX).startsWith("a3", "a4").endsWith("a0", "a10").containsOnlyOnce("a10");
        assertThat(EventMembers.storyIds(EventMembers.of(members, "ev-a"))).startsWith("s10", "s-new");
        assertThat(store.renewed("unknown", List.of())).isFalse();
    }

    @Test
    void aRetractionRemovesOneMemberAndAMergeMovesTheMergedEventsMembersBeforeTheJoiningArticle() {
        store.join("ev-a", List.of(), "a1", List.of("s1"));
        store.join("ev-a", List.of(), "a2", List.of("s2"));
        store.join("ev-b", List.of(), "b1", List.of("s3"));
        store.retract("a1");
        store.retract("a1");
        assertThat(articleIds("ev-a")).containsExactly("a2");
        assertThat(articleEvents.get("a1")).isNull();

        store.join("ev-b", List.of("ev-a"), "b2", List.of("s4"));
        assertThat(articleIds("ev-b")).containsExactly("b1", "a2", "b2");
        assertThat(EventMembers.eventOf(articleEvents.get("a2"))).isEqualTo("ev-b");
        assertThat(articleIds("ev-a")).isEmpty();
        assertThat(heads.get("ev-a")).isNull();
        assertThat(heads.get("ev-b").count()).isEqualTo(3);

        store.drop("ev-b");
        assertThat(articleIds("ev-b")).isEmpty();
        assertThat(heads.get("ev-b")).isNull();
        assertThat(store.renewed("b1", List.of())).as("assigned to an event that aged out").isTrue();
        assertThat(articleIds("ev-b")).isEmpty();
    }

    @Test
    void anArticleOfAnAgedOutEventLeavesAFoundedAgainEventOfTheSameIdAlone() {
        store.join("ev-a", List.of(), "a1", List.of("s1"));
        store.drop("ev-a");
        store.join("ev-a", List.of(), "c1", List.of("s2")); // the same id founded again, its first member under a1's old key
        store.retract("a1");
        assertThat(articleIds("ev-a")).containsExactly("c1");
        assertThat(heads.get("ev-a").count()).isEqualTo(1);
    }

    @Test
    void headsDerivedFromTheMembersKeepTheCountsAndTheOrderOfWhatFollows() {
        EventMemberStore straight = store;
        MockProcessorContext<Object, Object> other = new MockProcessorContext<>();
        KeyValueStore<String, EventMembers.Member> otherMembers = store(other, TopologyNames.EVENT_MEMBERS_STORE, new StateSerde<>(EventMembers.Member.class));
        KeyValueStore<String, EventMembers.Head> otherHeads = store(other, TopologyNames.EVENT_MEMBER_HEADS_STORE, new StateSerde<>(EventMembers.Head.class));
        EventMemberStore derived = new EventMemberStore(otherMembers, otherHeads, store(other, TopologyNames.ARTICLE_EVENTS_STORE, Serdes.String()));
        for (EventMemberStore s : List.of(straight, derived)) {
            for (int i = 0; i < EventMembers.MAX + 3; i++) s.join("ev-a", List.of(), "a" + i, List.of("s" + i));
            s.join("ev-b", List.of(), "b1", List.of("t1"));
            s.join("ev-c", List.of(), "c1", List.of("u1"));
            s.retract("a" + (EventMembers.MAX + 2)); // the newest: a derived head's next sequence is lower
            s.retract("a5");
            s.retract("c1"); // an active event without members
        }
        otherHeads.put("ev-a", new EventMembers.Head(0, 0, 0)); // a write past the last commit
        derived.deriveHeads(List.of("ev-a", "ev-b", "ev-c"));
        assertThat(otherHeads.get("ev-a").count()).isEqualTo(heads.get("ev-a").count()).isEqualTo(EventMembers.MAX - 2);
        assertThat(otherHeads.get("ev-c")).as("an active event keeps a head without members").isEqualTo(EventMembers.Head.EMPTY);
        for (EventMemberStore s : List.of(straight, derived)) {
            s.join("ev-a", List.of(), "a-new", List.of("s-new"));
            for (int i = 0; i < 5; i++) s.join("ev-a", List.of("ev-b"), "a-more" + i, List.of());
            assertThat(s.renewed("a7", List.of("s7"))).isTrue();
            assertThat(s.renewed("c1", List.of("u1"))).isFalse();
        }
        assertThat(EventMembers.of(otherMembers, "ev-a")).isEqualTo(EventMembers.of(members, "ev-a")).hasSize(EventMembers.MAX);
        assertThat(otherHeads.get("ev-a").count()).isEqualTo(heads.get("ev-a").count());
        assertThat(otherHeads.get("ev-b")).isNull();
    }

    private List<String> articleIds(String eventId) {
        return EventMembers.of(members, eventId).stream().map(EventMembers.Member::articleId).toList();
    }

    private <T> KeyValueStore<String, T> store(String name, Serde<T> serde) {
        return store(context, name, serde);
    }

    private static <T> KeyValueStore<String, T> store(MockProcessorContext<Object, Object> context, String name, Serde<T> serde) {
        KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
