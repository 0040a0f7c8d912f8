package org.storywire.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.ActorCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval seeds} and {@code eval quotes}: score cleaning and extraction against the shared gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction against gold data.",
        subcommands = {EvalCommand.Seeds.class, EvalCommand.Quotes.class})
public final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }

    @Command(name = "seeds", mixinStandardHelpOptions = true, description = "Score statements against the seeds gold.")
    public static final class Seeds implements Callable<Integer> {
        @Option(names = "--articles", required = true, description = "directory of seed article .txt files") Path articles;
        @Option(names = "--gold", required = true, description = "seeds-gold.json") Path gold;
        @Option(names = "--json", description = "write the detailed result here") Path json;
        @Option(names = "--gold-statements", description = "feed the gold statements instead of extracted ones, to measure grouping and status alone")
        boolean goldStatements;
        @Option(names = "--stories", description = "print each matched statement's gold and predicted story, and the story states") boolean stories;

        @Option(names = "--through-kafka", description = "run the articles through a real embedded broker, registry and processor, and score what the topics and the query API give")
        boolean throughKafka;

        private final java.util.function.Supplier<SeedsPipeline> pipelines;

        public Seeds() {
            this(null);
        }

        /** @param pipelines starts the system for {@code --through-kafka} (the app module provides it) */
        public Seeds(java.util.function.Supplier<SeedsPipeline> pipelines) {
            this.pipelines = pipelines;
        }

        @Override
        public Integer call() throws IOException {
            PrintStream out = System.out;
            SeedsGold goldData = SeedsGold.read(gold);
            Cleaner cleaner = new Cleaner();
            StatementExtractor extractor = new StatementExtractor();
            Map<String, SeedsEvaluation.ArticleOutput> predictions = new LinkedHashMap<>();
            ProgressBar bar = new ProgressBar(System.err, "seeds", goldData.articles().size());
            int done = 0;
            if (throughKafka) {
                if (pipelines == null) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka needs the storywire command line");
                if (goldStatements) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka and --gold-statements exclude each other");
                try (SeedsPipeline pipeline = pipelines.get()) {
                    Map<List<String>, SeedsPipeline.Run> runs = new java.util.HashMap<>();
                    java.util.function.Function<List<String>, SeedsPipeline.Run> run = ids -> runs.computeIfAbsent(ids, k -> pipeline.run(articles, k));
                    SeedsPipeline.Run full = run.apply(goldData.articles().stream().map(SeedsGold.GoldArticle::file).toList());
                    for (SeedsGold.GoldArticle a : goldData.articles()) {
                        // The clean text only anchors the evidence; the statements are the ones read back from the topic.
                        String body = readBody(a);
                        CleanArticle clean = cleaner.clean(new Article(a.file(), null, null, null, body, languageOf(body), null, null));
                        predictions.put(a.file(), new SeedsEvaluation.ArticleOutput(clean, full.statements().getOrDefault(a.file(), List.of())));
                        bar.step(++done);
                    }
                    return score(out, goldData, predictions, new StoryScoring(p -> ids -> run.apply(ids).outcome()));
                }
            }
            for (SeedsGold.GoldArticle a : goldData.articles()) {
                String body = readBody(a);
                CleanArticle clean = cleaner.clean(new Article(a.file(), null, null, null, body, languageOf(body), null, null));
                List<Statement> statements = extractor.extract(clean);
                if (goldStatements) statements = GoldStatements.of(goldData, clean, statements, ActorCatalog.standard());
                predictions.put(a.file(), new SeedsEvaluation.ArticleOutput(clean, statements));
                bar.step(++done);
            }
            return score(out, goldData, predictions, new StoryScoring());
        }

        /**
         * The gold sets hold German and English articles (scenarios-dev has both): a feed names its
         * language, a folder of text files does not, so the eval tells it the way a feed would.
         */
        static String languageOf(String body) {
            String sample = " " + (body.length() > 4000 ? body.substring(0, 4000) : body).toLowerCase(java.util.Locale.ROOT) + " ";
            int en = count(sample, " the ") + count(sample, " and ") + count(sample, " of ");
            int de = count(sample, " der ") + count(sample, " und ") + count(sample, " die ");
            return en > de ? "en" : "de";
        }

        private static int count(String s, String needle) {
            int n = 0;
            for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
            return n;
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
            out.println(String.format(java.util.Locale.ROOT, "evidence-only pairing (any prediction on the evidence): stance=%.2f speaker=%.2f",
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

        private void writeJson(Path file, SeedsEvaluation.Result result, String summary) throws IOException {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("summary", summary);
            List<Map<String, Object>> matches = new ArrayList<>();
            for (SeedsEvaluation.Match m : result.matches()) matches.add(Map.of("gold", m.gold(), "predicted", m.predicted()));
            doc.put("matches", matches);
            doc.put("missed", result.missedCore());
            doc.put("falsePositives", result.falsePositives());
            Map<String, Object> perArticle = new LinkedHashMap<>();
            result.predictions().forEach((id, o) -> perArticle.put(id, o.statements()));
            doc.put("statements", perArticle);
            mapper().writeValue(file.toFile(), doc);
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Score quotations against a corpus in the wikinews quotation format.")
    public static final class Quotes implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "directory of corpus .json files") Path data;
        @Option(names = "--json", description = "write per-document scores here") Path json;
        @Option(names = "--verbose", description = "print misses and false positives per document") boolean verbose;

        @Override
        public Integer call() throws IOException {
            List<Path> files;
            try (Stream<Path> list = Files.list(data)) {
                files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            Cleaner cleaner = new Cleaner();
            StatementExtractor extractor = new StatementExtractor();
            List<QuotesEvaluation.DocumentScore> scores = new ArrayList<>();
            QuoteErrorKinds errorKinds = new QuoteErrorKinds();
            ProgressBar bar = new ProgressBar(System.err, "quotes", files.size());
            for (Path file : files) {
                QuotesEvaluation.Document doc = QuotesEvaluation.read(file);
                Cleaner.Result clean = cleaner.cleanMapped(new Article(file.getFileName().toString(), null, null, null, doc.text(), null, null, null));
                List<QuotesEvaluation.Predicted> predicted = new ArrayList<>();
                for (Statement s : extractor.extract(clean.article())) {
                    int sb = s.speaker() == null || s.speaker().mentionSpan() == null ? 0 : clean.mapped().toOriginal(s.speaker().mentionSpan().begin());
                    int se = s.speaker() == null || s.speaker().mentionSpan() == null ? 0 : clean.mapped().toOriginalEnd(s.speaker().mentionSpan().end());
                    predicted.add(new QuotesEvaluation.Predicted(clean.mapped().toOriginal(s.content().begin()), clean.mapped().toOriginalEnd(s.content().end()), sb, se, describe(s)));
                }
                QuotesEvaluation.DocumentScore score = QuotesEvaluation.score(doc, predicted);
                scores.add(score);
                if (verbose) {
                    printDocument(System.out, doc, score);
                    errorKinds.add(doc, score, predicted);
                }
                bar.step(scores.size());
            }
            QuotesEvaluation.Totals totals = QuotesEvaluation.Totals.of(scores);
            if (verbose) errorKinds.print(System.out);
            if (json != null) mapper().writeValue(json.toFile(), Map.of("summary", totals.summaryLine(), "documents", scores));
            System.out.println(totals.summaryLine());
            return 0;
        }

        private static void printDocument(PrintStream out, QuotesEvaluation.Document doc, QuotesEvaluation.DocumentScore score) {
            for (QuotesEvaluation.GoldQuote q : score.missed()) {
                int[] r = q.quote().ranges().get(0);
                out.println("miss  " + doc.name() + "  \"" + abbreviate(doc.text().substring(r[0], r[1])) + "\"");
            }
            for (QuotesEvaluation.Predicted p : score.wrongSpeaker()) {
                out.println("wrong speaker  " + doc.name() + "  " + p.label() + "  \"" + abbreviate(doc.text().substring(p.contentBegin(), p.contentEnd())) + "\"");
            }
            for (QuotesEvaluation.Predicted p : score.unmatched()) {
                out.println("false positive  " + doc.name() + "  " + p.label() + "  \"" + abbreviate(doc.text().substring(p.contentBegin(), p.contentEnd())) + "\"");
            }
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    }

    static String describe(Statement s) {
        String speaker = s.speaker() == null ? "-" : s.speaker().mention() + " => " + s.speaker().canonical()
                + (s.speaker().affiliation() == null ? "" : " (" + s.speaker().affiliation() + ")");
        return "[" + speaker + "] " + s.attribution() + " cue=" + s.cue();
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
