package org.storywire.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Span;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.ArticleInfo;
import org.storywire.story.Evidence;
import org.storywire.story.Position;
import org.storywire.story.Standing;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryState;
import org.storywire.story.StoryStatement;
import org.storywire.story.StoryStatus;
import org.storywire.story.TimelineEntry;

/** What a reader gets of a story: outlet names, not file names; a repeated sentence once; times with their precision. */
class DtoMapperTest {
    private static final Instant NOV_2024 = Instant.parse("2024-10-31T23:00:00Z"); // 1 Nov 2024, Berlin
    private static final Instant MAR_4 = Instant.parse("2026-03-04T09:15:00Z");
    private static final String SENTENCE = "Kerbach AG denied the report.";

    private static TimelineEntry entry(String articleId, int ordinal, Instant at, int offset, String outlet, String url) {
        return new TimelineEntry(at, "Kerbach spokesman", "Kerbach AG", Stance.DENIAL, Standing.PARTY, outlet, url, ordinal,
                new Evidence(articleId, SENTENCE, offset, offset + SENTENCE.length(), offset, offset + 20));
    }

    private static StoryState story() {
        return new StoryState("s1", "Kerbach denies", "closure", List.of("Kerbach AG"), StoryStatus.DENIED,
                List.of(new Position("Kerbach AG", Stance.DENIAL, Standing.PARTY, "Kerbach spokesman", "003_28536cb5621b5eab.txt", MAR_4, 1)),
                List.of(entry("month-only", 0, NOV_2024, 0, "Agency", null),
                        entry("003_28536cb5621b5eab.txt", 0, MAR_4, 10, null, "https://www.weser-kurier.example/a/1"),
                        // the same sentence again further down the same article (a caption repeating it)
                        entry("003_28536cb5621b5eab.txt", 1, MAR_4, 400, null, "https://www.weser-kurier.example/a/1"),
                        entry("004_undated.txt", 0, MAR_4, 0, null, null)),
                0, 4, Map.of("Agency", 1, "003_28536cb5621b5eab.txt", 1, "004_undated.txt", 1), 3, NOV_2024, MAR_4, 4,
                null, "month-only", unnamed("003_28536cb5621b5eab.txt", "https://www.weser-kurier.example/a/1", "004_undated.txt", null), 3);
    }

    /** Articles without an outlet, by id, with their URL (null when unknown). */
    private static Map<String, String> unnamed(String id1, String url1, String id2, String url2) {
        Map<String, String> unnamed = new java.util.HashMap<>();
        unnamed.put(id1, url1);
        unnamed.put(id2, url2);
        return unnamed;
    }

    private static final DtoMapper.Precisions PRECISIONS = (articleId, ordinal) -> articleId.equals("month-only") ? "MONTH" : "MINUTE";

    @Test
    void outletsAreNamesOrHostsNeverFileNames() {
        Dtos.Story dto = DtoMapper.story(story(), null, PRECISIONS);
        assertThat(dto.outlets()).containsOnlyKeys("Agency", "weser-kurier.example", "unnamed outlet");
        assertThat(dto.timeline()).extracting(Dtos.TimelineEntry::outlet).doesNotContain("003_28536cb5621b5eab.txt")
                .contains("weser-kurier.example");
    }

    @Test
    void aSentenceRepeatedInOneArticleIsListedOnce() {
        Dtos.Story dto = DtoMapper.story(story(), null, PRECISIONS);
        assertThat(dto.timeline()).hasSize(3);
        assertThat(dto.timeline()).filteredOn(e -> e.evidence().articleId().equals("003_28536cb5621b5eab.txt")).hasSize(1);
        assertThat(dto.statementCount()).as("counts stay the fold's").isEqualTo(4);
    }

    @Test
    void timesCarryThePrecisionTheSourceGave() {
        Dtos.Story dto = DtoMapper.story(story(), null, PRECISIONS);
        assertThat(dto.timeline().get(0).atPrecision()).isEqualTo("MONTH");
        assertThat(dto.firstSeenPrecision()).isEqualTo("MONTH");
        assertThat(dto.lastUpdatedPrecision()).isEqualTo("MINUTE");
        assertThat(dto.positions().get(0).atPrecision()).isEqualTo("MINUTE");
        assertThat(DtoMapper.story(story(), null, (articleId, ordinal) -> null).firstSeenPrecision()).isNull();
    }

    private static org.storywire.event.EventSummary event(Instant first, Instant last) {
        return new org.storywire.event.EventSummary("ev-1", "Kerbach shipyard", 0, first, last, 2, List.of("Agency"), List.of("en"),
                new java.util.TreeMap<>(), new java.util.TreeMap<>(), List.of());
    }

    @Test
    void anEventsTimesTakeThePrecisionOfAStatementThenAndItsStoriesKeepTheirOrder() {
        Map<String, java.util.Optional<Dtos.Story>> stories = new java.util.LinkedHashMap<>();
        stories.put("s1", java.util.Optional.of(DtoMapper.story(story(), null, PRECISIONS)));
        stories.put("gone", java.util.Optional.empty());
        Dtos.Event dto = DtoMapper.event(event(NOV_2024, MAR_4), 7, stories);
        assertThat(dto.firstSeenPrecision()).isEqualTo("MONTH");
        assertThat(dto.lastSeenPrecision()).isEqualTo("MINUTE");
        assertThat(dto.storyCount()).isEqualTo(7);
        assertThat(dto.stories()).containsExactly(new Dtos.EventStory("s1", "Kerbach denies", "DENIED"),
                new Dtos.EventStory("gone", null, null));

        Dtos.Event unmatched = DtoMapper.event(event(Instant.parse("2026-01-01T00:00:00Z"), MAR_4), 1, Map.of());
        assertThat(unmatched.firstSeenPrecision()).as("no statement of a listed story then").isNull();
    }

    @Test
    void anEventNoArticleOfWhichGaveADateHasNone() {
        // The event index puts such an event at the epoch.
        Dtos.Event dto = DtoMapper.event(event(Instant.EPOCH, Instant.EPOCH), 0, Map.of());
        assertThat(dto.firstSeen()).isNull();
        assertThat(dto.lastSeen()).isNull();
    }
    @Test
    void aStatementListsTheWordsItQuotesAndTheQuestionItAnswers() {
        String sentence = "Asked whether the ferry would sail, Quill said it was “safe and sound” again.";
        int at = 120; // the sentence's offset in the clean text
        Statement said = new Statement("a1", 0, new Speaker("Quill", new Span(at + 36, at + 41), "Mara Quill", null, SpeakerKind.PERSON),
                Stance.CLAIM, Attribution.INDIRECT_SPEECH, null, "said", new Span(at + 36, at + sentence.length()),
                new Span(at, at + sentence.length()), sentence, MAR_4, TimePrecision.MINUTE, 0.9, null,
                List.of(new Span(at + sentence.indexOf('“'), at + sentence.indexOf('”') + 1)), new Span(at + 6, at + 34));
        StoryStatement stored = new StoryStatement(new StoryKey("none", false, List.of("Mara Quill"), null, List.of()), said,
                new ArticleInfo("a1", "Agency", null, "Ferry", null, MAR_4, "en"), "Mara Quill", "Mara Quill", null, List.of(), List.of());

        Dtos.Statement dto = DtoMapper.statement(stored);

        assertThat(dto.quoted()).containsExactly("safe and sound");
        assertThat(dto.question()).isEqualTo("whether the ferry would sail");
    }

    @Test
    void aSpanOutsideTheEvidenceSentenceIsNotCut() {
        String sentence = "Quill said no.";
        Statement said = new Statement("a1", 0, null, Stance.CLAIM, Attribution.INDIRECT_SPEECH, null, "said", new Span(20, 34),
                new Span(20, 34), sentence, MAR_4, TimePrecision.MINUTE, 0.9, null, List.of(new Span(30, 60)), new Span(0, 3));
        StoryStatement stored = new StoryStatement(new StoryKey("none", false, List.of(), null, List.of()), said,
                new ArticleInfo("a1", "Agency", null, "Ferry", null, MAR_4, "en"), null, null, null, List.of(), List.of());

        Dtos.Statement dto = DtoMapper.statement(stored);

        assertThat(dto.quoted()).isEmpty();
        assertThat(dto.question()).isNull();
    }
}
