package org.storywire.story;

import java.util.List;

/**
 * One entry of a story's copy index ({@link CopyIndex}): either the articles whose sketch holds one
 * hash ({@code holders}, an article once per occurrence), or one article's node in the copy graph
 * (its sketch size, the outlet it counts under, the articles it is a copy of), or the number of copy
 * groups a source (outlet) is in ({@code groups}). One type for all, so that the topology keeps a
 * story's index in one store.
 */
public record CopyEntry(List<String> holders, int sketchSize, String source, List<String> copies, int groups) {

    public CopyEntry {
        holders = holders == null ? List.of() : List.copyOf(holders);
        copies = copies == null ? List.of() : List.copyOf(copies);
    }

    /** The entry that marks a story's index as kept. */
    static final CopyEntry INDEXED = new CopyEntry(List.of(), 0, null, List.of(), 0);

    static CopyEntry holders(List<String> articles) {
        return new CopyEntry(articles, 0, null, List.of(), 0);
    }

    static CopyEntry node(int sketchSize, String source, List<String> copies) {
        return new CopyEntry(List.of(), sketchSize, source, copies, 0);
    }

    static CopyEntry source(int groups) {
        return new CopyEntry(List.of(), 0, null, List.of(), groups);
    }
}
