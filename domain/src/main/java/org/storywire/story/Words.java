package org.storywire.story;

import java.util.List;

/**
 * A text's normalised words ({@link TextAnalysis#tokens}) with their offsets, tokenised once: the
 * feature reader looks at a statement's sentence, its content, the sentence up to the content's end
 * and the clauses around a boundary, each a part of the same text, and reads them all from here.
 * A part holds the words that lie wholly inside it.
 */
final class Words {
    private final String text;
    private final List<String> all;
    private final int[] begins;
    private final int[] ends;

    /** @param begins, ends each word's [begin, end) in {@code text}, in order (the arrays may be longer than the list) */
    Words(String text, List<String> all, int[] begins, int[] ends) {
        this.text = text;
        this.all = all;
        this.begins = begins;
        this.ends = ends;
    }

    String text() {
        return text;
    }

    List<String> all() {
        return all;
    }

    /** The words inside [begin, end) of {@link #text()}. */
    List<String> in(int begin, int end) {
        int from = firstFrom(begin);
        return all.subList(from, endAt(from, end));
    }

    /** The part [begin, end) of the text, as if tokenised alone. */
    Words part(int begin, int end) {
        if (begin == 0 && end == text.length()) return this;
        int from = firstFrom(begin);
        int to = endAt(from, end);
        int[] b = new int[to - from];
        int[] e = new int[to - from];
        for (int i = from; i < to; i++) {
            b[i - from] = begins[i] - begin;
            e[i - from] = ends[i] - begin;
        }
        return new Words(text.substring(begin, end), all.subList(from, to), b, e);
    }

    /** The index of the first word starting at or after {@code begin}. */
    private int firstFrom(int begin) {
        int i = 0;
        while (i < all.size() && begins[i] < begin) i++;
        return i;
    }

    /** The index after the last word from {@code from} on that ends by {@code end}. */
    private int endAt(int from, int end) {
        int i = from;
        while (i < all.size() && ends[i] <= end) i++;
        return i;
    }
}
