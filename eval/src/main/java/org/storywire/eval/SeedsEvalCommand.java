package org.storywire.eval;

import static org.storywire.eval.ReportFormat.abbreviate;
import static org.storywire.eval.ReportFormat.describe;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.analyse.LanguageDetector;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval seeds}: scores statements, stories and statuses against a seeds gold (the seeds, scenarios-dev). */
@Command(name = "seeds", mixinStandardHelpOptions = true, description = "Score statements against the seeds gold.")
public final class SeedsEvalCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, description = "directory of seed article .txt files") Path articles;
    @Option(names = "--gold", required = true, description = "seeds-gold.json") Path gold;
    @Option(names = "--json", description = "write the detailed result here") Path json;
    @Option(names = "--gold-statements", description = "feed the gold statements instead of extracted ones, to measure grouping and status alone")
    boolean goldStatements;
    @Option(names = "--stories", description = "print each matched statement's gold and predicted story, and the story states") boolean stories;

    @Option(names = "--lead-sentences", description = "cut each article to its headline and first N sentences, as a feed item or teaser, "
            + "and score the gold statements inside that cut only (their stories and transitions keep the whole articles' status)")
    Integer leadSentences;

    @Option(names = "--through-kafka", description = "run the articles through a real embedded broker, registry and processor, and score what the topics and the query API give")
    boolean throughKafka;

    private static final Pattern DECLARED_LANGUAGE = Pattern.compile("(?:^|\\s)language\\s+([a-z]{2})(?:\\s|$)");

    private final Supplier<SeedsPipeline> pipelines;

    public SeedsEvalCommand() {
        this(null);
    }

    /** @param pipelines starts the system for {@code --through-kafka} (the app module provides it) */
    public SeedsEvalCommand(Supplier<SeedsPipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() throws IOException {
        SeedsGold goldData = SeedsGold.read(gold);
        ProgressBar bar = new ProgressBar(System.err, "seeds", goldData.articles().size());
        return throughKafka ? scoreThroughKafka(goldData, bar) : scoreInProcess(goldData, bar);
    }

    /** Runs every article through the embedded system and scores the statements read back from its topics. */
    private int scoreThroughKafka(SeedsGold goldData, ProgressBar bar) throws IOException {
        if (pipelines == null) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka needs the storywire command line");
        if (goldStatements) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka and --gold-statements exclude each other");
        if (leadSentences != null) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka and --lead-sentences exclude each other");
        Map<String, SeedsEvaluation.ArticleOutput> predictions = new LinkedHashMap<>();
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        try (SeedsPipeline pipeline = pipelines.get()) {
            Map<List<String>, SeedsPipeline.Run> runs = new HashMap<>();
            Function<List<String>, SeedsPipeline.Run> run = ids -> runs.computeIfAbsent(ids, k -> pipeline.run(articles, k));
            SeedsPipeline.Run full = run.apply(goldData.articles().stream().map(SeedsGold.GoldArticle::file).toList());
            int done = 0;
            for (SeedsGold.GoldArticle a : goldData.articles()) {
                // The document only anchors the evidence (and --stories); the statements are the ones read back from the topic.
                String body = readBody(a);
                CleanArticle clean = cleaner.clean(new Article(a.file(), null, null, null, body, languageOf(body), null, null));
                predictions.put(a.file(), new SeedsEvaluation.ArticleOutput(extractor.read(clean), full.statements().getOrDefault(a.file(), List.of())));
                bar.step(++done);
            }
            return score(System.out, goldData, predictions, new StoryScoring(p -> ids -> run.apply(ids).outcome()));
        }
    }

    /** Extracts (or, with --gold-statements, takes the gold statements) in this process, cut to the lead with --lead-sentences. */
    private int scoreInProcess(SeedsGold goldData, ProgressBar bar) throws IOException {
        Map<String, Article> articlesRead = new LinkedHashMap<>();
        for (SeedsGold.GoldArticle a : goldData.articles()) {
            String body = readBody(a);
            articlesRead.put(a.file(), new Article(a.file(), null, null, null, body, languageOf(body), null, null));
        }
        if (leadSentences != null) goldData = cutToLead(goldData, articlesRead);
        ArticleOutputs outputs = new ArticleOutputs(goldData, goldStatements);
        Map<String, SeedsEvaluation.ArticleOutput> predictions = new LinkedHashMap<>();
        int done = 0;
        for (Article article : articlesRead.values()) {
            predictions.put(article.id(), outputs.of(article));
            bar.step(++done);
        }
        return score(System.out, goldData, predictions, new StoryScoring());
    }

    /** Cuts each article read to its lead (in place) and returns the gold statements inside the cuts. */
    private SeedsGold cutToLead(SeedsGold goldData, Map<String, Article> articlesRead) {
        LeadCut lead = new LeadCut(leadSentences);
        Cleaner cleaner = new Cleaner();
        Map<String, String> whole = new LinkedHashMap<>();
        Map<String, String> leads = new LinkedHashMap<>();
        for (Map.Entry<String, Article> e : articlesRead.entrySet()) {
            whole.put(e.getKey(), cleaner.clean(e.getValue()).text());
            e.setValue(lead.cut(e.getValue()));
            leads.put(e.getKey(), cleaner.clean(e.getValue()).text());
        }
        return LeadCut.within(goldData, whole, leads);
    }

    /**
     * The article's language as an ingest would record it: a {@code language xx} metadata pair on the first
     * line, else guessed from function words (the gold folders hold German and English articles).
     */
    static String languageOf(String body) {
        String firstLine = body.lines().findFirst().orElse("");
        Matcher declared = DECLARED_LANGUAGE.matcher(firstLine);
        if (declared.find()) return declared.group(1);
        return LanguageDetector.isEnglish(body) ? "en" : "de";
    }

    private String readBody(SeedsGold.GoldArticle a) throws IOException {
        Path file = articles.resolve(a.file());
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private int score(PrintStream out, SeedsGold goldData, Map<String, SeedsEvaluation.ArticleOutput> predictions,
                      SeedsEvaluation.StoryScorer storyScorer) throws IOException {
        SeedsEvaluation evaluation = new SeedsEvaluation(storyScorer);
        SeedsEvaluation.Result result = evaluation.score(goldData, predictions);
        report(out, result);
        if (stories) StoryScoring.explain(goldData, result).forEach(out::println);
        if (json != null) writeJson(json, result, evaluation.summaryLine(goldData, result));
        out.println(String.format(Locale.ROOT, "evidence-only pairing (any prediction on the evidence): stance=%.2f speaker=%.2f",
                result.evidenceOnlyStance(), result.evidenceOnlySpeaker()));
        out.println(evaluation.summaryLine(goldData, result));
        return 0;
    }

    private static void report(PrintStream out, SeedsEvaluation.Result result) {
        result.survivingBoilerplate().forEach((file, strings) -> strings.forEach(b -> out.println("boilerplate kept  " + file + "  " + b)));
        for (SeedsGold.GoldStatement row : result.missedCore()) {
            out.println("miss  " + row.article() + "  " + row.stance() + "  " + row.speaker() + "  \"" + row.evidence() + "\"");
            for (Statement s : result.predictions().get(row.article()).statements()) {
                if (SeedsEvaluation.evidenceMatches(row, s, result.predictions().get(row.article()).article().text())) {
                    out.println("      got " + s.stance() + " " + describe(s));
                }
            }
        }
        for (Statement s : result.falsePositives()) {
            out.println("false positive  " + s.articleId() + "  " + s.stance() + "  " + describe(s) + "  \"" + abbreviate(s.sentenceText()) + "\"");
        }
    }

    private static void writeJson(Path file, SeedsEvaluation.Result result, String summary) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("summary", summary);
        doc.put("matches", result.matches());
        doc.put("missed", result.missedCore());
        doc.put("falsePositives", result.falsePositives());
        Map<String, Object> perArticle = new LinkedHashMap<>();
        result.predictions().forEach((id, o) -> perArticle.put(id, o.statements()));
        doc.put("statements", perArticle);
        ReportFormat.jsonMapper().writeValue(file.toFile(), doc);
    }
}
