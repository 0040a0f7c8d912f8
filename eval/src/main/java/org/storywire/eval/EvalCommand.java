package org.storywire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Span;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval seeds} and {@code eval quotes}: score cleaning and extraction against the shared gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction against gold data.",
        subcommands = {EvalCommand.Seeds.class, EvalCommand.Samples.class, EvalCommand.Quotes.class, EvalCommand.Events.class, CueFormsCommand.class,
                CuelessReportsCommand.class})
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

        @Option(names = "--lead-sentences", description = "cut each article to its headline and first N sentences, as a feed item or teaser, "
                + "and score the gold statements inside that cut only (their stories and transitions keep the whole articles' status)")
        Integer leadSentences;

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
            Map<String, SeedsEvaluation.ArticleOutput> predictions = new LinkedHashMap<>();
            ProgressBar bar = new ProgressBar(System.err, "seeds", goldData.articles().size());
            int done = 0;
            if (throughKafka) {
                if (pipelines == null) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka needs the storywire command line");
                if (goldStatements) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka and --gold-statements exclude each other");
                if (leadSentences != null) throw new CommandLine.ParameterException(new CommandLine(this), "--through-kafka and --lead-sentences exclude each other");
                Cleaner cleaner = new Cleaner();
                StatementExtractor extractor = new StatementExtractor();
                try (SeedsPipeline pipeline = pipelines.get()) {
                    Map<List<String>, SeedsPipeline.Run> runs = new java.util.HashMap<>();
                    java.util.function.Function<List<String>, SeedsPipeline.Run> run = ids -> runs.computeIfAbsent(ids, k -> pipeline.run(articles, k));
                    SeedsPipeline.Run full = run.apply(goldData.articles().stream().map(SeedsGold.GoldArticle::file).toList());
                    for (SeedsGold.GoldArticle a : goldData.articles()) {
                        // The document only anchors the evidence (and --stories); the statements are the ones read back from the topic.
                        String body = readBody(a);
                        CleanArticle clean = cleaner.clean(new Article(a.file(), null, null, null, body, languageOf(body), null, null));
                        predictions.put(a.file(), new SeedsEvaluation.ArticleOutput(extractor.read(clean), full.statements().getOrDefault(a.file(), List.of())));
                        bar.step(++done);
                    }
                    return score(out, goldData, predictions, new StoryScoring(p -> ids -> run.apply(ids).outcome()));
                }
            }
            Map<String, Article> articlesRead = new LinkedHashMap<>();
            for (SeedsGold.GoldArticle a : goldData.articles()) {
                String body = readBody(a);
                articlesRead.put(a.file(), new Article(a.file(), null, null, null, body, languageOf(body), null, null));
            }
            if (leadSentences != null) {
                LeadCut lead = new LeadCut(leadSentences);
                Cleaner cleaner = new Cleaner();
                Map<String, String> whole = new LinkedHashMap<>();
                Map<String, String> leads = new LinkedHashMap<>();
                for (Map.Entry<String, Article> e : articlesRead.entrySet()) {
                    whole.put(e.getKey(), cleaner.clean(e.getValue()).text());
                    e.setValue(lead.cut(e.getValue()));
                    leads.put(e.getKey(), cleaner.clean(e.getValue()).text());
                }
                goldData = LeadCut.within(goldData, whole, leads);
            }
            ArticleOutputs outputs = new ArticleOutputs(goldData, goldStatements);
            for (Article article : articlesRead.values()) {
                predictions.put(article.id(), outputs.of(article));
                bar.step(++done);
            }
            return score(out, goldData, predictions, new StoryScoring());
        }

        /**
         * The article's language as an ingest would record it: a {@code language xx} metadata pair on the first
         * line, else guessed from function words (the gold folders hold German and English articles).
         */
        static String languageOf(String body) {
            String firstLine = body.lines().findFirst().orElse("");
            Matcher declared = Pattern.compile("(?:^|\\s)language\\s+([a-z]{2})(?:\\s|$)").matcher(firstLine);
            if (declared.find()) return declared.group(1);
            return org.storywire.analyse.LanguageDetector.isEnglish(body) ? "en" : "de";
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
            doc.put("matches", result.matches());
            doc.put("missed", result.missedCore());
            doc.put("falsePositives", result.falsePositives());
            Map<String, Object> perArticle = new LinkedHashMap<>();
            result.predictions().forEach((id, o) -> perArticle.put(id, o.statements()));
            doc.put("statements", perArticle);
            mapper().writeValue(file.toFile(), doc);
        }
    }

    @Command(name = "samples", mixinStandardHelpOptions = true,
            description = "Score the samples' storylines (samples/expected.json): grouping, final statuses and the status after each article.")
    public static final class Samples implements Callable<Integer> {
        @Option(names = "--articles", defaultValue = "samples/articles.jsonl", description = "the samples' JSON Lines articles (default: ${DEFAULT-VALUE})")
        Path articles;
        @Option(names = "--expected", defaultValue = "samples/expected.json", description = "the storylines (default: ${DEFAULT-VALUE})")
        Path expected;
        @Option(names = "--gold-statements", description = "feed the annotated key statements instead of extracted ones")
        boolean goldStatements;
        @Option(names = "--stories", description = "print each key statement's predicted story, the story states and each status check")
        boolean stories;

        @Override
        public Integer call() throws IOException {
            SeedsGold gold = SamplesGold.read(expected);
            ArticleOutputs outputs = new ArticleOutputs(gold, goldStatements);
            Map<String, SeedsEvaluation.ArticleOutput> predictions = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(articles)) {
                if (line.isBlank()) continue;
                JsonNode a = json.readTree(line);
                Instant published = a.hasNonNull("published") ? OffsetDateTime.parse(a.get("published").asText()).toInstant() : null;
                SeedsEvaluation.ArticleOutput output = outputs.of(new Article(a.path("id").asText(), a.path("outlet").asText(null),
                        a.path("url").asText(null), a.path("title").asText(null), a.path("body").asText(""), a.path("language").asText(null), published, null));
                predictions.put(output.article().id(), output);
            }
            SeedsEvaluation evaluation = new SeedsEvaluation(new StoryScoring());
            SeedsEvaluation.Result result = evaluation.score(gold, predictions);
            if (stories) StoryScoring.explain(gold, result).forEach(System.out::println);
            SeedsEvaluation.StoryScores story = evaluation.storyScores(gold, result);
            System.out.println(String.format(java.util.Locale.ROOT, "samples: R=%.2f stance=%.2f speaker=%.2f bcubed=%.2f status=%d/%d transitions=%d/%d",
                    result.recall(), result.stanceAccuracy(), result.speakerAccuracy(), story.bcubed(),
                    story.statusCorrect(), gold.stories().size(), story.transitionsCorrect(), gold.transitions().size()));
            return 0;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Score quotations against a corpus in the wikinews quotation format.")
    public static final class Quotes implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "directory of corpus .json files") Path data;
        @Option(names = "--json", description = "write per-document scores here") Path json;
        @Option(names = "--verbose", description = "print misses and false positives per document") boolean verbose;
        @Option(names = "--lead-sentences", description = "cut each document to its headline (the title of its documentName) and first N sentences, "
                + "as a feed item or teaser, and score the quotations inside that cut only") Integer leadSentences;

        @Override
        public Integer call() throws IOException {
            List<Path> files = corpusFiles(data);
            Cleaner cleaner = new Cleaner();
            StatementExtractor extractor = new StatementExtractor();
            LeadCut lead = leadSentences == null ? null : new LeadCut(leadSentences);
            List<QuotesEvaluation.DocumentScore> scores = new ArrayList<>();
            QuoteErrorKinds errorKinds = new QuoteErrorKinds();
            ProgressBar bar = new ProgressBar(System.err, "quotes", files.size());
            for (Path file : files) {
                QuotesEvaluation.Document doc = QuotesEvaluation.read(file);
                Article article = new Article(file.getFileName().toString(), null, null, null, doc.text(), null, null, null);
                int end = doc.text().length();
                if (lead != null) {
                    // a feed item carries its headline as its title; whole articles are scored as they always were, without it
                    article = new Article(article.id(), null, null, headline(doc.name()), doc.text(), null, null, null);
                    end = lead.originalEnd(article);
                    article = LeadCut.cutAt(article, end);
                }
                List<QuotesEvaluation.Predicted> predicted = predict(cleaner, extractor, article);
                QuotesEvaluation.DocumentScore score = lead == null ? QuotesEvaluation.score(doc, predicted) : QuotesEvaluation.scoreBefore(doc, predicted, end);
                scores.add(score);
                if (verbose) {
                    printDocument(System.out, doc, score);
                    errorKinds.add(doc, score, predicted);
                }
                bar.step(scores.size());
            }
            QuotesEvaluation.Totals totals = QuotesEvaluation.Totals.of(scores);
            if (verbose) errorKinds.print(System.out);
            if (json != null) mapper().writeValue(json.toFile(), new QuotesReport(totals.summaryLine(), scores));
            System.out.println(lead == null ? totals.summaryLine() : totals.summaryLine() + " lead=" + leadSentences);
            return 0;
        }

        /** The {@code --json} file: the summary line, then every document's score (a record, so its fields keep their order run to run). */
        record QuotesReport(String summary, List<QuotesEvaluation.DocumentScore> documents) {}

        /** A quotation corpus's documents, in name order. */
        static List<Path> corpusFiles(Path data) throws IOException {
            try (Stream<Path> list = Files.list(data)) {
                return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
        }

        /** The statements extracted from a corpus document, in the corpus's original offsets; none of a title the text does not repeat. */
        static List<QuotesEvaluation.Predicted> predict(Cleaner cleaner, StatementExtractor extractor, Article article) {
            Cleaner.Result clean = cleaner.cleanMapped(article);
            org.storywire.extract.Document read = extractor.read(clean.article());
            return predicted(clean, read, extractor.extract(read));
        }

        /** The statements of a document read from {@code clean}, in the corpus's original offsets; none of a title the text does not repeat. */
        static List<QuotesEvaluation.Predicted> predicted(Cleaner.Result clean, org.storywire.extract.Document read, List<Statement> statements) {
            List<QuotesEvaluation.Predicted> predicted = new ArrayList<>();
            for (Statement s : statements) {
                if (inTitle(read, s)) continue; // the corpora annotate the text, not the title: nothing there to score against
                int sb = s.speaker() == null || s.speaker().mentionSpan() == null ? 0 : clean.mapped().toOriginal(s.speaker().mentionSpan().begin());
                int se = s.speaker() == null || s.speaker().mentionSpan() == null ? 0 : clean.mapped().toOriginalEnd(s.speaker().mentionSpan().end());
                QuotesEvaluation.Predicted said = new QuotesEvaluation.Predicted(clean.mapped().toOriginal(s.content().begin()), clean.mapped().toOriginalEnd(s.content().end()), sb, se, describe(s));
                withRelay(clean, s, said, predicted);
                // what the statement carries is scored as the corpora annotate it: a quoted fragment as its speaker's quotation
                // (relayed as the statement is), the question an answer answers as an attribution of no one named
                for (Span q : s.quoted()) {
                    withRelay(clean, s, QuotesEvaluation.quoted(said, clean.mapped().toOriginal(q.begin()), clean.mapped().toOriginalEnd(q.end())), predicted);
                }
                Span q = s.question();
                if (q != null) predicted.add(QuotesEvaluation.question(said, clean.mapped().toOriginal(q.begin()), clean.mapped().toOriginalEnd(q.end())));
            }
            return predicted;
        }

        /** {@code said} and, when the statement has a relay, the relay's own attribution of it. */
        private static void withRelay(Cleaner.Result clean, Statement s, QuotesEvaluation.Predicted said, List<QuotesEvaluation.Predicted> predicted) {
            predicted.add(said);
            Span relay = s.relayedBy() == null ? null : s.relayedBy().mentionSpan();
            if (relay != null) QuotesEvaluation.relayed(said, clean.mapped().toOriginal(relay.begin()), clean.mapped().toOriginalEnd(relay.end())).ifPresent(predicted::add);
        }

        private static final Pattern DOCUMENT_NAME = Pattern.compile("^\\S+ - (.+?)(?: \\(\\d{4}-\\d{2}-\\d{2}\\))?$");

        /** The title a corpus document's name holds: "11059 - Title (2005-08-20)", the id and the date around it; null when there is none. */
        static String headline(String documentName) {
            Matcher m = DOCUMENT_NAME.matcher(documentName);
            return m.matches() ? m.group(1) : null;
        }

        /** A statement of a title the text does not repeat: its offsets are the title's, read before the text. */
        private static boolean inTitle(org.storywire.extract.Document read, Statement s) {
            String title = read.title();
            if (read.bodyBegin() == 0 || title == null || s.sentence() == null || s.sentence().end() > title.length()) return false;
            return title.substring(s.sentence().begin(), s.sentence().end()).equals(s.sentenceText());
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

    @Command(name = "events", mixinStandardHelpOptions = true, description = "Score event grouping against gold event labels (pairs and BCubed).")
    public static final class Events implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "folder: articles.jsonl + gold-events.json, or *.json (wikinews) / *.txt files") Path data;
        @Option(names = "--gold", defaultValue = "file", description = "gold labels: file (gold-events.json; else each), each (every article its own event), one (all one event), prefix (leading letters of the file name)") String goldMode;
        @Option(names = "--threshold", description = "similarity needed to join an event (default ${DEFAULT-VALUE})", defaultValue = "" + org.storywire.event.EventSettings.DEFAULT_THRESHOLD) double threshold;
        @Option(names = "--entity-weight", description = "share of the entity cosine (default 0.5)") Double entityWeight;
        @Option(names = "--half-life-hours", description = "time decay half-life in hours (default 168)") Long halfLifeHours;
        @Option(names = "--decay-floor", description = "lowest time-decay factor (default 0.5)") Double decayFloor;
        @Option(names = "--quiet-days", description = "days without an article after which an event is dropped (default 60)") Long quietDays;
        @Option(names = "--thresholds", split = ",", description = "also print the summary at these thresholds (sensitivity)") List<Double> thresholds = new ArrayList<>();
        @Option(names = "--shuffle-seeds", split = ",", description = "also run in orders shuffled with these seeds and print the agreement with the publication-order run") List<Long> shuffleSeeds = new ArrayList<>();
        @Option(names = "--verbose", description = "list each predicted event with its label and the gold labels of its articles") boolean verbose;
        @Option(names = "--bench-rounds", defaultValue = "0", description = "repeat signatures and grouping this many times after a warm-up and print the best articles/s") int benchRounds;

        @Override
        public Integer call() throws IOException {
            PrintStream out = System.out;
            List<EventsEvaluation.Item> items = EventsEvaluation.publicationOrder(EventsEvaluation.read(data, goldMode));
            Map<String, String> gold = new LinkedHashMap<>();
            for (EventsEvaluation.Item i : items) gold.put(i.article().id(), i.gold());
            long t0 = System.nanoTime();
            Map<String, org.storywire.event.ArticleSignature> sigs = EventsEvaluation.signatures(items);
            double sigSeconds = (System.nanoTime() - t0) / 1e9;
            org.storywire.event.EventSettings settings = org.storywire.event.EventSettings.defaults().withThreshold(threshold);
            if (entityWeight != null) settings = settings.withEntityWeight(entityWeight);
            if (halfLifeHours != null) settings = settings.withHalfLife(java.time.Duration.ofHours(halfLifeHours));
            if (decayFloor != null) settings = settings.withDecayFloor(decayFloor);
            if (quietDays != null) settings = settings.withQuietPeriod(java.time.Duration.ofDays(quietDays));
            EventsEvaluation.Run run = EventsEvaluation.run(items, sigs, settings);
            if (verbose) explain(out, items, sigs, run);
            for (double t : thresholds) {
                EventsEvaluation.Run r = EventsEvaluation.run(items, sigs, settings.withThreshold(t));
                out.println(String.format(java.util.Locale.ROOT, "threshold %.2f  ", t) + EventsEvaluation.score(r.eventOf(), gold).summaryLine());
            }
            if (!shuffleSeeds.isEmpty()) {
                double randSum = 0, f1Sum = 0, scoreSum = 0;
                // A shuffled corpus spanning months would expire most events at once (the clock jumps to the
                // latest article): order dependence is measured with ageing off, against publication order with ageing off.
                org.storywire.event.EventSettings noAgeing = settings.withQuietPeriod(java.time.Duration.ofDays(365L * 1000));
                EventsEvaluation.Run reference = EventsEvaluation.run(items, sigs, noAgeing);
                out.println("publication order, ageing off: " + EventsEvaluation.score(reference.eventOf(), gold).summaryLine());
                List<Map<String, String>> runs = new ArrayList<>();
                runs.add(reference.eventOf());
                for (long seed : shuffleSeeds) {
                    List<EventsEvaluation.Item> shuffled = new ArrayList<>(items);
                    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
                    EventsEvaluation.Run r = EventsEvaluation.run(shuffled, sigs, noAgeing);
                    EventsEvaluation.Agreement ag = EventsEvaluation.agreement(reference.eventOf(), r.eventOf());
                    EventsEvaluation.Scores sc = EventsEvaluation.score(r.eventOf(), gold);
                    out.println(String.format(java.util.Locale.ROOT, "shuffle seed %d (ageing off): agreement with publication order rand=%.3f pair_f1=%.3f; ", seed, ag.rand(), ag.pairF1()) + sc.summaryLine());
                    randSum += ag.rand();
                    f1Sum += ag.pairF1();
                    scoreSum += sc.pairsF1();
                    runs.add(r.eventOf());
                }
                double pairwise = 0;
                int n = 0;
                for (int i = 0; i < runs.size(); i++) for (int j = i + 1; j < runs.size(); j++) {
                    pairwise += EventsEvaluation.agreement(runs.get(i), runs.get(j)).pairF1();
                    n++;
                }
                int k = shuffleSeeds.size();
                out.println(String.format(java.util.Locale.ROOT, "order dependence: mean agreement with publication order rand=%.3f pair_f1=%.3f; mean pair_f1 between all %d runs=%.3f; mean shuffled pairs_f1 vs gold=%.2f",
                        randSum / k, f1Sum / k, runs.size(), pairwise / Math.max(1, n), scoreSum / k));
            }
            int n = items.size();
            if (benchRounds > 0) {
                double bestSig = Double.MAX_VALUE, bestGroup = Double.MAX_VALUE, bestSigCpu = Double.MAX_VALUE, bestGroupCpu = Double.MAX_VALUE;
                for (int r = 0; r < benchRounds; r++) {
                    long s0 = System.nanoTime();
                    long c0 = EventsEvaluation.cpuNanos();
                    EventsEvaluation.signatures(items);
                    bestSig = Math.min(bestSig, (System.nanoTime() - s0) / 1e9);
                    bestSigCpu = Math.min(bestSigCpu, (EventsEvaluation.cpuNanos() - c0) / 1e9);
                    EventsEvaluation.Run r2 = EventsEvaluation.run(items, sigs, settings);
                    bestGroup = Math.min(bestGroup, r2.seconds());
                    bestGroupCpu = Math.min(bestGroupCpu, r2.cpuSeconds());
                }
                System.err.println(String.format(java.util.Locale.ROOT,
                        "throughput (best of %d warm rounds): signatures %.0f articles/s (%.0f per CPU-second), grouping %.0f articles/s (%.0f per CPU-second)",
                        benchRounds, n / bestSig, n / bestSigCpu, n / bestGroup, n / bestGroupCpu));
            }
            System.err.println(String.format(java.util.Locale.ROOT, "throughput: signatures %.0f articles/s (%.2f s), grouping %.0f articles/s (%.3f s) over %d articles",
                    n / Math.max(1e-9, sigSeconds), sigSeconds, n / Math.max(1e-9, run.seconds()), run.seconds(), n));
            out.println(EventsEvaluation.score(run.eventOf(), gold).summaryLine());
            return 0;
        }

        private static void explain(PrintStream out, List<EventsEvaluation.Item> items, Map<String, org.storywire.event.ArticleSignature> sigs, EventsEvaluation.Run run) {
            Map<String, List<EventsEvaluation.Item>> byEvent = new LinkedHashMap<>();
            for (EventsEvaluation.Item i : items) byEvent.computeIfAbsent(run.eventOf().get(i.article().id()), k -> new ArrayList<>()).add(i);
            Map<String, org.storywire.event.EventAssignment> last = new java.util.HashMap<>();
            Map<String, org.storywire.event.EventAssignment> byArticle = new java.util.HashMap<>();
            for (org.storywire.event.EventAssignment a : run.assignments()) {
                last.put(a.eventId(), a);
                byArticle.put(a.articleId(), a);
            }
            for (Map.Entry<String, List<EventsEvaluation.Item>> e : byEvent.entrySet()) {
                Map<String, Integer> golds = new java.util.TreeMap<>();
                for (EventsEvaluation.Item i : e.getValue()) golds.merge(i.gold(), 1, Integer::sum);
                org.storywire.event.EventAssignment a = last.get(e.getKey());
                out.println(e.getKey() + "  n=" + e.getValue().size() + "  \"" + abbreviate(run.labels().get(e.getKey())) + "\"  gold=" + golds
                        + (a == null ? "" : "  entities=" + a.event().topEntities(6) + " terms=" + a.event().topTerms(6)));
                for (EventsEvaluation.Item i : e.getValue()) {
                    org.storywire.event.ArticleSignature s = sigs.get(i.article().id());
                    org.storywire.event.EventAssignment a2 = byArticle.get(i.article().id());
                    out.println("    " + i.article().id() + "  " + i.gold() + "  " + i.article().published()
                            + String.format(java.util.Locale.ROOT, "  %s %.2f (other %s %.2f)  ", a2.isNew() ? "new" : "joined", a2.score(), a2.bestOther(), a2.bestOtherScore())
                            + abbreviate(s.title()) + "  " + s.topEntities(5));
                }
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
