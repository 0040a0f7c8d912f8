package org.storywire.extract;

import java.util.Set;

/**
 * "Konzernchef zu Stellenabbau: Keine Entlassungen geplant", "Kahl über Abgaben: ...": a headline label that names
 * its speaker and, behind "zu" or "über", the topic spoken about. The preposition stands where a verb of saying
 * would take its topic ("äußerte sich zu"); the topic is a short noun phrase, never a clause.
 */
final class TopicLabel {
    static final Set<String> TOPIC_PREPOSITIONS = Set.of("zu", "zum", "zur", "über");
    /** "zu den Plänen der Regierung": an article, an adjective and a noun or two; more is a clause. */
    private static final int MAX_TOPIC_TOKENS = 5;

    private final TextModel model;

    TopicLabel(TextModel model) {
        this.model = model;
    }

    /** The colon behind the topic when token {@code k} opens one (a topic preposition), else -1. */
    int colonBehindTopic(int k, int end) {
        if (k >= end || !TOPIC_PREPOSITIONS.contains(model.token(k).lower())) return -1;
        boolean noun = false;
        for (int j = k + 1; j < end && j <= k + 1 + MAX_TOPIC_TOKENS; j++) {
            Token t = model.token(j);
            if (t.isPunct(':')) return noun ? j : -1;
            if (!t.word() || t.quoted()) return -1;
            noun |= t.capitalised();
        }
        return -1;
    }
}
