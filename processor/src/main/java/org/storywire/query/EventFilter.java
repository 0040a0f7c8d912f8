package org.storywire.query;

import java.util.List;
import java.util.Locale;
import org.storywire.event.EventSummary;

/**
 * The filter and page position of {@code GET /api/events}: events by last article, newest first,
 * then by id; the cursor (the same kind as stories') is the position of the previous page's last event.
 * {@code status} and {@code actor} ask about the event's stories, the rest about the event itself.
 */
public record EventFilter(String status, String actor, String text, String outlet, String language, int limit,
                          StoryFilter.Cursor after) {

    public static EventFilter parse(String status, String actor, String q, String outlet, String language, String limit,
                                    String cursor) {
        // The stories' parser checks status, limit and cursor the same way.
        StoryFilter checked = StoryFilter.parse(status, null, null, null, limit, cursor);
        return new EventFilter(checked.status(), blankToNull(actor), blankToNull(q), blankToNull(outlet), blankToNull(language),
                checked.limit(), checked.after());
    }

    /** What the event itself says; cheap, so it is asked first. */
    boolean matches(EventSummary e) {
        if (text != null && !containsIgnoreCase(e.label(), text)) return false;
        if (outlet != null && e.outlets().stream().noneMatch(o -> o.equalsIgnoreCase(outlet))) return false;
        if (language != null && e.languages().stream().noneMatch(l -> l.equalsIgnoreCase(language))) return false;
        if (after == null) return true;
        long t = StoryFilter.millis(e.lastSeen());
        return t < after.lastUpdatedMillis() || (t == after.lastUpdatedMillis() && e.id().compareTo(after.storyId()) > 0);
    }

    /** Whether answering needs the event's stories looked up (each may live on another instance). */
    boolean asksAboutStories() {
        return status != null || actor != null;
    }

    /** An event matches when one of its stories has the status and one (the same or another) names the actor. */
    boolean matchesStories(List<Dtos.Story> stories) {
        return (status == null || stories.stream().anyMatch(this::hasStatus))
                && (actor == null || stories.stream().anyMatch(this::namesActor));
    }

    /** A story that makes the event match, to be listed before the others. */
    boolean isMatchingStory(Dtos.Story s) {
        return asksAboutStories() && (status == null || hasStatus(s)) && (actor == null || namesActor(s));
    }

    private boolean hasStatus(Dtos.Story s) {
        return status.equals(s.status());
    }

    /** As on {@code /api/stories}: one of the story's actors or a party of its positions. */
    private boolean namesActor(Dtos.Story s) {
        return s.actors().stream().anyMatch(a -> containsIgnoreCase(a, actor))
                || s.positions().stream().anyMatch(p -> containsIgnoreCase(p.party(), actor));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
