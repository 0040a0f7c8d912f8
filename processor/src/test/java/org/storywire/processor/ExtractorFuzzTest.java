package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storywire.avro.RawArticle;
import org.storywire.extract.StatementExtractor;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryStatement;
import org.storywire.topology.ArticleStories;
import org.storywire.topology.AvroMapping;

/**
 * Property-based: cleaning, extraction and grouping (what the topology runs on every article)
 * never throw, never stop on an error (the extractor reports what it catches instead of throwing)
 * and stay within a generous time per article, on random Unicode and on text built from what the
 * extractor looks for (quote marks of every kind, nested; speech verbs; datelines; markup;
 * control characters).
 */
class ExtractorFuzzTest {
    // Generous: the machine is shared and loaded; a pathological regex would take minutes, not seconds.
    private static final Duration PER_ARTICLE = Duration.ofSeconds(10);
    /** Every extraction that stopped on an error: the extractor never throws, so this is how a fuzz case fails. */
    private static final List<String> FAILURES = new CopyOnWriteArrayList<>();
    private static final ExtractionAnalyzer ANALYZER = new ExtractionAnalyzer(
            new StatementExtractor((id, error) -> FAILURES.add(id + ": " + error + " at "
                    + Arrays.stream(error.getStackTrace()).limit(4).map(String::valueOf).collect(Collectors.joining(" < ")))));
    private static final StoryGrouper GROUPER = StoryGrouper.standard();

    private static final List<String> FRAGMENTS = List.of(
            "„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "'", "›", "‹", ":", ",", ".", "!", "?", ";", " - ", " – ",
            " sagte ", " erklärte ", " dementierte ", " wies zurück", " bestätigte ", " laut ", " zufolge ",
            " unter Berufung auf ", " soll ", " habe ", " sei ", " hätten ", " wollte nicht bestätigen",
            " said ", " denied ", " declined to comment", " according to ", " claimed ",
            "Peskow", "Putin", "Trump", "der Kreml", "Regierungssprecher", "Sprecher", "Er", "Sie",
            "Stand: 11.11.2024 08:01 Uhr", "Erstellt: 7. November 2024, 12:50 Uhr", "date 2024-11 ", "© dpa",
            "<script>alert(1)</script>", "&amp;", "\n", "\n\n", "\r\n", "\t", "\u0000", "\u200b", "\ufeff", "\ud83d\ude00",
            "\ud800", "Es gab kein Gespräch", "reine Fiktion", "am Mittwoch (6. November)", "im Juni", "Mitte Oktober");

    @Property(tries = 200)
    void randomUnicodeNeverBreaksTheExtractor(@ForAll("unicode") String body, @ForAll("unicode") String title) {
        assertAnalysedInTime(title, body);
    }

    @Property(tries = 300)
    void adversarialTextNeverBreaksTheExtractor(@ForAll("adversarial") String body) {
        assertAnalysedInTime("Titel", body);
    }

    @Property(tries = 30)
    void deeplyNestedQuotesNeverBreakTheExtractor(@ForAll("nestedQuotes") String body) {
        assertAnalysedInTime("Zitate", body);
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(3_000);
    }

    @Provide
    Arbitrary<String> adversarial() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(600).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> nestedQuotes() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 2_000);
        Arbitrary<String> open = Arbitraries.of("„", "\"", "»", "‚", "'", "“");
        Arbitrary<String> close = Arbitraries.of("“", "\"", "«", "‘", "'", "”");
        return Combinators.combine(depth, open, close).as((d, o, c) ->
                "Peskow sagte: " + o.repeat(d) + "Es gab kein Gespräch" + c.repeat(d) + ", sagte er.");
    }

    private static void assertAnalysedInTime(String title, String body) {
        FAILURES.clear();
        RawArticle raw = PipelineFixture.article("fuzz", "Fuzz", null, title, body, "de", Instant.parse("2025-01-01T00:00:00Z"));
        long start = System.nanoTime();
        List<StoryStatement> statements = ArticleStories.of(AvroMapping.article(raw), ANALYZER, GROUPER);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(statements).isNotNull();
        assertThat(List.copyOf(FAILURES)).as("extractions that stopped on an error, body of %d chars", body.length()).isEmpty();
        assertThat(took).as("analysis of %d chars", body.length()).isLessThan(PER_ARTICLE);
    }
}
