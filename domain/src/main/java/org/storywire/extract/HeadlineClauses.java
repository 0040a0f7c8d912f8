package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Trainer bleibt – Verein dementiert Bericht über Entlassung": a German headline joins two clauses with a dash where running
 * text would end a sentence. Each clause has its own subject, so the cues of a headline are read clause by clause: the
 * verb behind the dash takes no subject from before it. A headline with a quotation keeps its dash in one piece, where
 * the dash signs the quotation ("„...“ – Bürgermeisterin verspricht Hilfe", {@link QuoteStatements}), unless the
 * quotation follows a label behind the dash ("Opposition fordert Rücktritt – Minister: „Ich bleibe“"). A title asking
 * what someone says ("Was die Ministerin zur Reform sagt") says nothing.
 */
final class HeadlineClauses {
    static final Set<String> DASHES = Set.of("–", "—", "-");
    private static final Set<String> INTERROGATIVES = Set.of("was", "wie", "warum", "wieso", "weshalb", "wer", "worüber", "wofür", "wogegen");
    /** A label before the question: "Im Wortlaut:", "Nach der Wahl:". */
    private static final int MAX_LABEL_WORDS = 4;
    private final TextModel model;
    private final ArticleText read;

    HeadlineClauses(ArticleText read) {
        this.read = read;
        this.model = read.model();
    }

    /** The clauses of a title sentence split at its spaced dashes, or the sentence alone. */
    List<TextModel.Sentence> clauses(TextModel.Sentence s) {
        if (read.english() || !read.inTitle(s.begin())) return List.of(s);
        List<TextModel.Sentence> clauses = new ArrayList<>();
        int from = s.firstToken();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = model.token(k);
            if ((t.quoted() || NounPhrases.isQuoteMark(t)) && (clauses.isEmpty() || labelEnd(from, k) < 0)) return List.of(s);
            if (!spacedDash(k) || k == from || k + 1 >= s.endToken()) continue;
            clauses.add(part(s, from, k));
            from = k + 1;
        }
        if (clauses.isEmpty()) return List.of(s);
        clauses.add(part(s, from, s.endToken()));
        return clauses;
    }

    /**
     * "Opposition fordert Rücktritt – Minister: „Ich bleibe“": the first word of the label behind a title's spaced dash
     * whose colon is at {@code colon}, which speaks what follows the colon; the sentence's first word without one.
     */
    int labelStart(TextModel.Sentence s, int colon) {
        if (read.english() || !read.inTitle(s.begin())) return s.firstToken();
        for (int k = colon - 1; k > s.firstToken(); k--) {
            if (spacedDash(k)) return labelEnd(k + 1, s.endToken()) == colon ? k + 1 : s.firstToken();
        }
        return s.firstToken();
    }

    /** The colon closing a label of a few capitalised words from {@code first} ("Ministerium:", "Trainer Pfaff:"), or -1. */
    private int labelEnd(int first, int end) {
        for (int k = first; k < end && k - first <= MAX_LABEL_WORDS; k++) {
            Token t = model.token(k);
            if (t.isPunct(':')) return k > first ? k : -1;
            if (!t.word() || !t.capitalised() || t.quoted()) return -1;
        }
        return -1;
    }

    /**
     * "Was die Ministerin zur Reform sagt", "Wie der Konzern den Abbau begründet": a title that asks what someone says,
     * an interrogative opening it (also behind a label: "Im Wortlaut: Was ...") and the cue closing it, announces the
     * statement; it says nothing itself.
     */
    boolean asksWhatIsSaid(TextModel.Sentence s, int cue) {
        boolean closes = cue + 1 == s.endToken() || cue + 2 == s.endToken() && !model.token(cue + 1).word() && !model.token(cue + 1).isPunct(',');
        if (!read.inTitle(s.begin()) || !closes) return false;
        return INTERROGATIVES.contains(model.token(s.firstToken()).lower()) || INTERROGATIVES.contains(model.token(behindLabel(s, cue)).lower());
    }

    /** "Im Wortlaut: Was die Ministerin sagte": the first word behind a label's colon, or the clause's first word. */
    private int behindLabel(TextModel.Sentence s, int cue) {
        for (int k = s.firstToken(); k < cue && k - s.firstToken() <= MAX_LABEL_WORDS; k++) if (model.token(k).isPunct(':')) return k + 1;
        return s.firstToken();
    }

    private boolean spacedDash(int k) {
        Token t = model.token(k);
        if (!DASHES.contains(t.text()) || k == 0 || k + 1 >= model.tokens.size()) return false;
        return model.token(k - 1).end() < t.begin() && t.end() < model.token(k + 1).begin();
    }

    private TextModel.Sentence part(TextModel.Sentence s, int first, int end) {
        return new TextModel.Sentence(s.index(), model.token(first).begin(), model.token(end - 1).end(), s.paragraph(), first, end);
    }
}
