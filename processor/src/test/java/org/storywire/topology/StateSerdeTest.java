package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatus;

class StateSerdeTest {
    /** Smile as builds before shared string values wrote it. */
    private static final ObjectMapper WITHOUT_SHARED_VALUES =
            com.fasterxml.jackson.dataformat.smile.databind.SmileMapper.builder().addModule(new JavaTimeModule()).build();
    private final StateSerde<StoryState> serde = new StateSerde<>(StoryState.class);
    private final StoryState story = new StoryState("meeting:ru+us", "Ein Treffen", "meeting", List.of("Putin", "Trump"),
            StoryStatus.CLAIMED, List.of(), List.of(), 0, 3, Map.of("Hafenblatt", 2, "Kurier", 1), 2,
            Instant.parse("2024-11-07T12:50:00Z"), Instant.parse("2024-11-11T08:01:00Z"), 4, null, "a1",
            Map.of("a1", "https://kurier.example/a1"), 2);

    @Test
    void aStoryComesBackAsItWasWritten() {
        byte[] bytes = serde.serializer().serialize("t", story);
        assertThat(bytes[0]).as("Smile header, not text JSON").isEqualTo((byte) ':');
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(story);
    }

    @Test
    void stringsRepeatedInAStoryAreWrittenOnce() throws Exception {
        String url = "https://kurier.example/2024/11/07/ein-langer-pfad-zum-artikel";
        List<org.storywire.story.TimelineEntry> timeline = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            timeline.add(new org.storywire.story.TimelineEntry(Instant.parse("2024-11-07T12:50:00Z").plusSeconds(i), "Dmitri Peskow", "Kreml",
                    org.storywire.extract.Stance.DENIAL, org.storywire.story.Standing.PARTY, "Kurier", url, i,
                    new org.storywire.story.Evidence(url, "Satz " + i, 0, 7, 0, 7)));
        }
        StoryState repeated = new StoryState(story.storyId(), story.title(), story.event(), story.actors(), story.status(), story.positions(),
                timeline, 0, 50, story.outlets(), 2, story.firstSeen(), story.lastUpdated(), 4, null, "a1", Map.of(), 2);
        byte[] bytes = serde.serializer().serialize("t", repeated);
        assertThat(bytes[3] & 0x02).as("header flag: shared string values").isNotZero();
        byte[] plain = WITHOUT_SHARED_VALUES.writeValueAsBytes(repeated);
        assertThat(bytes.length).as("the URL, twice in each of 50 entries, written in full once").isLessThan(plain.length - 90 * url.length());
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(repeated);
    }

    @Test
    void smileWrittenWithoutSharedStringValuesIsStillRead() throws Exception {
        byte[] plain = WITHOUT_SHARED_VALUES.writeValueAsBytes(story);
        assertThat(plain[3] & 0x02).isZero();
        assertThat(serde.deserializer().deserialize("t", plain)).isEqualTo(story);
    }

    @Test
    void aCachedStoreReadsBackTheValueItWroteWithoutDecodingIt() {
        StateSerde<StoryState> cached = StateSerde.cached(StoryState.class);
        byte[] bytes = cached.serializer().serialize("t", story);
        assertThat(cached.deserializer().deserialize("t", bytes)).as("the very array written, as the record cache hands it back").isSameAs(story);
        StoryState decoded = cached.deserializer().deserialize("t", bytes.clone());
        assertThat(decoded).as("an equal array read from RocksDB is decoded").isNotSameAs(story).isEqualTo(story);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", story))).as("a serde for an uncached store keeps nothing")
                .isNotSameAs(story);
    }

    @Test
    void aCachedStoreKeepsNothingForAnotherThread() throws Exception {
        StateSerde<StoryState> cached = StateSerde.cached(StoryState.class);
        byte[] bytes = cached.serializer().serialize("t", story);
        StoryState[] read = new StoryState[1];
        Thread other = new Thread(() -> read[0] = cached.deserializer().deserialize("t", bytes));
        other.start();
        other.join();
        assertThat(read[0]).isNotSameAs(story).isEqualTo(story);
    }

    /** What a cached store hands back without decoding must be what decoding gives: each cached type's round trip is exact. */
    @Test
    void theFoldsCachedTypesComeBackAsTheyWereWritten() {
        Instant at = Instant.parse("2024-11-07T12:50:00.123456789Z");
        org.storywire.story.TimelineEntry entry = new org.storywire.story.TimelineEntry(at, "Dmitri Peskow", "Kreml",
                org.storywire.extract.Stance.DENIAL, org.storywire.story.Standing.PARTY, "Kurier", "https://kurier.example/a1", 3,
                new org.storywire.story.Evidence("a1", "Der Kreml wies den Bericht zurück.", 10, 44, 14, 43));
        org.storywire.story.Position position = new org.storywire.story.Position("Kreml", org.storywire.extract.Stance.DENIAL,
                org.storywire.story.Standing.PARTY, "Dmitri Peskow", "a1", at, 3);
        org.storywire.story.ArticleLedger ledger = new org.storywire.story.ArticleLedger("a1", "Kurier", "https://kurier.example/a1",
                List.of(3, 5), List.of(position), List.of("Kreml"), entry, List.of(-7L, 12L, Long.MAX_VALUE), at, at.plusSeconds(60));
        org.storywire.story.CopyEntry copies = new org.storywire.story.CopyEntry(List.of("s1", "s2"), 48, List.of("Kurier"), List.of("a1", "a2"), 2);
        StoryFamilyKeys keys = new StoryFamilyKeys(Map.of("meeting:ru+us", new org.storywire.story.StoryKey("meeting", true, List.of("us", "ru"),
                null, List.of("treffen"))));
        StoryState timelined = new StoryState(story.storyId(), story.title(), story.event(), story.actors(), story.status(), List.of(position),
                List.of(entry), 1, 3, story.outlets(), 2, at, at, 4, entry, "a1", Map.of(), 2);
        assertThat(new StateSerde<>(org.storywire.story.ArticleLedger.class).deserializer()
                .deserialize("t", new StateSerde<>(org.storywire.story.ArticleLedger.class).serializer().serialize("t", ledger))).isEqualTo(ledger);
        assertThat(new StateSerde<>(org.storywire.story.CopyEntry.class).deserializer()
                .deserialize("t", new StateSerde<>(org.storywire.story.CopyEntry.class).serializer().serialize("t", copies))).isEqualTo(copies);
        assertThat(new StateSerde<>(StoryFamilyKeys.class).deserializer()
                .deserialize("t", new StateSerde<>(StoryFamilyKeys.class).serializer().serialize("t", keys))).isEqualTo(keys);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", timelined))).isEqualTo(timelined);
    }

    /** Twenty random 64-bit hashes, as a statement's word 3-grams give them. */
    private static List<Long> hashes() {
        return new java.util.Random(7).longs(20).boxed().toList();
    }

    private static org.storywire.story.ArticleLedger ledgerWith(List<Long> sketch) {
        return new org.storywire.story.ArticleLedger("a1", "Kurier", "https://kurier.example/a1", List.of(3), List.of(), List.of("Kreml"),
                null, sketch, Instant.parse("2024-11-07T12:50:00Z"), null);
    }

    @Test
    void aListOfLongsIsWrittenAsEightBytesALong() throws Exception {
        StateSerde<org.storywire.story.ArticleLedger> ledgers = new StateSerde<>(org.storywire.story.ArticleLedger.class);
        org.storywire.story.ArticleLedger ledger = ledgerWith(hashes());
        byte[] bytes = ledgers.serializer().serialize("t", ledger);
        byte[] asArray = WITHOUT_SHARED_VALUES.writeValueAsBytes(ledger);
        assertThat(bytes.length).as("20 hashes in 160 bytes and a length, not 20 tokens of up to 10 bytes each")
                .isLessThan(asArray.length - 20);
        assertThat(ledgers.deserializer().deserialize("t", bytes)).isEqualTo(ledger);
    }

    @Test
    void aListOfLongsWrittenAsAnArrayIsStillRead() throws Exception {
        StateSerde<org.storywire.story.ArticleLedger> ledgers = new StateSerde<>(org.storywire.story.ArticleLedger.class);
        org.storywire.story.ArticleLedger ledger = ledgerWith(hashes());
        assertThat(ledgers.deserializer().deserialize("t", WITHOUT_SHARED_VALUES.writeValueAsBytes(ledger))).isEqualTo(ledger);
        org.storywire.story.ArticleLedger empty = ledgerWith(List.of());
        assertThat(ledgers.deserializer().deserialize("t", ledgers.serializer().serialize("t", empty))).isEqualTo(empty);
    }

    @Test
    void aListOfLongsHoldingANullComesBackWithIt() {
        record Holder(List<Long> values) {}
        StateSerde<Holder> holders = new StateSerde<>(Holder.class);
        Holder withNull = new Holder(java.util.Arrays.asList(5L, null, -3L));
        assertThat(holders.deserializer().deserialize("t", holders.serializer().serialize("t", withNull))).isEqualTo(withNull);
    }

    @Test
    void mapKeysAreReadAsPlainStringsNotInterned() {
        String canonical = new String("schleusentor-nordkai-" + System.nanoTime()).intern();
        StateSerde<StoryFamilyKeys> keys = new StateSerde<>(StoryFamilyKeys.class);
        StoryFamilyKeys family = new StoryFamilyKeys(Map.of(new String(canonical),
                new org.storywire.story.StoryKey("meeting", false, List.of("ru", "us"), null, List.of())));
        String read = keys.deserializer().deserialize("t", keys.serializer().serialize("t", family)).keys().keySet().iterator().next();
        assertThat(read).isEqualTo(canonical).as("no String.intern for each new key").isNotSameAs(canonical);
    }

    @Test
    void valuesAreWrittenAsAnUntypedMapperWritesThem() throws Exception {
        ObjectMapper untyped = com.fasterxml.jackson.dataformat.smile.databind.SmileMapper.builder(
                        com.fasterxml.jackson.dataformat.smile.SmileFactory.builder()
                                .enable(com.fasterxml.jackson.dataformat.smile.SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
                                .disable(com.fasterxml.jackson.dataformat.smile.SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT).build())
                .addModule(new JavaTimeModule()).build();
        assertThat(serde.serializer().serialize("t", story)).isEqualTo(untyped.writeValueAsBytes(story));
    }

    @Test
    void aFamilysKeysAreWrittenInStoryIdOrder() {
        Map<String, org.storywire.story.StoryKey> keys = new java.util.LinkedHashMap<>();
        for (int i = 40; i > 0; i--) {
            keys.put("meeting:ru+us~outlet-" + i, new org.storywire.story.StoryKey("meeting", false, List.of("ru", "us"), "Outlet " + i, List.of()));
        }
        assertThat(new StoryFamilyKeys(keys).keys().keySet()).containsExactlyElementsOf(keys.keySet().stream().sorted().toList());
    }
}
