package org.storywire.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SSE id of /api/updates: each feed's position, moved by what the client was sent, and read back on resume. */
class FeedPositionsTest {
    private static UpdateFeed.Event<String> story(String position) {
        return new UpdateFeed.Event<>(UpdateFeed.STORY_UPDATES, position, "a story update");
    }

    private static UpdateFeed.Event<String> eventChange(String position) {
        return new UpdateFeed.Event<>(UpdateFeed.EVENT_CHANGES, position, "an event change");
    }

    @Test
    void eachSentUpdateMovesOnlyItsOwnFeedsPart() {
        FeedPositions at = new FeedPositions("0:4,1:2", "0:7");
        at = at.after(story("0:5,1:2"));
        assertThat(at.format()).isEqualTo("0:5,1:2|0:7");
        at = at.after(eventChange("0:8"));
        assertThat(at.format()).isEqualTo("0:5,1:2|0:8");
    }

    @Test
    void aClientOfStoriesOnlyKeepsThePlainPosition() {
        FeedPositions at = new FeedPositions("0:4", null).after(story("0:5"));
        assertThat(at.format()).isEqualTo("0:5");
        assertThat(FeedPositions.parse("0:5")).isEqualTo(new FeedPositions("0:5", null));
    }

    @Test
    void anIdReadsBackIntoBothParts() {
        assertThat(FeedPositions.parse("0:5,1:2|0:8")).isEqualTo(new FeedPositions("0:5,1:2", "0:8"));
        assertThat(FeedPositions.parse(new FeedPositions(null, "0:8").format())).isEqualTo(new FeedPositions(null, "0:8"));
        assertThat(FeedPositions.parse("0:5|")).isEqualTo(new FeedPositions("0:5", null));
        assertThat(FeedPositions.parse(null)).isEqualTo(new FeedPositions(null, null));
    }
}
