package org.storywire.extract;

import java.util.HashSet;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * "Die Zeitung hat ihren Bericht zurückgezogen", "nahm die Behauptung zurück", "retracted the report", "walked back
 * his remarks": a verb of taking back is a denial cue only when what it takes back is a report or a claim, a noun
 * in the verb's clause; with any other object it withdraws something else ("zog seine
 * Kandidatur zurück", "hat sich zurückgezogen", "walked back to the car").
 */
final class RetractedReport {
    private static final String LIST = "retractions.txt";
    private static final Set<String> VERBS = words("verb");
    private static final Set<String> OBJECTS = words("object");
    private static final Set<String> PARTICLES = words("particle");
    private static final Set<String> SUBORDINATORS = union(Lexicon.words("complementisers-de.txt"), Lexicon.words("adverbial-subordinators-de.txt"));
    private final TextModel model;
    private final boolean english;

    RetractedReport(TextModel model, boolean english) {
        this.model = model;
        this.english = english;
    }

    /**
     * Whether the verb at {@code cue}, with its particle at {@code particle} (or none, -1), is one of taking back with no
     * report or claim as its object in its clause; "nahm Stellung" is another verb and not asked about.
     */
    boolean withoutReport(int cue, int particle, TextModel.Sentence s) {
        if (!VERBS.contains(model.token(cue).lower())) return false;
        if (particle >= 0 && !PARTICLES.contains(model.token(particle).lower())) return false;
        for (int k = cue - 1; k >= s.firstToken() && !clauseEdgeBefore(k); k--) if (report(model.token(k))) return false;
        int end = particle > cue ? particle : s.endToken();
        for (int k = cue + 1; k < end && (particle > cue || !model.token(k).isPunct(',')); k++) if (report(model.token(k))) return false;
        return true;
    }

    /**
     * "hat ihren Bericht über X, den Y, zurückgezogen": a German object stands before the participle across an
     * apposition's commas, up to a subordinator opening another clause; an English one within the commas.
     */
    private boolean clauseEdgeBefore(int k) {
        Token t = model.token(k);
        return english ? t.isPunct(',') : SUBORDINATORS.contains(t.lower());
    }

    /** A German noun ending in a listed head ("Medienbericht"), an English listed noun. */
    private boolean report(Token t) {
        if (!t.word() || t.quoted()) return false;
        if (english) return OBJECTS.contains(t.lower());
        return t.capitalised() && OBJECTS.stream().anyMatch(o -> t.lower().endsWith(o));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> words(String kind) {
        Set<String> words = new HashSet<>();
        for (Lexicon.Entry e : Lexicon.entries(LIST)) if (e.kind().equals(kind)) words.addAll(e.words());
        return Set.copyOf(words);
    }
}
