package org.storywire.extract;

/** A half-open character range [begin, end) in a clean article's text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public int length() { return end - begin; }

    public boolean overlaps(Span other) { return begin < other.end && other.begin < end; }
}
