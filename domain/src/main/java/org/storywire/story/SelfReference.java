package org.storywire.story;

import java.util.Set;
import org.storywire.extract.Statement;

/**
 * Whether what a speaker says is about its own doing: its content speaks of the speaker in the first person or with a
 * possessive ("wir haben", "ihre Soldaten hätten", "our troops", "its drones"). A claim in words that refer to nobody
 * ("Eigene Wasserproben hätten Werte ergeben", "Screenshots zeigten die Aufgaben") reports what another did.
 */
final class SelfReference {
    private SelfReference() {}

    private static final Set<String> SELF_WORDS = StoryWords.words("self-reference");

    static boolean speaksOfItself(Statement statement) {
        String sentence = statement.sentenceText() == null ? "" : statement.sentenceText();
        return TextAnalysis.tokens(FeatureReader.contentText(statement, sentence)).stream().anyMatch(SELF_WORDS::contains);
    }
}
