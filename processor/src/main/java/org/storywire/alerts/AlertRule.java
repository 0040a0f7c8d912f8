package org.storywire.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Locale;

/**
 * A standing request of a newsroom: "tell me when a story matching this changes". Every criterion
 * that is set must hold; a rule with a webhook also posts each match there, signed with its secret.
 * Stored as JSON in the compacted alert-rules topic, keyed by {@code id}.
 */
public record AlertRule(String id, String name, String status, String actor, String text, String language,
                        String webhookUrl, String secret, Instant createdAt) {

    /** A rule as the API lists it: never with its secret, which only the answer to its creation carries. */
    public record View(String id, String name, String status, String actor, String text, String language,
                       String webhookUrl, Instant createdAt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {}

    public View view() {
        return new View(id, name, status, actor, text, language, webhookUrl, createdAt, null);
    }

    public View viewWithSecret() {
        return new View(id, name, status, actor, text, language, webhookUrl, createdAt, secret);
    }

    /** Whether an update (with what is known of its story) is one this rule asks for. */
    public boolean matches(AlertSubject subject) {
        var update = subject.update();
        // A status criterion means a change to that status, not every later update of a story that has it.
        if (status != null && (!status.equals(update.status()) || status.equals(update.previousStatus()))) return false;
        if (language != null && !language.equals(subject.language())) return false;
        if (actor != null && subject.actorNames().stream().noneMatch(a -> contains(a, actor))) return false;
        return text == null || subject.texts().stream().anyMatch(t -> contains(t, text));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
