package org.storywire.story;

import java.util.List;
import java.util.Set;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * Who is to succeed someone is a claim of its own beside the claim that the holder goes: "the club has
 * talked to a successor" and "the coach is about to be sacked" name the same club and coach, yet the
 * club may confirm the sacking and keep silent about the successor. Without a word of its own the
 * successor claim has the same actors as the exit and merges with it.
 */
final class Successors {
    private Successors() {}

    /** The key part of a successor claim; the same in every language, so articles in either reach it. */
    static final String MARK = "successor";
    private static final Set<String> WORDS = StoryWords.words(MARK);

    /** The open-world key apart for a statement about a successor; any other key as it is. */
    static StoryKey apart(StoryKey key, Statement statement) {
        if (!StoryKey.NO_FRAME.equals(key.frame()) || Quantities.isQuantity(key.topic()) || !about(statement)) return key;
        return new StoryKey(key.frame(), key.intention(), key.sides(), key.source(), List.of(MARK));
    }

    /**
     * A claim about a successor says so in what is claimed; an answer often says it only around the cue
     * ("Zu Berichten über einen Nachfolger wollte sie sich nicht äußern"), so its whole sentence counts.
     */
    private static boolean about(Statement statement) {
        String sentence = statement.sentenceText() == null ? "" : statement.sentenceText();
        String text = statement.stance() == Stance.CLAIM ? FeatureReader.contentText(statement, sentence) : sentence;
        // German compounds ("Wunschnachfolger", "Trainernachfolge") end in the word.
        for (String token : TextAnalysis.tokens(text)) for (String word : WORDS) if (token.endsWith(word)) return true;
        return false;
    }
}
