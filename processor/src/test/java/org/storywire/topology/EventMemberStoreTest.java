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

    private List<String> articleIds(String eventId) {
        return EventMembers.of(members, eventId).stream().map(EventMembers.Member::articleId).toList();
    }

    private <T> KeyValueStore<String, T> store(String name, Serde<T> serde) {
        KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
