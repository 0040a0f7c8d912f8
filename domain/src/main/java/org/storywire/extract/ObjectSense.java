package org.storywire.extract;

import java.util.List;
import java.util.Map;
import org.storywire.clean.Lexicon;

/**
 * "Der Taifun forderte zwölf Todesopfer", "das Attentat, das 73 Menschenleben forderte": a reporting verb whose
 * object gives it a sense other than speech. Its word sense is read off the object's head noun in the verb's own
 * clause (between the commas around it), by the heads listed for the verb's lemma.
 */
final class ObjectSense {
    private static final Map<String, List<String>> HEADS = Lexicon.wordsByKind("non-speech-objects-de.txt");
    /** "für die zwölf Verletzten": at most this many words (article, number, adjective) between a preposition and its noun. */
    private static final int MODIFIERS = 4;
    private static final String WHOLE = "=";
    private static final List<String> QUANTITY_COMPARATIVES = List.of("mehr", "weniger");
    private final TextModel model;
    private final Morphology morph;

    ObjectSense(TextModel model, Morphology morph) {
        this.model = model;
        this.morph = morph;
    }


    /** Whether the German verb at {@code cue} has an object in its clause that makes it no verb of speech. */
    boolean notSpeech(int cue, TextModel.Sentence s) {
        String lemma = morph.germanLemma(model.token(cue).lower());
        List<String> heads = lemma == null ? null : HEADS.get(lemma);
        if (heads == null) return false;
        for (int k = cue - 1; k >= s.firstToken() && !model.token(k).isPunct(','); k--) if (objectHead(k, heads, s)) return true;
        for (int k = cue + 1; k < s.endToken() && !model.token(k).isPunct(','); k++) if (objectHead(k, heads, s)) return true;
        return false;
    }

    /** A noun ending in one of the heads ("Todesopfer", "Menschenleben", "Tote"), not inside a prepositional phrase ("Hilfe für die Verletzten"). */
    private boolean objectHead(int k, List<String> heads, TextModel.Sentence s) {
        Token t = model.token(k);
        if (!t.word() || t.quoted() || !t.capitalised() || heads.stream().noneMatch(h -> heads(t.lower(), h))) return false;
        for (int j = k - 1; j >= s.firstToken() && j >= k - MODIFIERS; j--) {
            Token x = model.token(j);
            if (comparedQuantity(j)) continue;
            if (NounPhrases.PREPOSITIONS.contains(x.lower())) return false;
            if (x.capitalised() || !(x.word() || Character.isDigit(x.text().charAt(0)))) break;
        }
        return true;
    }

    /** A head ends the noun ("Todesopfer" in "Lawinentodesopfer"); one written with "=" is the whole noun ("Tor", not "Direktor"). */
    private static boolean heads(String noun, String head) {
        return head.startsWith(WHOLE) ? noun.equals(head.substring(WHOLE.length())) : noun.endsWith(head);
    }

    /** "mehr als 80 Menschenleben": "als" behind a comparative of quantity counts the noun, it opens no phrase. */
    private boolean comparedQuantity(int j) {
        return model.token(j).is("als") && j > 0 && QUANTITY_COMPARATIVES.contains(model.token(j - 1).lower());
    }
}
