package org.storywire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storywire.clean.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval samples}: scores the samples' storylines (grouping, final statuses, the status after each article). */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Score the samples' storylines (samples/expected.json): grouping, final statuses and the status after each article.")
final class SamplesEvalCommand implements Callable<Integer> {
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
            SeedsEvaluation.ArticleOutput output = outputs.of(article(json.readTree(line)));
            predictions.put(output.article().id(), output);
        }
        SeedsEvaluation evaluation = new SeedsEvaluation(new StoryScoring());
        SeedsEvaluation.Result result = evaluation.score(gold, predictions);
        if (stories) StoryScoring.explain(gold, result).forEach(System.out::println);
        SeedsEvaluation.StoryScores story = evaluation.storyScores(gold, result);
        System.out.println(String.format(Locale.ROOT, "samples: R=%.2f stance=%.2f speaker=%.2f bcubed=%.2f status=%d/%d transitions=%d/%d",
                result.recall(), result.stanceAccuracy(), result.speakerAccuracy(), story.bcubed(),
                story.statusCorrect(), gold.stories().size(), story.transitionsCorrect(), gold.transitions().size()));
        return 0;
    }

    /** One line of the samples' JSON Lines file as the article an ingest would record. */
    private static Article article(JsonNode a) {
        Instant published = a.hasNonNull("published") ? OffsetDateTime.parse(a.get("published").asText()).toInstant() : null;
        return new Article(a.path("id").asText(), a.path("outlet").asText(null), a.path("url").asText(null), a.path("title").asText(null),
                a.path("body").asText(""), a.path("language").asText(null), published, null);
    }
}
