package org.storywire.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "Sie sprach von einem „schweren Fehler“, den man korrigieren werde, sagte die Ministerin": a quotation the steps read
 * inside the reported speech of a statement ({@link Draft#outer}) is part of that statement, words it quotes, not a second
 * position. The steps keep it as a statement while the article is read (it goes on the discourse, and it takes the
 * stance of the statement around it); once the article is read it is folded into that statement, which carries it
 * ({@link Statement#quoted()}), so the story layer sees one statement and the quotes eval can still score the fragment.
 * A statement with no speaker found carries nothing: the quotation in its span may be someone else's.
 */
final class QuotedFragments {
    private QuotedFragments() {}

    /** Moves each quotation read inside a statement that is still among {@code drafts}, of the same speaker, into that statement's {@link Draft#quoted}. */
    static void fold(List<Draft> drafts) {
        Set<Draft> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(drafts);
        Set<Draft> folded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Draft d : drafts) {
            Draft around = around(d, present);
            if (around == null) continue;
            around.quoted.add(new int[] {d.contentBegin, d.contentEnd});
            around.quoted.addAll(d.quoted);
            if (around.question == null) around.question = d.question;
            folded.add(d);
        }
        if (folded.isEmpty()) return;
        drafts.removeIf(folded::contains);
        for (Draft d : drafts) d.quoted.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    /** The statement quotation {@code d} was read inside (or the one that statement went on with), when it holds it; else null. */
    private static Draft around(Draft d, Set<Draft> present) {
        if (d.attribution != Attribution.DIRECT_QUOTE || d.outer == null) return null;
        Draft e = d.outer;
        while (e.runsOn != null) e = e.runsOn;
        // an outer statement that is itself a quotation read inside another folds there too: carry to the outermost
        while (e.outer != null && e.attribution == Attribution.DIRECT_QUOTE && present.contains(e.outer)) e = e.outer;
        // with no speaker found the words are no one's own to carry: "„Es war ein Unfall“ – Angeklagter bestreitet ..." read with
        // no subject holds the signed quotation, someone's, inside its span
        if (e == d || e.speaker == null || !present.contains(e) || !sameSpeaker(e, d)) return null;
        return e.contentBegin <= d.contentBegin && d.contentEnd <= e.contentEnd ? e : null;
    }

    private static boolean sameSpeaker(Draft a, Draft b) {
        if (Objects.equals(a.speaker, b.speaker)) return true;
        return a.speaker != null && b.speaker != null && a.speaker.canonical() != null && a.speaker.canonical().equals(b.speaker.canonical());
    }
}
