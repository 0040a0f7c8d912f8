package org.storywire.query;

/**
 * Where a client of {@code /api/updates} stands in each feed it follows: the SSE id it is given and resumes with
 * (Last-Event-ID). Written as the story feed's position, then, when the client follows event changes too, {@code |}
 * and the event feed's ({@code 0:17,1:9|0:5}). An id with no {@code |} (a client of stories only) resumes the stories
 * and starts the events from now.
 */
record FeedPositions(String stories, String events) {
    private static final String SEPARATOR = "|";

    /** From a client's Last-Event-ID; no id (or an empty part) resumes nothing. */
    static FeedPositions parse(String lastEventId) {
        if (lastEventId == null) return new FeedPositions(null, null);
        int bar = lastEventId.indexOf(SEPARATOR);
        if (bar < 0) return new FeedPositions(emptyToNull(lastEventId), null);
        return new FeedPositions(emptyToNull(lastEventId.substring(0, bar)), emptyToNull(lastEventId.substring(bar + 1)));
    }

    /** After the client was sent {@code event}: that feed's part moves to the event's position. */
    FeedPositions after(UpdateFeed.Event<?> event) {
        return event.feed().equals(UpdateFeed.EVENT_CHANGES) ? new FeedPositions(stories, event.id()) : new FeedPositions(event.id(), events);
    }

    String format() {
        return events == null ? nullToEmpty(stories) : nullToEmpty(stories) + SEPARATOR + events;
    }

    private static String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
