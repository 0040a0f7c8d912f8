package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.storywire.event.ArticleSignature;

/** The signature-order store as the processor writes it (MockProcessorContext; the merge itself: {@link OrderSignaturesTopologyTest}). */
class OrderSignaturesProcessorTest {
    @Test
    void aSignatureLeavingWritesATombstoneWithoutDecodingWhatWaited() {
        AtomicInteger decoded = new AtomicInteger();
        StateSerde<OrderSignaturesProcessor.Waiting> smile = new StateSerde<>(OrderSignaturesProcessor.Waiting.class);
        Deserializer<OrderSignaturesProcessor.Waiting> counting = (topic, bytes) -> {
            if (bytes != null) decoded.incrementAndGet();
            return smile.deserializer().deserialize(topic, bytes);
        };
        Serde<OrderSignaturesProcessor.Waiting> serde = Serdes.serdeFrom(smile.serializer(), counting);
        MockProcessorContext<String, SignedArticle> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(1_000L);
        KeyValueStore<String, OrderSignaturesProcessor.Waiting> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(TopologyNames.SIGNATURE_ORDER_STORE), Serdes.String(), serde).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        OrderSignaturesProcessor processor = new OrderSignaturesProcessor(1);
        processor.init(context);

        processor.process(signature("harbour-1", 0, 7));

        assertThat(decoded.get()).as("the signature that left was not read back").isZero();
        assertThat(context.forwarded()).hasSize(1);
        assertThat(context.forwarded().get(0).record().key()).isEqualTo("harbour-1");
        assertThat(store.get(OrderSignaturesProcessor.storeKey(0, 7))).as("gone from the store").isNull();
    }

    @Test
    void whatAQuietSpellLetsGoLeavesABatchPerPunctuationInMergeOrder() {
        MockProcessorContext<String, SignedArticle> context = new MockProcessorContext<>();
        context.setCurrentSystemTimeMs(1_000L);
        KeyValueStore<String, OrderSignaturesProcessor.Waiting> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(TopologyNames.SIGNATURE_ORDER_STORE), Serdes.String(),
                new StateSerde<>(OrderSignaturesProcessor.Waiting.class)).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        OrderSignaturesProcessor processor = new OrderSignaturesProcessor(2, 3); // partition 1 sends nothing
        processor.init(context);
        for (int offset = 0; offset < 7; offset++) processor.process(signature("harbour-" + offset, 0, offset));
        assertThat(context.forwarded()).as("partition 1 is waited for").isEmpty();

        long now = 1_000L + OrderSignaturesProcessor.QUIET.toMillis();
        List<Integer> released = new ArrayList<>();
        for (int punctuation = 0; punctuation < 4; punctuation++) {
            context.setCurrentSystemTimeMs(now);
            context.scheduledPunctuators().get(0).getPunctuator().punctuate(now);
            released.add(context.forwarded().size());
            now += OrderSignaturesProcessor.QUIET.toMillis() / 5;
        }

        assertThat(released).as("forwarded after each punctuation").containsExactly(3, 6, 7, 7);
        assertThat(context.forwarded().stream().map(f -> (String) f.record().key()).toList()).containsExactly("harbour-0", "harbour-1", "harbour-2", "harbour-3", "harbour-4", "harbour-5", "harbour-6");
        try (var left = store.all()) {
            assertThat(left.hasNext()).as("nothing waits in the store").isFalse();
        }
    }

    @Test
    void storeKeysAreZeroPaddedSoThatTheyOrderByPartitionThenOffset() {
        for (long[] po : new long[][] {{0, 0}, {2, 41}, {12, 9_876_543_210L}, {99_999, Long.MAX_VALUE}}) {
            assertThat(OrderSignaturesProcessor.storeKey((int) po[0], po[1])).isEqualTo(String.format("%05d:%019d", po[0], po[1]));
        }
        assertThat(OrderSignaturesProcessor.storeKey(1, 10)).isGreaterThan(OrderSignaturesProcessor.storeKey(1, 9))
                .isLessThan(OrderSignaturesProcessor.storeKey(2, 0));
    }

    private static Record<String, SignedArticle> signature(String articleId, int partition, long offset) {
        ArticleSignature signature = new ArticleSignature(articleId, "Hafenblatt", "de", "Neue Schleuse am Nordkai",
                Instant.parse("2025-03-04T08:00:00Z"), new TreeMap<>(Map.of("nordkai", 2.0)), new TreeMap<>(Map.of("schleus", 1.5)));
        RecordHeaders headers = new RecordHeaders();
        headers.add(OrderSignaturesProcessor.SOURCE_HEADER, OrderSignaturesProcessor.sourceValue(partition, offset));
        return new Record<>(articleId, new SignedArticle(signature, List.of("schleuse:nordkai")), 1_000L, headers);
    }
}
