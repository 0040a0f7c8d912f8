package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * The events view in a real headless Chromium against the whole processor on the embedded broker and
 * registry: the API's events, latest first, with their stories' statuses; filters the API applies; a story
 * opening the story view; an event's own page; a new article's event appearing without reload.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsPageBrowserTest {
    /** An event dated to a month only (that of the samples), on a subject none of the samples touch. */
    private static final RawArticle MONTH_ONLY = monthOnlyArticle();
    /**
     * The live article's time: after the samples' (9 to 16 March 2026) but not months later, so that their events stay
     * active (events quiet for 60 days age out) and the new one is to be listed above them.
     */
    private static final Instant AFTER_THE_SAMPLES = Instant.parse("2026-03-20T09:00:00Z");
    /** A shown event time: exact with its zone, or a coarse one without a clock time, or none. */
    private static final String TIME_TEXT = "\\d{1,2} [A-Z][a-z]{2,3} \\d{4}, \\d{2}:\\d{2} [A-Z][A-Za-z0-9+:-]+|(\\d{1,2} )?[A-Z][a-z]{2,3} \\d{4}|no date";

    private static PageFixture page;

    @BeforeAll
    static void startProcessorAndBrowser(EmbeddedPlatform platform) throws Exception {
        if (!PageFixture.browserInstalled()) return; // each test then skips with the reason
        page = PageFixture.start(platform, "events-page", List.of(MONTH_ONLY));
    }

    @AfterAll
    static void stop() throws IOException {
        if (page != null) page.close();
    }

    @BeforeEach
    void openTheEventsView() {
        assumeTrue(page != null, PageFixture.NO_BROWSER);
        page.browser.get("about:blank"); // a fresh page: the same address again would keep the last test's filters
        page.open("/#/events");
        Map<String, Map<String, String>> api = apiEvents("");
        waitFor("the API's " + api.size() + " events", () -> pageEvents().keySet().equals(api.keySet()));
    }

    @Test
    @Order(1)
    void theEventsViewListsTheApisEventsLatestFirstWithTheirStoriesStatuses() {
        Map<String, Map<String, String>> api = apiEvents("");
        assertThat(api).as("the samples make several events").hasSizeGreaterThan(1);
        assertThat(api.values()).as("events with stories").anySatisfy(stories -> assertThat(stories).isNotEmpty());

        waitFor(() -> "each event with its stories and the API's statuses " + api + "; the page shows " + pageEvents()
                + ", the API now " + apiEvents(""), () -> pageEvents().equals(api));
        assertThat(List.copyOf(pageEvents().keySet())).containsExactlyElementsOf(api.keySet());
        List<Instant> lastSeen = page.browser.findElements(By.cssSelector("#event-list .event-row")).stream()
                .map(row -> Instant.parse(row.getAttribute("data-last-seen"))).toList();
        assertThat(lastSeen).as("latest change first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<String> times = page.browser.findElements(By.cssSelector("#event-list .first-seen, #event-list .last-seen")).stream()
                .map(WebElement::getText).toList();
        assertThat(times).hasSize(2 * api.size())
                .allSatisfy(t -> assertThat(t).matches("(first|last) seen (" + TIME_TEXT + ")").doesNotContain("NaN"));
        assertThat(times).as("an exact time names its zone").anySatisfy(t -> assertThat(t).matches(".*\\d{2}:\\d{2} [A-Z].*"));

        String monthEvent = eventOf(MONTH_ONLY.getId());
        WebElement monthRow = row(monthEvent);
        assertThat(monthRow.findElement(By.cssSelector(".first-seen")).getText()).isEqualTo("first seen Mar 2026");
        assertThat(monthRow.findElement(By.cssSelector(".last-seen")).getText()).isEqualTo("last seen Mar 2026");
        assertThat(monthRow.findElement(By.cssSelector(".event-outlets")).getText()).isEqualTo(MONTH_ONLY.getOutlet());
    }

    @Test
    @Order(2)
    void filtersNarrowTheListAsTheApiDoes() {
        Map<String, Map<String, String>> all = apiEvents("");
        String status = null;
        for (String candidate : List.of("DENIED", "CLAIMED", "UNCONFIRMED")) {
            Map<String, Map<String, String>> some = apiEvents("status=" + candidate);
            if (!some.isEmpty() && some.size() < all.size()) status = candidate;
        }
        assertThat(status).as("a status some events' stories have and others' do not").isNotNull();
        String wanted = status;
        Map<String, Map<String, String>> api = apiEvents("status=" + wanted);
        new Select(page.browser.findElement(By.id("event-filter-status"))).selectByValue(wanted);
        waitFor(() -> "the events the API lists for status " + wanted + ": " + api.keySet() + "; " + whatThePageShows(),
                () -> pageEvents().keySet().equals(api.keySet()));
        assertThat(pageEvents().values()).as("each listed event shows a story that is " + wanted)
                .allSatisfy(stories -> assertThat(stories).containsValue(wanted));

        new Select(page.browser.findElement(By.id("event-filter-status"))).selectByValue("");
        page.browser.findElement(By.id("event-filter-outlet")).sendKeys(MONTH_ONLY.getOutlet());
        String monthEvent = eventOf(MONTH_ONLY.getId());
        waitFor("only the event " + MONTH_ONLY.getOutlet() + " reported", () -> pageEvents().keySet().equals(Set.of(monthEvent)));

        page.browser.findElement(By.id("event-filter-outlet")).clear();
        page.browser.findElement(By.id("event-filter-q")).sendKeys("no event is labelled like this");
        waitFor("no event and the page says so", () -> pageEvents().isEmpty()
                && text(By.id("event-summary")).equals("No event matches these filters."));
    }

    @Test
    @Order(3)
    void aStoryOpensTheStoryViewAndAnEventItsOwnPage() {
        WebElement firstStory = page.browser.findElement(By.cssSelector("#event-list .event-story a.story-title"));
        String storyId = firstStory.findElement(By.xpath("..")).getAttribute("data-story-id");
        JsonNode story = PipelineFixture.get(page.port, "/api/stories/" + enc(storyId)).body();
        firstStory.click();
        waitFor(() -> "the story view of " + storyId + " " + story.get("status").asText() + "; the page is at " + page.browser.getCurrentUrl()
                + ", story view shown " + page.browser.findElement(By.id("story-view")).isDisplayed() + " with status '"
                + page.browser.findElement(By.id("story-status")).getAttribute("textContent") + "', problem '"
                + page.browser.findElement(By.id("problem")).getAttribute("textContent") + "'", () -> page.browser.findElement(By.id("story-view")).isDisplayed()
                && text(By.id("story-status")).equals(story.get("status").asText()));
        assertThat(URLDecoder.decode(page.browser.getCurrentUrl(), StandardCharsets.UTF_8)).endsWith("#/story/" + storyId);

        page.open("/#/events");
        String eventId = apiEvents("").keySet().iterator().next();
        JsonNode detail = PipelineFixture.get(page.port, "/api/events/" + enc(eventId)).body();
        waitFor("the events view", () -> !page.browser.findElements(By.cssSelector(".event-row[data-event-id='" + eventId + "'] .event-title")).isEmpty());
        row(eventId).findElement(By.cssSelector(".event-title")).click();
        Map<String, String> detailStories = new LinkedHashMap<>();
        detail.get("stories").forEach(s -> detailStories.put(s.get("id").asText(), s.get("status").asText()));
        waitFor("the event's page with its stories", () -> page.browser.findElement(By.id("event-view")).isDisplayed()
                && text(By.id("event-title")).equals(detail.get("label").asText())
                && storiesIn(page.browser.findElement(By.id("event-stories"))).equals(detailStories));
        assertThat(page.browser.getCurrentUrl()).endsWith("#/events/" + eventId);
    }

    @Test
    @Order(4)
    void aNewArticlesEventAppearsWithoutReload() throws Exception {
        page.markLoadedAndAwaitLiveFeed();
        RawArticle live = PipelineFixture.article("events-page-live-1", "Lakeside Observer", "https://example.com/lakeside/tarnow-bridge",
                "Tarnow council denies plan to close the old Weidenbach bridge",
                "The town council of Tarnow on Thursday denied a report that it plans to close the old Weidenbach bridge "
                        + "to all traffic. \"The bridge stays open,\" council spokesman Henrik Olsen said. "
                        + "The Lakeside Observer had reported on Wednesday, citing engineers, that the bridge was to be closed.",
                "en", AFTER_THE_SAMPLES);
        page.publish(List.of(live));

        String eventId = eventOf(live.getId());
        Set<String> stories = new TreeSet<>();
        PipelineFixture.get(page.port, "/api/articles/" + live.getId() + "/statements").body()
                .forEach(s -> stories.add(s.get("storyId").asText()));
        assertThat(stories).as("the article makes stories").isNotEmpty();
        waitFor(() -> "the new event " + eventId + " listed first with its stories " + stories + "; the page lists " + pageEvents()
                + ", the API " + apiEvents(""), () -> {
            Map<String, Map<String, String>> shown = pageEvents();
            return !shown.isEmpty() && shown.keySet().iterator().next().equals(eventId) && shown.get(eventId).keySet().containsAll(stories);
        });
        waitFor("every event as the API lists it", () -> pageEvents().equals(apiEvents("")));
        assertThat(row(eventId).getAttribute("class")).as("an event changed while watching is marked").contains("live");
        assertThat(page.notReloaded()).as("the page was not reloaded").isTrue();
    }

    @Test
    @Order(5)
    void anArticleWithoutStatementsShowsItsEventWithoutReload() throws Exception {
        page.markLoadedAndAwaitLiveFeed();
        RawArticle quiet = PipelineFixture.article("events-page-quiet-1", "Kelby Weekly", "https://example.com/kelby/flower-market",
                "Flower market opens on the Kelby harbour square",
                "The annual flower market of Kelby opens on Saturday on the harbour square. "
                        + "Forty stalls sell plants, seeds and garden tools until Sunday evening.",
                "en", AFTER_THE_SAMPLES.plus(java.time.Duration.ofDays(1)));
        page.publish(List.of(quiet));

        String eventId = eventOf(quiet.getId());
        assertThat(PipelineFixture.get(page.port, "/api/articles/" + quiet.getId() + "/statements").body())
                .as("an article that makes no story update").isEmpty();
        waitFor(() -> "its event " + eventId + " listed first; the page lists " + pageEvents().keySet(),
                () -> !pageEvents().isEmpty() && pageEvents().keySet().iterator().next().equals(eventId));
        assertThat(row(eventId).getAttribute("class")).as("an event changed while watching is marked").contains("live");
        assertThat(page.notReloaded()).as("the page was not reloaded").isTrue();
    }

    private static RawArticle monthOnlyArticle() {
        RawArticle a = PipelineFixture.article("events-page-month-1", "Museum Quarterly", "https://example.com/museum-quarterly/orlanda",
                "Orlanda museum denies it will sell its Vermeer",
                "The Orlanda city museum denied a report that it will sell its Vermeer to a private collector. "
                        + "\"The painting is not for sale,\" museum director Clara Hollis said.",
                "en", OffsetDateTime.parse("2026-03-01T00:00:00+01:00").toInstant());
        a.setPublishedPrecision(TimePrecision.MONTH);
        return a;
    }

    /** The event an article joined, once assignment has it. */
    private String eventOf(String articleId) {
        String[] found = new String[1];
        waitFor("the event of " + articleId, () -> {
            PipelineFixture.Response r = PipelineFixture.get(page.port, "/api/articles/" + enc(articleId) + "/event");
            if (r.status() == 200) found[0] = r.body().get("eventId").asText();
            return found[0] != null;
        });
        return found[0];
    }

    /** The page's list, filters and messages, for a failed wait's message. */
    private String whatThePageShows() {
        return "the page lists " + pageEvents().keySet() + " with status filter '"
                + page.browser.findElement(By.id("event-filter-status")).getAttribute("value") + "', summary '"
                + text(By.id("event-summary")) + "', problem '" + page.browser.findElement(By.id("problem")).getAttribute("textContent")
                + "'; the API lists " + apiEvents("").keySet() + " unfiltered";
    }

    /** event id -> (story id -> status) as the API lists them, latest first. */
    private static Map<String, Map<String, String>> apiEvents(String query) {
        PipelineFixture.Response r = PipelineFixture.get(page.port, "/api/events?limit=500&" + query);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        r.body().get("items").forEach(event -> {
            Map<String, String> stories = new LinkedHashMap<>();
            event.get("stories").forEach(s -> stories.put(s.get("id").asText(), s.get("status").asText("")));
            result.put(event.get("id").asText(), stories);
        });
        return result;
    }

    private Map<String, Map<String, String>> pageEvents() {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (WebElement row : page.browser.findElements(By.cssSelector("#event-list .event-row"))) {
            result.put(row.getAttribute("data-event-id"), storiesIn(row));
        }
        return result;
    }

    /** story id -> the text of its badge. */
    private static Map<String, String> storiesIn(WebElement container) {
        Map<String, String> stories = new LinkedHashMap<>();
        for (WebElement story : container.findElements(By.cssSelector(".event-story"))) {
            // A story no longer known has no status, and no badge.
            List<WebElement> badge = story.findElements(By.cssSelector(".badge"));
            stories.put(story.getAttribute("data-story-id"), badge.isEmpty() ? "" : badge.get(0).getText());
        }
        return stories;
    }

    private WebElement row(String eventId) {
        return page.browser.findElement(By.cssSelector("#event-list .event-row[data-event-id='" + eventId + "']"));
    }

    private static String text(By locator) {
        return page.text(locator);
    }

    private static void waitFor(String what, BooleanSupplier check) {
        page.waitFor(what, check);
    }

    private static void waitFor(java.util.function.Supplier<String> what, BooleanSupplier check) {
        page.waitFor(what, check);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
