package org.storywire.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.storywire.clean.Lexicon;

/**
 * "Stadt Mainfeld: Kein Geld für ...", "Klinikum Rabenbrück: Geburtsstation bleibt ...", "Bahn: Pendler müssen ...",
 * "Weißes Haus: ...": a German headline label whose noun names an institution by its kind ({@code
 * institution-nouns-de.txt}: a town, a district, a clinic, an airport, a utility), alone, behind an adjective or before
 * the institution's own name, speaks through its staff as a body does. The same nouns head items about places and
 * topics, but there the line asks ("Stadt: Wo Parken teurer wird", "Schule: Kommt das Handyverbot?") or narrates an
 * event in a passive without its auxiliary ("Zoo: Neues Gehege eröffnet"); so the line behind the colon must have a
 * statement's form ({@link StatementForm}), be a clause with a finite verb in the present ("Pflegekassen: Eigenanteil
 * steigt", "Landkreis Wendel: Müllabfuhr kommt ...") or a line of nouns ("Wasserversorger: Leitungswasser wieder
 * trinkbar"), and a bare noun's line must not be a question.
 */
final class InstitutionLabel {
    private static final List<String> LINES = Lexicon.lines("institution-nouns-de.txt");
    /** Whole words only: as a compound's head they name a part of a place or a thing ("Innenstadt", "Autobahn"). */
    private static final Set<String> WHOLE = Set.of(LINES.get(0).split("\\s+"));
    /** Also as a compound's head: "Uniklinik", "Landkreis", "Rathaus". */
    private static final List<String> HEADS = List.of(LINES.get(1).split("\\s+"));
    /** The heads with their plural endings, built once: asked of every noun, the test built three strings per head. */
    private static final List<String> HEAD_FORMS = HEADS.stream().flatMap(h -> Stream.of(h, h + "n", h + "en")).toList();
    /** Authorities that name no place or thing ("Zoll"): their label reports any line, as a body's does. */
    private static final Set<String> AUTHORITIES = Set.of(LINES.get(2).split("\\s+"));
    /** A line with no verb names a topic unless it has a few words ("Pünktlichkeit auf Tiefstand", not "Haushalt 2025"). */
    private static final int MIN_VERBLESS_WORDS = 3;

    private final TextModel model;
    private final Morphology morph;
    private final StatementForm form;
    /** Whether a capitalised noun names a person: by its feminine form or as a role of {@code roles.txt}. */
    private final java.util.function.Predicate<String> personNoun;

    InstitutionLabel(TextModel model, Morphology morph, StatementForm form, java.util.function.Predicate<String> personNoun) {
        this.model = model;
        this.morph = morph;
        this.form = form;
        this.personNoun = personNoun;
    }

    /** Whether the label from {@code first} to {@code end} names an institution that speaks the line from {@code said}. */
    boolean speaks(int first, int end, int said, int lineEnd) {
        int head = first;
        // "Weißes Haus": an adjective before the noun
        if (end - first >= 2 && adjective(first)) head++;
        String noun = model.token(head).lower();
        if (!institution(noun)) return false;
        // "Pflegekassen: Eigenanteil steigt", "Rathaus: Parkgebühren steigen": a bare noun also speaks a clause in the
        // present, as a named institution does, unless the line asks ("Stadt: Wo Parken teurer wird", "Kommt ...?")
        if (head + 1 == end && head == first)
            return AUTHORITIES.contains(noun) || form.said(said, lineEnd) || !asked(said, lineEnd) && (finiteVerb(said, lineEnd) || verbless(said, lineEnd));
        for (int k = head + 1; k < end; k++) if (!name(k)) return false;
        // "Opernhaus Wollbrück: Intendant geht vorzeitig": a person acting is the news told about the institution
        if (!form.said(said, lineEnd) && personActs(said, lineEnd)) return false;
        // "Deutsche Bahn: Zugausfälle wegen Sturmschäden", "Tierheim Ostwelle: Aufnahmestopp für Katzen": a label naming
        // one institution reports a line of nouns as its news; "Tierpark Wollbrück: Neues Affenhaus eröffnet" narrates
        return form.said(said, lineEnd) || finiteVerb(said, lineEnd) || verbless(said, lineEnd);
    }

    /** Whether a lower-cased noun names an institution by its kind ("bistum", "erzbistum", "kreisklinik"). */
    static boolean institution(String lower) {
        if (WHOLE.contains(lower)) return true;
        // also in the plural: "Pflegekassen", "Kliniken"
        for (String h : HEAD_FORMS) if (lower.endsWith(h)) return true;
        return false;
    }

    private boolean adjective(int k) {
        // capitalised as the title's first word: the dictionary spells the adjective in lower case
        Morphology.Analysis a = morph.german(model.token(k).lower());
        return a.has(Morphology.ADJECTIVE) && !a.has(Morphology.NOUN);
    }

    /** The institution's own name: a word the dictionary knows as no common noun ("Mainfeld", "Rabenbrück", "Halbach"). */
    private boolean name(int k) {
        Token t = model.token(k);
        if (!t.word() || !t.capitalised()) return false;
        Morphology.Analysis a = morph.german(t.text());
        return !a.has(Morphology.NOUN) || a.has(Morphology.PROPER);
    }

    /**
     * The line opens with a noun of a person and its finite verb ("Intendant geht", "Insolvenzverwalter sucht Investor"):
     * it narrates what someone at the institution does, which the label names as the place of the news, not as its
     * speaker; the institution's own news has a thing as its subject ("Wartezeiten sinken").
     */
    private boolean personActs(int from, int end) {
        if (from + 1 >= end) return false;
        Token subject = model.token(from);
        Token verb = model.token(from + 1);
        if (!subject.word() || !verb.word() || verb.capitalised() || !personNoun.test(subject.text())) return false;
        Morphology.Analysis a = morph.german(verb.text());
        return a.finite() && !a.has(Morphology.PARTICIPLE);
    }

    /** A line opening with a question word or holding a question mark is a question, what the item is about. */
    private boolean asked(int from, int end) {
        if (form.asks(from)) return true;
        for (int k = from; k < end; k++) if (model.token(k).isPunct('?')) return true;
        return false;
    }

    /** A line of a few words none of which the dictionary knows as a verb form: a noun phrase with its attributes. */
    private boolean verbless(int from, int end) {
        int words = 0;
        for (int k = from; k < end; k++) {
            Token t = model.token(k);
            if (!t.word()) continue;
            words++;
            if (t.capitalised() && k > from) continue;
            Morphology.Analysis a = morph.german(t.text());
            if (a.finite() || a.has(Morphology.PARTICIPLE) || a.verbOnly()) return false;
        }
        return words >= MIN_VERBLESS_WORDS;
    }

    /**
     * A finite verb in lower case among the line's words: it says something happens or is, not only a topic. A form
     * that is also a participle is a headline's passive without its auxiliary, a narrated event ("Neues Gehege eröffnet").
     */
    private boolean finiteVerb(int from, int end) {
        for (int k = from; k < end; k++) {
            Token t = model.token(k);
            if (!t.word() || t.capitalised()) continue;
            Morphology.Analysis a = morph.german(t.text());
            if (a.finite() && !a.has(Morphology.PARTICIPLE)) return true;
        }
        return false;
    }
}
