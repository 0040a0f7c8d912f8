package org.storywire.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.storywire.story.ArticleInfo;
import org.storywire.story.StoryBook;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatus;

/**
 * Story metrics of {@code eval seeds} (eval README): BCubed F1 of the grouping over the matched
 * core statements, final status per gold story (a gold story maps to the predicted story holding
 * most of its matched statements), and transitions (the status after exactly the listed articles,
 * in that order, in a fresh run over just those articles).
 */
public final class StoryScoring implements SeedsEvaluation.StoryScorer {

    /** A matched statement: its gold story (null when the row leaves it open) and where it stands. */
    public record Item(String goldStory, boolean core, String articleId, int ordinal) {}

    /** What a run over some articles gave: each statement's story and each story's status. */
    public interface Outcome {
        Optional<String> storyOf(String articleId, int ordinal);

        Optional<StoryStatus> status(String storyId);

        static Outcome of(StoryBook book) {
            return new Outcome() {
                @Override
                public Optional<String> storyOf(String articleId, int ordinal) {
                    return book.storyOf(articleId, ordinal);
                }

                @Override
                public Optional<StoryStatus> status(String storyId) {
                    return book.story(storyId).map(StoryState::status);
                }
            };
        }
    }

    /** A fresh run over the given articles, in that order: in memory, or through Kafka. */
    public interface Runner {
        Outcome run(List<String> articleIds);
    }

    private final Function<Map<String, SeedsEvaluation.ArticleOutput>, Runner> runners;

    /** Scores with in-memory runs (StoryBook) over the evaluation's own predictions. */
    public StoryScoring() {
        this(StoryScoring::runner);
    }

    /** Scores with the runs the given function makes from the predictions (e.g. through a real broker). */
    public StoryScoring(Function<Map<String, SeedsEvaluation.ArticleOutput>, Runner> runners) {
        this.runners = runners;
    }

    public record Scores(double bcubed, Map<String, String> mapping, Map<String, StoryStatus> predictedStatus, int statusCorrect,
                         List<Boolean> transitions) {
        public int transitionsCorrect() { return (int) transitions.stream().filter(b -> b).count(); }
    }

    @Override
    public SeedsEvaluation.StoryScores score(SeedsGold gold, SeedsEvaluation.Result result) {
        Runner runner = runners.apply(result.predictions());
        List<Item> items = result.matches().stream()
                .map(m -> new Item(m.gold().story(), m.gold().core(), m.predicted().articleId(), m.predicted().ordinal())).toList();
        Scores scores = score(gold, items, runner);
        return new SeedsEvaluation.StoryScores(scores.bcubed(), scores.statusCorrect(), scores.transitionsCorrect());
    }

    private static Runner runner(Map<String, SeedsEvaluation.ArticleOutput> outputs) {
        return articleIds -> {
            StoryBook book = StoryBook.standard();
            for (String id : articleIds) {
                SeedsEvaluation.ArticleOutput out = outputs.get(id);
                if (out != null) book.ingest(ArticleInfo.of(out.document()), out.statements());
            }
            return Outcome.of(book);
        };
    }

    /** Human-readable lines: each matched statement's gold and predicted story, each gold story's mapping and status. */
    public static List<String> explain(SeedsGold gold, SeedsEvaluation.Result result) {
        Map<String, SeedsEvaluation.ArticleOutput> outputs = result.predictions();
        StoryBook book = StoryBook.standard();
        for (SeedsGold.GoldArticle a : gold.articles()) {
            SeedsEvaluation.ArticleOutput out = outputs.get(a.file());
            if (out != null) book.ingest(ArticleInfo.of(out.document()), out.statements());
        }
        List<String> lines = new ArrayList<>();
        for (SeedsEvaluation.Match m : result.matches()) {
            if (m.gold().story() == null) continue;
            lines.add(String.format("story  %-22s %-5s -> %-45s %s %s \"%s\"", m.gold().story(), m.gold().core() ? "core" : "",
                    book.storyOf(m.predicted().articleId(), m.predicted().ordinal()).orElse("-"), m.predicted().articleId().substring(0, 3),
                    m.predicted().stance() + " @" + m.predicted().madeAt(), ReportFormat.abbreviate(m.gold().evidence())));
        }
        book.stories().values().stream().sorted(Comparator.comparing(StoryState::storyId)).forEach(s -> lines.add(String.format(
                "state  %-45s %-11s %s", s.storyId(), s.status(),
                s.positions().stream().map(p -> p.party() + "=" + p.stance() + (p.standing().name().startsWith("P") ? "(P)" : "")).toList())));
        Scores scores = score(gold, result.matches().stream()
                .map(m -> new Item(m.gold().story(), m.gold().core(), m.predicted().articleId(), m.predicted().ordinal())).toList(), runner(outputs));
        for (SeedsGold.GoldStory g : gold.stories()) {
            lines.add(String.format("status %-22s -> %-45s %s (gold %s)", g.id(), scores.mapping().get(g.id()), scores.predictedStatus().get(g.id()), g.finalStatus()));
        }
        for (int i = 0; i < gold.transitions().size(); i++) {
            SeedsGold.GoldTransition t = gold.transitions().get(i);
            lines.add(String.format("transition %-22s after %s: %s %s", t.story(), t.after().stream().map(a -> a.substring(0, 3)).toList(), t.status(),
                    scores.transitions().get(i) ? "ok" : "WRONG"));
        }
        return lines;
    }

    public static Scores score(SeedsGold gold, List<Item> items, Runner runner) {
        Outcome full = runner.run(gold.articles().stream().map(SeedsGold.GoldArticle::file).toList());
        Function<Item, String> predicted = i -> full.storyOf(i.articleId(), i.ordinal()).orElse("(unassigned)");

        List<String[]> pairs = new ArrayList<>();
        for (Item i : items) if (i.core() && i.goldStory() != null) pairs.add(new String[] {i.goldStory(), predicted.apply(i)});
        double bcubed = bcubedF1(pairs);

        Map<String, String> mapping = new LinkedHashMap<>();
        for (SeedsGold.GoldStory story : gold.stories()) {
            Map<String, Integer> votes = new TreeMap<>();
            for (Item i : items) if (story.id().equals(i.goldStory())) votes.merge(predicted.apply(i), 1, Integer::sum);
            votes.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .ifPresent(e -> mapping.put(story.id(), e.getKey()));
        }

        Map<String, StoryStatus> predictedStatus = new LinkedHashMap<>();
        int statusCorrect = 0;
        for (SeedsGold.GoldStory story : gold.stories()) {
            Optional<StoryStatus> status = Optional.ofNullable(mapping.get(story.id())).flatMap(full::status);
            status.ifPresent(s -> predictedStatus.put(story.id(), s));
            if (status.isPresent() && status.get().name().equals(story.finalStatus())) statusCorrect++;
        }

        List<Boolean> transitions = new ArrayList<>();
        for (SeedsGold.GoldTransition t : gold.transitions()) {
            String storyId = mapping.get(t.story());
            Outcome partial = runner.run(t.after());
            Optional<StoryStatus> status = Optional.ofNullable(storyId).flatMap(partial::status);
            transitions.add(status.isPresent() && status.get().name().equals(t.status()));
        }
        return new Scores(bcubed, mapping, predictedStatus, statusCorrect, transitions);
    }

    /** BCubed F1 over (gold label, predicted label) pairs: per item precision and recall, averaged. */
    public static double bcubedF1(List<String[]> pairs) {
        if (pairs.isEmpty()) return 0;
        Map<String, Integer> both = new HashMap<>();
        Map<String, Integer> byGold = new HashMap<>();
        Map<String, Integer> byPredicted = new HashMap<>();
        for (String[] p : pairs) {
            both.merge(p[0] + "\u0000" + p[1], 1, Integer::sum);
            byGold.merge(p[0], 1, Integer::sum);
            byPredicted.merge(p[1], 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (String[] p : pairs) {
            double same = both.get(p[0] + "\u0000" + p[1]);
            precision += same / byPredicted.get(p[1]);
            recall += same / byGold.get(p[0]);
        }
        precision /= pairs.size();
        recall /= pairs.size();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
