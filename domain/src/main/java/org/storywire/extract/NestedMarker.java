package org.storywire.extract;

import java.util.Set;

/**
 * "Der Sprecher sagte, nach ersten Erkenntnissen habe ein Unbekannter ...", "..., weil die Mission nach Angaben der UN
 * überfordert ist": a report marker within what a verb says names a source of its own, and the quotation corpora
 * annotate both; the marker reports the rest of its clause, behind its source. Opening a that-clause ("sagte, dass nach
 * ersten Berechnungen ...") it only tells where the speaker has it from.
 */
final class NestedMarker {
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der", "eines", "einer");

    private final TextModel model;

    NestedMarker(TextModel model) {
        this.model = model;
    }

    /**
     * Whether the marker, inside the verb's said part, keeps a statement of its own: not right behind "dass", and not
     * "gemäß", which there tells by which rule something is done ("sollten gemäß den Bestimmungen geprüft werden").
     */
    boolean ownStatement(Draft marker) {
        return marker.speaker != null && marker.speaker.mentionSpan() != null && !model.token(marker.cueToken).is("gemäß")
                && marker.cueToken > 0 && !RunOnSpeech.DASS.contains(model.token(marker.cueToken - 1).lower());
    }

    /**
     * The marker's content becomes what follows its source phrase and the genitive that may close it ("laut einem
     * Gutachten des Landkreises"), up to the end of what it held.
     */
    void narrow(Draft marker) {
        int e = model.sentences.get(marker.sentence).endToken();
        int k = marker.cueToken;
        while (k < e && model.token(k).begin() < marker.speaker.mentionSpan().end()) k++;
        if (k + 1 < e && GENITIVE_ARTICLES.contains(model.token(k).lower())) {
            k++;
            while (k < e && model.token(k).word() && !model.token(k).capitalised()) k++;
            if (k < e && model.token(k).capitalised()) k++;
        }
        while (k < e && model.token(k).isPunct(',')) k++;
        if (k < e && model.token(k).begin() < marker.contentEnd) marker.contentBegin = Math.max(marker.contentBegin, model.token(k).begin());
    }
}
