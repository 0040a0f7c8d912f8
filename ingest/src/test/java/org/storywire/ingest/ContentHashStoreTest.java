package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.ingest.ContentHashStore.Change;

class ContentHashStoreTest {
    @TempDir
    Path dir;

    @Test
    void remembersConfirmedHashesAcrossRestarts() {
        try (ContentHashStore store = ContentHashStore.open(dir, "articles.raw")) {
            assertThat(store.propose("a", "h1")).isEqualTo(Change.NEW);
            store.confirm("a", "h1");
            assertThat(store.propose("odd\nid\\x", "h2")).isEqualTo(Change.NEW);
            store.confirm("odd\nid\\x", "h2");
        }
        try (ContentHashStore store = ContentHashStore.open(dir, "articles.raw")) {
            assertThat(store.propose("a", "h1")).isEqualTo(Change.UNCHANGED);
            assertThat(store.propose("odd\nid\\x", "h2")).isEqualTo(Change.UNCHANGED);
            assertThat(store.propose("a", "h3")).isEqualTo(Change.UPDATED);
        }
    }

    @Test
    void unconfirmedHashesAreNotKept() {
        try (ContentHashStore store = ContentHashStore.open(dir, "t")) {
            store.propose("a", "h1");
        }
        try (ContentHashStore store = ContentHashStore.open(dir, "t")) {
            assertThat(store.propose("a", "h1")).isEqualTo(Change.NEW);
        }
    }

    @Test
    void withdrawingRestoresThePreviousHash() {
        try (ContentHashStore store = ContentHashStore.open(dir, "t")) {
            store.propose("a", "h1");
            store.confirm("a", "h1");
            store.propose("a", "h2");
            store.withdraw("a", "h2", "h1");
            assertThat(store.get("a")).isEqualTo("h1");
            store.propose("b", "h1");
            store.withdraw("b", "h1", null);
            assertThat(store.get("b")).isNull();
        }
    }

    @Test
    void aRetractedArticleIsNewAgain() {
        try (ContentHashStore store = ContentHashStore.open(dir, "t")) {
            store.propose("a", "h1");
            store.confirm("a", "h1");
            store.retract("a");
        }
        try (ContentHashStore store = ContentHashStore.open(dir, "t")) {
            assertThat(store.propose("a", "h1")).isEqualTo(Change.NEW);
        }
    }

    @Test
    void aNewStoreCanBeSeededWithWhatTheTopicHolds() {
        try (ContentHashStore store = ContentHashStore.open(dir, "t")) {
            assertThat(store.isNew()).isTrue();
            store.seed(Map.of("a", "h1", "b", "h2"), Map.of(0, 2L));
        }
        try (ContentHashStore store = ContentHashStore.open(dir, "t")) {
            assertThat(store.isNew()).isFalse();
            assertThat(store.propose("a", "h1")).isEqualTo(Change.UNCHANGED);
            assertThat(store.propose("b", "h3")).isEqualTo(Change.UPDATED);
        }
    }

    @Test
    void storesArePerTopicAndOneProcessAtATime() {
        try (ContentHashStore store = ContentHashStore.open(dir, "t1")) {
            store.propose("a", "h1");
            store.confirm("a", "h1");
            try (ContentHashStore other = ContentHashStore.open(dir, "t2")) {
                assertThat(other.propose("a", "h1")).isEqualTo(Change.NEW);
            }
            assertThatThrownBy(() -> ContentHashStore.open(dir, "t1")).hasMessageContaining("another ingest");
        }
    }
}
