package org.storywire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storylines of {@code samples/expected.json} read as story gold, so that the samples are scored
 * by the same rules as the seeds and scenarios: each storyline is a gold story, each of its key
 * statements a core row, and its status after each article (in publication order) a transition.
 * Only key statements are annotated, so precision means nothing here; recall, grouping and statuses do.
 */
public final class SamplesGold {
    private SamplesGold() {}

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]+");

    public static SeedsGold read(Path expected) throws IOException {
        JsonNode root = new ObjectMapper().readTree(expected.toFile());
        List<SeedsGold.GoldArticle> articles = new ArrayList<>();
        for (JsonNode id : root.path("publicationOrder")) {
            List<String> boilerplate = new ArrayList<>();
            root.path("boilerplate").path(id.asText()).forEach(b -> boilerplate.add(b.asText()));
            articles.add(new SeedsGold.GoldArticle(id.asText(), null, List.copyOf(boilerplate)));
        }
        List<SeedsGold.GoldStory> stories = new ArrayList<>();
        List<SeedsGold.GoldStatement> statements = new ArrayList<>();
        List<SeedsGold.GoldTransition> transitions = new ArrayList<>();
        for (JsonNode line : root.path("storylines")) {
            String story = line.path("id").asText();
            List<String> actors = new ArrayList<>();
            line.path("actors").forEach(a -> actors.add(a.asText()));
            stories.add(new SeedsGold.GoldStory(story, List.copyOf(actors), line.path("finalStatus").asText()));
            for (JsonNode s : line.path("statements")) {
                String speaker = s.path("speaker").asText(null);
                statements.add(new SeedsGold.GoldStatement(statements.size(), s.path("article").asText(), story, s.path("stance").asText(),
                        speaker, speakerMatch(speaker, s.path("speaksFor").asText(null)), s.path("standing").asText(null),
                        s.path("evidence").asText(), true));
            }
            List<String> after = new ArrayList<>();
            for (JsonNode t : line.path("timeline")) {
                after.add(t.path("article").asText());
                transitions.add(new SeedsGold.GoldTransition(List.copyOf(after), story, t.path("status").asText()));
            }
        }
        return new SeedsGold(List.copyOf(articles), List.copyOf(stories), List.copyOf(statements), List.copyOf(transitions));
    }

    /** Who may be named as the speaker: the names in the annotated speaker (before any comment in brackets) and whom it speaks for. */
    static List<String> speakerMatch(String speaker, String speaksFor) {
        List<String> names = new ArrayList<>();
        if (speaker != null) {
            Matcher m = NAME_WORD.matcher(speaker.split("[(,]")[0]);
            while (m.find()) names.add(m.group());
        }
        if (speaksFor != null) names.add(speaksFor.split("\\s+")[0]);
        return List.copyOf(names);
    }
}
