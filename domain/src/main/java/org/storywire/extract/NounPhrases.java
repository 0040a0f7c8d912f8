package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;
import org.storywire.clean.MonthNames;

/**
 * Finds noun phrases that can be the subject of a reporting verb, without a tagger: German
 * capitalises nouns, so a phrase is an optional article, lower-case adjectives and a run of
 * capitalised words; English adds a list of lower-case source nouns ("officials", "a source").
 * Phrases after prepositions or in oblique case ("dem", "den", "des") are not subjects.
 */
final class NounPhrases {
    static final Set<String> NOMINATIVE_ARTICLES_DE = Lexicon.words("nominative-articles-de.txt");
    private static final Set<String> NOMINATIVE_ARTICLES_EN = Lexicon.words("nominative-articles-en.txt");
    static final Set<String> OBLIQUE_ARTICLES = Lexicon.words("oblique-articles-de.txt");
    static final Set<String> PREPOSITIONS = Lexicon.words("prepositions.txt");
    private static final Set<String> NAME_PARTICLES = Lexicon.words("name-particles.txt");
    private static final Set<String> NAME_PARTICLE_ARTICLES = Lexicon.words("name-particle-articles.txt");
    static final Set<String> PRONOUNS_DE = Lexicon.words("pronouns-de.txt");
    static final Set<String> PRONOUNS_EN = Lexicon.words("pronouns-en.txt");
    /** "dieser", "letztere": demonstratives that stand for someone named before when no noun follows them. */
    static final Set<String> DEMONSTRATIVES_DE = Set.of("dieser", "diese", "letzterer", "letztere", "jener", "jene");

    private final TextModel model;
    private final Lexicons lex;
    private final boolean english;
    private final Morphology morph;

    NounPhrases(TextModel model, Lexicons lex, boolean english) {
        this(model, lex, english, null);
    }

    NounPhrases(TextModel model, Lexicons lex, boolean english, Morphology morph) {
        this.model = model;
        this.lex = lex;
        this.english = english;
        this.morph = morph;
    }

    /** "46-Jährige", "52-jährige": a number glued to a nominalised adjective heads a phrase like a noun. */
    static boolean ageNoun(Token t) {
        String w = t.text();
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isDigit(w.charAt(0)) && Character.isLetter(w.charAt(dash + 1))
                && w.substring(dash + 1).toLowerCase(java.util.Locale.ROOT).startsWith("jährig");
    }

    private boolean headLike(Token t) {
        return t.capitalised() || ageNoun(t);
    }

    /**
     * "Von der Leyen betonte", "De Maizière sagte": a German sentence opening with a name particle, its surname and
     * then a finite verb opens with that name, not with a preposition ("Von Berlin aus ..." has no verb there).
     */
    private int openingParticleName(int i, int to, int sentenceFirst) {
        if (english || morph == null || i != sentenceFirst || !model.token(i).capitalised()) return -1;
        int end = particleSurnameEnd(i, to);
        if (end < 0 || end >= to) return -1;
        Token verb = model.token(end);
        return verb.word() && !verb.capitalised() && morph.german(verb.lower()).has(Morphology.VERB) ? end : -1;
    }

    /**
     * The end of a surname opened by the name particle at token p ("von der Leyen", "van Gaal"), or -1. The word after
     * the particle must be one the dictionary knows as a surname or not at all: "von Berlin", "von der Regierung" are
     * a preposition and its object.
     */
    private int particleSurnameEnd(int p, int to) {
        if (p >= to || !model.token(p).word() || !NAME_PARTICLES.contains(model.token(p).lower())) return -1;
        int k = p + 1;
        if (k < to && !model.token(k).capitalised() && NAME_PARTICLE_ARTICLES.contains(model.token(k).lower())) k++;
        if (k >= to) return -1;
        Token surname = model.token(k);
        if (!surname.word() || surname.quoted() || !surname.capitalised() || lex.isStop(surname, false)) return -1;
        String form = surname.text();
        return GermanDictionary.kind(form) == GermanDictionary.Kind.UNKNOWN || GermanDictionary.isSurname(form) ? k + 1 : -1;
    }

    /** Subject candidates in [from, to), outside quotes. */
    List<NounPhrase> subjects(int from, int to, int sentenceFirst) {
        List<NounPhrase> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            NounPhrase np = at(i, to, sentenceFirst);
            if (np != null) {
                found.add(np);
                i = np.end();
            } else if (model.token(i).word() && model.token(i).capitalised() && !lex.isStop(model.token(i), english)) {
                // a rejected name is rejected whole: "der „Washington Post“" gives no "Post"; a capitalised
                // function word opening the sentence ("But Megan Hester said") is no part of a name
                i++;
                while (i < to && model.token(i).word() && model.token(i).capitalised()) i++;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The noun phrase starting exactly at token i, or null. */
    NounPhrase at(int i, int to, int sentenceFirst) {
        // a cue that ends its sentence ("„“ sagte") has no phrase behind it
        if (i >= to) return null;
        Token t = model.token(i);
        if (!t.word() || t.quoted()) return null;
        Token before = i > sentenceFirst ? model.token(i - 1) : null;
        // „Washington Post“ after an article: the phrase starts at the article, which decides
        if (before != null && isQuoteMark(before) && i - 1 > sentenceFirst && model.token(i - 2).word()
                && ((english ? NOMINATIVE_ARTICLES_EN : NOMINATIVE_ARTICLES_DE).contains(model.token(i - 2).lower()) || OBLIQUE_ARTICLES.contains(model.token(i - 2).lower()))) return null;
        if (before != null && before.word() && (PREPOSITIONS.contains(before.lower()) || OBLIQUE_ARTICLES.contains(before.lower())
                || (english ? NOMINATIVE_ARTICLES_EN : NOMINATIVE_ARTICLES_DE).contains(before.lower()))) return null;
        if ((english ? PRONOUNS_EN : PRONOUNS_DE).contains(t.lower())) {
            if (t.lower().equals("man")) return null;
            return new NounPhrase(i, i + 1, true, false);
        }
        if (!english && demonstrativePronoun(i, to)) return new NounPhrase(i, i + 1, true, false);
        if (english && QUANTIFIERS_EN.contains(t.lower()) && i + 2 < to && model.token(i + 1).is("of")) {
            // "one of the people", "two of the officials"
            int k = i + 2;
            if (NOMINATIVE_ARTICLES_EN.contains(model.token(k).lower()) || model.token(k).is("these") || model.token(k).is("those")) k++;
            int headStart = k;
            while (k < to && k - headStart < 3 && model.token(k).word() && !model.token(k).quoted()
                    && (model.token(k).capitalised() || isLowerSource(model.token(k).lower()))) k++;
            if (k > headStart) return new NounPhrase(i, postModified(k, to), false, model.token(k - 1).capitalised());
            return null;
        }
        int opening = openingParticleName(i, to, sentenceFirst);
        if (opening > 0) return new NounPhrase(i, opening, false, true);
        int j = i;
        if ((english ? NOMINATIVE_ARTICLES_EN : NOMINATIVE_ARTICLES_DE).contains(t.lower())) {
            // "den Bericht der Washington Post": an article right after a noun opens a genitive attribute
            if (!english && before != null && before.word() && before.capitalised() && i - 1 > sentenceFirst) return null;
            j++;
        } else if (!english && OBLIQUE_ARTICLES.contains(t.lower())) {
            return null;
        } else if (!english && CARDINALS_DE.contains(t.lower())) {
            // "Zwei weitere Frauen werfen ... vor": a numeral determines the noun behind it, as an article does
            j++;
        }
        // adjectives between article and noun ("der russische Präsident"); without an article a
        // lower-case word is more often a verb or adverb than an adjective
        while (j > i && j < to && j - i < 4 && model.token(j).word() && !model.token(j).capitalised() && !model.token(j).quoted()
                && !ageNoun(model.token(j)) && isAdjective(model.token(j).lower())) j++;
        if (pronounBeforeVerb(i, j, to)) return null;
        int headFrom = j;
        if (english && j == i) j = roleCompound(i, to);
        if (j + 1 < to && isQuoteMark(model.token(j)) && model.token(j + 1).word() && model.token(j + 1).capitalised()) j++;
        while (j < to && (isQuoteMark(model.token(j)) && j > headFrom
                || initialDot(j, headFrom, to)
                || model.token(j).word() && !model.token(j).quoted() && (headLike(model.token(j)) || isLowerSource(model.token(j).lower())))) {
            Token h = model.token(j);
            if (initialDot(j, headFrom, to)) {
                j++;
                continue;
            }
            if (!h.word()) {
                // a mark glued to the word before it closes the name; one glued to the word after opens it
                boolean closing = model.token(j - 1).end() == h.begin();
                // "Kern “reckless”": a mark opening no capitalised word opens a quotation behind the name, not part of it
                if (!closing && (j + 1 >= to || !model.token(j + 1).word() || !model.token(j + 1).capitalised())) break;
                j++;
                if (closing) break;
                continue;
            }
            if (lex.isStop(h, english) && !(j > headFrom && english) && !afterFirstName(j, headFrom, sentenceFirst)) break;
            if (lex.timeWords.contains(h.lower()) && !timeWordInName(j, to) && !monthSurname(j, headFrom, to)) break;
            j++;
        }
        // "Ursula von der Leyen", "Kommissionspräsidentin von der Leyen": the surname a particle opens belongs to the name
        if (!english && j > headFrom && j < to && !model.token(j).capitalised()) j = Math.max(j, particleSurnameEnd(j, to));
        // only where the phrase opens its clause, or stands behind an inverted verb of speech (", says Velmora's ministry"):
        // behind another verb a possessive phrase is its object ("denounced Reed's remarks")
        if (english && morph != null && j > headFrom && (before == null || !before.word() || invertedCueBefore(i, sentenceFirst))) j = possessiveHead(j, to);
        // "the agency", "the newsletter", "the company's works council": a common noun after an article
        if (j == headFrom && english && j > i && morph != null) j = commonNounEnd(j, to, j);
        // "Local police said", "North Korean officials said": capitalised adjectives opening the phrase modify the common
        // noun behind them; not where a name follows ("Republican presidential candidate Ann Reed": a title). Behind an
        // article the adjective names whom the article points back to ("the English" said, of a club just named)
        if (english && morph != null && i == headFrom && j > headFrom && adjectivesOnly(headFrom, j)) {
            int end = commonNounEnd(j, to, j);
            // "Last month, she said": a time is no one
            if (end > j && (end >= to || !model.token(end).capitalised()) && !lex.timeWords.contains(model.token(end - 1).lower())) j = end;
        }
        if (j == headFrom) return null;
        // "Kollmerau 08", "Hannover 96": a number closing a club's name
        if (!english && j < to && j > headFrom && model.token(j).word() && model.token(j).text().length() <= 2
                && Character.isDigit(model.token(j).text().charAt(0)) && model.token(j - 1).capitalised()) j++;
        // "Bundesfamilienministerin Kristina Schröder (CDU)": keep the party in brackets with the name
        if (j + 2 < to && model.token(j).isPunct('(') && model.token(j + 1).capitalised() && model.token(j + 2).isPunct(')')) j += 3;
        boolean named = false;
        for (int k = headFrom; k < j; k++) if (model.token(k).capitalised()) named = true;
        if (english && !named && isLowerSource(model.token(j - 1).lower())) j = postModified(j, to);
        return new NounPhrase(i, j, false, named);
    }

    /**
     * "the Evening Ledger reported", "the Sunday Herald": an English time word written capitalised inside a sentence, with a
     * capitalised word right after it that is no time word, opens a name ("said Monday" or "the company Monday said" do not).
     */
    private static final Set<String> MONTHS = MonthNames.fullNames().keySet();

    /**
     * "Prime Minister Theresa May said": a month's name right behind a capitalised word of the phrase and before a
     * lower-case word, its verb, is the name's surname; before a day ("Friday May 5"), a comma ("Last October, ...") or
     * a capitalised word (a title's "Trump May Not Have ...") it is the month or the modal. An English month is
     * capitalised as a name is, so only its place tells.
     */
    private boolean monthSurname(int j, int headFrom, int to) {
        if (!english || j == headFrom || !MONTHS.contains(model.token(j).lower())) return false;
        Token before = model.token(j - 1);
        if (!before.word() || !before.capitalised() || lex.timeWords.contains(before.lower())) return false;
        if (j + 1 >= to) return false;
        Token next = model.token(j + 1);
        return next.word() && !next.capitalised() && !Character.isDigit(next.text().charAt(0));
    }

    private boolean timeWordInName(int j, int to) {
        if (!english || j + 1 >= to || j == 0) return false;
        Token t = model.token(j);
        Token next = model.token(j + 1);
        return t.capitalised() && next.word() && next.capitalised() && !next.quoted() && !lex.timeWords.contains(next.lower())
                && !lex.isStop(next.lower(), true) && !lex.cuesEn.containsKey(next.lower());
    }

    /**
     * "Ferry to stop, says ...", "“...,” said ...": a verb of speech right before token i, itself right behind a quotation
     * mark or the only comma of its sentence; after a second comma it closes an apposition ("X, a critic, praised ..."),
     * and after a verb of speech before the comma the two verbs share subject and object ("Reed praises, laments ...").
     */
    private boolean invertedCueBefore(int i, int sentenceFirst) {
        if (i - 2 < sentenceFirst) return false;
        Token verb = model.token(i - 1);
        Token mark = model.token(i - 2);
        if (!verb.word() || verb.quoted() || !lex.cuesEn.containsKey(verb.lower())) return false;
        if (isQuoteMark(mark)) return true;
        if (!mark.isPunct(',') || i - 3 >= sentenceFirst && lex.cuesEn.containsKey(model.token(i - 3).lower())) return false;
        for (int k = sentenceFirst; k < i - 2; k++) if (model.token(k).isPunct(',')) return false;
        return true;
    }

    /**
     * "Velmora's defence ministry", "Harbour workers' delegates", "Teachers' union": a possessive after a name, or
     * on a plural closing lower-case nouns after it, makes what stands before it a determiner; the phrase runs on
     * to its head, the last noun after the possessive. Returns the phrase's new end, else {@code j}.
     */
    private int possessiveHead(int j, int to) {
        int k = j;
        Token last = model.token(j - 1);
        if (pluralPossessive(j, to)) {
            k = j + 1;
        } else if (!(last.word() && last.possessive())) {
            while (k < to && k - j < 2 && modifierNoun(k) && !pluralPossessive(k + 1, to)) k++;
            if (!(k < to && modifierNoun(k) && pluralPossessive(k + 1, to))) return j;
            k += 2;
        }
        int head = -1;
        for (int n = k; n < to && n - k < 3 && modifierNoun(n); n++) {
            Morphology.Analysis a = morph.english(model.token(n).lower());
            if (a.has(Morphology.NOUN) && !a.has(Morphology.PARTICIPLE) || !a.has(Morphology.KNOWN)) head = n;
            else if (!a.has(Morphology.ADJECTIVE)) break;
        }
        return head >= 0 ? head + 1 : j;
    }

    private boolean adjectivesOnly(int from, int to) {
        for (int k = from; k < to; k++) if (!capitalisedAdjective(model.token(k))) return false;
        return true;
    }

    /** "Local", or "Chinese", which the dictionary writes capitalised: an adjective opening a phrase. */
    static boolean capitalisedAdjective(Token t) {
        return EnglishDictionary.isAdjective(t.lower()) || EnglishDictionary.isAdjective(t.text());
    }

    /**
     * The end of the common nouns from {@code from} (adjectives and a plural's possessive among them) up to the last
     * noun, or {@code none} when no noun stands there.
     */
    private int commonNounEnd(int from, int to, int none) {
        int k = from;
        int lastNoun = -1;
        while (k < to && k - from < 4 && model.token(k).word() && !model.token(k).quoted() && !model.token(k).capitalised()) {
            String w = model.token(k).lower();
            // "the autoworkers' union": a plural's possessive mark makes the noun before it a determiner of the head after it
            if (pluralPossessive(k + 1, to)) {
                k += 2;
                continue;
            }
            if (lex.englishStop.contains(w) || lex.functionWords.contains(w) || NEGATION_OR_VERB_EN.contains(w)) break;
            // "the unions have warned": behind the noun a finite auxiliary ("have" is a noun too) opens the verb group
            if (lastNoun >= 0 && CueFinder.FINITE_AUXILIARIES_EN.contains(w)) break;
            Morphology.Analysis a = morph.english(w);
            // a plain word the dictionary does not know ("autoworkers") is most often a noun; a hyphenated
            // one ("question-and-answer", "no-fly") most often a modifier
            boolean unknownNoun = !a.has(Morphology.KNOWN) && w.chars().allMatch(Character::isLetter);
            if (a.has(Morphology.NOUN) && !a.has(Morphology.PARTICIPLE) || unknownNoun) lastNoun = k;
            // "the club confirmed rumours": an English adjective stands before its noun, so one behind the noun is no modifier
            else if (!a.has(Morphology.ADJECTIVE) && !model.token(k).possessive() || lastNoun >= 0 && !model.token(k).possessive()) break;
            k++;
        }
        return lastNoun >= 0 ? lastNoun + 1 : none;
    }

    /** A lower-case word outside quotes that may stand in a noun phrase: no function word, negation, auxiliary or verb of speech ("might", "have" are nouns too). */
    private boolean modifierNoun(int k) {
        Token t = model.token(k);
        if (!t.word() || t.quoted() || t.capitalised()) return false;
        String w = t.lower();
        if (lex.englishStop.contains(w) || lex.functionWords.contains(w) || NEGATION_OR_VERB_EN.contains(w) || lex.cuesEn.containsKey(w)
                || CueFinder.FINITE_AUXILIARIES_EN.contains(w)) return false;
        Morphology.Analysis a = morph.english(w);
        return a.has(Morphology.NOUN) || a.has(Morphology.ADJECTIVE) || !a.has(Morphology.KNOWN) && w.chars().allMatch(Character::isLetter);
    }

    /** An apostrophe glued to a plural in -s with a lower-case word right after it: "workers' union", not a closing quotation mark. */
    private boolean pluralPossessive(int k, int to) {
        if (k + 1 >= to || k == 0) return false;
        Token mark = model.token(k);
        Token before = model.token(k - 1);
        Token after = model.token(k + 1);
        return (mark.is("'") || mark.is("’")) && before.end() == mark.begin() && before.lower().endsWith("s")
                && after.word() && !after.capitalised() && after.begin() == mark.end() + 1;
    }

    /**
     * "says union chief", "party leader Tom Reed said": a headline or apposition names a role
     * without an article, as common nouns in front of a role noun. Returns where the role noun
     * stands, so that the phrase runs on from it; else {@code i}.
     */
    private int roleCompound(int i, int to) {
        if (morph == null) return i;
        int k = i;
        while (k < to && k - i < 2 && plainNoun(model.token(k)) && !isLowerSource(model.token(k).lower())) k++;
        return k > i && k < to && plainNoun(model.token(k)) && isLowerSource(model.token(k).lower()) ? k : i;
    }

    private boolean plainNoun(Token t) {
        return t.word() && !t.quoted() && !t.capitalised() && !lex.englishStop.contains(t.lower()) && !lex.cuesEn.containsKey(t.lower())
                && morph.english(t.lower()).has(Morphology.NOUN);
    }

    static final Set<String> RELATIVE_PRONOUNS_DE = Lexicon.words("relative-pronouns-de.txt");

    /**
     * "Vorstandschef Lukas Ferner": after a first name (the dictionary marks them) a capitalised word
     * is the surname, even one that is otherwise a function word ("ferner", "weiter").
     */
    private boolean afterFirstName(int j, int headFrom, int sentenceFirst) {
        return j > headFrom && j > sentenceFirst && isFirstName(model.token(j - 1), english);
    }

    /** "Lukas", "Ute": a capitalised German word the dictionary knows as a first name; the word after it is a surname. */
    static boolean isFirstName(Token t, boolean english) {
        return !english && t.word() && t.capitalised() && GermanDictionary.isFirstName(t.text());
    }

    /**
     * "Dieser bestätigte, dass ...", "so schrieb diese in einer Stellungnahme": a demonstrative with no noun after it
     * (no capitalised word, no adjective) stands for the person or body named last, as a pronoun does.
     */
    private boolean demonstrativePronoun(int i, int to) {
        if (!DEMONSTRATIVES_DE.contains(model.token(i).lower())) return false;
        if (i + 1 >= to) return true;
        Token next = model.token(i + 1);
        return !next.quoted() && (!next.word() ? !isQuoteMark(next) : !next.capitalised() && !isAdjective(next.lower()));
    }

    /**
     * "Das bestätigte Vorstandschef Lukas Hartwig": a neuter "das" before a word that may be a verb
     * or an adjective ("bestätigte") and a head that cannot be neuter (a masculine or feminine noun,
     * a name) is a pronoun before its verb; "das bestätigte Ergebnis" is an article with its adjective.
     */
    boolean pronounBeforeVerb(int article, int head, int to) {
        if (english || morph == null || head != article + 2 || head >= to || !model.token(article).lower().equals("das")) return false;
        if (!morph.german(model.token(article + 1).lower()).has(Morphology.VERB)) return false;
        Token h = model.token(head);
        if (!h.word() || !h.capitalised()) return false;
        Morphology.Analysis a = morph.german(h.text());
        if (a.has(Morphology.KNOWN)) return !a.has(Morphology.NEUTER_NOUN);
        // a word the dictionary does not know may be a neuter compound, unless a name follows it ("Vorstandschef Lukas")
        return head + 1 < to && model.token(head + 1).word() && model.token(head + 1).capitalised();
    }

    /**
     * Whether a German relative clause opens at token k ("das am Wochenende bekannt wurde", "von
     * denen einige ..."): a relative pronoun, perhaps behind a preposition, that opens no noun
     * phrase: no noun or adjective follows it ("das Papier sei ...", "dem neuen Werk drohe ..." are
     * an article with its noun).
     */
    boolean opensRelativeClause(int k, int to) {
        if (english) return false;
        if (k < to && PREPOSITIONS.contains(model.token(k).lower())) k++;
        if (k + 1 >= to || !RELATIVE_PRONOUNS_DE.contains(model.token(k).lower())) return false;
        Token next = model.token(k + 1);
        return next.word() && !next.capitalised() && !next.quoted() && !isAdjective(next.lower());
    }

    /** "Charles B. Rangel", "Mr. Holm": an initial's or a title's full stop inside a name, a capitalised word behind it. */
    private boolean initialDot(int j, int headFrom, int to) {
        Token h = model.token(j);
        Token before = j > 0 ? model.token(j - 1) : null;
        return h.isPunct('.') && j > headFrom && (before.text().length() == 1 || TextModel.TITLE_ABBREVIATIONS.contains(before.lower()))
                && model.endsWithAbbreviation(h.end())
                && j + 1 < to && model.token(j + 1).capitalised();
    }

    static final Set<String> QUANTIFIERS_EN = Lexicon.words("quantifiers-en.txt");
    private static final Set<String> CARDINALS_DE = Lexicon.words("cardinals-de.txt");

    private static final Set<String> SOURCE_POSTMODIFIERS_EN = Lexicon.words("source-postmodifiers-en.txt");

    /** "people familiar with the matter", "officials close to the talks", "sources with knowledge of the plans". */
    private int postModified(int end, int to) {
        if (end >= to) return end;
        String w = model.token(end).lower();
        if (!SOURCE_POSTMODIFIERS_EN.contains(w)) return end;
        int k = end + 1;
        while (k < to && k - end <= 6 && model.token(k).word() && !model.token(k).quoted() && !NEGATION_OR_VERB_EN.contains(model.token(k).lower())) k++;
        return k;
    }

    private static final Set<String> NEGATION_OR_VERB_EN = Lexicon.words("source-phrase-enders-en.txt");

    /** The quotation marks a token may be or hold. */
    static final String QUOTE_MARKS = "„“”\"»«";

    static boolean isQuoteMark(Token t) {
        return !t.word() && (t.text().length() == 1 && QUOTE_MARKS.indexOf(t.text().charAt(0)) >= 0 || t.text().equals("''"));
    }

    /**
     * Whether the phrase can be someone who speaks: not a quantity ("20 Personen", "50 Prozent"),
     * not what is reported ("Berichte", "Angaben", "the report"), not an abstract noun the German
     * dictionary knows ("Schuldenerlass", "Entlassung"), not the outlet's web address.
     */
    boolean agentive(NounPhrase np) {
        if (np.pronoun()) return true;
        if (np.length() == 1 && capitalisedOnlyAsOpener(np.first())) return false;
        int headFrom = np.first();
        // "Die Entscheidung" opening the sentence: the article is capitalised there, yet no part of the head
        while (headFrom < np.end() - 1 && (!headLike(model.token(headFrom)) || isArticle(model.token(headFrom).lower()))) headFrom++;
        return agentive(np.first(), headFrom, np.end());
    }

    private boolean agentive(int first, int headFrom, int end) {
        Token head = model.token(end - 1);
        if (head.isPunct(')') && end - 4 >= headFrom) head = model.token(end - 4);
        String w = head.lower();
        if (w.startsWith("www.") || w.endsWith(".com") || w.endsWith(".de") || w.endsWith(".uk") || w.endsWith(".org") || w.endsWith(".net")) return false;
        if (first > 0 && model.token(first - 1).word() && Character.isDigit(model.token(first - 1).text().charAt(0)) && !ageNoun(head)) return false;
        if (lex.isPropositionNoun(w) || !english && lex.isReportNoun(w) && end - headFrom == 1) return false;
        if (!english && morph != null && end - headFrom == 1 && head.capitalised()) {
            Morphology.Analysis a = morph.german(head.text());
            if (a.has(Morphology.NOUN) && !a.has(Morphology.PROPER) && abstractNoun(w)) return false;
        }
        return true;
    }

    /**
     * Whether a German noun phrase can be a subject: its head, a common noun the dictionary knows,
     * has a nominative reading ("in entfernten Gebieten", "aus den Lagern" are dative only), and one
     * that agrees with "der": "der" is nominative only before a masculine singular, so "warf der
     * Regierung vor", "der SPD" are dative or genitive, "der Sprecher" may be the subject. A name
     * behind a role ("der Bundeskanzler Wolfgang Schüssel") is left alone: its last word is no common noun.
     */
    boolean mayBeNominative(NounPhrase np) {
        if (english || morph == null || np.pronoun()) return true;
        Token head = model.token(np.end() - 1);
        if (!head.word() || !head.capitalised()) return true;
        Morphology.Analysis a = morph.german(head.text());
        if (!a.has(Morphology.NOUN) || a.has(Morphology.PROPER)) return true;
        boolean singleNoun = np.end() - 1 > np.first() && !model.token(np.end() - 2).capitalised();
        if (singleNoun && model.token(np.first()).lower().equals("der") && !a.has(Morphology.NOMINATIVE_MASCULINE)) return false;
        return a.has(Morphology.NOMINATIVE);
    }

    /**
     * "Besonders", "Insgesamt", "Unfortunately": a word capitalised only because it opens the
     * sentence or clause, which the dictionary knows, but as no noun and no name.
     */
    private boolean capitalisedOnlyAsOpener(int i) {
        if (morph == null || i > 0 && model.token(i - 1).word()) return false;
        Token t = model.token(i);
        Morphology.Analysis a = english ? morph.english(t.text()) : morph.german(t.text());
        return a.has(Morphology.KNOWN) && !a.has(Morphology.NOUN) && !a.has(Morphology.PROPER);
    }

    /**
     * German abstract and quantity nouns by their endings: an event, a state, a measure cannot speak
     * ("Die Entscheidung wurde kritisiert", "Die Anklage lautet"), though an institution or a source
     * ending alike can ("die Regierung", "die Kommission", also in the plural).
     */
    private boolean abstractNoun(String w) {
        // "Bistum", "Erzbistum": an institution's noun may end like an abstract one ("Reichtum") and still act
        if (lex.roleSuffix(w) != null || speakerNoun(w) || InstitutionLabel.institution(w)) return false;
        return endsWithAny(w, ABSTRACT_ENDINGS) || QUANTITY_NOUNS.contains(w);
    }

    /** "Regierung", "Kommission", "Zeitung": a noun ending like an abstract noun that names a body of people or a source. */
    static boolean speakerNoun(String w) {
        return endsWithAny(w, SPEAKER_NOUN_FORMS);
    }

    /**
     * "Sprecherin", "Regierung", "Kritiker": a German noun that can speak by its form: a role's ending, a body's or a
     * source's ending, or an agent's ending. Callers add what they know besides (organisations of the article, names).
     */
    static boolean speakingNoun(String w, Lexicons lex) {
        return lex.roleSuffix(w) != null || speakerNoun(w) || lex.isAgentNoun(w);
    }

    private boolean isArticle(String lower) {
        return (english ? NOMINATIVE_ARTICLES_EN : NOMINATIVE_ARTICLES_DE).contains(lower);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String ending : endings) if (word.endsWith(ending)) return true;
        return false;
    }

    private static final List<String> ABSTRACT_ENDINGS = Lexicon.wordList("abstract-endings-de.txt");
    private static final Set<String> QUANTITY_NOUNS = Lexicon.words("quantity-nouns-de.txt");
    /** Each speaker-noun ending as written and inflected (-en, -n, -s), built once: asked of nearly every capitalised word. */
    private static final List<String> SPEAKER_NOUN_FORMS = Lexicon.wordList("speaker-noun-endings-de.txt").stream()
            .flatMap(ending -> java.util.stream.Stream.of(ending, ending + "en", ending + "n", ending + "s")).toList();

    private static final List<String> ADJECTIVE_ENDINGS_EN = Lexicon.wordList("adjective-endings-en.txt");
    private static final Set<String> ADJECTIVES_EN = Lexicon.words("adjectives-en.txt");
    static final List<String> ADJECTIVE_ENDINGS_DE = Lexicon.wordList("adjective-endings-de.txt");

    private boolean isAdjective(String lower) {
        if (english) return !lex.englishStop.contains(lower) && !lex.functionWords.contains(lower) && lower.length() > 2
                && !isLowerSource(lower) && (endsWithAny(lower, ADJECTIVE_ENDINGS_EN) || ADJECTIVES_EN.contains(lower));
        return lower.length() > 3 && endsWithAny(lower, ADJECTIVE_ENDINGS_DE)
                && !lex.germanStop.contains(lower) && !lex.functionWords.contains(lower) && !lex.konjunktivI.contains(lower) && !lex.konjunktivII.contains(lower)
                && !onlyVerb(lower);
    }

    /**
     * "Das sagte Ute Berger": a word the dictionary knows only as a verb form ("sagte", "meinte"),
     * with no participle, adjective or noun reading, is no adjective after an article, even where its
     * ending looks like one.
     */
    private boolean onlyVerb(String lower) {
        if (morph == null) return false;
        return morph.german(lower).verbOnly();
    }

    private boolean isLowerSource(String lower) {
        return english && (lex.anonymous.contains(lower) || lex.roleSuffix(lower) != null && lex.roleSuffixes.contains(lower));
    }
}
