package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quotations without a cue in their sentence: after a colon ("X: „...“"), opening the sentence after
 * a statement (the same speaker goes on), or a quoted phrase in narration whose clause subject said
 * it. A quoted phrase nobody in reach says is a title or a term and is left alone.
 */
final class QuoteStatements extends ExtractionStep {
    /** Tokens a subject between a closing quote and its verb may have ("Kim Lee, the former state senator,"). */
    static final int SUBJECT_SPAN = 12;
    private static final Set<String> DASHES = Set.of("―", "—", "–", "-");
    private static final Set<String> LIST_CONJUNCTIONS = Set.of("und", "oder", "sowie");
    private final SpeakerFinder speakers;
    private final OpeningQuotes openings;
    private final QuotedName names;
    private final ReportedPhraseClause clauses;
    private final GenreLabel genres;
    private final TitleQuotationSpeaker titleQuotations;
    private final HeadlineClauses titleClauses;
    private final PersonNouns persons;
    private final ScareQuote scareQuotes;

    QuoteStatements(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
        this.openings = new OpeningQuotes(x, speakers);
        this.names = new QuotedName(model, morph, lex);
        this.clauses = new ReportedPhraseClause(x);
        this.genres = new GenreLabel(x, model);
        this.titleQuotations = new TitleQuotationSpeaker(x, model, morph, nps, speakers);
        this.titleClauses = new HeadlineClauses(x.read);
        this.persons = new PersonNouns(morph);
        this.scareQuotes = new ScareQuote(model, morph);
    }

    List<Draft> quoteDrafts(TextModel.Sentence s) {
        List<Draft> found = new ArrayList<>();
        // the sentence said around its quoted phrases: one statement, however many phrases it quotes
        Draft clause = null;
        for (int[] q : model.quotesStartingIn(s.begin(), s.end())) {
            if (q[0] < doc.consumedUntil || coveredByStatement(q) || cueFollows(q)) continue;
            Draft d = new Draft();
            d.sentence = s.index();
            d.attribution = Attribution.DIRECT_QUOTE;
            d.cueClass = "CLAIM";
            setContent(d, q[0], q[1], s);
            int quoteToken = firstTokenAt(s, q[0]);
            int colon = colonBefore(s, q[0]);
            // "Interview: „...“": the label names the item's genre, so the quotation has no speaker before it
            // "Streit um Windpark: „...“": nor does a label naming a dispute and its topic
            // "Opposition fordert Rücktritt – Minister: „Ich bleibe“": the label behind the title's dash names the speaker
            int labelStart = colon >= 0 ? titleClauses.labelStart(s, colon) : s.firstToken();
            int labelEnd = colon >= 0 && !english && (genres.before(s, colon) || topicOnly(s, colon)) ? colon + 1 : labelStart;
            NounPhrase label = colon >= 0 && labelEnd == labelStart ? speakers.bestSubject(s, labelStart, colon) : null;
            NounPhrase np = label == null || labelStart > s.firstToken() ? label : speakers.clauseSubject(s, colon, label);
            int[] signed = colon >= 0 ? null : signature(q);
            if (signed != null) {
                // "“...” ― Kim Lee": the name after the dash signs the quotation
                d.cueToken = signed[0];
                d.cueText = model.token(signed[0]).text();
                d.speaker = speakers.resolve(new NounPhrase(signed[0] + 1, signed[1], false, true), s);
                d.confidence = 0.7;
            } else if (np != null) {
                d.cueToken = colon;
                d.cueText = ":";
                d.speaker = speakers.resolve(np, s);
                d.confidence = 0.7;
            } else if (foreignTerm(q)) {
                continue;
            } else if (english && (splitByCue(doc.lastStatement, s, quoteToken) || goesOn(doc.lastStatement, s, quoteToken)
                    || joinsQuotedPhrase(doc.lastStatement, s, quoteToken))) {
                // "“A,” said Kim. “B.”", "“A,” Kim said, “B.”": one quotation the cue interrupts, not two
                Draft last = doc.lastStatement;
                last.contentEnd = q[1];
                last.evidenceEnd = Math.max(last.evidenceEnd, s.end());
                doc.consumedUntil = Math.max(doc.consumedUntil, q[1]);
                continue;
            } else if (doc.lastStatement != null && continues(doc.lastStatement, s) && quoteToken == s.firstToken()) {
                // a quotation opening the sentence after a statement goes on with that speaker
                d.cueToken = s.firstToken();
                d.cueText = "";
                d.speaker = doc.lastStatement.speaker;
                d.confidence = 0.6;
                d.outer = clause != null ? clause : clauses.around(s, q, d);
            } else if ((np = openings.speaker(q, s)) != null) {
                d.cueToken = quoteToken;
                d.cueText = "";
                d.speaker = speakers.resolve(np, s);
                d.confidence = 0.5;
            } else {
                // a quoted phrase in narration ("bezeichnete es als „Fehler“"): the clause's subject said it
                NounPhrase nearest = quoteToken > labelEnd ? speakers.bestSubject(s, labelEnd, quoteToken) : null;
                // "die Anhänger „a7“ und „a8“", "(„Stütze Plus“, „Rente ab 70“)": the nearest phrase lies in the quoted name
                // right before, so the quotation is one more in a row of names or terms, nobody's words
                if (nearest != null && !english && quotedName(nearest) && listed(s, quoteToken)) continue;
                NounPhrase subject = speakers.clauseSubject(s, quoteToken, nearest);
                d.cueToken = quoteToken;
                d.cueText = "";
                d.speaker = subject != null ? speakers.resolve(subject, s)
                        : doc.lastStatement != null && continues(doc.lastStatement, s) ? doc.lastStatement.speaker : null;
                // "Ein Jahr nach der Flut: „...“": behind a label that names no one the quotation opens the title's line
                if (d.speaker == null && !english) d.speaker = teaserSpeaker(q, colon >= 0 && np == null && quoteToken == colon + 1 ? quoteToken : labelEnd);
                // "„Wir haben längst neue Partner gefunden.“" standing alone further on: the last speaker's words, as a
                // reader takes them, though narration stands between (not a title's: the text goes on from none of it)
                if (d.speaker == null && doc.lastStatement != null && !doc.read.inTitle(doc.lastStatement.evidenceBegin)
                        && openings.wholeSentenceOfSpeech(q, s)) d.speaker = doc.lastStatement.speaker;
                // a quoted phrase nobody in reach says is a title or a term, not a quotation
                if (d.speaker == null) continue;
                d.confidence = 0.4;
                // a quoted name ("das Lied „...“") is no statement; reported speech after it still goes on from its subject
                // so is a single word set off as a usage ("die „beeinträchtigten“ Schnecken")
                if (!english && (names.names(s, quoteToken, q) || scareQuotes.marks(q, s))) {
                    doc.introduce(d);
                    continue;
                }
                d.outer = clause != null ? clause : clauses.around(s, q, d);
            }
            if (d.outer != null && d.outer != clause) {
                clause = d.outer;
                found.add(clause);
            }
            found.add(d);
        }
        return found;
    }

    /**
     * "“...” ― Kim Lee", "“...” – Anna K. Moreno.": a dash right after the quotation, on its line, and
     * a name that ends its sentence sign the quotation. Returns {dash token, name end} or null.
     */
    private int[] signature(int[] q) {
        int at = model.sentenceAt(q[1] - 1);
        if (at < 0) return null;
        int k = model.sentences.get(at).firstToken();
        while (k < model.tokens.size() && model.token(k).begin() < q[1]) k++;
        boolean germanTitle = !english && doc.read.inTitle(q[0]);
        if (k + 1 >= model.tokens.size() || !(DASHES.contains(model.token(k).text()) || germanTitle && model.token(k).isPunct(':'))) return null;
        if (text.substring(q[1], model.token(k).begin()).indexOf('\n') >= 0) return null;
        int nameAt = k + 1;
        TextModel.Sentence of = model.sentences.get(Math.max(0, model.sentenceAt(model.token(nameAt).begin())));
        NounPhrase np = nps.at(nameAt, of.endToken(), nameAt);
        if (np == null || !np.named() || np.pronoun()) return null;
        int end = np.end();
        boolean closes = end >= model.tokens.size() || model.token(end).isPunct('.') || text.substring(model.token(end - 1).end(), model.token(end).begin()).indexOf('\n') >= 0;
        // "„Das war ein Fehler“: Bürgermeister entschuldigt sich": in a headline the quotation's speaker is the subject behind it
        boolean subject = germanTitle && end < of.endToken() && finiteVerb(model.token(end));
        // "„Das war unser bestes Spiel“ – Kapitänin Roth nach dem Derbysieg": the occasion, a phrase with a preposition
        // and no verb, closes the headline behind the signing name
        boolean occasion = germanTitle && end < of.endToken() && NounPhrases.PREPOSITIONS.contains(model.token(end).lower())
                && verbless(end, of.endToken());
        return closes || subject || occasion ? new int[] {k, english ? end : beforeTopic(np)} : null;
    }

    private boolean verbless(int from, int end) {
        for (int j = from; j < end; j++) if (finiteVerb(model.token(j))) return false;
        return true;
    }

    /** "Betriebsrat zu Werksschließung": the signing name ends where the topic it spoke about begins ({@link TopicLabel}). */
    private int beforeTopic(NounPhrase np) {
        for (int j = np.first() + 1; j < np.end(); j++) if (TopicLabel.TOPIC_PREPOSITIONS.contains(model.token(j).lower())) return j;
        return np.end();
    }

    private boolean finiteVerb(Token t) {
        return t.word() && !t.capitalised() && !t.quoted() && morph.german(t.text()).finite();
    }

    /**
     * The quotation follows a direct quote whose cue came after it, in the same or the next sentence,
     * with only the cue's short clause between ("“A,” said Kim, smiling. “B.”").
     */
    private boolean splitByCue(Draft last, TextModel.Sentence s, int quoteToken) {
        if (last == null || last.attribution != Attribution.DIRECT_QUOTE || last.sentence < s.index() - 1 || !sameParagraph(last, s)) return false;
        if (last.cueText == null || last.cueText.isEmpty() || model.token(last.cueToken).begin() < last.contentEnd) return false;
        if (quoteToken <= last.cueToken || quoteToken - last.cueToken > SUBJECT_SPAN) return false;
        for (int k = last.cueToken; k < quoteToken; k++) if (model.token(k).quoted()) return false;
        return true;
    }

    /**
     * "..., Kim said on Monday. “B.”": a quotation opening the sentence after a statement, in its paragraph, goes on
     * with what was said (PolNeAR annotates one span). So does a quotation opening the paragraph after a direct quote
     * ("“A,” Kim said.¶“B.”"): a reporter breaks a long quotation into paragraphs without naming the speaker again
     * (on PolNeAR's train split, seven in eight such paragraphs are no attribution of their own); after reported speech,
     * a new paragraph opens a statement of its own.
     */
    private boolean goesOn(Draft last, TextModel.Sentence s, int quoteToken) {
        return last != null && quoteToken == s.firstToken() && continues(last, s)
                && (sameParagraph(last, s) || last.attribution == Attribution.DIRECT_QUOTE && opensParagraph(s));
    }

    private boolean opensParagraph(TextModel.Sentence s) {
        return s.index() == 0 || model.sentences.get(s.index() - 1).paragraph() != s.paragraph();
    }

    /**
     * "called the suit “meritless” and “improper”", "praised his “long experience,” “firm grasp”": a quoted phrase a few
     * words behind the quotation that ends the statement before it, in the same sentence, no cue between, goes on
     * with that quotation (PolNeAR annotates one span).
     */
    private boolean joinsQuotedPhrase(Draft last, TextModel.Sentence s, int quoteToken) {
        if (last == null || last.attribution != Attribution.DIRECT_QUOTE || sentenceOfOffset(last.contentEnd - 1) != s.index()) return false;
        int k = firstTokenAt(s, last.contentEnd - 1);
        if (!isQuoteMark(model.token(k)) || quoteToken <= k || quoteToken - k > SUBJECT_SPAN) return false;
        for (int j = k + 1; j < quoteToken; j++) {
            Token x = model.token(j);
            if (x.quoted() || cues().containsKey(x.lower())) return false;
        }
        return true;
    }

    private boolean coveredByStatement(int[] q) {
        for (int k = doc.drafts.size() - 1; k >= 0 && k >= doc.drafts.size() - 12; k--) {
            Draft d = doc.drafts.get(k);
            if (d.contentBegin <= q[0] && q[0] < d.contentEnd) return true;
        }
        return false;
    }

    /**
     * "„...“, sagte er", "“...,” said Kim": the cue after the quote will take it, with the whole quote
     * as content. Checked for quotes that open in an earlier sentence too ("“A. B,” said Kim"), which
     * would otherwise be taken twice, once without the cue and its speaker.
     */
    private boolean cueFollows(int[] q) {
        int at = model.sentenceAt(q[1] - 1);
        for (TextModel.Sentence x : model.sentences.subList(Math.max(0, at), Math.min(model.sentences.size(), at + 2))) {
            if (x.end() < q[1] || x.begin() > q[1]) continue;
            for (int k = x.firstToken(); k + 1 < x.endToken(); k++) {
                if (model.token(k).begin() < q[1]) continue;
                if (model.token(k).isPunct(',')) return cues().containsKey(model.token(k + 1).lower()) || model.token(k + 1).is("so");
                // English puts the comma inside the quote: “...,” said Kim, “...,” Kim said
                if (!english || !endsOpen(q)) return false;
                for (int j = k; j < x.endToken() && j < k + SUBJECT_SPAN; j++) {
                    Token t = model.token(j);
                    // "“...,” Rep. Tom Reed (D-Kent) said": an affiliation in brackets may stand between
                    boolean bracketed = t.isPunct('(') || t.isPunct(')') || insideBrackets(j, x.endToken());
                    if (!t.word() && !(t.isPunct(',') && j > k) && !abbreviationDot(j) && !bracketed) return false;
                    if (!t.capitalised() && cues().containsKey(t.lower())) return true;
                }
                return false;
            }
        }
        return false;
    }

    private Map<String, List<Lexicons.Cue>> cues() {
        return english ? lex.cuesEn : lex.cuesDe;
    }

    /** „Das war ein Fehler“ as the whole title: the teaser's subject said it, when it is someone who can speak. */
    private Speaker teaserSpeaker(int[] q, int from) {
        TitleQuotationSpeaker.Subject subject = titleQuotations.of(q, from);
        if (subject == null) return null;
        Speaker speaker = speakers.resolve(subject.np(), subject.sentence());
        if (speaker.kind() == SpeakerKind.UNKNOWN || speaker.kind() == SpeakerKind.ANONYMOUS) return null;
        // a body the lexicons know ("Die Staatsanwaltschaft") speaks; a phrase taken for a person must name one
        return speaker.kind() != SpeakerKind.PERSON || someone(subject.np()) ? speaker : null;
    }

    /**
     * "Ortsbürgermeister Klaus Rieder", "Die Kapitänin", "Der 52-Jährige": a teaser subject taken for a person must name
     * one, by a role, a person's noun, a name, or else a body or an institution; "Viele Häuser in Talbach" opens a
     * teaser of narration.
     */
    private boolean someone(NounPhrase np) {
        if (np.pronoun() || roleHead(np)) return true;
        Token head = model.token(np.end() - 1);
        String lower = head.lower();
        if (NounPhrases.ageNoun(head) || persons.personOrCompound(head.text()) || NounPhrases.speakerNoun(lower) || InstitutionLabel.institution(lower)) return true;
        // a name: a word the dictionary knows as no common noun ("Roth", "Felten")
        Morphology.Analysis a = morph.german(head.text());
        return !a.has(Morphology.NOUN) || a.has(Morphology.PROPER);
    }

    /**
     * "Streit um Windpark: „...“", "Ärger um Neubau: „...“": a title label of a common noun and a preposition names what
     * the quotation is about, not who says it; a noun of a person, a role, a body or an institution ("Ex-Manager vor
     * Gericht", "Betriebsrat nach Abstimmung") speaks, and "zu"/"über" open the topic of a speaking label ({@link TopicLabel}).
     */
    private boolean topicOnly(TextModel.Sentence s, int colon) {
        int first = s.firstToken();
        if (colon < first + 2 || !doc.read.inTitle(s.begin())) return false;
        Token head = model.token(first);
        String preposition = model.token(first + 1).lower();
        if (!head.word() || !NounPhrases.PREPOSITIONS.contains(preposition) || TopicLabel.TOPIC_PREPOSITIONS.contains(preposition)) return false;
        String lower = head.lower();
        if (lex.roleSuffix(lower) != null || lex.mediaNouns.contains(lower) || memory.organisation(head.text()) != null
                || persons.personOrCompound(head.text()) || NounPhrases.speakerNoun(lower) || InstitutionLabel.institution(lower)) return false;
        Morphology.Analysis a = morph.german(head.text());
        return a.has(Morphology.NOUN) && !a.has(Morphology.PROPER);
    }

    /** The quotation joins the one before it with a comma or a conjunction only ("„A“, „B“", "„A“ und „B“"). */
    private boolean listed(TextModel.Sentence s, int quoteToken) {
        if (quoteToken - 2 < s.firstToken()) return false;
        Token joint = model.token(quoteToken - 1);
        boolean joins = joint.isPunct(',') || LIST_CONJUNCTIONS.contains(joint.lower());
        return joins && hasQuoteMark(model.token(quoteToken - 2).text());
    }

    /** A phrase that holds a quotation mark or stands right before one: words of a quoted name, or the noun it names. */
    private boolean quotedName(NounPhrase np) {
        for (int k = np.first(); k < np.end(); k++) if (hasQuoteMark(model.token(k).text())) return true;
        return np.end() < model.tokens.size() && isQuoteMark(model.token(np.end()));
    }

    private static boolean hasQuoteMark(String word) {
        return word.chars().anyMatch(c -> NounPhrases.QUOTE_MARKS.indexOf(c) >= 0);
    }

    private int colonBefore(TextModel.Sentence s, int offset) {
        for (int k = s.endToken() - 1; k >= s.firstToken(); k--) {
            Token x = model.token(k);
            if (x.begin() >= offset) continue;
            return x.isPunct(':') ? k : -1;
        }
        return -1;
    }
}
