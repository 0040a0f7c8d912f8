package org.storywire.story;

import java.util.ArrayList;
import java.util.List;

/**
 * The grouper's state while it reads one article: the article's topic key (from headline and
 * lead; null when they name no event), the article's most recent statements with the keys they
 * were given, bounded to {@link #RECENT}, the entities the article names, whether it is read as
 * English (its document's language) and where its statements' sentences stand among its sentences.
 */
public record ArticleContext(String articleId, StoryKey topic, List<Resolved> recent, ArticleActors actors, boolean english, SentenceIndex sentences) {

    /** How many resolved statements of the article are kept to resolve back references. */
    public static final int RECENT = 24;

    /** A statement of this article as the grouper resolved it: speaker, whom it speaks for (null if nobody), the index of its last sentence (-1 if unknown). */
    public record Resolved(String speaker, String speakerSide, StoryKey key, int lastSentence) {}

    public ArticleContext {
        recent = List.copyOf(recent);
    }

    Resolved last() { return recent.isEmpty() ? null : recent.get(recent.size() - 1); }

    ArticleContext plus(Resolved resolved) {
        List<Resolved> next = new ArrayList<>(recent);
        next.add(resolved);
        if (next.size() > RECENT) next.remove(0);
        return new ArticleContext(articleId, topic, next, actors, english, sentences);
    }
}
