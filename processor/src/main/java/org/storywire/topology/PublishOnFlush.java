package org.storywire.topology;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.storywire.story.StoryState;

/**
 * Sends each story to the stories topic when its state leaves the cache of the story-state store (at
 * each commit, before the commit's offsets, or when evicted), as Kafka Streams' own KTables emit: a
 * story changed by several statements between two commits (an article's statements, often) is
 * serialised for the topic once, not at each statement, and the topic keeps every committed state.
 * The hook (a cache flush listener) is Kafka Streams' internal API, the one its DSL uses for this.
 */
final class PublishOnFlush {

    private PublishOnFlush() {}

    /**
     * Attaches the hook; call from the processor's {@code init}, where the context's current node is the
     * fold. False when there is no cache to hook into (a store built without caching, or a context
     * outside a stream task, as in a unit test): the caller then sends each state as it writes it.
     */
    @SuppressWarnings("unchecked")
    static boolean attach(StateStore stories, ProcessorContext<String, SpecificRecord> context) {
        if (!(context instanceof InternalProcessorContext<?, ?>) || !(stories instanceof WrappedStateStore<?, ?, ?>)) return false;
        InternalProcessorContext<String, SpecificRecord> internal = (InternalProcessorContext<String, SpecificRecord>) context;
        ProcessorNode<?, ?, ?, ?> fold = internal.currentNode();
        return ((WrappedStateStore<?, String, StoryState>) stories).setFlushListener(record -> {
            // A flush at commit runs outside any processor: forward as the fold, to its stories sink.
            ProcessorNode<?, ?, ?, ?> previous = internal.currentNode();
            internal.setCurrentNode(fold);
            try {
                StoryState state = record.value().newValue;
                internal.forward(record.withValue(state == null ? null : (SpecificRecord) StoryMapping.toAvro(state)), TopologyNames.STORIES_SINK);
            } finally {
                internal.setCurrentNode(previous);
            }
        }, false);
    }
}
