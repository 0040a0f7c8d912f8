package org.storywire.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>The steps, in the order an article goes through them: {@link LabelStatements} (English
 * paragraphs signed by a name and a colon), {@link CueFinder} (statements opened by a cue in
 * their sentence), {@link RunOnSpeech} (reported speech going on without one),
 * {@link QuoteStatements} (quotations without a cue), with {@link SpeakerFinder} for the speakers,
 * then {@link StanceReader}. They share one {@link Extraction} per article.
 *
 * <p>An article is read once into its {@link Document} ({@link #read}: language, paragraphs,
 * sentences, tokens, quotations), and the steps above and the steps after extraction (the event
 * signature) read that document instead of the text.
 *
 * <p>Thread-safety: OpenNLP's ME classes are not thread-safe. The sentence model and lexicons are
 * loaded once and shared; each instance owns its detector, so use one instance per thread.
 * {@link #read} and {@link #extract} never throw: on any failure they tell the failure listener and
 * return what they have (a document without text; the statements found so far, or an empty list).
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
    private final CuelessReportModel cueless;

    /** Logs each article whose extraction stopped on an error, in one line. */
    public StatementExtractor() {
        this((id, error) -> System.getLogger(StatementExtractor.class.getName())
                .log(System.Logger.Level.WARNING, "extraction of article " + id + " stopped early: " + error));
    }

    /** @param onFailure told of each article (by id) whose extraction stopped on an error, with the error */
    public StatementExtractor(BiConsumer<String, Throwable> onFailure) {
        this(onFailure, CuelessReportModel.SHIPPED);
    }

    /** @param cueless weighs the German sentences with a form of reported speech but no cue ({@link CuelessReportModel#NONE}: keep none) */
    public StatementExtractor(BiConsumer<String, Throwable> onFailure, CuelessReportModel cueless) {
        this.onFailure = onFailure;
        this.cueless = cueless;
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
        return article == null ? new ArrayList<>() : extract(read(article));
    }

    /**
     * The article's document model, read once and passed on: extraction ({@link #extract(Document)})
     * and the steps after it read the article through it. Never throws: when the model cannot be
     * built, the failure listener is told and the document holds no text, only the article and its title.
     */
    public Document read(CleanArticle article) {
        try {
            String body = article.text() == null ? "" : article.text();
            String titleLine = TitleLine.oneLine(article.title());
            String title = TitleLine.unrepeated(titleLine, body);
            String text = body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
            boolean english = isEnglish(article, title == null ? text : title + " " + text);
            // the title is the first paragraph of the one document model, so headline rules and discourse state apply to it
            String read = title == null ? text : title + "\n\n" + text;
            // a title the text repeats is not read twice by extraction, but later steps weigh its words as the title's
            TextModel titleModel = title == null && titleLine != null ? new TextModel(titleLine, detector, english) : null;
            return new Document(article, titleLine, read.length() - text.length(), english, new TextModel(read, detector, english), titleModel);
        } catch (RuntimeException | StackOverflowError e) {
            onFailure.accept(article.id(), e);
            return new Document(article, TitleLine.oneLine(article.title()), 0, isEnglish(article, ""), new TextModel("", detector, false), null);
        }
    }

    /** The statements of an article read by {@link #read}. Never throws, as {@link #extract(CleanArticle)}. */
    public List<Statement> extract(Document document) {
        return extractInto(document, null);
    }

    /** As {@link #extract(Document)}, and adds each cueless candidate weighed on the way to {@code candidates}. */
    public List<Statement> extract(Document document, List<CuelessCandidate> candidates) {
        return extractInto(document, java.util.Objects.requireNonNull(candidates));
    }

    /** {@code candidates} may be null: then a model that keeps nothing costs nothing. */
    private List<Statement> extractInto(Document document, List<CuelessCandidate> candidates) {
        List<Statement> out = new ArrayList<>();
        // the one place a failure of any step is caught
        try {
            if (document.sentences().isEmpty()) return out;
            Extraction doc = new Extraction(ArticleText.of(document.article(), document.text(), document.bodyBegin(), document.english(),
                    document.model, lex, morph));
            run(doc, out, candidates);
        } catch (RuntimeException | StackOverflowError e) {
            // never throw: statements found so far are still valid; the failure is reported, not lost
            onFailure.accept(document.article().id(), e);
        }
        return out;
    }

    /**
     * Sentence by sentence: the cues of the sentence, else reported speech running on from the
     * statement before; quotations inside reported speech; then quotations without a cue. The
     * stance is read last, when the whole article's statements are known.
     */
    private void run(Extraction doc, List<Statement> out, List<CuelessCandidate> candidates) {
        SpeakerFinder speakers = new SpeakerFinder(doc);
        CueFinder cues = new CueFinder(doc, speakers);
        RunOnSpeech runOn = new RunOnSpeech(doc, speakers);
        QuoteStatements quotes = new QuoteStatements(doc, speakers);
        LabelStatements labels = new LabelStatements(doc, speakers);
        HeadlineLabels headlines = new HeadlineLabels(doc, speakers);
        DeclinedComment declined = new DeclinedComment(doc, speakers);
        RefusedComment refused = new RefusedComment(doc, speakers);
        SelfReport selfReports = new SelfReport(doc, speakers);
        StanceReader stances = new StanceReader(doc);
        CuelessReports cuelessReports = candidates != null || cueless.keepsAny() ? new CuelessReports(doc, speakers) : null;
        HeadlineClauses clauses = new HeadlineClauses(doc.read);
        DocumentParties documents = new DocumentParties(doc, speakers);
        OutletVoice outlet = doc.read.english() ? null : new OutletVoice(doc.read.model());
        for (TextModel.Sentence s : doc.read.model().sentences) {
            if (doc.drafts.size() >= MAX_STATEMENTS) break;
            if (s.end() <= doc.consumedUntil) continue;
            boolean untouched = s.begin() >= doc.consumedUntil;
            List<Draft> found = labels.labelDrafts(s);
            if (found.isEmpty()) found = labelledHeadline(cues, headlines, clauses, s);
            if (found.isEmpty()) found = headlineCues(cues, headlines, clauses, s);
            if (found.isEmpty()) found = declined.drafts(s);
            if (found.isEmpty()) found = refused.drafts(s);
            if (found.isEmpty()) found = selfReports.drafts(s);
            if (found.isEmpty()) found = runOn.runOnDrafts(s);
            if (outlet != null && !found.isEmpty()) found = found.stream().filter(d -> !outlet.speaks(d, s)).toList();
            for (Draft d : found) {
                documents.own(d);
                doc.accept(d);
                cues.embeddedQuotes(d);
            }
            List<Draft> quoted = quotes.quoteDrafts(s);
            for (Draft d : quoted) {
                documents.own(d);
                doc.accept(d);
            }
            documents.note(s);
            if (cuelessReports != null && found.isEmpty() && quoted.isEmpty() && untouched) cuelessReports.consider(s);
        }
        if (cuelessReports != null) for (CuelessReports.Candidate c : cuelessReports.candidates()) weigh(doc, c, candidates);
        Draft rumour = new HeadlineRumour(doc).untaken();
        if (rumour != null) doc.drafts.add(0, rumour);
        stances.holdDenials();
        new PartyVoices(doc, stances).hold();
        QuotedFragments.fold(doc.drafts);
        for (Draft d : doc.drafts) out.add(toStatement(doc, d, stances.stance(d), out.size()));
    }

    /**
     * Weighed once the article's statements are known (whether the next sentence holds one is a feature); a kept
     * candidate takes its place among them by position but was never the discourse's last statement: the
     * sentences after it were read in the same state with or without the model, as the model was learned.
     */
    private void weigh(Extraction doc, CuelessReports.Candidate candidate, List<CuelessCandidate> candidates) {
        double p = cueless.probability(candidate.features());
        boolean accepted = cueless.accepts(candidate.features());
        Draft d = candidate.draft();
        if (accepted) {
            int at = 0;
            while (at < doc.drafts.size() && doc.drafts.get(at).contentBegin <= d.contentBegin) at++;
            doc.drafts.add(at, d);
        }
        if (candidates != null) candidates.add(new CuelessCandidate(new Span(doc.read.articleOffset(d.contentBegin), doc.read.articleOffset(d.contentEnd)),
                candidate.features(), p, accepted));
    }

    /**
     * A headline's label speaks its line ("Medienbericht: Stürmer vor Wechsel nach England"); when a clause behind a spaced
     * dash has a speaker and a cue of its own ("... – Klub widerspricht"), the label speaks only the clause before the dash,
     * as each clause of a headline has its own subject ({@link HeadlineClauses}).
     */
    private static List<Draft> labelledHeadline(CueFinder cues, HeadlineLabels labels, HeadlineClauses headline, TextModel.Sentence s) {
        List<Draft> whole = labels.headlineDrafts(s);
        List<TextModel.Sentence> clauses = headline.clauses(s);
        if (whole.isEmpty() || clauses.size() < 2) return whole;
        List<Draft> first = labels.headlineDrafts(clauses.get(0));
        if (first.isEmpty()) return whole;
        List<Draft> rest = headlineCues(cues, labels, headline, clauses.subList(1, clauses.size()), true);
        if (rest.isEmpty()) return whole;
        List<Draft> found = new ArrayList<>(first);
        found.addAll(rest);
        return found;
    }

    /**
     * The cues of a sentence, or of each clause of a headline that joins clauses with a dash; none of a title asking what
     * is said. A clause behind the dash may open with its speaker's label ("Fluglotsen streiken – Ministerium: Notbetrieb
     * gesichert").
     */
    private static List<Draft> headlineCues(CueFinder cues, HeadlineLabels labels, HeadlineClauses headline, TextModel.Sentence s) {
        return headlineCues(cues, labels, headline, headline.clauses(s), false);
    }

    /** The cues of the given clauses of a title; a clause behind the first dash ({@code behindDash} for all) may open with a label. */
    private static List<Draft> headlineCues(CueFinder cues, HeadlineLabels labels, HeadlineClauses headline, List<TextModel.Sentence> clauses, boolean behindDash) {
        List<Draft> found = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            TextModel.Sentence clause = clauses.get(c);
            List<Draft> labelled = behindDash || c > 0 ? labels.headlineDrafts(clause) : List.of();
            if (!labelled.isEmpty()) {
                found.addAll(labelled);
                continue;
            }
            for (Draft d : cues.cueDrafts(clause)) if (!headline.asksWhatIsSaid(clause, d.cueToken)) found.add(d);
        }
        return found;
    }

    private Statement toStatement(Extraction doc, Draft d, Stance stance, int ordinal) {
        ArticleText read = doc.read;
        String text = read.text();
        CleanArticle article = read.article();
        // a statement of the title stays in the title, whose line break ends it
        int titleEnd = read.bodyBegin() - 2;
        int contentEnd = read.inTitle(d.contentBegin) ? Math.min(d.contentEnd, titleEnd) : d.contentEnd;
        int evidenceEnd = read.inTitle(d.evidenceBegin) ? Math.min(d.evidenceEnd, titleEnd) : d.evidenceEnd;
        int clauseBegin = d.clauseBegin >= 0 ? Math.min(d.clauseBegin, d.contentBegin) : d.contentBegin;
        String content = text.substring(clauseBegin, contentEnd);
        String evidence = text.substring(d.evidenceBegin, evidenceEnd);
        Propositions.When when = propositions.when(text, d.evidenceBegin, evidenceEnd, clauseBegin, contentEnd, article.published(), article.precision());
        Proposition proposition = propositions.of(content, read.memory(), read.english(), when.expression());
        double confidence = d.confidence - (d.speaker != null && d.speaker.canonical() == null ? 0.1 : 0);
        return new Statement(article.id(), ordinal, inArticle(read, d.speaker, d), stance, d.attribution, proposition, d.cueText,
                new Span(read.articleOffset(d.contentBegin), read.articleOffset(contentEnd)),
                new Span(read.articleOffset(d.evidenceBegin), read.articleOffset(evidenceEnd)), evidence,
                when.instant(), when.precision(), Math.max(0.05, Math.min(1, confidence)), inArticle(read, d.relayedBy, d),
                d.quoted.stream().map(q -> span(read, q)).toList(), d.question == null ? null : span(read, d.question));
    }

    private static Span span(ArticleText read, int[] range) {
        return new Span(read.articleOffset(range[0]), read.articleOffset(range[1]));
    }

    /**
     * The speaker (or relaying source) with its mention's offsets in the clean text. A mention in the title for a statement
     * of the text, or the other way round, keeps the name but no offsets: they would point into the wrong one of the two.
     */
    private static Speaker inArticle(ArticleText read, Speaker s, Draft d) {
        if (s == null || s.mentionSpan() == null || read.bodyBegin() == 0) return s;
        Span m = s.mentionSpan();
        Span span = read.inTitle(m.begin()) != read.inTitle(d.evidenceBegin) ? null
                : new Span(read.articleOffset(m.begin()), read.articleOffset(m.end()));
        return new Speaker(s.mention(), span, s.canonical(), s.affiliation(), s.kind());
    }

    private static boolean isEnglish(CleanArticle article, String text) {
        if (article.language() != null && !article.language().isBlank()) return article.language().toLowerCase(Locale.ROOT).startsWith("en");
        return LanguageDetector.isEnglish(text);
    }
}
