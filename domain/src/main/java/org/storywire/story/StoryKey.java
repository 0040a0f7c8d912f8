package org.storywire.story;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes two statements part of one story: the event frame (and, for interactions, whether it
 * is an intention), the sides of its actors, and the media or journalist whose report it is about
 * (Woodward's "they talked seven times" and the Washington Post's "they spoke last Thursday" are
 * two stories). For statements without a frame, {@code topic} holds a few salient stems so that
 * unrelated frameless statements do not collapse into one story.
 *
 * <p>The story id is a pure function of the key, never an arrival counter, so the same statements
 * give the same ids in any order, in a replay, and in a run over only some of the articles.
 */
public record StoryKey(String frame, boolean intention, List<String> sides, String source, List<String> topic) {

    public static final String NO_FRAME = "none";

    public StoryKey {
        Objects.requireNonNull(frame, "frame");
        sides = sides.stream().sorted().distinct().toList();
        topic = List.copyOf(topic);
    }

    /**
     * Readable and deterministic: {@code communication-intent:ru+us}, {@code communication:ru+us~washington-post}.
     * The family's id comes first and the source last, after {@value #SOURCE_SEPARATOR}, so that the
     * family (the partition) can be read off any story id: see {@link #familyOf}.
     */
    public String id() {
        StringBuilder id = new StringBuilder(frame);
        if (intention) id.append("-intent");
        id.append(':').append(String.join("+", sides).toLowerCase(Locale.ROOT));
        if (!topic.isEmpty()) id.append(':').append(String.join("+", topic).replace(SOURCE_SEPARATOR, '-'));
        if (source != null) id.append(SOURCE_SEPARATOR).append(slug(source));
        return id.toString();
    }

    public static final char SOURCE_SEPARATOR = '~';

    /** The family id of a story id: the id without its source. */
    public static String familyOf(String storyId) {
        int separator = storyId.indexOf(SOURCE_SEPARATOR);
        return separator < 0 ? storyId : storyId.substring(0, separator);
    }

    /** The same event among the same sides, whoever reported it. */
    public StoryKey family() { return source == null ? this : withSource(null); }

    public boolean isSourced() { return source != null; }

    /**
     * The Kafka partition key for the fold: the story's family (frame, intention, sides, topic; not the
     * source). A statement's key is decided upstream per article, from the article's own statements
     * only, so the key travels with the statement. A response that names no report ("there was no
     * call") counts for every report of that event among those sides, so all stories of a family
     * must be folded together: keying by family puts them on one partition, and nothing that could
     * join a story lands anywhere else.
     */
    public String partitionKey() { return family().id(); }

    public StoryKey withSource(String newSource) { return new StoryKey(frame, intention, sides, newSource, topic); }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
