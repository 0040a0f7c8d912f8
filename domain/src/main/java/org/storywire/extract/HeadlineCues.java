package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * "Rechnungshof rügt Kosten für ...", "Konzern kontert Kritik": verbs that sum up a speech act in a German
 * headline but narrate an act in running text ({@code headline-cues-de.txt}), so they are cues in the title and in a
 * teaser of a sentence or two under it, which sums up as the headline does ("Umweltverbände begrüßten den Kurswechsel",
 * "Die Liberalen lehnen das strikt ab"), not in an article's running text. A verb of judging with a bare object
 * ("Die OSZE kritisiert den Verlauf der Wahl") is a cue in the title only: Wikinews leads leave it unannotated.
 */
final class HeadlineCues {
    private static final Map<String, List<Lexicons.Cue>> CUES = Lexicons.cues("headline-cues-de.txt");
    /** The forms of rejecting, which a deciding body's title narrates as its decision. */
    private static final Set<String> REJECTING = Set.of("lehnt", "lehnen");
    private static final List<String> BODIES = Lexicon.lines("deciding-bodies-de.txt");
    private static final Set<String> WHOLE_BODIES = Set.of(BODIES.get(0).split("\\s+"));
    private static final List<String> BODY_HEADS = List.of(BODIES.get(1).split("\\s+"));

    /**
     * Verbs of reacting in an attitude ("zeigte sich enttäuscht", "reagierte mit Unverständnis") or by defending what was
     * criticised ("Schiedsrichter Feist verteidigte seine Entscheidung"), read in a longer teaser too.
     */
    private static final Set<String> REACTING = Set.of("zeigt", "zeigen", "zeigte", "zeigten", "reagiert", "reagieren", "reagierte", "reagierten",
            "verteidigt", "verteidigen", "verteidigte", "verteidigten");
    /** A teaser of up to three sentences still sums up a reaction. */
    private static final int REACTION_TEASER_SENTENCES = 3;
    /** Past forms of the list that are a cue only right behind a comma, inverted after the said part. */
    private static final Set<String> INVERTED_ONLY = Set.of("gestand");
    /**
     * Forms a teaser sentence narrates with more often than it sums up: "Das Paar erwartet ein Kind", "Buden erwarten die
     * Besucher", "Betrüger geben sich als Beamte aus", "Die Gäste konterten"; "widersprechen" is also the infinitive
     * ("Betroffene sollten sofort widersprechen"); cues in the title only. Defending ("Das Ministerium verteidigte die
     * Anschaffung") sums up in a teaser too; a title or a place defended is told by its object ({@link ObjectSense}).
     */
    private static final Set<String> TITLE_ONLY = Set.of("erwartet", "erwarten", "gibt", "geben", "kontert", "kontern", "widersprechen");

    private static final Set<String> PASSIVE_AUXILIARIES = Lexicon.words("passive-auxiliaries-de.txt");
    /** Attitudes shown in reacting ("enttäuscht", "gelassen"), which headline-cues-de.txt lists behind "zeigt sich", "reagiert" and "bleibt". */
    private static final Set<String> ATTITUDES = Lexicon.words("attitudes-de.txt");
    /** "Kritiker bleiben skeptisch": the copula an attitude is listed behind (headline-cues-de.txt). */
    private static final Set<String> COPULAS = Set.of("bleibt", "bleiben");
    /** "Bürger empört über neue Gebühren", "Verband enttäuscht von Einigung": what a bare attitude in a title may go on with. */
    private static final Set<String> ATTITUDE_PREPOSITIONS = Set.of("über", "nach", "auf", "wegen", "von", "vom", "trotz");
    /** A title's attitude that drops its copula ("Betriebsrat empört") says what its subject shows, as "zeigt sich empört" does. */
    private static final List<Lexicons.Cue> BARE_ATTITUDE = List.of(new Lexicons.Cue("CLAIM", null, false));

    private final Extraction doc;
    private final PersonNouns persons;
    /** Whether the text is a headline with a teaser of at most {@link ArticleText#TEASER_SENTENCES} sentences; read once. */
    private Boolean teaser;
    /** Whether the text is a headline with at most {@link #REACTION_TEASER_SENTENCES} sentences under it; read once. */
    private Boolean reactionTeaser;

    HeadlineCues(Extraction doc) {
        this.doc = doc;
        this.persons = new PersonNouns(doc.read.morph());
    }

    /**
     * The listed cues of a German word form, with its headline cues behind them when it stands in the title: a form
     * listed with its object or particle ("schweigt zu") takes that first, the headline's bare form otherwise.
     */
    List<Lexicons.Cue> with(List<Lexicons.Cue> listed, Token t, int index, int sentenceFirst) {
        if (listed == null && bareAttitude(t, index, sentenceFirst)) return BARE_ATTITUDE;
        List<Lexicons.Cue> headline = doc.read.inTitle(t.begin()) || teaserCue(t, index, sentenceFirst) ? CUES.get(t.lower()) : null;
        // "..., gestand der Minister": the past form admits only inverted behind what was said; "ein Mann, der zehn Taten
        // gestand" narrates a confession in a relative clause
        if (headline != null && INVERTED_ONLY.contains(t.lower()) && !(index > sentenceFirst && doc.read.model().token(index - 1).isPunct(','))) headline = null;
        if (headline == null || REJECTING.contains(t.lower()) && decidingBodyBefore(index, sentenceFirst)) return listed;
        if (listed == null) return headline;
        List<Lexicons.Cue> both = new ArrayList<>(listed);
        both.addAll(headline);
        return both;
    }

    /**
     * "Stadtrat lehnt Bauantrag ab", "Gemeinderat Birkach lehnt Neubaugebiet ab": a council, an assembly or a court
     * before the verb (its subject in the title's first field) rejects by a vote or a judgment, a decision, not a
     * position; "Gewerkschaft lehnt Angebot ab" takes one.
     */
    private boolean decidingBodyBefore(int index, int sentenceFirst) {
        for (int k = sentenceFirst; k < index; k++) {
            Token w = doc.read.model().token(k);
            if (w.word() && w.capitalised() && decidingBody(w.lower())) return true;
        }
        return false;
    }

    static boolean decidingBody(String lower) {
        if (WHOLE_BODIES.contains(lower)) return true;
        for (String head : BODY_HEADS) if (lower.endsWith(head)) return true;
        return false;
    }

    /**
     * "Verband kritisiert Kampfrichter", "Trainer lobt Moral": in a title a verb of judging sums up what was said and
     * its object names what was judged; in running text such a clause names a topic, and what was said follows.
     */
    boolean judgesInTitle(Token t) {
        return doc.read.inTitle(t.begin());
    }

    /** "Holm wehrt sich gegen Vorwürfe": a reflexive verb listed here says something in a title, as no other reflexive clause does. */
    boolean listedInTitle(Token t) {
        return (doc.read.inTitle(t.begin()) || summarises(t) && !TITLE_ONLY.contains(t.lower())) && CUES.containsKey(t.lower());
    }

    /**
     * A headline cue in a teaser sentence, in the active voice: "Das Schiff wurde von Schleppern begrüßt" narrates a
     * welcome, "Verbände begrüßten den Schritt" takes a position.
     */
    private boolean teaserCue(Token t, int index, int sentenceFirst) {
        if (!summarises(t) || TITLE_ONLY.contains(t.lower())) return false;
        for (int k = sentenceFirst; k < index; k++) {
            if (PASSIVE_AUXILIARIES.contains(doc.read.model().token(k).lower())) return false;
        }
        return true;
    }

    /**
     * "Tarifeinigung: Gewerkschaft erleichtert", "Tech-Riese entlässt Mitarbeiter – Betriebsrat empört": in a title an
     * attitude right behind a capitalised noun, closing its clause or going on with a preposition, is the reaction of
     * the noun's bearer with its copula dropped. A clause's first word is no subject before it.
     */
    private boolean bareAttitude(Token t, int index, int sentenceFirst) {
        if (index <= sentenceFirst || !ATTITUDES.contains(t.lower()) || t.capitalised() || t.quoted() || !doc.read.inTitle(t.begin())) return false;
        Token subject = doc.read.model().token(index - 1);
        if (!subject.word() || !subject.capitalised() || subject.quoted() || !mayReact(subject)) return false;
        if (index + 1 >= doc.read.model().tokens.size()) return true;
        Token next = doc.read.model().token(index + 1);
        return !next.word() || !doc.read.inTitle(next.begin()) || ATTITUDE_PREPOSITIONS.contains(next.lower());
    }

    /**
     * "Betriebsrat", "Bürger", "Gewerkschaft", "Müller": a noun of a person, a role, a body or an organisation, or a name,
     * where "Weihnachtsgeschäft enttäuscht" says how a thing fared.
     */
    private boolean mayReact(Token subject) {
        String w = subject.lower();
        Lexicons lex = doc.read.lex();
        return NounPhrases.speakingNoun(w, lex) || InstitutionLabel.institution(w)
                || HeadlineLabels.organisationNoun(w) || persons.personOrCompound(subject.text()) || subject.acronym()
                || doc.read.memory().organisation(subject.text()) != null || GermanDictionary.isSurname(subject.text());
    }

    /**
     * "Die meisten Kunden bleiben zufrieden, wie eine Umfrage ergab": an attitude behind "bleibt" is a reaction's cue
     * unless another verb of the sentence reports it; then it is that verb's content.
     */
    boolean copulaAttitude(Token t, Lexicons.Cue cue) {
        return COPULAS.contains(t.lower()) && cue.particle() != null && ATTITUDES.contains(cue.particle());
    }

    /**
     * The token stands in the headline, or in a teaser of a sentence or two under one; a reaction ("Der Verein zeigte
     * sich enttäuscht") also in a teaser of three, whose last sentence is often the answer to what the first two report.
     */
    private boolean summarises(Token t) {
        if (doc.read.inTitle(t.begin())) return true;
        if (teaser == null) teaser = doc.read.teaserItem();
        if (teaser) return true;
        if (!REACTING.contains(t.lower())) return false;
        if (reactionTeaser == null) reactionTeaser = doc.read.teaserItem(REACTION_TEASER_SENTENCES);
        return reactionTeaser;
    }
}
