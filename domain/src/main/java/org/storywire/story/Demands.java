package org.storywire.story;

import java.util.List;
import java.util.Set;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * A demand asserts nothing about what is so: "the union demanded that the plant stay open", "Der
 * Betriebsrat fordert eine Standortgarantie" ask for something to be done, they do not claim that the
 * plant closes or that a decision was made. Such a statement is shown in its story's timeline, but it
 * takes no position there: a party's latest position is what it last claimed, denied or declined to
 * confirm, and a demand is none of these (the design's CLAIM is an assertion of the proposition).
 */
final class Demands {
    private Demands() {}

    private static final String KIND = "demand";
    private static final Set<String> VERBS = StoryWords.words(KIND);
    private static final List<List<String>> PHRASES = StoryWords.phrases(KIND);
    private static final Set<String> CUE_ONLY = StoryWords.words("demand-cue");

    /**
     * Whether a claim is a demand: its cue is a verb of demanding ("demanded", "forderte", "called for"),
     * or what the speaker says it did is ("said it had asked the company for a meeting").
     */
    static boolean isDemand(Statement statement) {
        if (statement.stance() != Stance.CLAIM) return false;
        List<String> cue = TextAnalysis.tokens(statement.cue() == null ? "" : statement.cue());
        if (names(cue) || cue.stream().anyMatch(CUE_ONLY::contains)) return true;
        String sentence = statement.sentenceText() == null ? "" : statement.sentenceText();
        return statement.content() != null && names(TextAnalysis.tokens(FeatureReader.contentText(statement, sentence)));
    }

    private static boolean names(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (VERBS.contains(tokens.get(i))) return true;
            for (List<String> phrase : PHRASES) {
                if (i + 1 < tokens.size() && tokens.get(i).equals(phrase.get(0)) && tokens.get(i + 1).equals(phrase.get(1))) return true;
            }
        }
        return false;
    }
}
