package org.storywire.query;

import java.util.Locale;
import org.storywire.event.EventSummary;
import org.storywire.query.QueryExceptions.BadRequest;

/**
 * The filter and page position of {@code GET /api/events}: events by last article, newest first,
 * then by id; the cursor (the same kind as stories') is the position of the previous page's last event.
 */
public record EventFilter(String text, String outlet, String language, int limit, StoryFilter.Cursor after) {

    public static EventFilter parse(String q, String outlet, String language, String limit, String cursor) {
        // The stories' parser checks limit and cursor the same way.
        StoryFilter page = StoryFilter.parse(null, null, null, null, limit, cursor);
        return new EventFilter(blankToNull(q), blankToNull(outlet), blankToNull(language), page.limit(), page.after());
    }

    boolean matches(EventSummary e) {
        if (text != null && !containsIgnoreCase(e.label(), text)) return false;
        if (outlet != null && e.outlets().stream().noneMatch(o -> o.equalsIgnoreCase(outlet))) return false;
        if (language != null && e.languages().stream().noneMatch(l -> l.equalsIgnoreCase(language))) return false;
        if (after == null) return true;
        long t = StoryFilter.millis(e.lastSeen());
        return t < after.lastUpdatedMillis() || (t == after.lastUpdatedMillis() && e.id().compareTo(after.storyId()) > 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    static void check(boolean ok, String message) {
        if (!ok) throw new BadRequest(message);
    }
}
