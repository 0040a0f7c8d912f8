package org.storywire.story;

/**
 * A story's copy index, looked up by key: which sketch classes hold each sketch hash ({@link #hashKey}),
 * each sketch class's node in the copy graph ({@link #classKey}), how many of a class's articles count
 * under each source ({@link #memberKey}) and each source's group count ({@link #sourceKey}). It lets
 * {@link CopyGroups} recount independent sources for one article from the entries that article
 * touches, not the story's ledgers.
 */
public interface CopyIndex {

    /** The entry under {@code key}; null when there is none. */
    CopyEntry get(String key);

    /** A write the fold asks its caller to store ({@code entry} null: delete the key). */
    record Write(String key, CopyEntry entry) {}

    /**
     * The key of a sketch hash. Only the hash's high 48 bits count, as in {@link Sources#of}, whose
     * packed (hash, article) pairs compare those bits alone: both count the same shared hashes.
     */
    static String hashKey(long hash) {
        return "h" + Long.toHexString(Sources.hashBits(hash));
    }

    /** Present once the story's index is kept (see {@link CopyGroups#INDEXED_FROM}); no other key is a single letter. */
    String INDEXED_KEY = "i";

    /** The key of a sketch class (see {@link SketchClass}). */
    static String classKey(String sketchClass) {
        return "c" + sketchClass;
    }

    /** The key of the count of a class's articles under {@code source}; class names have a fixed length. */
    static String memberKey(String sketchClass, String source) {
        return "m" + sketchClass + source;
    }

    /** The key of a source's group count (an outlet, or an article without one). */
    static String sourceKey(String source) {
        return "s" + source;
    }

    CopyIndex NONE = key -> null;
}
