package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.storywire.story.ArticleLedger;

class DecodedLedgerPartsTest {
    private static final String PART = "fam\u0000story-a\u0000";

    private static ArticleLedger ledger(String articleId) {
        return new ArticleLedger(articleId, "outlet-" + articleId, "https://example.org/" + articleId, List.of(1), List.of(), List.of(),
                null, List.of(11L, 22L), null, null);
    }

    private static List<String> ids(List<ArticleLedger> ledgers) {
        return ledgers.stream().map(ArticleLedger::articleId).toList();
    }

    @Test
    void aPartIsScannedOnceThenServedAndKeptCurrentByTheWrites() {
        DecodedLedgerParts parts = new DecodedLedgerParts();
        AtomicInteger scans = new AtomicInteger();
        Supplier<List<ArticleLedger>> scan = () -> {
            scans.incrementAndGet();
            return List.of(ledger("a1"), ledger("a2"));
        };
        assertThat(parts.holds(PART)).isFalse();
        assertThat(ids(parts.all(PART, scan))).containsExactly("a1", "a2");

        parts.written(PART, "a3", ledger("a3"));
        parts.written(PART, "a1", null);
        parts.written("fam\u0000other\u0000", "a9", ledger("a9")); // a part not held stays so

        assertThat(ids(parts.all(PART, scan))).containsExactly("a2", "a3");
        assertThat(scans).hasValue(1);
        assertThat(parts.get(PART, "a3")).isEqualTo(ledger("a3"));
        assertThat(parts.get(PART, "a1")).isNull();
        assertThat(parts.holds("fam\u0000other\u0000")).isFalse();

        parts.clear();
        parts.all(PART, scan);
        assertThat(scans).hasValue(2);
    }

    @Test
    void aPartLargeEnoughForACopyIndexIsNotHeld() {
        DecodedLedgerParts parts = new DecodedLedgerParts();
        List<ArticleLedger> many = new ArrayList<>();
        for (int i = 0; i <= DecodedLedgerParts.LEDGERS_PER_PART; i++) many.add(ledger("b" + (1000 + i)));
        assertThat(parts.all(PART, () -> many)).hasSize(many.size());
        assertThat(parts.holds(PART)).isFalse();

        parts.all(PART, () -> many.subList(0, DecodedLedgerParts.LEDGERS_PER_PART));
        assertThat(parts.holds(PART)).isTrue();
        parts.written(PART, "b9999", ledger("b9999"));
        assertThat(parts.holds(PART)).isFalse();
    }

    @Test
    void ledgersComeInTheStoresOrderOfUtf8Bytes() {
        // U+1F600 (a surrogate pair in Java) sorts after U+FF5E in UTF-8, before it in UTF-16 units.
        String emoji = "x\uD83D\uDE00";
        String fullwidth = "x\uFF5E";
        assertThat(emoji.compareTo(fullwidth)).isNegative();
        DecodedLedgerParts parts = new DecodedLedgerParts();
        parts.all(PART, List::of);
        parts.written(PART, emoji, ledger(emoji));
        parts.written(PART, fullwidth, ledger(fullwidth));
        parts.written(PART, "x", ledger("x"));
        assertThat(ids(parts.all(PART, List::of))).containsExactly("x", fullwidth, emoji);
        assertThat(Arrays.compareUnsigned(fullwidth.getBytes(StandardCharsets.UTF_8), emoji.getBytes(StandardCharsets.UTF_8))).isNegative();
    }
}
