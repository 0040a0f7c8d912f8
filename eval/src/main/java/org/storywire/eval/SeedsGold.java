package org.storywire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-annotated seeds gold (see the eval README): articles, stories, statement rows, transitions. */
public record SeedsGold(List<GoldArticle> articles, List<GoldStory> stories, List<GoldStatement> statements, List<GoldTransition> transitions) {
    public record GoldArticle(String file, String published, List<String> boilerplate) {}

    public record GoldStory(String id, List<String> actors, String finalStatus) {}

    public record GoldStatement(int row, String article, String story, String stance, String speaker, List<String> speakerMatch,
                                String standing, String evidence, boolean core) {}

    public record GoldTransition(List<String> after, String story, String status) {}

    public static SeedsGold read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<GoldArticle> articles = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            articles.add(new GoldArticle(a.path("file").asText(), a.path("published").isNull() ? null : a.path("published").asText(null), strings(a.path("boilerplate"))));
        }
        List<GoldStory> stories = new ArrayList<>();
        for (JsonNode s : root.path("stories")) stories.add(new GoldStory(s.path("id").asText(), strings(s.path("actors")), s.path("final_status").asText(null)));
        List<GoldStatement> statements = new ArrayList<>();
        for (JsonNode s : root.path("statements")) {
            statements.add(new GoldStatement(statements.size(), s.path("article").asText(), s.path("story").isNull() ? null : s.path("story").asText(null),
                    s.path("stance").asText(), s.path("speaker").isNull() ? null : s.path("speaker").asText(null), strings(s.path("speaker_match")),
                    s.path("standing").asText(null), s.path("evidence").asText(), s.path("core").asBoolean(false)));
        }
        List<GoldTransition> transitions = new ArrayList<>();
        for (JsonNode t : root.path("transitions")) transitions.add(new GoldTransition(strings(t.path("after")), t.path("story").asText(), t.path("status").asText()));
        return new SeedsGold(List.copyOf(articles), List.copyOf(stories), List.copyOf(statements), List.copyOf(transitions));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return List.copyOf(out);
    }
}
