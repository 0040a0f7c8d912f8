package org.storywire.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.storywire.avro.Statement;
import org.storywire.story.ArticleLedger;
import org.storywire.story.CopyEntry;
import org.storywire.story.StoryFamily;
import org.storywire.story.StoryFold;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatement;
import org.storywire.story.StoryUpdate;

/**
 * Folds each statement into its story family ({@link StoryFamily}, pure functions over plain values)
 * and emits the updates due to the story-updates topic, and every story whose published state
 * changed to the stories topic, once per commit ({@link PublishOnFlush}). Statements are also kept
 * per family in event-time order, for "as of" queries.
 *
 * <p>A family is stored in parts, so that a statement costs writes in proportion to the stories it
 * changed, not to its family or to a story's articles (a frequent event among the same sides
 * gathers thousands of articles): the family's story keys, the published stories and the folds
 * they are made of ({@link FamilyStore}), each story's timeline entries ({@link StoryTimelines}), a
 * ledger per story and article and each story's copy index ({@link StoreLedgers}).
 */
final class FoldStoryProcessor implements Processor<String, Statement, String, SpecificRecord> {
    /** Families kept decoded: decoding a large family from its store costs more than folding a statement into it. */
    static final int DECODED_FAMILIES = 1_000;

    private final StoryFold fold;
    private final Map<String, StoryFamily> decoded = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryFamily> eldest) { return size() > DECODED_FAMILIES; }
    };
    private ProcessorContext<String, SpecificRecord> context;
    private FamilyStore families;
    private KeyValueStore<String, StoryStatement> statements;
    private KeyValueStore<String, ArticleLedger> ledgers;
    private KeyValueStore<String, CopyEntry> copies;
    private final DecodedLedgerParts decodedLedgers = new DecodedLedgerParts();
    /** Whether story-state's cache sends the stories (see {@link PublishOnFlush}); else each is sent as it is written. */
    private boolean publishedOnFlush;

    FoldStoryProcessor(StoryFold fold) {
        this.fold = fold;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.families = new FamilyStore(context.getStateStore(TopologyNames.STORY_FAMILIES_STORE),
                context.getStateStore(TopologyNames.STORY_FOLDS_STORE), context.getStateStore(TopologyNames.STORY_STATE_STORE),
                context.getStateStore(TopologyNames.STORY_TIMELINE_STORE));
        this.statements = context.getStateStore(TopologyNames.STORY_STATEMENTS_STORE);
        this.ledgers = context.getStateStore(TopologyNames.STORY_LEDGERS_STORE);
        this.copies = context.getStateStore(TopologyNames.STORY_COPIES_STORE);
        this.publishedOnFlush = PublishOnFlush.attach(context.getStateStore(TopologyNames.STORY_STATE_STORE), context);
        // init runs again when a task is revived after its state was wiped and restored: forget what the store no longer says.
        decoded.clear();
        decodedLedgers.clear();
    }

    @Override
    public void process(Record<String, Statement> record) {
        Statement avro = record.value();
        if (avro == null) return;
        String familyId = StoryKey.familyOf(avro.getStoryId());
        try {
            fold(record, avro, familyId);
        } catch (RuntimeException e) {
            decoded.remove(familyId); // the store may or may not have taken the change: read it again next time
            decodedLedgers.clear();
            throw e;
        }
    }

    private void fold(Record<String, Statement> record, Statement avro, String familyId) {
        StoryFamily before = decoded.get(familyId);
        if (before == null) before = families.load(familyId);
        StoreLedgers familyLedgers = new StoreLedgers(ledgers, copies, decodedLedgers, familyId);
        StoryFamily.Result result;
        if (avro.getRetracted()) {
            forget(familyId, avro.getArticleId());
            result = before.retract(fold, familyLedgers, avro.getArticleId(), Instant.ofEpochMilli(record.timestamp()));
        } else {
            StoryStatement statement = StoryMapping.fromAvro(avro);
            statements.put(statementKey(familyId, statement), statement);
            result = before.apply(fold, familyLedgers, List.of(statement), statement.knownAt());
        }
        StoryFamily after = result.family();
        familyLedgers.write(result);
        families.save(before, after);
        if (after.isEmpty()) decoded.remove(familyId);
        else decoded.put(familyId, after);
        publishChanges(before, after, record);
        for (StoryUpdate update : result.updates()) {
            context.forward(record.withKey(update.storyId()).withValue(StoryMapping.toAvro(update)), TopologyNames.STORY_UPDATES_SINK);
        }
    }

    /**
     * Every story whose published state changed: the new state, or a tombstone for one that is gone,
     * into story-state, from whose cache {@link PublishOnFlush} sends it to the stories topic.
     */
    private void publishChanges(StoryFamily before, StoryFamily after, Record<String, Statement> record) {
        TreeSet<String> ids = new TreeSet<>(before.published().keySet());
        ids.addAll(after.published().keySet());
        for (String storyId : ids) {
            StoryState was = before.published().get(storyId);
            StoryState now = after.published().get(storyId);
            if (Objects.equals(was, now)) continue;
            StoryState published = now == null || now.isEmpty() ? null : now;
            families.publish(storyId, was, published);
            if (!publishedOnFlush) {
                context.forward(record.withKey(storyId).withValue(published == null ? null : StoryMapping.toAvro(published)), TopologyNames.STORIES_SINK);
            }
        }
    }

    private void forget(String familyId, String articleId) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, StoryStatement> it = statements.prefixScan(familyPrefix(familyId), new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, StoryStatement> entry = it.next();
                if (entry.value.articleId().equals(articleId)) keys.add(entry.key);
            }
        }
        keys.forEach(statements::delete);
    }

    static String familyPrefix(String familyId) {
        return familyId + '\u0000';
    }

    /** Sorts a family's statements by event time, then article, then position in the article. */
    static String statementKey(String familyId, StoryStatement s) {
        long at = s.at() == null ? 0 : s.at().toEpochMilli();
        return familyPrefix(familyId) + zeroPadded(at - Long.MIN_VALUE / 2, 20) + '\u0000'
                + s.articleId() + '\u0000' + zeroPadded(s.statement().ordinal(), 8);
    }

    /** What {@code %0<width>d} writes, without a Formatter for each statement folded. */
    static String zeroPadded(long value, int width) {
        if (value < 0) return String.format("%0" + width + "d", value); // before 1970 minus 146 million years: never in news
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** A story as it stood at {@code time}, from this instance's family and statement stores. */
    static Optional<StoryState> asOf(StoryFold fold, ReadOnlyKeyValueStore<String, StoryFamilyKeys> familyStore,
                                     ReadOnlyKeyValueStore<String, StoryStatement> statementStore, String storyId, Instant time) {
        String familyId = StoryKey.familyOf(storyId);
        StoryFamilyKeys family = familyStore.get(familyId);
        StoryKey key = family == null ? null : family.keys().get(storyId);
        if (key == null) return Optional.empty();
        List<StoryStatement> all = new ArrayList<>();
        try (KeyValueIterator<String, StoryStatement> it = statementStore.prefixScan(familyPrefix(familyId), new StringSerializer())) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return fold.asOf(key, StoryFamily.statementsOf(key, storyId, all), time);
    }
}
