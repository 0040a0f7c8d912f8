package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.avro.specific.SpecificRecord;
import org.storywire.avro.Statement;
import org.storywire.story.StoryFold;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatement;

/**
 * Folds each statement into its story's state ({@link StoryFold}, a pure function) and emits the
 * new public state to the stories topic and, when something visible changed, the update to the
 * story-updates topic. Every statement is also kept in event-time order, for "as of" queries.
 */
final class FoldStoryProcessor implements Processor<String, Statement, String, SpecificRecord> {
    private final StoryFold fold;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, StoryState> states;
    private KeyValueStore<String, StoryStatement> statements;

    FoldStoryProcessor(StoryFold fold) {
        this.fold = fold;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.states = context.getStateStore(TopologyNames.STORY_STATE_STORE);
        this.statements = context.getStateStore(TopologyNames.STORY_STATEMENTS_STORE);
    }

    @Override
    public void process(Record<String, Statement> record) {
        Statement avro = record.value();
        if (avro == null) return;
        String storyId = avro.getStoryId();
        StoryState state = states.get(storyId);
        StoryFold.Folded folded;
        if (avro.getRetracted()) {
            forget(storyId, avro.getArticleId());
            folded = fold.retract(state, StoryMapping.storyKey(avro), avro.getArticleId(), java.time.Instant.ofEpochMilli(record.timestamp()));
        } else {
            StoryStatement statement = StoryMapping.fromAvro(avro);
            statements.put(statementKey(statement), statement);
            folded = fold.apply(state, statement);
        }
        if (folded.state() == state) return; // nothing changed (e.g. a redelivered statement)
        if (folded.state() == null || folded.state().isEmpty()) {
            states.delete(storyId);
            context.forward(record.withKey(storyId).withValue(null), TopologyNames.STORIES_SINK);
        } else {
            states.put(storyId, folded.state());
            context.forward(record.withKey(storyId).withValue(StoryMapping.toAvro(folded.state())), TopologyNames.STORIES_SINK);
        }
        folded.update().ifPresent(update ->
                context.forward(record.withKey(storyId).withValue(StoryMapping.toAvro(update)), TopologyNames.STORY_UPDATES_SINK));
    }

    private void forget(String storyId, String articleId) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, StoryStatement> it = statements.prefixScan(storyPrefix(storyId), new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, StoryStatement> entry = it.next();
                if (entry.value.articleId().equals(articleId)) keys.add(entry.key);
            }
        }
        keys.forEach(statements::delete);
    }

    static String storyPrefix(String storyId) {
        return storyId + '\u0000';
    }

    /** Sorts a story's statements by event time, then article, then position in the article. */
    static String statementKey(StoryStatement s) {
        long at = s.at() == null ? 0 : s.at().toEpochMilli();
        return storyPrefix(s.storyId()) + String.format("%020d", at - Long.MIN_VALUE / 2) + '\u0000'
                + s.articleId() + '\u0000' + String.format("%08d", s.statement().ordinal());
    }

    /** Every statement of a story, from a (read-only) story-statements store. */
    static List<StoryStatement> statementsOf(ReadOnlyKeyValueStore<String, StoryStatement> store, String storyId) {
        List<StoryStatement> result = new ArrayList<>();
        try (KeyValueIterator<String, StoryStatement> it = store.prefixScan(storyPrefix(storyId), new StringSerializer())) {
            it.forEachRemaining(kv -> result.add(kv.value));
        }
        return result;
    }

    static Optional<StoryState> asOf(StoryFold fold, ReadOnlyKeyValueStore<String, StoryStatement> store, String storyId, java.time.Instant time) {
        return fold.asOf(statementsOf(store, storyId), time);
    }
}
