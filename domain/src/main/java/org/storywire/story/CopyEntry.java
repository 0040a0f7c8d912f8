package org.storywire.story;

import java.util.List;

/**
 * One entry of a story's copy index ({@link CopyIndex}): the sketch classes whose sketch holds one
 * hash ({@code holders}, a class once per occurrence); a sketch class (its sketch size, the distinct
 * sources of its articles, the classes it is a copy of); or a count ({@code count}: of a class's
 * articles under one source, or of the copy groups a source is in). One type for all, so that the
 * topology keeps a story's index in one store.
 */
public record CopyEntry(List<String> holders, int sketchSize, List<String> sources, List<String> copies, int count) {

    public CopyEntry {
        holders = holders == null ? List.of() : List.copyOf(holders);
        sources = sources == null ? List.of() : List.copyOf(sources);
        copies = copies == null ? List.of() : List.copyOf(copies);
    }

    /** The entry that marks a story's index as kept. */
    static final CopyEntry INDEXED = new CopyEntry(List.of(), 0, List.of(), List.of(), 0);

    static CopyEntry holders(List<String> classes) {
        return new CopyEntry(classes, 0, List.of(), List.of(), 0);
    }

    static CopyEntry sketchClass(int sketchSize, List<String> sources, List<String> copies) {
        return new CopyEntry(List.of(), sketchSize, sources, copies, 0);
    }

    static CopyEntry count(int count) {
        return new CopyEntry(List.of(), 0, List.of(), List.of(), count);
    }
}
