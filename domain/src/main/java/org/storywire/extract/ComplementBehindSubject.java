package org.storywire.extract;

import java.util.Set;

/**
 * "Auf den Vorwurf der Opposition, es sei ein Trick, entgegnete der Sprecher, dass ...", "Warum die Wahl auf X fiel,
 * begründete das Gericht mit dem Hinweis, dass ...", "Bereits am Montag meldete der Sender, dass ...": a German verb of
 * saying in second place takes one said part. When the comma closing its clause, behind its subject, opens a content
 * clause ("dass", "ob", a "zu" infinitive), that clause is what was said, and the field before the verb, however it
 * ends (a comma, a quoted title), is an adverbial or an object, not a said part the verb closes as in „...“, sagte er.
 */
final class ComplementBehindSubject extends ExtractionStep {
    /** "ob" opens an indirect question, said as a "dass" clause is. */
    private static final Set<String> QUESTION = Set.of("ob");
    /** "sagte er und fügte hinzu, dass ...": a second verb joined to the cue owns the clause behind its comma. */
    private static final Set<String> COORDINATORS = Set.of("und", "oder", "sowie", "aber", "doch");

    private final GermanClauseForms clauses;

    ComplementBehindSubject(Extraction x, GermanClauseForms clauses) {
        super(x);
        this.clauses = clauses;
    }

    /** Whether the cue at {@code cue} has a content clause behind its subject and the comma that ends its clause. */
    boolean follows(int cue, TextModel.Sentence s) {
        int comma = -1;
        for (int k = cue + 1; k < s.endToken(); k++) {
            Token x = model.token(k);
            if (x.quoted() || !x.word()) {
                if (x.isPunct(',')) comma = k;
                break;
            }
            if (COORDINATORS.contains(x.lower()) || !x.capitalised() && lex.cuesDe.containsKey(x.lower())) return false;
        }
        // the subject stands between the verb and the comma (and the verb's particle: "räumte der Kanzler ein, ...")
        if (comma <= cue + 1 || comma + 1 >= s.endToken()) return false;
        String opener = model.token(comma + 1).lower();
        return RunOnSpeech.DASS.contains(opener) || QUESTION.contains(opener) || clauses.zuInfinitiveClause(comma + 1, s);
    }
}
