package org.storywire.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.storywire.avro.EventState;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Statement;
import org.storywire.avro.StoryState;
import org.storywire.avro.StoryUpdate;
import org.storywire.config.StorywireConfig.TopicNames;

/**
 * The one immutable registry of topics and their serdes, built from configuration. Stores are
 * private state and all use {@link StateSerde}.
 */
public record Topics(
        Topic<String, RawArticle> articlesRaw,
        Topic<String, Statement> statements,
        Topic<String, StoryState> stories,
        Topic<String, StoryUpdate> storyUpdates,
        String deadLetters,
        Topic<String, SignedArticle> articleSignatures,
        Topic<String, EventState> events) {

    public static Topics from(TopicNames names, SerdeFactory serdes) {
        Serde<String> keys = Serdes.String();
        return new Topics(
                new Topic<>(names.articlesRaw(), keys, serdes.valueSerde(RawArticle.class)),
                new Topic<>(names.statements(), keys, serdes.valueSerde(Statement.class)),
                new Topic<>(names.stories(), keys, serdes.valueSerde(StoryState.class)),
                new Topic<>(names.storyUpdates(), keys, serdes.valueSerde(StoryUpdate.class)),
                names.deadLetters(),
                // Internal: signatures never leave the application, so they are Smile like the stores.
                new Topic<>(names.articleSignatures(), keys, new StateSerde<>(SignedArticle.class)),
                new Topic<>(names.events(), keys, serdes.valueSerde(EventState.class)));
    }
}
