package org.storywire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storywire.extract.Statement;

/**
 * A figure an article calls larger than the one first reported or known ("Betroffen seien rund 450 Beschäftigte und damit
 * mehr als zunächst bekannt", "more jobs than initially reported") is the claim grown, not a second claim beside it: the
 * local paper's 300 jobs and the company's confirmed 450 are one closure. In such an article no statement keys its story by
 * a figure ({@link FigureClaims}), so the confirmation meets the report that named no figure or another one. A smaller
 * figure ("far fewer than the 2,000 job cuts reported") keeps its own story: a report of more than happened is not confirmed
 * by it.
 */
final class RevisedFigures {
    private RevisedFigures() {}

    private static final Set<String> MORE = StoryWords.words("revision-more");
    private static final Set<String> EARLIER = StoryWords.words("revision-earlier");
    private static final Set<String> THAN = Set.of("als", "than");
    /** How many words may stand between the comparative and "als"/"than" ("mehr Arbeitsplätze betroffen als"). */
    private static final int SPAN = 4;

    static List<StoryGrouper.Assignment> grownFiguresJoined(List<Statement> statements, List<String> opening, List<StoryGrouper.Assignment> assignments) {
        if (!callsAFigureGrown(statements, opening)) return assignments;
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < out.size(); i++) {
            StoryGrouper.Assignment a = out.get(i);
            StoryKey k = a.key();
            if (Quantities.isQuantity(k.topic())) out.set(i, a.withKey(new StoryKey(k.frame(), k.intention(), k.sides(), k.source(), List.of())));
        }
        return out;
    }

    private static boolean callsAFigureGrown(List<Statement> statements, List<String> opening) {
        for (String sentence : opening) if (grown(sentence)) return true;
        for (Statement s : statements) if (grown(s.sentenceText())) return true;
        return false;
    }

    /** "mehr [up to four words] als zunächst", "more [...] than initially". */
    static boolean grown(String sentence) {
        if (sentence == null) return false;
        List<String> tokens = TextAnalysis.tokens(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            if (!MORE.contains(tokens.get(i))) continue;
            for (int j = i + 1; j <= i + SPAN + 1 && j + 1 < tokens.size(); j++) {
                if (THAN.contains(tokens.get(j)) && EARLIER.contains(tokens.get(j + 1))) return true;
            }
        }
        return false;
    }
}
