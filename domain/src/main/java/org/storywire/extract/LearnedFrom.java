package org.storywire.extract;

import java.util.Set;

/**
 * "Wie die Zeitung aus Verhandlungskreisen erfuhr, ...", "Das erfuhr der Sender aus der Partei.": "erfahren" reports
 * what a newsroom learnt only in a clause opened by "wie" or after a fronted "das"/"dies" pointing back at what was
 * learnt. Elsewhere someone learns something ("Als er davon erfuhr, ...") and nobody reports it.
 */
final class LearnedFrom {
    private static final Set<String> FORMS = Set.of("erfuhr", "erfuhren");
    private static final Set<String> POINTERS = Set.of("das", "dies");

    private final TextModel model;

    LearnedFrom(TextModel model) {
        this.model = model;
    }

    /** Whether the German verb at {@code cue} is a form of "erfahren" outside the two reporting forms. */
    boolean notReport(int cue, TextModel.Sentence s) {
        if (!FORMS.contains(model.token(cue).lower())) return false;
        int f = s.firstToken();
        if (cue == f + 1 && POINTERS.contains(model.token(f).lower())) return false;
        for (int k = cue - 1; k >= f && !model.token(k).isPunct(','); k--) {
            if (model.token(k).is("wie") && (k == f || model.token(k - 1).isPunct(','))) return false;
        }
        return true;
    }
}
