package org.storywire.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storywire.clean.CleanArticle;
import org.storywire.extract.Document;
import org.storywire.extract.Statement;

/**
 * Scores extracted statements against the seeds gold as the eval README describes.
 *
 * <p>A prediction matches a gold row when it comes from the same article, its source sentence(s)
 * contain the row's evidence (or overlap it by at least half), its stance is equal and its speaker
 * (mention or canonical name) contains one of the row's {@code speaker_match}. Core rows are
 * matched first, then the others, each as a maximum one-to-one matching. Recall counts core rows;
 * a prediction that matches no row is a false positive unless its sentence holds the evidence of
 * a non-core row. Stance and speaker accuracy are measured on the matched core pairs plus the core
 * rows left over paired with remaining predictions on evidence alone (on the full matches alone
 * they would be 1 by construction).
 *
 * <p>Story metrics (BCubed, status, transitions) come from a {@link StoryScorer}; the default
 * scores nothing, and the story package plugs its own in, reading {@link Result#matches()} and
 * {@link Result#predictions()}.
 */
public final class SeedsEvaluation {
    /** Story-level metrics computed from a finished statement evaluation. */
    public interface StoryScorer {
        StoryScores score(SeedsGold gold, Result result);
    }

    public record StoryScores(double bcubed, int statusCorrect, int transitionsCorrect) {
        public static final StoryScores NONE = new StoryScores(0, 0, 0);
    }

    /**
     * One article's input to scoring: its document (the clean text as extraction read it, which the
     * story layer reads too) and the statements extracted from it.
     */
    public record ArticleOutput(Document document, List<Statement> statements) {
        public CleanArticle article() {
            return document.article();
        }
    }

    /** A gold row and the prediction matched to it. */
    public record Match(SeedsGold.GoldStatement gold, Statement predicted) {}

    public record Result(Map<String, ArticleOutput> predictions, List<Match> matches, List<SeedsGold.GoldStatement> missedCore,
                         List<Statement> falsePositives, int coreRows, int matchedPredictions, double stanceAccuracy,
                         double speakerAccuracy, double evidenceOnlyStance, double evidenceOnlySpeaker,
                         Map<String, List<String>> survivingBoilerplate) {
        public double precision() {
            int denominator = matchedPredictions + falsePositives.size();
            return denominator == 0 ? 0 : (double) matchedPredictions / denominator;
        }

        public double recall() {
            long core = matches.stream().filter(m -> m.gold().core()).count();
            return coreRows == 0 ? 0 : (double) core / coreRows;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final StoryScorer storyScorer;

    public SeedsEvaluation() {
        this((gold, result) -> StoryScores.NONE);
    }

    public SeedsEvaluation(StoryScorer storyScorer) {
        this.storyScorer = storyScorer;
    }

    public Result score(SeedsGold gold, Map<String, ArticleOutput> predictions) {
        List<Match> matches = new ArrayList<>();
        List<SeedsGold.GoldStatement> missed = new ArrayList<>();
        List<Statement> falsePositives = new ArrayList<>();
        Map<String, List<String>> boilerplate = new LinkedHashMap<>();
        int coreRows = 0;
        int matchedPredictions = 0;
        int evidencePairs = 0;
        int stanceRight = 0;
        int speakerRight = 0;
        int strictPairs = 0;
        int strictStance = 0;
        int strictSpeaker = 0;
        for (SeedsGold.GoldArticle article : gold.articles()) {
            ArticleOutput output = predictions.get(article.file());
            String text = output == null ? "" : output.article().text();
            List<Statement> predicted = output == null ? List.of() : output.statements();
            List<String> surviving = new ArrayList<>();
            for (String b : article.boilerplate()) if (text.contains(b)) surviving.add(b);
            if (!surviving.isEmpty()) boilerplate.put(article.file(), surviving);
            List<SeedsGold.GoldStatement> core = new ArrayList<>();
            List<SeedsGold.GoldStatement> other = new ArrayList<>();
            for (SeedsGold.GoldStatement row : gold.statements()) {
                if (!row.article().equals(article.file())) continue;
                (row.core() ? core : other).add(row);
            }
            coreRows += core.size();
            boolean[] used = new boolean[predicted.size()];
            // core rows first: the other rows may only take predictions no core row matched
            int[] coreMatch = BipartiteMatching.match(edges(core, predicted, text, true), predicted.size(), null);
            matchedPredictions += pair(core, coreMatch, predicted, used, matches);
            for (int i = 0; i < core.size(); i++) if (coreMatch[i] < 0) missed.add(core.get(i));
            int[] otherMatch = BipartiteMatching.match(edges(other, predicted, text, true), predicted.size(), used);
            matchedPredictions += pair(other, otherMatch, predicted, used, matches);
            for (int p = 0; p < predicted.size(); p++) {
                if (used[p]) continue;
                boolean excused = false;
                for (SeedsGold.GoldStatement row : other) if (evidenceMatches(row, predicted.get(p), text)) excused = true;
                if (!excused) falsePositives.add(predicted.get(p));
            }
            // diagnostic: every core row paired on evidence alone, whatever the stance and speaker
            int[] evidenceOnly = BipartiteMatching.match(edges(core, predicted, text, false), predicted.size(), null);
            for (int i = 0; i < core.size(); i++) {
                if (evidenceOnly[i] < 0) continue;
                strictPairs++;
                if (predicted.get(evidenceOnly[i]).stance().name().equals(core.get(i).stance())) strictStance++;
                if (speakerMatches(core.get(i), predicted.get(evidenceOnly[i]))) strictSpeaker++;
            }
            // stance and speaker accuracy: the full matches, plus core rows left over paired on evidence alone
            boolean[] usedForAccuracy = used.clone();
            List<SeedsGold.GoldStatement> leftover = new ArrayList<>();
            for (int i = 0; i < core.size(); i++) {
                if (coreMatch[i] >= 0) {
                    evidencePairs++;
                    stanceRight++;
                    speakerRight++;
                } else {
                    leftover.add(core.get(i));
                }
            }
            int[] byEvidence = BipartiteMatching.match(edges(leftover, predicted, text, false), predicted.size(), usedForAccuracy);
            for (int i = 0; i < leftover.size(); i++) {
                if (byEvidence[i] < 0) continue;
                Statement s = predicted.get(byEvidence[i]);
                evidencePairs++;
                if (s.stance().name().equals(leftover.get(i).stance())) stanceRight++;
                if (speakerMatches(leftover.get(i), s)) speakerRight++;
            }
        }
        double stance = evidencePairs == 0 ? 0 : (double) stanceRight / evidencePairs;
        double speaker = evidencePairs == 0 ? 0 : (double) speakerRight / evidencePairs;
        return new Result(predictions, matches, missed, falsePositives, coreRows, matchedPredictions, stance, speaker,
                strictPairs == 0 ? 0 : (double) strictStance / strictPairs, strictPairs == 0 ? 0 : (double) strictSpeaker / strictPairs, boilerplate);
    }

    public StoryScores storyScores(SeedsGold gold, Result result) {
        return storyScorer.score(gold, result);
    }

    /** The fixed summary line of {@code eval seeds}. */
    public String summaryLine(SeedsGold gold, Result result) {
        StoryScores story = storyScores(gold, result);
        return String.format(Locale.ROOT, "seeds: P=%.2f R=%.2f F1=%.2f stance=%.2f speaker=%.2f bcubed=%.2f status=%d/%d transitions=%d/%d",
                result.precision(), result.recall(), result.f1(), result.stanceAccuracy(), result.speakerAccuracy(), story.bcubed(),
                story.statusCorrect(), gold.stories().size(), story.transitionsCorrect(), gold.transitions().size());
    }

    /** Adds each gold row matched to a prediction and marks that prediction used; returns how many matched. */
    private static int pair(List<SeedsGold.GoldStatement> rows, int[] match, List<Statement> predicted, boolean[] used, List<Match> matches) {
        int paired = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (match[i] < 0) continue;
            used[match[i]] = true;
            matches.add(new Match(rows.get(i), predicted.get(match[i])));
            paired++;
        }
        return paired;
    }

    private static List<List<Integer>> edges(List<SeedsGold.GoldStatement> rows, List<Statement> predicted, String text, boolean full) {
        List<List<Integer>> edges = new ArrayList<>();
        for (SeedsGold.GoldStatement row : rows) {
            List<Integer> candidates = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                Statement s = predicted.get(p);
                if (!evidenceMatches(row, s, text)) continue;
                if (full && !(s.stance().name().equals(row.stance()) && speakerMatches(row, s))) continue;
                candidates.add(p);
            }
            edges.add(candidates);
        }
        return edges;
    }

    static boolean evidenceMatches(SeedsGold.GoldStatement row, Statement s, String text) {
        String sentence = s.sentenceText() == null ? "" : s.sentenceText();
        if (sentence.contains(row.evidence())) return true;
        int at = text.indexOf(row.evidence());
        if (at < 0 || s.sentence() == null) return false;
        int overlap = Math.min(at + row.evidence().length(), s.sentence().end()) - Math.max(at, s.sentence().begin());
        return overlap * 2 >= row.evidence().length();
    }

    static boolean speakerMatches(SeedsGold.GoldStatement row, Statement s) {
        if (row.speakerMatch().isEmpty()) return true;
        if (s.speaker() == null) return false;
        String mention = lower(s.speaker().mention());
        String canonical = lower(s.speaker().canonical());
        for (String m : row.speakerMatch()) {
            String want = m.toLowerCase(Locale.ROOT);
            if (mention.contains(want) || canonical.contains(want)) return true;
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
