package org.storywire.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storywire.query.Dtos;
import org.storywire.analyse.LanguageDetector;

/**
 * An update with what rules match against: the story's actors, parties and event (when the story
 * could be read), the cause's speaker and party, and the language of the cause's sentence.
 */
public record AlertSubject(Dtos.Update update, List<String> actorNames, List<String> texts, String language) {

    public static AlertSubject of(Dtos.Update update, Optional<Dtos.Story> story) {
        List<String> actors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        texts.add(update.title());
        Dtos.TimelineEntry cause = update.cause();
        if (cause != null) {
            actors.add(cause.speaker());
            actors.add(cause.party());
            texts.add(cause.evidence().sentence());
        }
        story.ifPresent(s -> {
            actors.addAll(s.actors());
            s.positions().forEach(p -> actors.add(p.party()));
            texts.add(s.event());
        });
        return new AlertSubject(update, actors, texts, cause == null ? null : languageOf(cause.evidence().sentence()));
    }

    /** Statements carry no language of their own: the same cheap guess the story grouping uses. */
    private static String languageOf(String sentence) {
        return LanguageDetector.isEnglish(sentence) ? "en" : "de";
    }
}
