package org.storywire.query;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.storywire.story.StoryState;
import org.storywire.query.QueryExceptions.BadRequest;

/**
 * The filter and page position of {@code GET /api/stories}. Stories are ordered by last update,
 * newest first, then by id; the cursor is the position of the last story of the previous page.
 */
public record StoryFilter(String status, String actor, String text, Instant updatedSince, int limit, Cursor after) {
    public static final int MAX_LIMIT = 500;
    private static final Set<String> STATUSES = Set.of("CLAIMED", "DENIED", "UNCONFIRMED");

    public record Cursor(long lastUpdatedMillis, String storyId) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((lastUpdatedMillis + "|" + storyId).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                return new Cursor(Long.parseLong(raw.substring(0, bar)), raw.substring(bar + 1));
            } catch (RuntimeException e) {
                throw new BadRequest("cursor is not one this API gave out");
            }
        }
    }

    /** Parses query parameters; any unusable one is a 400 naming it. */
    public static StoryFilter parse(String status, String actor, String q, String updatedSince, String limit, String cursor) {
        String normalisedStatus = null;
        if (status != null && !status.isBlank()) {
            normalisedStatus = status.trim().toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(normalisedStatus)) {
                throw new BadRequest("status must be one of CLAIMED, DENIED, UNCONFIRMED");
            }
        }
        Instant since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            since = parseInstant("updatedSince", updatedSince);
        }
        int n = 50;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new BadRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
            }
            if (n < 1 || n > MAX_LIMIT) throw new BadRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor.trim());
        return new StoryFilter(normalisedStatus, blankToNull(actor), blankToNull(q), since, n, after);
    }

    public static Instant parseInstant(String name, String value) {
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException e2) {
                throw new BadRequest(name + " must be an ISO-8601 time such as 2024-11-11T08:00:00Z");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    boolean matches(StoryState s) {
        if (status != null && !s.status().name().equals(status)) return false;
        if (updatedSince != null && (s.lastUpdated() == null || s.lastUpdated().isBefore(updatedSince))) return false;
        if (actor != null && s.actors().stream().noneMatch(a -> containsIgnoreCase(a, actor))
                && s.positions().stream().noneMatch(p -> containsIgnoreCase(p.party(), actor))) {
            return false;
        }
        if (text != null && !containsIgnoreCase(s.title(), text) && !containsIgnoreCase(s.storyId(), text)
                && s.timeline().stream().noneMatch(e -> containsIgnoreCase(e.evidence().sentence(), text))) {
            return false;
        }
        return after == null || isAfterCursor(s);
    }

    private boolean isAfterCursor(StoryState s) {
        long t = millis(s.lastUpdated());
        return t < after.lastUpdatedMillis() || (t == after.lastUpdatedMillis() && s.storyId().compareTo(after.storyId()) > 0);
    }

    /** A story's last update as a sort key; one whose time is unknown sorts as the oldest. */
    static long millis(Instant lastUpdated) {
        return lastUpdated == null ? Long.MIN_VALUE : lastUpdated.toEpochMilli();
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    /** The query string that asks another instance for the same page of its own stories. */
    String toQueryString() {
        StringBuilder sb = new StringBuilder("limit=").append(limit);
        if (status != null) sb.append("&status=").append(status);
        if (actor != null) sb.append("&actor=").append(urlEncode(actor));
        if (text != null) sb.append("&q=").append(urlEncode(text));
        if (updatedSince != null) sb.append("&updatedSince=").append(updatedSince);
        if (after != null) sb.append("&cursor=").append(after.encode());
        return sb.toString();
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
