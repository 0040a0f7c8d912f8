package org.storywire.extract;

import java.util.List;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * German headlines that name their speaker before a colon: "Kerbach-Chef: Keine Stellen in
 * Gefahr", "Polizei: Täter war bewaffnet", also with the topic spoken about ({@link TopicLabel}:
 * "Werkschef zu Kurzarbeit: ..."). The line after the colon is what the label said. The
 * label must be someone who can speak, by its form: a role noun ("Ministerin Vogt", "Werkschef"),
 * a noun naming a body or an outlet ("Gericht", "Zeitung"), an organisation of the lexicon, an organisation's proper name
 * ({@link NameLabel}: "Verdi", "IG Metall") or a person the article names. "Japan: Erdbeben erschüttert
 * Küste" names a place and says nothing; "Bericht: Bahn plant Preiserhöhung" names a report, whose content is
 * reported by nobody named; a label inside running text is a list entry. A quotation after a bare label's colon is
 * left to {@link QuoteStatements}; after a label with its topic, the label speaks it.
 */
final class HeadlineLabels extends ExtractionStep {
    /** A headline label is a name with a role, a few words at most, not a clause. */
    private static final int MAX_LABEL_WORDS = 4;
    /** Fewer words after the colon are a caption ("Foto: dpa"), not a statement. */
    private static final int MIN_SAID_WORDS = 2;
    private static final List<String> REPORT_LABELS = Lexicon.wordList("headline-report-labels-de.txt");
    /** "(CDU)", "(SPD, Berlin)": a party or place in parentheses behind a name is a few words at most. */
    private static final int MAX_AFFILIATION_TOKENS = 3;
    private static final int MIN_ORGANISATION_NOUN = 5;
    private static final List<String> ORGANISATION_NOUNS = organisationNouns();
    private static final List<String> SECTOR_HEADS = Lexicon.wordList("sector-compound-heads-de.txt");
    /** "GmbH", "AG", "SE": the legal forms of {@code affiliation.txt}, which close a company's name. */
    private static final java.util.Set<String> LEGAL_FORMS = legalForms();

    private final SpeakerFinder speakers;
    private final TopicLabel topics;
    private final StatementForm statementForm;
    private final GenreLabel genres;
    private final PersonNouns persons;
    private final InstitutionLabel institutions;
    private final NameLabel names;

    HeadlineLabels(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.topics = new TopicLabel(model);
        this.statementForm = new StatementForm(model, morph);
        this.genres = new GenreLabel(x, model);
        this.persons = new PersonNouns(morph);
        this.institutions = new InstitutionLabel(model, morph, statementForm,
                w -> persons.personOrCompound(w) || lex.roleSuffix(w.toLowerCase(java.util.Locale.ROOT)) != null);
        this.names = new NameLabel(model, morph, statementForm, this::acronym);
    }

    List<Draft> headlineDrafts(TextModel.Sentence s) {
        if (english || !headline(s)) return List.of();
        int first = s.firstToken();
        int k = first;
        while (k < s.endToken() && k - first < MAX_LABEL_WORDS && model.token(k).word() && model.token(k).capitalised() && !model.token(k).quoted()) k++;
        if (k == first || k >= s.endToken()) return List.of();
        int affiliation = affiliationEnd(k, s.endToken());
        int field = fieldEnd(first, k, s.endToken());
        if (field > 0) k = field;
        int colon = affiliation > 0 ? affiliation : model.token(k).isPunct(':') ? k : topics.colonBehindTopic(k, s.endToken());
        if (colon < 0) return List.of();
        int said = colon + 1;
        // "Eilmeldung: ...", "Interview: Wir haben ...", "Ratgeber: Was Mieter ... sollten": a label naming the item's
        // genre or format speaks nothing, not even a line in the first person or a clause behind a noun that also names a person
        if (said >= s.endToken() || genres.before(s, colon) || addressesReader(said, s.endToken())) return List.of();
        // "Berichte über Datenleck: Krankenkasse spricht von ...": reports with their topic name what was put about, and
        // the line's own subject speaks; "Bericht: ..." and "Studie zu Mikroplastik: ..." name a source
        boolean reported = reportLabel(first, k) && !(colon > k && reportsAbout(k - 1));
        // "SPD: ..." speaks, "WM: ..." is a topic: a bare short name speaks only a line that has a statement's form
        boolean named = affiliation > 0 && acronym(k + 1) || organisation(first, k)
                || k - first == 1 && acronym(first) && statementForm.said(said, s.endToken());
        boolean speaks = reported || speaks(first, k) || personLabel(first, k) && (clause(said, s.endToken()) || statementForm.said(said, s.endToken())
                || isQuoteMark(model.token(said)) && behindDash(s)) || firstPerson(said) || named && worded(said, s.endToken())
                || institutions.speaks(first, k, said, s.endToken()) || names.speaks(first, k, said, s.endToken()) && worded(said, s.endToken());
        if (!speaks) return List.of();
        int[] quotation = isQuoteMark(model.token(said)) ? quotationAt(said) : null;
        // a quotation behind a bare label is left to QuoteStatements; behind a topic only the label, not its topic, speaks
        // "Kreistag beschließt Fusion – Landrat: „Historischer Tag“": behind a title's dash the label speaks even a
        // quoted phrase the text model reads as a name, which QuoteStatements leaves alone
        if (quotation == null && (isQuoteMark(model.token(said)) && !behindDash(s) || s.endToken() - said < MIN_SAID_WORDS)) return List.of();
        if (quotation != null && colon == k) return List.of();
        Draft d = new Draft();
        d.sentence = s.index();
        d.cueToken = colon;
        d.cueText = ":";
        d.cueClass = "CLAIM";
        d.attribution = quotation != null ? Attribution.DIRECT_QUOTE : reported ? Attribution.REPORTED : Attribution.INDIRECT_SPEECH;
        d.speaker = speakers.resolve(new NounPhrase(first, k, false, true), s);
        if (quotation != null) setContent(d, quotation[0], quotation[1], s);
        else setContent(d, model.token(said).begin(), contentEndOf(s), s);
        d.confidence = 0.6;
        return List.of(d);
    }

    /** The quotation opening at token {@code said}, or null. */
    private int[] quotationAt(int said) {
        int begin = model.token(said).begin();
        for (int[] q : model.quotesStartingIn(begin, begin + 1)) if (q[0] == begin) return q;
        return null;
    }

    /**
     * The label opens its line, as a headline or an interview answer does, or a sentence of the title ("Fahrverbote
     * vom Tisch? Senator: ..."); inside running text it is a list or protocol entry.
     */
    private boolean headline(TextModel.Sentence s) {
        return s.index() == 0 || model.sentences.get(s.index() - 1).paragraph() != s.paragraph() || doc.read.inTitle(s.begin());
    }

    /** The clause follows a spaced dash of its title ({@link HeadlineClauses}). */
    private boolean behindDash(TextModel.Sentence s) {
        int dash = s.firstToken() - 1;
        return dash >= 0 && doc.read.inTitle(s.begin()) && HeadlineClauses.DASHES.contains(model.token(dash).text());
    }

    /** Words of an authority's field behind "für": "Bundesamt für Strahlenschutz", "Landesamt für Umwelt und Geologie". */
    private static final int MAX_FIELD_WORDS = 4;

    /**
     * "Bundesagentur für Arbeit: ...", "Landesamt für Gesundheit: ...": a body's noun with the field it is for names the
     * body; the colon behind the field, or -1.
     */
    private int fieldEnd(int first, int k, int end) {
        if (k >= end || !"für".equals(model.token(k).lower()) || !body(model.token(k - 1).lower())) return -1;
        int words = 0;
        for (int j = k + 1; j < end && words <= MAX_FIELD_WORDS; j++) {
            Token t = model.token(j);
            if (t.isPunct(':')) return words > 0 && model.token(j - 1).capitalised() ? j : -1;
            if (!t.word() || !t.capitalised() && !"und".equals(t.lower())) return -1;
            words++;
        }
        return -1;
    }

    /** "Berger (CDU): ...": the colon behind a short parenthesis right after the label, or -1. */
    private int affiliationEnd(int open, int end) {
        if (!model.token(open).isPunct('(')) return -1;
        for (int k = open + 1; k < end && k <= open + MAX_AFFILIATION_TOKENS + 1; k++) {
            if (model.token(k).isPunct(')')) return k > open + 1 && k + 1 < end && model.token(k + 1).isPunct(':') ? k + 1 : -1;
        }
        return -1;
    }

    /**
     * "SPD: ...", "ADAC: ...": a word of capitals (a lower-case letter inside at most: "AfD") is the short name of a party,
     * union or body. One the dictionary knows as a place ("NRW") or only in the plural ("USA") names where, not who.
     */
    private boolean acronym(int k) {
        String w = model.token(k).text();
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        if (upper < 2 || w.length() - upper > 1 || !Character.isUpperCase(w.charAt(w.length() - 1))) return false;
        if (lex.mediaNames.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
        return !GermanDictionary.isPlace(w) && !GermanDictionary.pluralOnly(w);
    }

    /** The polite pronouns of address, capitalised inside a line: "So kündigen Sie Ihren Vertrag". */
    private static final java.util.Set<String> READER_ADDRESS = java.util.Set.of("sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen");

    /**
     * "Steuererklärung: Diese Pauschalen können Sie absetzen": a line that addresses the reader with the polite "Sie"
     * (capitalised behind its first word, outside a quotation) is the outlet's service, not something the label said.
     */
    private boolean addressesReader(int said, int end) {
        for (int k = said + 1; k < end; k++) {
            Token t = model.token(k);
            if (t.word() && !t.quoted() && t.capitalised() && READER_ADDRESS.contains(t.lower())) return true;
        }
        return false;
    }

    /** "Haller: Ich habe nichts falsch gemacht", "Verband: Wir klagen": a line that speaks in the first person is the label's. */
    private boolean firstPerson(int said) {
        Token t = model.token(said);
        return t.word() && StatementForm.FIRST_PERSON.contains(t.lower());
    }

    /**
     * "Bericht: ...", "Medienbericht: ...", "Insider: ...": a one-word label naming a report or unnamed sources
     * (REPORT_LABELS), also behind an adjective ("Neue Studie: ...") or before its topic ("Studie zu Mikroplastik: ...").
     */
    private boolean reportLabel(int first, int end) {
        // an adjective, not a preposition that is also one ("Laut Bericht: ...")
        String before = model.token(first).lower();
        if (end - first == 2 && !lex.isStop(before, false) && morph.german(before).has(Morphology.ADJECTIVE)) first++;
        if (end - first != 1) return false;
        String w = model.token(first).lower();
        for (String label : REPORT_LABELS) if (w.endsWith(label)) return true;
        return false;
    }

    /** The plurals of a report ("Berichte", "Medienberichte", "Meldungen"), which name reports by others, not one source. */
    private static final List<String> REPORTS_PUT_ABOUT = List.of("berichte", "meldungen");

    private boolean reportsAbout(int k) {
        String w = model.token(k).lower();
        for (String plural : REPORTS_PUT_ABOUT) if (w.endsWith(plural)) return true;
        return false;
    }

    private boolean speaks(int first, int end) {
        // "Autobahn GmbH: ...", "Varion AG: ...": a name closed by its legal form is a company's
        if (end - first >= 2 && LEGAL_FORMS.contains(model.token(end - 1).lower())) return true;
        for (int k = first; k < end; k++) {
            String w = model.token(k).text();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (lex.roleSuffix(lower) != null || memory.organisation(w) != null || body(lower)) return true;
            EntityMemory.Entity e = memory.byNameOrSurname(w);
            if (e != null && e.kind == SpeakerKind.PERSON) return true;
        }
        return personName(first, end);
    }

    /**
     * "Klimaforscher: Sommer war der heißeste", "Kita-Träger: Gebühren steigen nicht": a noun of a person (by its
     * feminine form, also as a compound's head) speaks a line that is a clause or has a statement's form ("Prüfer:
     * Viele Abrechnungen fehlerhaft"); before a verbless line ("Tätowierte Sportler: Trend oder Bedürfnis?") it names
     * a section's topic.
     */
    private boolean personLabel(int first, int end) {
        for (int k = first; k < end; k++) if (persons.personOrCompound(model.token(k).text())) return true;
        return false;
    }

    /** A finite verb or a negation among the words from {@code said}: the line says something. */
    private boolean clause(int said, int end) {
        for (int k = said; k < end; k++) {
            Token t = model.token(k);
            if (!t.word()) continue;
            if (CueFinder.NEGATIONS.contains(t.lower())) return true;
            if (!t.capitalised() && morph.german(t.text()).finite()) return true;
        }
        return false;
    }

    /** "Gericht: ...", "Zeitung: ...": a noun naming a body of people or an outlet speaks as one. */
    private boolean body(String lower) {
        return NounPhrases.speakerNoun(lower) || lex.mediaNouns.contains(lower);
    }

    /** "Gewerkschaft: ...", "Autokonzern: ...": a noun of an organisation (a German compound ends in it, {@code affiliation.txt}). */
    private boolean organisation(int first, int end) {
        for (int k = first; k < end; k++) if (organisationNoun(model.token(k).lower())) return true;
        return false;
    }

    static boolean organisationNoun(String lower) {
        for (String noun : ORGANISATION_NOUNS) if (lower.endsWith(noun)) return true;
        // "Bauindustrie", "Hotelkette": a compound whose head names a sector, a chain or a church
        for (String head : SECTOR_HEADS) if (lower.endsWith(head) && lower.length() > head.length()) return true;
        return false;
    }

    /** What a party or a body says holds a word in lower case; "Volkspartei: 27,5 % 12 Sitze" is a row of results. */
    private boolean worded(int said, int end) {
        for (int k = said; k < end; k++) {
            Token t = model.token(k);
            if (t.word() && !t.capitalised() && Character.isLetter(t.text().charAt(0))) return true;
        }
        return false;
    }

    /** The common nouns of organisations and of bodies speaking for them, from {@code affiliation.txt}. */
    private static List<String> organisationNouns() {
        List<String> nouns = new java.util.ArrayList<>();
        for (String line : Lexicon.lines("affiliation.txt")) {
            String[] f = line.split("\\s+", 2);
            // a short word ends many a compound that names no body ("Datenbank", "Sandbank")
            if (f.length == 2 && (f[0].equals("organisation") || f[0].equals("body")) && !f[1].contains(" ") && f[1].length() >= MIN_ORGANISATION_NOUN) nouns.add(f[1]);
        }
        return List.copyOf(nouns);
    }

    private static java.util.Set<String> legalForms() {
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (String line : Lexicon.lines("affiliation.txt")) {
            String[] f = line.split("\\s+", 2);
            if (f.length == 2 && f[0].equals("legal-form")) forms.add(f[1].strip());
        }
        return java.util.Set.copyOf(forms);
    }

    /**
     * "Müller: Keine Steuererhöhung", "Olaf Kern: ...": a label that is a surname the dictionary knows, or a first name
     * with a surname behind it, names a person even when the teaser names them nowhere else; a place ("Japan") does not.
     */
    private boolean personName(int first, int end) {
        String last = model.token(end - 1).text();
        if (GermanDictionary.isSurname(last)) return true;
        return end - first >= 2 && GermanDictionary.isFirstName(model.token(end - 2).text());
    }
}
