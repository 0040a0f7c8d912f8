package org.storywire.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.storywire.analyse.LanguageDetector;
import org.storywire.clean.CleanArticle;

/**
 * Extracts attributed statements (who claims, denies, declines to confirm what) from a clean
 * article, German or English.
 *
 * <p>The fast path finds candidate sentences cheaply: reporting verbs and report markers from the
 * lexicons ("sagte", "wies ... zurück", "laut", "zufolge", "according to"), quotation marks, and
 * Konjunktiv or "soll ... haben" forms that continue reported speech over following sentences.
 * Only OpenNLP's sentence detector runs on every article (it is 40 times cheaper than the
 * tokenizer); speakers are found as noun phrases next to the cue and resolved through the
 * article's own appositions ({@link EntityMemory}).
 *
 * <p>Thread-safety: OpenNLP's ME classes are not thread-safe. The sentence model and lexicons are
 * loaded once and shared; each instance owns its detector, so use one instance per thread.
 * {@link #extract} never throws: on any failure it tells the failure listener and returns what it
 * has, or an empty list.
 */
public final class StatementExtractor {
    /** Longer texts are cut: extraction time stays bounded on any input. */
    static final int MAX_CHARS = 200_000;
    /** More statements than this in one article is garbage; stop looking. */
    static final int MAX_STATEMENTS = 2_000;
    private static final String SENTENCE_MODEL = "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";
    private static final SentenceModel MODEL = loadModel();

    private final SentenceDetectorME detector = new SentenceDetectorME(MODEL);
    private final Lexicons lex = Lexicons.INSTANCE;
    private final Propositions propositions = new Propositions(lex);
    private final Morphology morph = new Morphology();
    private final BiConsumer<String, Throwable> onFailure;

    /** Logs each article whose extraction stopped on an error, in one line. */
    public StatementExtractor() {
        this((id, error) -> System.getLogger(StatementExtractor.class.getName())
                .log(System.Logger.Level.WARNING, "extraction of article " + id + " stopped early: " + error));
    }

    /** @param onFailure told of each article (by id) whose extraction stopped on an error, with the error */
    public StatementExtractor(BiConsumer<String, Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    private static SentenceModel loadModel() {
        try (InputStream in = StatementExtractor.class.getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP German sentence model not on the classpath: " + SENTENCE_MODEL);
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Statement> extract(CleanArticle article) {
        List<Statement> out = new ArrayList<>();
        try {
            if (article == null || article.text() == null || article.text().isBlank()) return out;
            String text = article.text().length() > MAX_CHARS ? article.text().substring(0, MAX_CHARS) : article.text();
            new ArticleRun(article, text, isEnglish(article, text), out).run();
        } catch (RuntimeException | StackOverflowError e) {
            // never throw: statements found so far are still valid; the failure is reported, not lost
            onFailure.accept(article.id(), e);
        }
        return out;
    }

    private static boolean isEnglish(CleanArticle article, String text) {
        if (article.language() != null && !article.language().isBlank()) return article.language().toLowerCase(Locale.ROOT).startsWith("en");
        return LanguageDetector.isEnglish(text);
    }

    /** One statement in the making. */
    private static final class Draft {
        Speaker speaker;
        String cueText;
        String cueClass;
        Attribution attribution;
        int contentBegin;
        int contentEnd;
        int cueToken;
        int sentence;
        int evidenceBegin;
        int evidenceEnd;
        boolean negated;
        boolean reported;
        /** The content is the cue's whole clause, not a said part beside it: the speaker may stand inside. */
        boolean clauseContent;
        int particleToken = -1;
        NounPhrase subject;
        double confidence;
        /** A quotation inside reported speech takes the stance of the statement around it. */
        Draft outer;
        /** The stance the article's discourse gives it, over the one its own words give. */
        Stance forced;
        /** The stance its own words give, once computed. */
        Stance stance;
    }

    private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "nichts",
            "not", "never", "n't", "no");
    private static final java.util.regex.Pattern NOT_IN_POSITION = java.util.regex.Pattern.compile(
            "\\bnot (be |been )?in a position to (comment|confirm|discuss|say)\\b|\\b(did not|didn't|has not|had not|hasn't|hadn't)( immediately)? (respond|reply|return)\\w*\\b[^.!?]{0,60}\\b(comment|request|inquir|quer|call|message)"
            + "|\\bcould not be reached for comment\\b|\\b(declined|refused) to (comment|confirm|discuss|elaborate|say)\\b"
            + "|\\b(anfrage\\w*|fragen?)\\b[^.!?]{0,60}\\bunbeantwortet\\b|\\bfür eine stellungnahme nicht\\b[^.!?]{0,30}\\berreich");
    private static final Set<String> RUN_ON_OPENERS = Set.of("demnach", "demzufolge", "zudem", "außerdem", "ferner", "weiter", "dafür", "darüber");
    private static final Set<String> REPORTATIVE = Set.of("soll", "sollen", "sollten");
    /** "soll ... gewarnt haben", "soll ... gewesen sein": a modal with a perfect infinitive reports a rumour. */
    private static final Set<String> REPORTATIVE_TAIL = Set.of("haben", "sein");
    private static final Set<String> AUXILIARIES = Set.copyOf(List.of("hat", "hatte", "hatten", "hätte", "hätten", "habe", "haben", "ist", "war", "waren",
            "sei", "seien", "wäre", "wird", "wurde", "wurden", "würde", "werde", "will", "wollte", "wolle", "soll", "sollte", "kann", "konnte",
            "könne", "könnte", "muss", "musste", "müsse", "darf", "durfte", "has", "had", "have", "was", "is", "would", "did", "does"));
    /** Real sentences hold a few cues; a sentence with more is a list or garbage and is read no further. */
    private static final int MAX_CUES_PER_SENTENCE = 8;
    /** Speakers stand near their cue; looking further costs time on long sentences and finds nobody better. */
    private static final int SUBJECT_WINDOW = 40;
    private static final Set<String> ENGLISH_NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
            "these", "those", "this", "that", "many", "some", "such", "of", "in", "no", "any", "all", "several", "recent", "new");
    private static final Set<String> ANY_ARTICLE = Set.copyOf(List.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
            "einer", "eines", "the", "a", "an", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem",
            "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "dessen", "deren", "his", "her", "their", "its"));
    private static final List<String> NOT_KONJUNKTIV_ENDINGS = List.of("te", "ische", "liche", "ige", "bare", "same", "ale", "elle", "ive", "ene", "ste", "ere", "ose", "ante", "ente");
    private static final Set<String> DETERMINERS = Set.copyOf(List.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
            "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
            "ihren", "ihrem", "ihrer", "unser", "unsere", "dieser", "diese", "diesen", "diesem", "jede", "jeder", "jeden", "alle", "zu",
            "sehr", "besonders", "äußerst", "so", "ganz", "ziemlich", "recht", "eher", "weniger", "mehr", "immer", "am", "im", "zum", "zur",
            "vom", "beim", "als", "wie", "und", "oder", "nicht"));
    /** Words after a comma that open a new clause with its own speaker: "..., doch Moskau dementiert dies". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("doch", "jedoch", "aber", "sondern", "während", "und", "wobei", "obwohl",
            "nachdem", "but", "while", "and", "although", "whereas");

    private final class ArticleRun {
        final CleanArticle article;
        final String text;
        final boolean english;
        final List<Statement> out;
        final TextModel model;
        final EntityMemory memory;
        final NounPhrases nps;
        final List<Draft> drafts = new ArrayList<>();
        Draft lastStatement;
        Draft lastSource;
        final java.util.Map<Long, Boolean> knownPhrases = new java.util.HashMap<>();
        int consumedUntil;

        ArticleRun(CleanArticle article, String text, boolean english, List<Statement> out) {
            this.article = article;
            this.text = text;
            this.english = english;
            this.out = out;
            this.model = new TextModel(text, detector);
            this.memory = new EntityMemory(model, lex, english);
            this.nps = new NounPhrases(model, lex, english, morph);
        }

        void run() {
            for (TextModel.Sentence s : model.sentences) {
                if (drafts.size() >= MAX_STATEMENTS) break;
                if (s.end() <= consumedUntil) continue;
                List<Draft> found = cueDrafts(s);
                if (found.isEmpty()) found = runOnDrafts(s);
                for (Draft d : found) {
                    accept(d);
                    embeddedQuotes(d);
                }
                for (Draft d : quoteDrafts(s)) accept(d);
            }
            holdDenials();
            for (Draft d : drafts) out.add(toStatement(d, out.size()));
        }

        /**
         * A speaker who denies a report in the article speaks against it throughout: "„Tarek ist
         * und bleibt unser Trainer“, sagte Ossberg" next to her "Eine Entlassung stehe nicht zur
         * Debatte" is part of the same denial. Only plain claims of the same named speaker change.
         */
        /** "Noch am Montag hatte Ossberg eine Trennung ausgeschlossen": a position held before, which the article reports as past. */
        private boolean pluperfect(Draft d) {
            TextModel.Sentence s = model.sentences.get(d.sentence);
            for (int k = s.firstToken(); k < Math.min(s.endToken(), d.cueToken); k++) {
                Token t = model.token(k);
                if (!t.quoted() && (t.is("hatte") || t.is("hatten") || t.is("had"))) return true;
            }
            return false;
        }

        private void holdDenials() {
            java.util.Set<String> denying = new java.util.HashSet<>();
            for (Draft d : drafts) {
                if (d.speaker == null || d.speaker.canonical() == null || d.speaker.kind() == SpeakerKind.UNKNOWN
                        || d.speaker.kind() == SpeakerKind.ANONYMOUS || d.speaker.kind() == SpeakerKind.MEDIA) continue;
                if (stance(d) == Stance.DENIAL && !pluperfect(d)) denying.add(d.speaker.canonical());
            }
            if (denying.isEmpty()) return;
            for (Draft d : drafts) {
                if (d.speaker == null || d.speaker.canonical() == null || !denying.contains(d.speaker.canonical())) continue;
                if (d.reported || d.attribution == Attribution.REPORTED) continue;
                if (stance(d) == Stance.CLAIM) d.forced = Stance.DENIAL;
            }
        }

        /**
         * "Er sei „bereit“ für Gespräche": a quotation inside reported speech is a quotation of
         * its own (the quotation corpora annotate both); it keeps the speaker and the stance.
         */
        private void embeddedQuotes(Draft outer) {
            if (outer.attribution == Attribution.DIRECT_QUOTE) return;
            for (int[] q : model.quotesStartingIn(outer.contentBegin, outer.contentEnd)) {
                // English reporting keeps a quoted phrase inside what was said ("said Orvane was "hiring, not firing""): one statement
                if (english) continue;
                if (q[1] > outer.contentEnd + 1) continue;
                if (q[0] == outer.contentBegin && q[1] >= outer.contentEnd) continue;
                Draft d = new Draft();
                d.speaker = outer.speaker;
                d.cueText = outer.cueText;
                d.cueClass = outer.cueClass;
                d.cueToken = outer.cueToken;
                d.sentence = outer.sentence;
                d.negated = outer.negated;
                d.subject = outer.subject;
                d.attribution = Attribution.DIRECT_QUOTE;
                d.outer = outer;
                d.contentBegin = q[0];
                d.contentEnd = q[1];
                d.evidenceBegin = outer.evidenceBegin;
                d.evidenceEnd = outer.evidenceEnd;
                d.confidence = outer.confidence - 0.1;
                drafts.add(d);
            }
        }

        private void accept(Draft d) {
            drafts.add(d);
            lastStatement = d;
            if (d.reported || (d.speaker != null && d.speaker.kind() == SpeakerKind.MEDIA)) lastSource = d;
            consumedUntil = Math.max(consumedUntil, d.contentEnd);
        }

        // ---- cues in the sentence -------------------------------------------------------------

        private List<Draft> cueDrafts(TextModel.Sentence s) {
            List<Draft> found = new ArrayList<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = model.token(i);
                if (!t.word() || t.quoted() || t.begin() < consumedUntil) continue;
                Draft d = reportedCue(s, i);
                if (d == null) d = verbCue(s, i);
                if (d != null) found.add(d);
                if (found.size() == MAX_CUES_PER_SENTENCE) break;
            }
            return resolveOverlaps(found);
        }

        /** Keeps the outermost statement when one cue sits inside another's content, and one statement per content. */
        private List<Draft> resolveOverlaps(List<Draft> found) {
            // "Laut X sollen ..., doch Moskau dementiert dies": the second clause is a statement of its own
            for (Draft d : found) {
                for (Draft o : found) {
                    if (o == d || o.cueToken <= d.cueToken || model.token(o.cueToken).begin() >= d.contentEnd) continue;
                    int opener = clauseOpenerBefore(o.cueToken, model.sentences.get(d.sentence));
                    if (opener > d.cueToken && model.token(opener).begin() < d.contentEnd && model.token(opener).begin() > d.contentBegin) {
                        d.contentEnd = trimEnd(d.contentBegin, model.token(opener - 1).begin());
                    }
                }
            }
            splitCoordinated(found);
            if (english) shareCoordinatedSubject(found);
            List<Draft> kept = new ArrayList<>();
            for (Draft d : found) {
                int cueAt = model.token(d.cueToken).begin();
                boolean nested = false;
                for (Draft o : found) {
                    if (o == d || o.clauseContent || !(o.contentBegin <= cueAt && cueAt < o.contentEnd)) continue;
                    int otherCue = model.token(o.cueToken).begin();
                    boolean mutual = d.contentBegin <= otherCue && otherCue < d.contentEnd;
                    // "Trump habe gesagt, dass ..., sagte Peskow weiter": the later, outer cue wins
                    if (!mutual || o.cueToken > d.cueToken) nested = true;
                }
                if (nested) continue;
                Draft same = null;
                for (Draft k : kept) if (overlapShare(k, d) > 0.5) same = k;
                if (same == null) { kept.add(d); continue; }
                // "Laut Tass dementierte der Kreml": the verb's stance and speaker win over the report marker,
                // "bekundete der Kanzler laut Regierungssprecher X": a claim keeps the marker's source.
                boolean dStrong = !"CLAIM".equals(d.cueClass) && !"COMMENT".equals(d.cueClass) && !d.reported;
                boolean sameStrong = !"CLAIM".equals(same.cueClass) && !"COMMENT".equals(same.cueClass) && !same.reported;
                if ((dStrong && !sameStrong) || (!dStrong && !sameStrong && d.reported && !same.reported)) {
                    kept.set(kept.indexOf(same), d);
                }
            }
            return kept;
        }

        /** "A spokeswoman confirmed the figure, but said it was ...": a verb right after "but"/"and" shares the earlier verb's subject. */
        private void shareCoordinatedSubject(List<Draft> found) {
            for (Draft b : found) {
                int k = b.cueToken - 1;
                if (k < 0 || !(model.token(k).is("but") || model.token(k).is("and"))) continue;
                Draft a = null;
                for (Draft o : found) if (o != b && o.cueToken < b.cueToken && o.speaker != null && (a == null || o.cueToken > a.cueToken)) a = o;
                if (a == null) continue;
                b.speaker = a.speaker;
                b.subject = a.subject;
                if (a.contentEnd > model.token(k).begin() && a.contentBegin < model.token(k).begin() && b.contentBegin > model.token(k).begin()) a.contentEnd = trimEnd(a.contentBegin, model.token(k).begin());
            }
        }

        /** "hatte Putin gratuliert und sein Interesse bekundet": two verbs, two statements, split at "und". */
        private void splitCoordinated(List<Draft> found) {
            for (Draft a : found) {
                for (Draft b : found) {
                    if (a == b || !a.clauseContent || !b.clauseContent || b.cueToken <= a.cueToken) continue;
                    for (int k = a.cueToken + 1; k < b.cueToken; k++) {
                        Token x = model.token(k);
                        if (x.quoted() || !(x.is("und") || x.is("sowie") || x.is("and"))) continue;
                        if (model.token(k + 1).begin() > a.contentBegin) {
                            a.contentEnd = Math.min(a.contentEnd, trimEnd(a.contentBegin, x.begin()));
                            b.contentBegin = Math.max(b.contentBegin, model.token(k + 1).begin());
                            // "Putin hatte gratuliert und sein Interesse bekundet": the subject is shared
                            if (a.speaker != null && (b.subject == null || b.subject.first() > k && !b.subject.pronoun() && !known(b.subject))) b.speaker = a.speaker;
                        }
                        break;
                    }
                }
            }
        }

        /** The comma + clause opener ("doch", "jedoch") that starts the clause holding the token, or -1. */
        private int clauseOpenerBefore(int token, TextModel.Sentence s) {
            for (int k = token - 1; k > s.firstToken() && k > token - SUBJECT_WINDOW; k--) {
                Token x = model.token(k);
                if (x.quoted()) continue;
                if (x.isPunct(',')) return k + 1 < s.endToken() && CLAUSE_OPENERS.contains(model.token(k + 1).lower()) ? k + 1 : -1;
            }
            return -1;
        }

        private int trimEnd(int begin, int end) {
            while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
            return end;
        }

        private double overlapShare(Draft a, Draft b) {
            int inter = Math.min(a.contentEnd, b.contentEnd) - Math.max(a.contentBegin, b.contentBegin);
            int shorter = Math.min(a.contentEnd - a.contentBegin, b.contentEnd - b.contentBegin);
            return shorter <= 0 || inter <= 0 ? 0 : (double) inter / shorter;
        }

        /** "laut X", "X zufolge", "nach Angaben von X", "nach eigenen Angaben", ", so X", "heißt es aus X", "according to X". */
        private Draft reportedCue(TextModel.Sentence s, int i) {
            Token t = model.token(i);
            int f = s.firstToken();
            int e = s.endToken();
            NounPhrase np = null;
            boolean inverted = false;
            int cueEnd = i + 1;
            String lower = t.lower();
            if (!english && (lower.equals("laut") || lower.equals("gemäß"))) {
                np = nounPhraseAfter(i + 1, e);
                if (np == null) return null;
                cueEnd = np.end();
            } else if (!english && lower.equals("zufolge")) {
                np = nounPhraseBefore(i, f);
                if (np == null) return null;
            } else if (!english && lower.equals("nach") && i + 1 < e) {
                // "nach Angaben der Polizei", "nach ersten Erkenntnissen", "nach eigenen Angaben", "nach Schäubles Idee"
                int k = i + 1;
                while (k < e && k - i <= 3 && model.token(k).word() && !model.token(k).capitalised()) k++;
                if (k < e && k - i <= 3 && model.token(k).word() && model.token(k).lower().endsWith("s") && k + 1 < e && model.token(k + 1).capitalised()) k++;
                if (k >= e || !model.token(k).capitalised() || !lex.isReportNoun(model.token(k).lower())) return null;
                if (model.token(i + 1).is("eigenen")) {
                    np = sentenceSubject(s, i);
                } else if (k + 1 < e && Set.of("des", "der", "von", "vom", "eines", "einer", "aus").contains(model.token(k + 1).lower())) {
                    NounPhrase source = nounPhraseAfter(Set.of("von", "aus").contains(model.token(k + 1).lower()) ? k + 2 : k + 1, e);
                    np = source == null ? new NounPhrase(i + 1, k + 1, false, true) : new NounPhrase(i + 1, source.end(), false, true);
                } else {
                    np = new NounPhrase(i + 1, k + 1, false, true);
                }
                cueEnd = np != null ? Math.max(np.end(), k + 1) : k + 1;
            } else if (!english && lower.equals("nach") && i >= f + 2 && lex.isReportNoun(model.token(i - 1).lower()) && model.token(i - 1).capitalised()) {
                // "seiner Meinung nach": the possessive names the source
                np = new NounPhrase(i - 2, i, false, true);
                cueEnd = i + 1;
            } else if (lower.equals("so") && i > f && i + 1 < e && (model.token(i - 1).isPunct(',') || isQuoteMark(model.token(i - 1)))) {
                np = nounPhraseAfter(i + 1, e);
                if (np == null) return null;
                inverted = true;
                cueEnd = np.end();
            } else if (!english && (lower.equals("heißt") || lower.equals("hieß")) && i + 1 < e && model.token(i + 1).is("es")
                    || !english && lower.equals("es") && i + 1 < e && (model.token(i + 1).is("heißt") || model.token(i + 1).is("hieß"))) {
                int k = i + 2;
                if (k < e && Set.of("aus", "in", "von", "bei", "im", "vom").contains(model.token(k).lower())) np = nounPhraseAfter(k + 1, e);
                // "..., heißt es aus dem Kreml." reports what precedes; "heißt es, ..." what follows
                inverted = i > f && model.token(i - 1).isPunct(',') && !(k < e && (model.token(k).isPunct(',') || model.token(k).isPunct(':')));
                cueEnd = np != null ? np.end() : i + 2;
            } else if (!english && i == f && (lower.equals("demnach") || lower.equals("demzufolge"))) {
                // "Demnach hätten ...": the source reported on before goes on; the adverb stands for it
                Draft source = lastSource != null ? lastSource : lastStatement;
                if (source != null && (source.speaker == null || s.index() - source.sentence > 6)) source = null;
                Draft d = new Draft();
                d.cueToken = i;
                d.cueText = t.text();
                d.cueClass = "CLAIM";
                d.reported = true;
                d.attribution = Attribution.REPORTED;
                setContent(d, model.token(Math.min(i + 1, e - 1)).begin(), contentEndOf(s), s);
                Speaker from = source == null ? null : source.speaker;
                d.speaker = from == null ? new Speaker(t.text(), new Span(t.begin(), t.end()), null, null, SpeakerKind.UNKNOWN)
                        : new Speaker(t.text(), new Span(t.begin(), t.end()), from.canonical(), from.affiliation(), from.kind());
                d.confidence = 0.6;
                d.sentence = s.index();
                return d;
            } else if (english && lower.equals("according") && i + 1 < e && model.token(i + 1).is("to")) {
                np = nounPhraseAfter(i + 2, e);
                // "according to the report", "according to the second person": the phrase up to the comma
                if (np == null && i + 3 < e && ANY_ARTICLE.contains(model.token(i + 2).lower())) {
                    int k = i + 3;
                    while (k < e && k - i <= 7 && model.token(k).word() && !model.token(k).quoted()) k++;
                    if (k > i + 3 && (k >= e || !model.token(k).word())) np = new NounPhrase(i + 2, k, false, false);
                }
                if (np == null) return null;
                cueEnd = np.end();
                inverted = i > f && model.token(i - 1).isPunct(',');
            } else {
                return null;
            }
            Draft d = new Draft();
            d.cueToken = i;
            d.cueText = join(i, Math.min(cueEnd, i + 2));
            d.cueClass = "CLAIM";
            d.reported = true;
            d.attribution = np == null ? Attribution.ANONYMOUS_SOURCES : Attribution.REPORTED;
            if (inverted) {
                setContent(d, model.token(f).begin(), model.token(i - 1).begin(), s);
            } else if (i == f || (i == f + 1 && !model.token(f).word())) {
                int from = Math.min(cueEnd, e - 1);
                if (from < e && model.token(from).isPunct(',')) from++;
                setContent(d, model.token(Math.min(from, e - 1)).begin(), contentEndOf(s), s);
            } else {
                setContent(d, s.begin(), contentEndOf(s), s);
            }
            d.speaker = np == null ? null : resolve(np, s);
            d.confidence = np == null ? 0.5 : 0.75;
            d.sentence = s.index();
            return d;
        }

        private Draft verbCue(TextModel.Sentence s, int i) {
            Token t = model.token(i);
            List<Lexicons.Cue> cues = cuesOf(t, i, i == s.firstToken());
            if (cues == null) return null;
            int f = s.firstToken();
            int e = s.endToken();
            Lexicons.Cue matched = null;
            int particleAt = -1;
            for (Lexicons.Cue cue : cues) {
                if (cue.particle() == null) {
                    if (matched == null) matched = cue;
                    continue;
                }
                int p = findParticle(cue, i, f, e);
                if (p >= 0) { matched = cue; particleAt = p; break; }
            }
            if (matched == null) return null;
            if (!english && insideReportative(s, i)) return null;
            // "Asked about the trial, ...", "Reporting by ...; Editing by ...": an English sentence does not open with its reporting verb
            if (english && i == f && t.capitalised() && i + 1 < e && model.token(i + 1).is("by")) return null;
            // "declined to be named": anonymity, not a refusal to comment
            if (english && "NO_COMMENT".equals(matched.cls()) && particleAt >= 0 && particleAt + 1 < e && model.token(particleAt + 1).is("be")) return null;
            // a capitalised cue form at the start is a verb only if it is not a noun ("Sagen", "Bericht")
            if (t.capitalised() && i != f) return null;
            // "the claims", "his comments", "swing states": an English cue form after a determiner is a noun
            if (english && i > f && ENGLISH_NOUN_MARKERS.contains(model.token(i - 1).lower())) return null;
            int clauseEnd = Math.max(i, particleAt);
            Draft d = new Draft();
            d.cueToken = i;
            d.cueText = particleAt >= 0 ? t.text() + " " + model.token(particleAt).text() : t.text();
            d.cueClass = matched.cls();
            d.sentence = s.index();
            d.particleToken = particleAt;
            int before = i - 1;
            // ", sagte Peskow": verb first after the said part, its subject right behind it
            boolean inverted = before >= f && (model.token(before).isPunct(',') || (isQuoteMark(model.token(before)) && model.token(before).quoted()))
                    && (nps.at(i + 1, e, f) != null || i + 2 < e && nps.at(i + 2, e, f) != null && !model.token(i + 1).capitalised());
            if (inverted && before > f) {
                int contentEnd = model.token(before).isPunct(',') ? model.token(before).begin() : model.token(before).end();
                int[] quote = model.quoteAt(contentEnd - 1);
                if (quote != null && quote[1] == contentEnd) setContent(d, Math.min(quote[0], model.token(f).begin()), contentEnd, s);
                else setContent(d, model.token(f).begin(), contentEnd, s);
            } else {
                int k = clauseEnd + 1;
                int colonOrComma = -1;
                int quoteAfter = -1;
                for (; k < e; k++) {
                    Token x = model.token(k);
                    if (x.quoted() && isQuoteMark(x) && k <= clauseEnd + 4) { quoteAfter = k; break; }
                    if (x.quoted()) continue;
                    if (x.isPunct(',') || x.isPunct(':')) { colonOrComma = k; break; }
                }
                if (quoteAfter < 0 && colonOrComma >= 0 && colonOrComma + 1 < e && model.token(colonOrComma + 1).quoted()) quoteAfter = colonOrComma + 1;
                // "gratuliert und sein Interesse bekundet, jedoch ...": what follows the comma is no said part
                if (colonOrComma >= 0 && quoteAfter < 0 && (colonOrComma + 1 >= e || CLAUSE_OPENERS.contains(model.token(colonOrComma + 1).lower())
                        || anotherCueBetween(i, colonOrComma))) colonOrComma = -1;
                if (quoteAfter >= 0) {
                    int[] q = model.quoteAt(model.token(quoteAfter).begin());
                    setContent(d, q[0], q[1], s);
                } else if (colonOrComma >= 0 && colonOrComma + 1 < e) {
                    setContent(d, model.token(colonOrComma + 1).begin(), contentEndOf(s), s);
                } else {
                    int opener = clauseOpenerBefore(i, s);
                    setContent(d, opener > 0 ? model.token(opener).begin() : s.begin(), contentEndOf(s), s);
                    d.clauseContent = true;
                }
            }
            // "Dies bestätigte ein Sprecher.": the fronted "dies" stands for the sentence before
            if (d.clauseContent && i == f + 1 && Set.of("dies", "das", "this", "that").contains(model.token(f).lower()) && s.index() > 0) {
                TextModel.Sentence previous = model.sentences.get(s.index() - 1);
                if (previous.paragraph() == s.paragraph() || previous.index() == s.index() - 1) {
                    setContent(d, previous.begin(), contentEndOf(previous), previous);
                    d.evidenceEnd = s.end();
                    d.clauseContent = false;
                }
            }
            NounPhrase subject = subjectOf(s, i, d);
            d.subject = subject;
            d.speaker = subject == null ? null : resolve(subject, s);
            d.negated = negated(s, i, particleAt, d);
            d.attribution = isDirect(d) ? Attribution.DIRECT_QUOTE : Attribution.INDIRECT_SPEECH;
            d.reported = "berichtet".equals(t.lower()) || "berichtete".equals(t.lower()) || "berichten".equals(t.lower())
                    || "reported".equals(t.lower()) || "reports".equals(t.lower());
            d.confidence = subject == null ? 0.5 : (d.attribution == Attribution.DIRECT_QUOTE ? 0.9 : 0.8);
            return d;
        }

        /**
         * The cues of a word form: listed forms first, else the forms listed for its lemma
         * ("underscores" -> "underscore"), so inflections outside the short list are found.
         */
        private List<Lexicons.Cue> cuesOf(Token t, int index, boolean sentenceStart) {
            java.util.Map<String, List<Lexicons.Cue>> map = english ? lex.cuesEn : lex.cuesDe;
            List<Lexicons.Cue> cues = map.get(t.lower());
            if (cues != null || !t.word() || t.lower().length() < 3) return cues;
            if (t.capitalised() && !sentenceStart) return null;
            String lemma = english ? morph.englishVerbLemma(t.lower()) : null;
            if (lemma == null) return null;
            // "customer support teams": a form found by its lemma that can be a noun is read as one
            if (t.lower().equals(lemma) && morph.english(t.lower()).has(Morphology.NOUN) && nounFollows(index)) return null;
            // "Citing a letter, the newsletter said": a participle clause found by lemma is no reporting verb of its own
            if (t.lower().endsWith("ing") && sentenceStart) return null;
            cues = map.get(lemma);
            if (cues == null && english) {
                // "underscore" is not listed, "underscored" is: the lemma's past form stands for it
                cues = map.get(lemma.endsWith("e") ? lemma + "d" : lemma + "ed");
            }
            return cues;
        }

        /** "support teams": a common noun right behind makes the form the first part of a compound. */
        private boolean nounFollows(int i) {
            if (i < 0 || i + 1 >= model.tokens.size()) return false;
            Token next = model.token(i + 1);
            return next.word() && !next.capitalised() && !lex.isStop(next.lower(), true) && morph.english(next.lower()).has(Morphology.NOUN);
        }

        private boolean anotherCueBetween(int cue, int end) {
            for (int k = cue + 1; k < end; k++) {
                Token x = model.token(k);
                if (!x.quoted() && x.word() && !x.capitalised() && (english ? lex.cuesEn : lex.cuesDe).containsKey(x.lower())) return true;
            }
            return false;
        }

        /** "Trump soll Putin ... erinnert haben": the verb is the reported event, not the report. */
        private boolean insideReportative(TextModel.Sentence s, int i) {
            if (i + 1 >= s.endToken() || !REPORTATIVE_TAIL.contains(model.token(i + 1).lower())) return false;
            for (int k = s.firstToken(); k < i; k++) if (REPORTATIVE.contains(model.token(k).lower()) && !model.token(k).quoted()) return true;
            return i + 2 < s.endToken() && REPORTATIVE.contains(model.token(i + 2).lower());
        }

        private int findParticle(Lexicons.Cue cue, int i, int f, int e) {
            if (cue.particleAdjacent()) {
                for (int k = i + 1; k < Math.min(e, i + 4); k++) if (model.token(k).is(cue.particle())) return k;
                return -1;
            }
            for (int k = i + 1; k < e; k++) {
                Token x = model.token(k);
                if (x.quoted()) continue;
                if (x.isPunct(',') || x.isPunct(':') || x.isPunct(';')) break;
                if (x.is(cue.particle()) && (k + 1 >= e || !model.token(k + 1).word())) return k;
            }
            for (int k = Math.max(f, i - 3); k < i; k++) if (model.token(k).is(cue.particle())) return k;
            return -1;
        }

        private boolean negated(TextModel.Sentence s, int cue, int particle, Draft d) {
            int from = cue;
            while (from > s.firstToken() && !isClauseBoundary(model.token(from - 1))) from--;
            int to = Math.max(cue, particle) + 1;
            // "officials say the accident is having no impact": in English what follows the verb is what was said
            if (english) {
                for (int k = from; k < cue; k++) {
                    Token x = model.token(k);
                    if (!x.quoted() && (NEGATIONS.contains(x.lower()) || x.lower().endsWith("n't"))) return true;
                }
                return false;
            }
            if (particle < 0) {
                while (to < s.endToken() && !isClauseBoundary(model.token(to))) to++;
            }
            for (int k = from; k < to; k++) {
                Token x = model.token(k);
                if (x.quoted() || (!d.clauseContent && x.begin() >= d.contentBegin && x.end() <= d.contentEnd)) continue;
                if (NEGATIONS.contains(x.lower()) || x.lower().endsWith("n't")) return true;
            }
            return false;
        }

        private boolean isClauseBoundary(Token t) {
            return t.quoted() || t.isPunct(',') || t.isPunct(':') || t.isPunct(';');
        }

        private boolean isDirect(Draft d) {
            int[] q = model.quoteAt(d.contentBegin);
            return q != null && q[0] == d.contentBegin && q[1] >= d.contentEnd - 1;
        }

        // ---- quotations without a cue in their sentence ---------------------------------------

        private List<Draft> quoteDrafts(TextModel.Sentence s) {
            List<Draft> found = new ArrayList<>();
            for (int[] q : model.quotesStartingIn(s.begin(), s.end())) {
                if (q[0] < consumedUntil || coveredByStatement(q) || cueFollows(q)) continue;
                Draft d = new Draft();
                d.sentence = s.index();
                d.attribution = Attribution.DIRECT_QUOTE;
                d.cueClass = "CLAIM";
                setContent(d, q[0], q[1], s);
                int quoteToken = firstTokenAt(s, q[0]);
                int colon = colonBefore(s, q[0]);
                NounPhrase np = colon >= 0 ? bestSubject(s, s.firstToken(), colon) : null;
                if (np != null) {
                    d.cueToken = colon;
                    d.cueText = ":";
                    d.speaker = resolve(np, s);
                    d.confidence = 0.7;
                } else if (lastStatement != null && continues(lastStatement, s) && quoteToken == s.firstToken()) {
                    // a quotation opening the sentence after a statement goes on with that speaker
                    d.cueToken = s.firstToken();
                    d.cueText = "";
                    d.speaker = lastStatement.speaker;
                    d.confidence = 0.6;
                } else {
                    // a quoted phrase in narration ("bezeichnete es als „Fehler“"): the clause's subject said it
                    NounPhrase subject = quoteToken > s.firstToken() ? bestSubject(s, s.firstToken(), quoteToken) : null;
                    d.cueToken = quoteToken;
                    d.cueText = "";
                    d.speaker = subject != null ? resolve(subject, s)
                            : lastStatement != null && continues(lastStatement, s) ? lastStatement.speaker : null;
                    // a quoted phrase nobody in reach says is a title or a term, not a quotation
                    if (d.speaker == null) continue;
                    d.confidence = 0.4;
                }
                found.add(d);
            }
            return found;
        }

        /** A mention in subject position: among the first words of its sentence, not after a preposition. */
        private boolean opensItsSentence(int token) {
            TextModel.Sentence s = model.sentences.get(Math.max(0, model.sentenceAt(model.token(token).begin())));
            if (token - s.firstToken() > 3) return false;
            for (int k = s.firstToken(); k < token; k++) if (NounPhrases.PREPOSITIONS.contains(model.token(k).lower())) return false;
            return true;
        }

        private boolean coveredByStatement(int[] q) {
            for (int k = drafts.size() - 1; k >= 0 && k >= drafts.size() - 12; k--) {
                Draft d = drafts.get(k);
                if (d.contentBegin <= q[0] && q[0] < d.contentEnd) return true;
            }
            return false;
        }

        private int firstTokenAt(TextModel.Sentence s, int offset) {
            for (int k = s.firstToken(); k < s.endToken(); k++) if (model.token(k).end() > offset) return k;
            return s.endToken() - 1;
        }

        /** "„...“, sagte er": the cue after the quote will take it, with the whole quote as content. */
        private boolean cueFollows(int[] q) {
            int at = model.sentenceAt(q[1] - 1);
            for (TextModel.Sentence x : model.sentences.subList(Math.max(0, at), Math.min(model.sentences.size(), at + 2))) {
                if (x.end() < q[1] || x.begin() > q[1]) continue;
                for (int k = x.firstToken(); k + 1 < x.endToken(); k++) {
                    if (model.token(k).begin() < q[1]) continue;
                    if (!model.token(k).isPunct(',')) return false;
                    Token next = model.token(k + 1);
                    return (english ? lex.cuesEn : lex.cuesDe).containsKey(next.lower()) || next.is("so");
                }
            }
            return false;
        }

        private int colonBefore(TextModel.Sentence s, int offset) {
            for (int k = s.endToken() - 1; k >= s.firstToken(); k--) {
                Token x = model.token(k);
                if (x.begin() >= offset) continue;
                return x.isPunct(':') ? k : -1;
            }
            return -1;
        }

        /** The last statement was in the previous sentence of the same paragraph, or ended the previous paragraph. */
        private boolean continues(Draft last, TextModel.Sentence s) {
            TextModel.Sentence prev = s.index() > 0 ? model.sentences.get(s.index() - 1) : null;
            if (prev == null) return false;
            int lastSentence = sentenceOfOffset(last.contentEnd - 1);
            return lastSentence == prev.index() || last.sentence == prev.index();
        }

        private int sentenceOfOffset(int offset) {
            int i = model.sentenceAt(offset);
            return i >= 0 && offset < model.sentences.get(i).end() ? i : -1;
        }

        // ---- reported speech running on without a cue ----------------------------------------

        private List<Draft> runOnDrafts(TextModel.Sentence s) {
            boolean reportative = false;
            boolean konjunktivI = false;
            boolean konjunktivII = false;
            int relativeSource = -1;
            int f = s.firstToken();
            boolean mayContinue = lastStatement != null && continues(lastStatement, s);
            for (int k = f; k < s.endToken(); k++) {
                Token x = model.token(k);
                if (!x.word() || x.quoted()) continue;
                if (english) {
                    if (x.is("reportedly") || x.is("allegedly")) reportative = true;
                    continue;
                }
                if (REPORTATIVE.contains(x.lower()) && reportativeAt(k, s)) reportative = true;
                boolean firstPerson = k > f && (model.token(k - 1).is("ich") || model.token(k - 1).is("wir"));
                if (!firstPerson && (lex.konjunktivI.contains(x.lower()) && !(k == f && x.capitalised() && !x.is("sei")) || looksKonjunktivI(k, s)
                        // the dictionary only where the sentence could go on with a statement: the fast path stays fast
                        || !konjunktivI && mayContinue && !x.capitalised() && morph.distinctiveKonjunktivI(x.lower()))) konjunktivI = true;
                if (lex.konjunktivII.contains(x.lower())) konjunktivII = true;
                if ((x.is("welchem") || x.is("welcher") || x.is("wonach")) && relativeSource < 0) relativeSource = k;
            }
            boolean opener = RUN_ON_OPENERS.contains(model.token(f).lower());
            Draft chain = lastStatement != null && continues(lastStatement, s) && samePargraph(lastStatement, s) ? lastStatement : null;
            Speaker speaker = null;
            boolean found = false;
            Attribution attribution = Attribution.INDIRECT_SPEECH;
            if (reportative) {
                attribution = Attribution.REPORTED;
                NounPhrase source = relativeSource > f ? lastNamedBefore(s, relativeSource) : null;
                if (source != null) speaker = resolve(source, s);
                else if (lastSource != null && s.index() - lastSource.sentence <= 8) speaker = lastSource.speaker;
                else if (chain != null) speaker = chain.speaker;
                // a rumour nobody in the text spreads is the outlet's own hedging, not a statement
                found = speaker != null;
            } else if (chain != null && (konjunktivI || (konjunktivII && (opener || chain.attribution != Attribution.DIRECT_QUOTE) && reportingKonjunktivII(s)))) {
                speaker = model.token(f).is("demnach") && lastSource != null ? lastSource.speaker : chain.speaker;
                found = true;
            }
            if (!found) return List.of();
            Draft d = new Draft();
            d.sentence = s.index();
            d.cueToken = f;
            d.cueText = "";
            d.cueClass = "CLAIM";
            d.attribution = speaker == null ? Attribution.ANONYMOUS_SOURCES : attribution;
            d.speaker = speaker;
            d.reported = reportative && speaker != null && lastSource != null && speaker == lastSource.speaker;
            setContent(d, s.begin(), contentEndOf(s), s);
            d.confidence = speaker == null ? 0.4 : 0.6;
            return List.of(d);
        }

        /** "soll ... gewarnt haben", "gesprochen haben soll": the modal with a perfect infinitive. */
        private boolean reportativeAt(int k, TextModel.Sentence s) {
            if (k > s.firstToken() && REPORTATIVE_TAIL.contains(model.token(k - 1).lower())) return true;
            int last = -1;
            for (int m = k + 1; m < s.endToken(); m++) {
                Token x = model.token(m);
                if (x.isPunct(',') || x.isPunct(';') || x.isPunct(':') || x.isPunct('.')) break;
                if (x.word()) last = m;
            }
            return last > k + 1 && REPORTATIVE_TAIL.contains(model.token(last).lower());
        }

        /** "hätten", "wäre" continue reported speech; "könnte", "würde" are as often plain conditionals. */
        private boolean reportingKonjunktivII(TextModel.Sentence s) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                String w = model.token(k).lower();
                if (!model.token(k).quoted() && (w.startsWith("hätte") || w.startsWith("wäre") || w.equals("gäbe"))) return true;
            }
            return RUN_ON_OPENERS.contains(model.token(s.firstToken()).lower());
        }

        /**
         * A regular Konjunktiv I form ("bestehe", "gebe", "bedeute"): a lower-case word in -e in verb
         * position, i.e. not after an article, preposition or degree word and not before a noun.
         */
        private boolean looksKonjunktivI(int k, TextModel.Sentence s) {
            Token x = model.token(k);
            String w = x.lower();
            if (k == s.firstToken() || x.capitalised() || w.length() < 4 || !w.endsWith("e") || w.endsWith("ie") || w.endsWith("ee")) return false;
            // "-te" is the past tense ("explodierte"); adjective endings are not verbs
            for (String ending : NOT_KONJUNKTIV_ENDINGS) if (w.endsWith(ending)) return false;
            if (lex.isStop(w, false) || lex.notKonjunktiv.contains(w) || lex.konjunktivII.contains(w)) return false;
            Token before = model.token(k - 1);
            if (!before.word() && !before.isPunct(',')) return false;
            if (before.word() && (DETERMINERS.contains(before.lower()) || Character.isDigit(before.text().charAt(0)))) return false;
            if (k + 1 < s.endToken()) {
                Token next = model.token(k + 1);
                if (next.word() && next.capitalised()) return false;
                if (next.is("und") || next.is("oder")) return false;
            }
            return true;
        }

        private boolean samePargraph(Draft d, TextModel.Sentence s) {
            return model.sentences.get(d.sentence).paragraph() == s.paragraph();
        }

        private NounPhrase lastNamedBefore(TextModel.Sentence s, int before) {
            NounPhrase best = null;
            for (int k = s.firstToken(); k < before; k++) {
                if (!model.token(k).capitalised() || k == s.firstToken()) continue;
                EntityMemory.Entity e = memory.byNameOrSurname(model.token(k).text());
                if (e != null && e.kind == SpeakerKind.PERSON) {
                    int end = k + 1;
                    while (end < before && model.token(end).capitalised()) end++;
                    best = new NounPhrase(k, end, false, true);
                }
            }
            return best;
        }

        // ---- speakers --------------------------------------------------------------------------

        private NounPhrase nounPhraseAfter(int i, int e) {
            if (i >= e) return null;
            // laut „Tagesblitz“: a quoted name is the source
            if (isQuoteMark(model.token(i)) && i + 1 < e && model.token(i + 1).capitalised()) {
                int k = i + 1;
                while (k < e && k - i <= 5 && model.token(k).word() && model.token(k).capitalised()) k++;
                if (k < e && isQuoteMark(model.token(k))) return new NounPhrase(i + 1, k, false, true);
            }
            int start = i;
            // "laut der ..." / "according to the ...": the article is part of the phrase here
            // "laut dem Bericht", "nach Angaben des Ministeriums": here any article opens the phrase
            if (ANY_ARTICLE.contains(model.token(start).lower()) && start + 1 < e) {
                int k = start + 1;
                while (k < e && k - start <= 4 && model.token(k).word() && !model.token(k).capitalised() && !model.token(k).quoted()) k++;
                if (k + 1 < e && isQuoteMark(model.token(k))) k++;
                NounPhrase inner = k < e ? nps.at(k, e, k) : null;
                return inner == null || inner.pronoun() ? null : new NounPhrase(start, inner.end(), false, inner.named());
            }
            return nps.at(start, e, start);
        }

        private NounPhrase nounPhraseBefore(int i, int f) {
            for (int k = i - 1; k >= Math.max(f, i - 8); k--) {
                NounPhrase np = nps.at(k, i, k);
                if (np != null && np.end() == i) {
                    if (k > f && Set.of("dem", "der", "den", "des", "einem", "einer").contains(model.token(k - 1).lower())) return new NounPhrase(k - 1, i, false, np.named());
                    return np;
                }
            }
            return null;
        }

        private NounPhrase sentenceSubject(TextModel.Sentence s, int before) {
            for (NounPhrase np : nps.subjects(s.firstToken(), before, s.firstToken())) return np;
            return null;
        }

        /** The subject of the cue: the nearest noun phrase in the same clause, preferring known people and organisations. */
        private NounPhrase subjectOf(TextModel.Sentence s, int cue, Draft d) {
            NounPhrase best = null;
            double bestScore = Double.MAX_VALUE;
            int from = Math.max(s.firstToken(), cue - SUBJECT_WINDOW);
            int to = Math.min(s.endToken(), cue + SUBJECT_WINDOW);
            int auxBefore = -1;
            if (!english && clauseFinal(cue, d, s)) {
                for (int k = Math.max(s.firstToken(), cue - SUBJECT_WINDOW); k < cue; k++) {
                    Token x = model.token(k);
                    if (x.isPunct(',') && k + 1 < cue && CLAUSE_OPENERS.contains(model.token(k + 1).lower())) auxBefore = -1;
                    if (!x.quoted() && x.word() && AUXILIARIES.contains(x.lower()) && k > s.firstToken()) auxBefore = k;
                }
            }
            for (NounPhrase np : nps.subjects(from, to, s.firstToken())) {
                int npBegin = model.token(np.first()).begin();
                if (!d.clauseContent && npBegin >= d.contentBegin && npBegin < d.contentEnd) continue;
                if (d.clauseContent && npBegin < d.contentBegin) continue;
                if (np.first() <= cue && cue < np.end()) continue;
                if (!nps.agentive(np)) continue;
                boolean after = np.first() > cue;
                // English: behind the verb stands its object ("confirmed the meeting"), unless the verb is inverted (", said the mayor")
                // or passive ("was first reported by Politico")
                boolean byAgent = english && after && np.first() > s.firstToken() && model.token(np.first() - 1).is("by") && np.first() - 1 <= cue + 2;
                boolean invertedVerb = cue > s.firstToken() && (model.token(cue - 1).isPunct(',') || isQuoteMark(model.token(cue - 1)));
                if (english && after && !byAgent && !invertedVerb && !np.named() && !np.pronoun()) continue;
                if (d.particleToken >= np.first() && d.particleToken < np.end()) continue;
                double score = distance(np, cue);
                // V2 order: the phrase that opens the clause right before the verb (or its auxiliary) is its subject
                // "SV X hat Berichte über ... der Partei für Arbeit und Umwelt zurückgewiesen": behind the auxiliary stands the object
                boolean behindAux = auxBefore >= 0 && np.first() > auxBefore && np.end() == cue;
                if (behindAux) score += 4;
                else if ((np.end() == cue || np.end() < cue && AUXILIARIES.contains(model.token(np.end()).lower())) && opensClause(np, s)) score -= 10;
                // "Die Vorsitzende ..., Konstanze Rehfeld, hat ... zurückgewiesen": the name set off before the auxiliary
                else if (np.end() + 1 < cue && model.token(np.end()).isPunct(',') && AUXILIARIES.contains(model.token(np.end() + 1).lower())
                        && np.first() > s.firstToken() && model.token(np.first() - 1).isPunct(',')) score -= 9;
                // "Ein Teilnehmer der Runde sagte": a genitive attribute between the subject and its verb
                else if (!english && np.end() + 1 < cue && opensClause(np, s) && genitiveUpTo(np.end(), cue)) score -= 9;
                // "Dabei hatte er ... gefordert": right behind the auxiliary, before a clause-final verb
                else if (np.first() > s.firstToken() && np.first() < cue && AUXILIARIES.contains(model.token(np.first() - 1).lower()) && clauseFinal(cue, d, s)) score -= 8;
                if (np.pronoun()) score -= 0.5;
                if (byAgent) score -= 10;
                if (english && after && !byAgent && !invertedVerb) score += 30;
                if (known(np)) score -= 2;
                if (np.first() > cue && model.token(np.first()).is("die")) score += 1; // often the object
                if (score < bestScore) { best = np; bestScore = score; }
            }
            return best == null ? null : apposition(best, s);
        }

        /** "der Runde", "des Vereins SV X": an article in the genitive and capitalised words, running up to {@code end}. */
        private boolean genitiveUpTo(int from, int end) {
            if (!(model.token(from).is("der") || model.token(from).is("des"))) return false;
            int k = from + 1;
            while (k < end && model.token(k).word() && !model.token(k).quoted() && (model.token(k).capitalised() || !AUXILIARIES.contains(model.token(k).lower()) && k - from <= 2 && !model.token(k).capitalised() && isLowerAdjective(model.token(k).lower()))) k++;
            return k == end || k < end && AUXILIARIES.contains(model.token(k).lower()) && k + 1 <= end;
        }

        private boolean isLowerAdjective(String w) {
            return w.endsWith("en") || w.endsWith("er") || w.endsWith("e");
        }

        private boolean clauseFinal(int cue, Draft d, TextModel.Sentence s) {
            int next = Math.max(cue, d.particleToken) + 1;
            return next >= s.endToken() || !model.token(next).word();
        }

        private boolean opensClause(NounPhrase np, TextModel.Sentence s) {
            if (np.first() == s.firstToken()) return true;
            Token before = model.token(np.first() - 1);
            return before.isPunct(',') || before.isPunct(':') || CLAUSE_OPENERS.contains(before.lower()) || before.is("wie") || before.is("as");
        }

        private NounPhrase bestSubject(TextModel.Sentence s, int from, int to) {
            NounPhrase best = null;
            double bestScore = Double.MAX_VALUE;
            for (NounPhrase np : nps.subjects(from, to, s.firstToken())) {
                if (!nps.agentive(np)) continue;
                double score = to - np.end() + (known(np) ? -5 : 0);
                if (score < bestScore) { best = np; bestScore = score; }
            }
            return best;
        }

        private boolean known(NounPhrase np) {
            return knownPhrases.computeIfAbsent(((long) np.first() << 32) | np.end(), key -> lookUp(np));
        }

        private boolean lookUp(NounPhrase np) {
            for (int k = np.first(); k < np.end(); k++) {
                Token t = model.token(k);
                if (!t.capitalised()) continue;
                if (memory.byNameOrSurname(t.text()) != null || memory.organisation(t.text()) != null || memory.byRole(t.text()) != null) return true;
            }
            return false;
        }

        /** Token distance from a noun phrase to the cue, with a price for each comma or quotation crossed. */
        private double distance(NounPhrase np, int cue) {
            int from = np.end() <= cue ? np.end() : cue + 1;
            int to = np.end() <= cue ? cue : np.first();
            double d = Math.max(0, to - from);
            for (int k = from; k < to; k++) {
                Token t = model.token(k);
                if (t.isPunct(',')) d += 5;
                else if (t.quoted()) d += 0.3;
            }
            if (np.first() > cue) d += 0.5;
            return d;
        }

        /** "Dmitri Peskow, Sprecher des Kremls, wies ...": the name before the apposition is the speaker. */
        private NounPhrase apposition(NounPhrase np, TextModel.Sentence s) {
            int k = np.first() - 1;
            if (k <= s.firstToken() || !model.token(k).isPunct(',')) return np;
            if (lex.roleSuffix(model.token(np.first()).lower()) == null && !model.token(np.first()).is("sprecher")) return np;
            for (NounPhrase before : nps.subjects(s.firstToken(), k, s.firstToken())) if (before.end() == k && before.named()) return before;
            return np;
        }

        private Speaker resolve(NounPhrase np, TextModel.Sentence s) {
            int begin = model.token(np.first()).begin();
            int end = model.token(np.end() - 1).end();
            String mention = text.substring(begin, end);
            Span span = new Span(begin, end);
            if (!np.pronoun() && NounPhrases.ageNoun(model.token(np.end() - 1))) {
                // "die 46-Jährige": the person spoken of last
                if (lastStatement != null && lastStatement.speaker != null && lastStatement.speaker.kind() == SpeakerKind.PERSON && s.index() - lastStatement.sentence <= 4) {
                    Speaker last = lastStatement.speaker;
                    return new Speaker(mention, span, last.canonical(), last.affiliation(), last.kind());
                }
                EntityMemory.Entity e = memory.lastPersonBefore(np.first());
                if (e != null) return new Speaker(mention, span, e.name, e.affiliation, SpeakerKind.PERSON);
            }
            if (np.pronoun()) {
                String p = model.token(np.first()).lower();
                boolean person = !p.equals("they") && !p.equals("wir") && !p.equals("we");
                // "Senator Ann Cole spoke on Monday. She said ...": a person named after the last statement comes first
                int personAt = memory.lastPersonMentionBefore(np.first());
                boolean newerPerson = person && personAt >= 0 && lastStatement != null && model.token(personAt).begin() >= lastStatement.evidenceEnd
                        && opensItsSentence(personAt);
                if (lastStatement != null && lastStatement.speaker != null && s.index() - lastStatement.sentence <= 4 && !newerPerson
                        && (!person || lastStatement.speaker.kind() == SpeakerKind.PERSON)) {
                    Speaker last = lastStatement.speaker;
                    return new Speaker(mention, span, last.canonical(), last.affiliation(), last.kind());
                }
                EntityMemory.Entity e = memory.lastPersonBefore(np.first());
                return e == null ? new Speaker(mention, span, null, null, SpeakerKind.UNKNOWN)
                        : new Speaker(mention, span, e.name, e.affiliation, SpeakerKind.PERSON);
            }
            List<Token> head = new ArrayList<>();
            for (int k = np.first(); k < np.end(); k++) {
                Token t = model.token(k);
                if (t.word() && (t.capitalised() || lex.anonymous.contains(t.lower()) || lex.roleSuffix(t.lower()) != null) && !lex.isStop(t.lower(), english)) head.add(t);
            }
            if (head.isEmpty()) return new Speaker(mention, span, mention, null, SpeakerKind.UNKNOWN);
            int lastRole = -1;
            boolean media = false;
            for (int k = 0; k < head.size(); k++) {
                String lower = head.get(k).lower();
                if (lex.roleSuffix(lower) != null) lastRole = k;
                if (lex.mediaNouns.contains(lower)) { lastRole = k; media = true; }
            }
            List<Token> name = head.subList(lastRole + 1, head.size());
            if (!name.isEmpty()) {
                String nameText = joinTokens(name);
                Lexicons.Org org = name.size() == 1 ? memory.organisation(nameText) : null;
                if (org != null) return new Speaker(mention, span, org.canonical(), org.canonical(), org.kind());
                if (lex.anonymous.contains(name.get(name.size() - 1).lower())) return new Speaker(mention, span, nameText, null, SpeakerKind.ANONYMOUS);
                EntityMemory.Entity e = memory.byNameOrSurname(nameText);
                if (e != null) return new Speaker(mention, span, e.name, e.affiliation, media ? SpeakerKind.MEDIA : kindOrPerson(e, name.size()));
                boolean isMedia = media || lex.mediaNames.contains(nameText.toLowerCase(Locale.ROOT));
                SpeakerKind kind = isMedia ? SpeakerKind.MEDIA : lastRole >= 0 || name.size() >= 2 ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION;
                return new Speaker(mention, span, nameText, null, kind);
            }
            Token role = head.get(lastRole);
            EntityMemory.Entity e = memory.byRole(role.text());
            if (e != null) return new Speaker(mention, span, e.name, e.affiliation, kindOrPerson(e, 2));
            boolean definite = model.token(np.first()).is("der") || model.token(np.first()).is("die") || model.token(np.first()).is("the");
            if (definite && lastStatement != null && lastStatement.speaker != null && lastStatement.speaker.kind() == SpeakerKind.PERSON
                    && s.index() - lastStatement.sentence <= 3) {
                Speaker last = lastStatement.speaker;
                return new Speaker(mention, span, last.canonical(), last.affiliation(), last.kind());
            }
            return new Speaker(mention, span, role.text(), null, SpeakerKind.PERSON);
        }

        private SpeakerKind kindOrPerson(EntityMemory.Entity e, int tokens) {
            if (e.kind != SpeakerKind.UNKNOWN) return e.kind;
            return tokens >= 2 ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION;
        }

        // ---- helpers ---------------------------------------------------------------------------

        private void setContent(Draft d, int begin, int end, TextModel.Sentence s) {
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

        private int contentEndOf(TextModel.Sentence s) {
            int end = s.end();
            while (end > s.begin() && ".!?;".indexOf(text.charAt(end - 1)) >= 0) end--;
            return end;
        }

        private int words(int begin, int end) {
            int n = 0;
            boolean in = false;
            for (int i = begin; i < end; i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !in) n++;
                in = letter;
            }
            return n;
        }

        private boolean isQuoteMark(Token t) {
            return NounPhrases.isQuoteMark(t);
        }

        private String join(int from, int to) {
            return text.substring(model.token(from).begin(), model.token(Math.min(to, model.tokens.size()) - 1).end());
        }

        private String joinTokens(List<Token> tokens) {
            StringBuilder sb = new StringBuilder();
            for (Token t : tokens) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(t.text());
            }
            return sb.toString();
        }

        private Statement toStatement(Draft d, int ordinal) {
            Stance stance = stance(d);
            String content = text.substring(d.contentBegin, d.contentEnd);
            String evidence = text.substring(d.evidenceBegin, d.evidenceEnd);
            Propositions.When when = propositions.when(text, d.evidenceBegin, d.evidenceEnd, d.contentBegin, d.contentEnd, article.published(), article.precision());
            Proposition proposition = propositions.of(content, memory, english, when.expression());
            double confidence = d.confidence - (d.speaker != null && d.speaker.canonical() == null ? 0.1 : 0);
            return new Statement(article.id(), ordinal, d.speaker, stance, d.attribution, proposition, d.cueText,
                    new Span(d.contentBegin, d.contentEnd), new Span(d.evidenceBegin, d.evidenceEnd), evidence,
                    when.instant(), when.precision(), Math.max(0.05, Math.min(1, confidence)));
        }

        private Stance stance(Draft d) {
            if (d.forced != null) return d.forced;
            if (d.stance == null) d.stance = stanceOf(d);
            return d.stance;
        }

        private Stance stanceOf(Draft d) {
            if (d.cueClass.equals("NO_COMMENT") || d.negated) return Stance.NO_COMMENT;
            // "We are not in a position to comment": declining, whatever the verb
            if (d.outer != null) return stance(d.outer);
            if (mayDecline(d)) {
                String clause = clauseText(d);
                if (NOT_IN_POSITION.matcher(clause).find()) return Stance.NO_COMMENT;
            }
            Stance byCue = switch (d.cueClass) {
                case "DENIAL" -> Stance.DENIAL;
                case "CONFIRMATION" -> Stance.CONFIRMATION;
                default -> Stance.CLAIM;
            };
            if (byCue == Stance.DENIAL && !deniesAProposition(d)) return Stance.CLAIM;
            String content = text.substring(d.contentBegin, d.contentEnd).toLowerCase(Locale.ROOT);
            if ((byCue == Stance.CLAIM || byCue == Stance.DENIAL) && lex.mayCarryStance(content)) {
                for (Lexicons.ContentStance cs : lex.contentStancePatterns) {
                    if (cs.pattern().matcher(content).find()) return cs.stance() == Stance.NO_COMMENT && byCue == Stance.DENIAL ? byCue : cs.stance();
                }
            }
            return byCue;
        }

        /**
         * A denial is a speaker saying that a report, an accusation or a proposition is false:
         * "denied the report", "wies die Vorwürfe zurück", "dismissed the claims as", "denied that".
         * "voluntarily dismissed the lawsuit" and "was rejected for asylum" deny nothing.
         */
        /** Cheap test before the regular expression: the evidence holds a word that declining needs. */
        private boolean mayDecline(Draft d) {
            String ev = text.substring(d.evidenceBegin, d.evidenceEnd);
            return ev.contains("position") || ev.contains("respon") || ev.contains("repl") || ev.contains("return") || ev.contains("reached")
                    || ev.contains("declined") || ev.contains("refused") || ev.contains("unbeantwortet") || ev.contains("Stellungnahme");
        }

        /** The cue with what it frames: the said part, and the verb's own clause up to it (not a neighbouring clause). */
        private String clauseText(Draft d) {
            int cueBegin = d.cueToken >= 0 && d.cueToken < model.tokens.size() ? model.token(d.cueToken).begin() : d.contentBegin;
            int from = Math.max(d.evidenceBegin, Math.min(cueBegin, d.contentBegin));
            int to = d.contentEnd;
            if (cueBegin >= d.contentEnd) to = Math.min(d.evidenceEnd, cueBegin + 80);
            to = Math.max(to, Math.min(d.evidenceEnd, cueBegin + 40));
            return text.substring(from, Math.max(from, Math.min(to, text.length()))).toLowerCase(Locale.ROOT);
        }

        private boolean deniesAProposition(Draft d) {
            TextModel.Sentence s = model.sentences.get(d.sentence);
            int cue = d.cueToken;
            if (cue < s.firstToken() || cue >= s.endToken()) return true;
            String verb = model.token(cue).lower();
            // the unambiguous ones: "dementierte", "denied that", "bestritt, dass"
            boolean ambiguous = english ? !(verb.startsWith("den") || verb.startsWith("refut") || verb.startsWith("rebut") || verb.startsWith("contradict") || verb.startsWith("rul"))
                    : !(verb.startsWith("dementier") || verb.startsWith("leugne") || verb.startsWith("verneint") || verb.startsWith("ausgeschlossen")
                        || verb.startsWith("ausschl") || verb.startsWith("schl"));
            if (english && cue > s.firstToken()) {
                // "was denied bail", "were rejected for asylum": the passive subject is no speaker denying
                String before = model.token(cue - 1).lower();
                if (Set.of("was", "were", "been", "be", "is", "are", "being", "get", "got").contains(before)) return false;
            }
            if (!ambiguous) return !rejectsDemand(d);
            if (!d.clauseContent) return !rejectsDemand(d); // a said part of its own ("..., wies er zurück"; "rejected: ...")
            int from = english ? cue + 1 : Math.max(s.firstToken(), clauseOpenerBefore(cue, s) > 0 ? clauseOpenerBefore(cue, s) : s.firstToken());
            int to = english ? Math.min(s.endToken(), cue + 8) : Math.min(s.endToken(), Math.max(cue, d.particleToken) + 8);
            for (int k = from; k < to; k++) {
                Token t = model.token(k);
                if (k == cue || !t.word()) continue;
                String w = t.lower();
                if (t.quoted()) return true;
                if (english ? Set.of("that", "as", "it", "this", "these", "them").contains(w) : Set.of("dass", "dies", "das", "diese").contains(w)) return true;
                if (lex.isPropositionNoun(w)) return true;
                // "wies die Forderung zurück": the first object is a demand, not a fact
                if ((t.capitalised() || english) && lex.isDemand(w)) return false;
            }
            return false;
        }

        /** "wies die Forderung zurück" rejects a demand: a position of its own, not the denial of a fact. */
        private boolean rejectsDemand(Draft d) {
            TextModel.Sentence s = model.sentences.get(d.sentence);
            for (int k = Math.max(s.firstToken(), d.cueToken - 8); k < Math.min(s.endToken(), d.cueToken + 8); k++) {
                Token t = model.token(k);
                if (t.word() && !t.quoted() && (t.capitalised() || english) && lex.isDemand(t.lower())) return true;
            }
            return false;
        }
    }
}
