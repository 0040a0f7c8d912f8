package org.storywire.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * What the steps of extraction share: the analysed article, the discourse state
 * ({@link Extraction}) and the helpers that read offsets, clauses and sentences. A step is made
 * for one article.
 */
abstract class ExtractionStep {
    static final Set<String> REPORTATIVE = Lexicon.words("reportative-de.txt");
    /** "soll ... gewarnt haben", "soll ... gewesen sein": a modal with a perfect infinitive reports a rumour. */
    static final Set<String> REPORTATIVE_TAIL = Lexicon.words("reportative-tail-de.txt");
    /** Speakers stand near their cue; looking further costs time on long sentences and finds nobody better. */
    static final int SUBJECT_WINDOW = 40;
    static final Set<String> ANY_ARTICLE = Lexicon.words("articles.txt");
    /** The English relative pronouns that open a clause describing the phrase before them. */
    static final Set<String> RELATIVE_PRONOUNS_EN = Set.of("who", "whom", "whose", "which");
    /** Words after a comma that open a new clause with its own speaker: "..., doch Moskau dementiert dies". */
    static final Set<String> CLAUSE_OPENERS = Lexicon.words("clause-openers.txt");
    /** "eine Stellungnahme des Konzerns", "einen Sprecher der Reederei": the articles that open a German genitive attribute. */
    static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der");

    /** A foreign term is a few words: "Confederação Brasileira de Futebol"; longer foreign quotations are rare and may be speech. */
    private static final int MAX_TERM_WORDS = 5;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[!?:]|\\.\\s|\\.\\P{L}*$");
    /** "de", "des", "les" end like German adjectives; an attribute is longer than a function word. */
    private static final int MIN_ATTRIBUTE = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    final Extraction doc;
    final String text;
    final boolean english;
    final TextModel model;
    final EntityMemory memory;
    final NounPhrases nps;
    final Lexicons lex;
    final Morphology morph;

    ExtractionStep(Extraction x) {
        this.doc = x;
        ArticleText read = x.read;
        this.text = read.text();
        this.english = read.english();
        this.model = read.model();
        this.memory = read.memory();
        this.nps = read.nps();
        this.lex = read.lex();
        this.morph = read.morph();
    }

    /**
     * A lower-case finite verb form outside quotation marks, not a participle or adjective before its noun
     * ("verbreiteten Mitteilung"); the next word is looked at only before {@code end}.
     */
    boolean finiteVerbAt(int k, int end) {
        Token t = model.token(k);
        if (!t.word() || t.capitalised() || t.quoted()) return false;
        Morphology.Analysis a = morph.german(t.text());
        if (!a.finite()) return false;
        boolean attributive = a.has(Morphology.ADJECTIVE) || a.has(Morphology.PARTICIPLE);
        return !(attributive && k + 1 < end && model.token(k + 1).capitalised());
    }

    /** The comma + clause opener ("doch", "jedoch") that starts the clause holding the token, or -1. */
    int clauseOpenerBefore(int token, TextModel.Sentence s) {
        for (int k = token - 1; k > s.firstToken() && k > token - SUBJECT_WINDOW; k--) {
            Token x = model.token(k);
            if (x.quoted()) continue;
            if (x.isPunct(',')) return k + 1 < s.endToken() && CLAUSE_OPENERS.contains(model.token(k + 1).lower()) ? k + 1 : -1;
        }
        return -1;
    }

    /** Whether the words right behind d's verb name a report, an accusation or what was said: "responded to the allegations". */
    boolean namesAProposition(Draft d) {
        TextModel.Sentence s = model.sentences.get(d.sentence);
        for (int k = d.cueToken + 1; k < Math.min(s.endToken(), d.cueToken + 6); k++) {
            Token t = model.token(k);
            if (t.isPunct(',')) return false;
            if (t.word() && lex.isPropositionNoun(t.lower())) return true;
        }
        return false;
    }

    /** "soll ... gewarnt haben", "gesprochen haben soll": the modal with a perfect infinitive. */
    boolean reportativeAt(int k, TextModel.Sentence s) {
        if (k > s.firstToken() && REPORTATIVE_TAIL.contains(model.token(k - 1).lower())) return true;
        int last = -1;
        for (int m = k + 1; m < s.endToken(); m++) {
            Token x = model.token(m);
            if (x.isPunct(',') || x.isPunct(';') || x.isPunct(':') || x.isPunct('.')) break;
            if (x.word()) last = m;
        }
        return last > k + 1 && REPORTATIVE_TAIL.contains(model.token(last).lower());
    }

    /** A phrase with a role noun: "Elternsprecher Jan Hoff", "der Minister". */
    boolean roleHead(NounPhrase np) {
        for (int k = np.first(); k < np.end(); k++) if (lex.roleSuffix(model.token(k).lower()) != null) return true;
        return false;
    }

    int trimEnd(int begin, int end) {
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
        return end;
    }

    double overlapShare(Draft a, Draft b) {
        int inter = Math.min(a.contentEnd, b.contentEnd) - Math.max(a.contentBegin, b.contentBegin);
        int shorter = Math.min(a.contentEnd - a.contentBegin, b.contentEnd - b.contentBegin);
        return shorter <= 0 || inter <= 0 ? 0 : (double) inter / shorter;
    }

    /**
     * "wanted" behind a subject: a verb form in -ed that neither an article ("the proposed plan") nor "to" ("to be
     * welcomed") opens; the dictionary does not tell the past tense from the participle, the word before does.
     */
    boolean pastTenseVerb(Token x, Token before) {
        if (!x.word() || x.capitalised() || !x.lower().endsWith("ed") || before.is("to") || ANY_ARTICLE.contains(before.lower())) return false;
        return morph.english(x.lower()).has(Morphology.VERB);
    }

    boolean isClauseBoundary(Token t) {
        return t.quoted() || t.isPunct(',') || t.isPunct(':') || t.isPunct(';');
    }

    /** A mention in subject position: among the first words of its sentence, not after a preposition. */
    boolean opensItsSentence(int token) {
        TextModel.Sentence s = model.sentences.get(Math.max(0, model.sentenceAt(model.token(token).begin())));
        if (token - s.firstToken() > 3) return false;
        for (int k = s.firstToken(); k < token; k++) if (NounPhrases.PREPOSITIONS.contains(model.token(k).lower())) return false;
        return true;
    }

    int firstTokenAt(TextModel.Sentence s, int offset) {
        for (int k = s.firstToken(); k < s.endToken(); k++) if (model.token(k).end() > offset) return k;
        return s.endToken() - 1;
    }

    /** The last statement was in the previous sentence of the same paragraph, or ended the previous paragraph. */
    boolean continues(Draft last, TextModel.Sentence s) {
        TextModel.Sentence prev = s.index() > 0 ? model.sentences.get(s.index() - 1) : null;
        if (prev == null) return false;
        // a title read before the text sums the article up: the text goes on from no statement of it
        if (doc.read.inTitle(last.evidenceBegin) && !doc.read.inTitle(s.begin())) return false;
        int lastSentence = sentenceOfOffset(last.contentEnd - 1);
        return lastSentence == prev.index() || last.sentence == prev.index();
    }

    int sentenceOfOffset(int offset) {
        int i = model.sentenceAt(offset);
        return i >= 0 && offset < model.sentences.get(i).end() ? i : -1;
    }

    /** A German Konjunktiv I form, by the lexicon or the dictionary ("sei", "betreibe"); lower case. */
    boolean konjunktivIForm(String lower) {
        return lex.konjunktivI.contains(lower) || morph.distinctiveKonjunktivI(lower);
    }

    boolean sameParagraph(Draft d, TextModel.Sentence s) {
        return model.sentences.get(d.sentence).paragraph() == s.paragraph();
    }

    void setContent(Draft d, int begin, int end, TextModel.Sentence s) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
        if (end <= begin) { begin = s.begin(); end = s.end(); }
        d.contentBegin = begin;
        d.contentEnd = end;
        d.evidenceBegin = Math.min(s.begin(), begin);
        d.evidenceEnd = Math.max(s.end(), end);
        // the evidence is whole sentences: extend to the sentences the content reaches into
        for (TextModel.Sentence x : model.sentences.subList(Math.max(0, model.sentenceAt(begin)), model.sentences.size())) {
            if (x.end() > begin && x.begin() < end) {
                d.evidenceBegin = Math.min(d.evidenceBegin, x.begin());
                d.evidenceEnd = Math.max(d.evidenceEnd, x.end());
            }
            if (x.begin() >= end) break;
        }
    }

    int contentEndOf(TextModel.Sentence s) {
        int end = s.end();
        while (end > s.begin() && ".!?;".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end;
    }

    /**
     * "The mayor, Tom Reed, said the budget was balanced": after an apposition the comma stands
     * before the verb, but the phrase behind it is the subject of what was said, not the speaker,
     * since a verb follows it. An inverted speaker ends the clause or is followed by a
     * preposition, a name, a date ("said Reed on Monday") or a relative clause of its own ("said a pilot who was there").
     */
    boolean clauseAfterObject(NounPhrase np, int e) {
        if (np == null || np.end() >= e) return false;
        Token next = model.token(np.end());
        return next.word() && !next.quoted() && !next.capitalised() && !NounPhrases.PREPOSITIONS.contains(next.lower())
                && !RELATIVE_PRONOUNS_EN.contains(next.lower());
    }

    /**
     * "“We are ready,”", "“Why?”", "“He told me, ‘Go,’”": an English quotation closing on a comma, question or exclamation
     * mark, also inside a quotation it ends with, goes on with its attribution.
     */
    boolean endsOpen(int[] q) {
        int c = text.startsWith("''", q[1] - 2) ? q[1] - 3 : q[1] - 2;
        while (c > q[0] && (Character.isWhitespace(text.charAt(c)) || "'’".indexOf(text.charAt(c)) >= 0)) c--;
        return c > q[0] && ",?!".indexOf(text.charAt(c)) >= 0;
    }

    /** "(R-Fla.)": a hyphen or dot right before the closing bracket of an affiliation, a word or two after it, before {@code end}. */
    boolean insideBrackets(int k, int end) {
        for (int j = k + 1; j < end && j <= k + 3; j++) {
            if (model.token(j).isPunct(')')) return true;
            if (model.token(j).isPunct('(')) return false;
        }
        return false;
    }

    /** The first token of the clause holding {@code i}: behind the last comma, colon or semicolon before it, else the sentence's first {@code f}. */
    int clauseStart(int i, int f) {
        int k = i;
        while (k > f && !model.token(k - 1).isPunct(',') && !model.token(k - 1).isPunct(';') && !model.token(k - 1).isPunct(':')) k--;
        return k;
    }

    /**
     * A report framed by no reporting verb of its own ("Wie bekannt wurde", "ist zu hören", "wurde als Ursache
     * angegeben") at token {@code i}: by the source named in the frame, else by sources the text does not name.
     */
    Draft reportWithoutCue(TextModel.Sentence s, int i, Speaker speaker) {
        Draft d = Draft.cuelessClaim(s.index(), i, model.token(i).text(), speaker);
        d.reported = true;
        d.attribution = speaker == null ? Attribution.ANONYMOUS_SOURCES : Attribution.REPORTED;
        return d;
    }

    /** The full stop of a title or an initial inside a name ("Mr. Clarke"): part of the name, not the sentence's end. */
    boolean abbreviationDot(int k) {
        Token t = model.token(k);
        return t.isPunct('.') && k > 0 && model.token(k - 1).end() == t.begin() && model.endsWithAbbreviation(t.end());
    }

    /**
     * „Infratest dimap“, „summa cum laude“, „Let it be“: a short quotation, no sentence, most of whose words
     * are no German words is a foreign name, title or term in a German text, not something said. A word is
     * German when the dictionary knows it, when it is a compound noun of known words, or when it is a
     * capitalised word after a lower-case attribute with a German adjective ending (German capitalises the
     * noun after its attribute: „bildungsferner Wahlkampfschreck“, whatever the dictionary knows; not
     * „Partij voor de Vrijheid“). For quotations without a cue of their own.
     */
    boolean foreignTerm(int[] q) {
        String quoted = text.substring(q[0], q[1]);
        if (english || SENTENCE_MARK.matcher(quoted).find()) return false;
        int words = 0;
        int foreign = 0;
        boolean afterAttribute = false;
        for (String w : NON_WORD.split(quoted)) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            words++;
            boolean capitalised = Character.isUpperCase(w.charAt(0));
            boolean german = GermanDictionary.isKnown(w) || capitalised && (afterAttribute || GermanDictionary.isUnknownCompoundNoun(w));
            if (!german) foreign++;
            afterAttribute = !capitalised && w.length() > MIN_ATTRIBUTE && NounPhrases.ADJECTIVE_ENDINGS_DE.stream().anyMatch(w::endsWith);
        }
        return words >= 2 && words <= MAX_TERM_WORDS && foreign * 2 > words;
    }

    /** Whether the word right before the phrase is a preposition ("in Umlauf", "nach dem Treffen"): no subject stands there; {@code f} is its sentence's first token. */
    boolean rightAfterPreposition(NounPhrase np, int f) {
        return np.first() > f && NounPhrases.PREPOSITIONS.contains(model.token(np.first() - 1).lower());
    }

    boolean isQuoteMark(Token t) {
        return NounPhrases.isQuoteMark(t);
    }

    String join(int from, int to) {
        return text.substring(model.token(from).begin(), model.token(Math.min(to, model.tokens.size()) - 1).end());
    }

    String joinTokens(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.text());
        }
        return sb.toString();
    }
}
