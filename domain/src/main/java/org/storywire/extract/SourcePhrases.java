package org.storywire.extract;

import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * Where a statement is read when no one says it: the phrase a report marker or a "heißt es" opens ("according to a
 * poll released Monday", "In der Mitteilung des Verbands heißt es", "geht aus einem Bericht des Bundesamts hervor"),
 * and the author named inside it ("des Ministeriums", "by Lindhal College").
 */
final class SourcePhrases extends ExtractionStep {
    static final Set<String> SOURCE_OPENERS_DE = Lexicon.words("source-openers-de.txt");
    /** The source openers that are prepositions: the source is the phrase behind them ("einem Bericht von Amnesty"). */
    private static final Set<String> SOURCE_PREPOSITIONS_DE = Set.of("von", "vom", "aus");
    private static final Set<String> FRONTED_SOURCE_PREPOSITIONS = Lexicon.words("fronted-source-prepositions-de.txt");
    private static final Set<String> REPORT_NOUNS_EN = Lexicon.words("report-nouns-en.txt");
    /** "according to early results of the exit poll conducted by Edison Research for ...": a source phrase is rarely longer. */
    private static final int MAX_SOURCE_WORDS = 16;
    /** "in the latest NBC News/Marist poll": the noun stands a few words behind "in". */
    private static final int MAX_POLL_WORDS = 8;

    private final SpeakerFinder speakers;

    SourcePhrases(Extraction x, SpeakerFinder speakers) {
        super(x);
        this.speakers = speakers;
    }

    /** The phrase from {@code first} to the next comma when a report noun heads it ("a Gallup poll released Monday"); else null. */
    NounPhrase reportPhrase(int first, int e) {
        NounPhrase phrase = sourcePhrase(first, e);
        if (phrase == null || phrase.end() >= e || !model.token(phrase.end()).isPunct(',')) return null;
        for (int k = phrase.first(); k < phrase.end(); k++) if (REPORT_NOUNS_EN.contains(model.token(k).lower())) return phrase;
        return null;
    }

    /**
     * "in the latest Harbour Post poll", "in most surveys released Monday", "in the Harbour/Lindhal average of state polls":
     * behind "in", a report noun within a few words (an "of" may join two nouns of the phrase), no other preposition,
     * participle or punctuation before it but the slash or hyphen of joined names, and the clause ending there: the phrase
     * up to that noun, else null. "states going to the polls", "voters in the poll were undecided" read no poll as a source.
     */
    NounPhrase trailingPoll(int first, int e) {
        int words = 0;
        for (int k = first; k < e && words < MAX_POLL_WORDS; k++) {
            Token x = model.token(k);
            if (x.quoted() || !x.word() && !x.isPunct('/') && !x.isPunct('-')) return null;
            if (!x.word()) continue;
            words++;
            if (REPORT_NOUNS_EN.contains(x.lower())) return k + 1 == e || closesPhrase(k + 1, e) ? new NounPhrase(first, k + 1, false, false) : null;
            if (x.is("of") && k > first) continue;
            if (NounPhrases.PREPOSITIONS.contains(x.lower()) || !x.capitalised() && x.lower().endsWith("ing")) return null;
        }
        return null;
    }

    /**
     * Behind a poll's noun: punctuation, a preposition, a participle ("released Monday", "leading up to") or a time
     * ("last month") ends the phrase; a verb goes on with a clause, and so does "and" ("rises in the polls and wins support").
     */
    private boolean closesPhrase(int next, int e) {
        Token t = model.token(next);
        if (!t.word() || NounPhrases.PREPOSITIONS.contains(t.lower())) return true;
        if (!t.capitalised() && (t.lower().endsWith("ed") || t.lower().endsWith("ing"))) return true;
        return lex.timeWords.contains(t.lower()) || next + 1 < e && lex.timeWords.contains(model.token(next + 1).lower());
    }

    /** "the survey by Lindhal College": the first run of capitalised words inside a source phrase that are no time words; else null. */
    NounPhrase nameInside(NounPhrase phrase) {
        int k = phrase.first();
        while (k < phrase.end() && !(model.token(k).capitalised() && !lex.timeWords.contains(model.token(k).lower()))) k++;
        int end = k;
        while (end < phrase.end() && model.token(end).capitalised() && !lex.timeWords.contains(model.token(end).lower())) end++;
        return end > k ? new NounPhrase(k, end, false, true) : null;
    }

    /** The words from {@code first} to the next punctuation or quotation, as one phrase; null if none or longer than a source phrase is. */
    NounPhrase sourcePhrase(int first, int e) {
        int k = first;
        while (k < e && k - first < MAX_SOURCE_WORDS && (model.token(k).word() || joinsNames(k, first, e)) && !model.token(k).quoted()) k++;
        if (k == first || k < e && model.token(k).word()) return null;
        boolean pronoun = k == first + 1 && CueFinder.OBJECT_PRONOUNS_EN.contains(model.token(first).lower());
        return new NounPhrase(first, k, pronoun, false);
    }

    /** "NBC News/Wall Street Journal", "CNN/ORC": a slash between two capitalised words joins two names of one source. */
    private boolean joinsNames(int k, int first, int e) {
        return model.token(k).isPunct('/') && k > first && k + 1 < e && model.token(k - 1).capitalised() && model.token(k + 1).capitalised();
    }

    /**
     * "In der Mitteilung des Verbands heißt es", "Auf der Website hieß es": a place fronted before "heißt es" is where
     * it is said, the source the quotation corpora annotate; its phrase runs up to a comma or the verb. Null otherwise.
     */
    NounPhrase frontedSource(int f, int verb) {
        if (verb < f + 2 || !FRONTED_SOURCE_PREPOSITIONS.contains(model.token(f).lower())) return null;
        int end = f + 1;
        while (end < verb && !model.token(end).isPunct(',')) end++;
        return end > f + 1 ? new NounPhrase(f + 1, end, false, true) : null;
    }

    /**
     * "Das geht aus einem Bericht des Bundesamts hervor", "Aus einer Studie geht hervor, dass ...": the document
     * something comes out of is its source (the phrase after "aus" with the verb's particle "hervor"), and the
     * author named in it is the entity, as with "laut"; null when the sentence has no such phrase.
     */
    Speaker documentSource(TextModel.Sentence s, int verb, int particle) {
        if (!model.token(particle).is("hervor")) return null;
        for (int k = s.firstToken(); k < particle; k++) {
            if (!model.token(k).is("aus") || model.token(k).quoted()) continue;
            int limit = k < verb ? verb : particle;
            NounPhrase head = speakers.nounPhraseAfter(k + 1, limit);
            if (head == null) return null;
            // the phrase runs on to the verb or particle with its genitive ("einem Bericht des Bundesamts")
            int end = limit;
            for (int m = head.end(); m < limit; m++) if (!model.token(m).word() || model.token(m).quoted()) end = head.end();
            NounPhrase document = new NounPhrase(head.first(), end, false, true);
            Speaker mention = speakers.resolve(document, s);
            NounPhrase author = genitiveSource(document, document.end());
            if (author == null) return mention;
            Speaker entity = speakers.resolve(author, s);
            return new Speaker(mention.mention(), mention.mentionSpan(), entity.canonical(), entity.affiliation(), entity.kind());
        }
        return null;
    }

    /**
     * "wie aus Regierungskreisen verlautete", "Aus dem Ministerium verlautete, ...", "Es verlautete aus der Partei, ...":
     * "verlauten" has no speaker for its subject; what is said comes out of the phrase behind "aus" in its clause. That
     * phrase, or null when the verb at {@code verb} is another or its clause has none.
     */
    NounPhrase verlautenSource(TextModel.Sentence s, int verb) {
        if (english || !model.token(verb).lower().startsWith("verlaut")) return null;
        int from = verb;
        while (from > s.firstToken() && model.token(from - 1).word()) from--;
        int to = verb + 1;
        while (to < s.endToken() && model.token(to).word()) to++;
        for (int k = from; k < to; k++) {
            if (!model.token(k).is("aus") || model.token(k).quoted()) continue;
            NounPhrase source = speakers.nounPhraseAfter(k + 1, k < verb ? verb : to);
            if (source != null) return source;
        }
        return null;
    }

    /** "einer Mitteilung des Ministeriums", "einem Bericht von Amnesty": the source named inside a source phrase, or null. */
    NounPhrase genitiveSource(NounPhrase phrase, int e) {
        for (int k = phrase.first() + 1; k + 1 < phrase.end(); k++) {
            if (!SOURCE_OPENERS_DE.contains(model.token(k).lower())) continue;
            NounPhrase source = speakers.nounPhraseAfter(SOURCE_PREPOSITIONS_DE.contains(model.token(k).lower()) ? k + 1 : k, Math.min(e, phrase.end()));
            if (source != null) return source;
        }
        return null;
    }
}
