package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.storywire.alerts.WebhookReceiver;
import org.storywire.avro.RawArticle;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;

/**
 * The live page in a real headless Chromium against the whole processor on the embedded broker
 * and registry: the sample stories with the API's statuses, an update arriving without reload,
 * the time slider going back to an earlier status, the story view's why-line, stance words and
 * zones, and an alert rule made on the page posting a signed webhook to the test.
 * Screenshots go to target/screenshots.
 */
@ExtendWith(EmbeddedPlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LivePageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_SCREENSHOT_HEIGHT = 2_000;

    private static PageFixture page;

    @BeforeAll
    static void startProcessorAndBrowser(EmbeddedPlatform platform) throws Exception {
        if (!PageFixture.browserInstalled()) return; // each test then skips with the reason, which reports show per test
        page = PageFixture.start(platform, "live-page", List.of());
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (page != null) page.close();
    }

    @BeforeEach
    void openTheList() {
        assumeTrue(page != null, PageFixture.NO_BROWSER);
        page.open("/");
        waitForRows(apiStories("").size());
    }

    @Test
    @Order(1)
    void theListShowsEveryStoryWithTheApisStatusNewestFirstAndFiltersLikeTheApi() throws IOException {
        Map<String, String> expected = apiStories("");
        assertThat(expected).as("the samples make stories").isNotEmpty();

        assertThat(pageStatuses()).isEqualTo(expected);
        assertThat(rowIds()).containsExactlyElementsOf(expected.keySet());
        assertThat(page.browser.findElement(By.cssSelector(".story-row .last-change")).getText())
                .as("a last change reads like 'Peskow denies · 8 months ago · Outlet'")
                .matches(".+ (claims|denies|declines to comment|confirms) · .+ ago.*");
        screenshot("list.png");

        Select status = new Select(page.browser.findElement(By.id("filter-status")));
        for (String wanted : List.of("DENIED", "CLAIMED", "UNCONFIRMED")) {
            status.selectByValue(wanted);
            Map<String, String> api = apiStories("status=" + wanted);
            waitFor("the stories the API lists as " + wanted + ": " + api.keySet(), () -> pageStatuses().equals(api));
        }
        status.selectByValue("");
        page.browser.findElement(By.id("filter-actor")).sendKeys("Vellmar");
        page.browser.findElement(By.id("filter-q")).sendKeys("Brandauer");
        Map<String, String> api = apiStories("actor=Vellmar&q=Brandauer");
        waitFor("the stories the API finds for actor Vellmar and text Brandauer: " + api.keySet(),
                () -> pageStatuses().equals(api));
    }

    @Test
    @Order(2)
    void theTimeSliderShowsAnEarlierStateOfAStory() throws IOException {
        EarlierState earlier = findStoryThatChanged();
        page.browser.findElement(By.cssSelector(".story-row[data-story-id='" + earlier.storyId() + "'] .story-title")).click();
        JsonNode now = PipelineFixture.get(page.port, "/api/stories/" + earlier.storyId()).body();
        waitFor("the story view shows the current state", () -> text(By.id("story-status")).equals(now.get("status").asText())
                && entries() == now.get("timeline").size());
        assertEvidenceIsHighlighted(now.get("timeline"));
        screenshot("story.png");

        // Moved back the way a user would, through the slider's own input event.
        ((JavascriptExecutor) page.browser).executeScript(
                "const s = document.getElementById('asof-slider'); s.value = arguments[0];"
                        + "s.dispatchEvent(new Event('input', {bubbles: true}));",
                String.valueOf(earlier.at().toEpochMilli()));
        waitFor("the slider shows the story as of " + earlier.at() + ": " + earlier.status() + " with " + earlier.statements() + " statements",
                () -> text(By.id("story-status")).equals(earlier.status()) && entries() == earlier.statements());
        assertThat(text(By.id("asof-note"))).contains("Now it is " + now.get("status").asText());
        assertThat(page.browser.getCurrentUrl()).contains("asOf=");
        screenshot("story-earlier.png");

        page.browser.findElement(By.id("asof-now")).click();
        waitFor("'Now' goes back to the current state", () -> text(By.id("story-status")).equals(now.get("status").asText())
                && entries() == now.get("timeline").size());
    }

    @Test
    @Order(3)
    void anUpdateArrivingAfterTheListLoadedAppearsWithoutReload() throws Exception {
        page.markLoadedAndAwaitLiveFeed();

        RawArticle liveArticle = PipelineFixture.article("page-live-1", "Harbour Times", "https://example.com/harbour-times/nordlicht-ferries",
                "Nordlicht Lines denies plan to sell its ferry business",
                "Shipping company Nordlicht Lines on Tuesday denied a report that it is preparing to sell its ferry business "
                        + "to a Scandinavian investor. \"The ferry business is not for sale,\" company spokeswoman Jana Petersen said. "
                        + "The Wesermark Gazette had reported on Monday, citing people familiar with the matter, that Nordlicht "
                        + "was in talks with the investor about a sale.",
                "en", Instant.now().minusSeconds(60));
        page.publish(List.of(liveArticle));

        Set<String> changedStories = new TreeSet<>();
        waitFor("the article's statements are extracted", () -> {
            PipelineFixture.Response statements = PipelineFixture.get(page.port, "/api/articles/page-live-1/statements");
            if (statements.status() != 200) return false;
            statements.body().forEach(s -> changedStories.add(s.get("storyId").asText()));
            return !changedStories.isEmpty();
        });
        page.awaitCaughtUp(Duration.ofSeconds(60));
        waitFor("the changed stories " + changedStories + " are listed first, with the API's status", () -> {
            Map<String, String> now = apiStories("");
            List<String> ids = rowIds();
            Map<String, String> statuses = pageStatuses();
            return Set.copyOf(ids.subList(0, Math.min(changedStories.size(), ids.size()))).equals(changedStories)
                    && changedStories.stream().allMatch(id -> now.containsKey(id) && now.get(id).equals(statuses.get(id)));
        });
        screenshot("list-live-update.png");
        for (String id : changedStories) {
            assertThat(page.browser.findElement(By.cssSelector(".story-row[data-story-id='" + id + "']")).getAttribute("class"))
                    .as("a story changed while watching is marked").contains("live");
        }
        assertThat(page.notReloaded()).as("the page was not reloaded").isTrue();
    }

    @Test
    @Order(4)
    void theStoryViewSaysWhyInStanceWordsWithZonesAndReadableOutlets() throws IOException {
        String id = storyWithMostStatements();
        JsonNode story = PipelineFixture.get(page.port, "/api/stories/" + id).body();
        String status = story.get("status").asText();
        page.open("/#/story/" + id);
        waitFor("the story view of " + id, () -> text(By.id("story-status")).equals(status)
                && entries() == story.get("timeline").size());

        String why = text(By.id("story-why"));
        assertThat(why).as("the why-line").startsWith(status + ": ").endsWith(".");
        switch (status) {
            case "DENIED" -> assertThat(why).matches("DENIED: .+ \\(party\\) denied on \\d{1,2} [A-Z][a-z]{2,3} \\d{4}.*");
            case "CLAIMED" -> assertThat(why).matches("CLAIMED: .+ \\(party\\) (claimed|confirmed) on .+; no party denies it\\.");
            default -> assertThat(why).matches("UNCONFIRMED: (only third parties assert it, the reports? of .+ \\(.+\\d{4}\\)|no party has confirmed it).*");
        }
        assertThat(page.browser.findElements(By.cssSelector("#timeline .stance, #positions .stance")))
                .extracting(e -> e.getText()).isNotEmpty()
                .allSatisfy(word -> assertThat(word).isIn("claims", "denies", "declines to comment", "confirms"));
        assertThat(page.browser.findElements(By.cssSelector("#timeline time, #story-facts time")))
                .extracting(e -> e.getText()).isNotEmpty()
                .allSatisfy(time -> assertThat(time).as("an exact time names its zone, a coarse one has no clock time")
                        .matches("\\d{1,2} [A-Z][a-z]{2,3} \\d{4}, \\d{2}:\\d{2} [A-Z][A-Za-z0-9+:-]+|(\\d{1,2} )?[A-Z][a-z]{2,3} \\d{4}"));
        List<String> outlets = new ArrayList<>();
        story.get("outlets").fieldNames().forEachRemaining(outlets::add);
        String outletFact = page.browser.findElements(By.cssSelector("#story-facts div")).stream().map(d -> d.getText())
                .filter(t -> t.startsWith("Outlets (")).findFirst().orElseThrow();
        assertThat(outletFact).startsWith("Outlets (" + outlets.size() + ")").doesNotContain(".txt");
        outlets.forEach(o -> assertThat(outletFact).contains(o));
        screenshot("story-why.png");

        // A time before the story's first statement: the page says it did not exist yet, as the API does.
        Instant before = Instant.parse(story.get("firstSeen").asText()).minus(Duration.ofDays(2));
        PipelineFixture.Response notYet = PipelineFixture.get(page.port, "/api/stories/" + id + "?asOf=" + before);
        assertThat(notYet.status()).isEqualTo(404);
        assertThat(notYet.body().get("error").asText()).isEqualTo("not_yet");
        assertThat(notYet.body().get("firstSeen").asText()).isEqualTo(story.get("firstSeen").asText());
        page.open("/#/story/" + id + "?asOf=" + before);
        waitFor("the note that the story did not exist yet", () -> text(By.id("asof-note")).startsWith("This story did not exist yet")
                && text(By.id("story-status")).equals("NOT YET REPORTED"));
    }

    @Test
    @Order(5)
    void anAlertRuleCreatedOnThePageFiresASignedWebhook() throws Exception {
        String secret = "page-test-secret-" + System.nanoTime();
        try (WebhookReceiver receiver = new WebhookReceiver(secret, () -> 204)) {
            page.browser.findElement(By.linkText("Alerts")).click();
            waitFor("the alerts view", () -> page.browser.findElement(By.id("alerts-view")).isDisplayed());

            page.browser.findElement(By.id("alert-name")).sendKeys("Everything");
            page.browser.findElement(By.id("alert-create")).click();
            waitFor("a rule without criteria is refused with the API's reason",
                    () -> text(By.id("alert-problem")).contains("at least one of status, actor, text, language"));

            page.browser.findElement(By.id("alert-name")).clear();
            page.browser.findElement(By.id("alert-name")).sendKeys("Shipyard, in English");
            page.browser.findElement(By.id("alert-text")).sendKeys("shipyard");
            new Select(page.browser.findElement(By.id("alert-language"))).selectByValue("en");
            page.browser.findElement(By.id("alert-webhook")).sendKeys(receiver.url());
            page.browser.findElement(By.id("alert-secret")).sendKeys(secret);
            page.browser.findElement(By.id("alert-create")).click();
            waitFor("the rule is created and listed", () -> text(By.id("alert-created")).contains(secret)
                    && page.browser.findElements(By.cssSelector("#alert-rules .alert-rule")).size() == 1);
            assertThat(text(By.id("alert-rules"))).contains("Shipyard, in English").contains("text “shipyard”").contains("language en");
            screenshot("alerts.png");

            waitFor("the alert consumer has its partitions", () -> PipelineFixture.get(page.port, "/metrics").raw()
                    .lines().anyMatch(l -> l.matches("storywire_alerts_partitions(\\{[^}]*})? [1-9].*")));
            page.publish(List.of(PipelineFixture.article("page-alert-1", "Coastal Courier",
                    "https://example.com/coastal-courier/kerbach-shipyard", "Kerbach denies plan to close Luehrhaven shipyard",
                    "Shipbuilder Kerbach AG on Wednesday denied a report that it plans to close its shipyard in Luehrhaven. "
                            + "\"The shipyard will not close,\" company spokesman Tobias Brandt said. "
                            + "The Harbour Gazette had reported on Tuesday, citing union sources, that Kerbach was preparing to shut the yard.",
                    "en", Instant.now().minusSeconds(30))));
            Set<String> stories = new TreeSet<>();
            waitFor("the article's statements are extracted", () -> {
                PipelineFixture.Response statements = PipelineFixture.get(page.port, "/api/articles/page-alert-1/statements");
                if (statements.status() != 200) return false;
                statements.body().forEach(st -> stories.add(st.get("storyId").asText()));
                return !stories.isEmpty();
            });
            waitFor("a delivery with a valid signature for a story of the article " + stories, () -> receiver.deliveries().stream()
                    .filter(WebhookReceiver.Delivery::verified)
                    .anyMatch(d -> stories.stream().anyMatch(id -> d.body().contains("\"storyId\":\"" + id + "\""))));
            assertThat(receiver.deliveries()).as("every delivery is signed with the rule's secret")
                    .allSatisfy(d -> assertThat(d.verified()).isTrue());

            page.browser.findElement(By.cssSelector("#alert-rules .delete-rule")).click();
            waitFor("the rule is deleted", () -> text(By.id("alert-rules")).contains("No alert rules yet."));
            assertThat(PipelineFixture.get(page.port, "/api/alerts").body().get("items")).isEmpty();
        }
    }

    private record EarlierState(String storyId, Instant at, String status, int statements) {}

    /**
     * A story as it stood at an earlier moment (first seen, or a statement's time): one whose status
     * changed if the samples have one, else one that had fewer statements then.
     */
    private static EarlierState findStoryThatChanged() {
        EarlierState fewerStatements = null;
        for (String id : apiStories("").keySet()) {
            JsonNode story = PipelineFixture.get(page.port, "/api/stories/" + id).body();
            Set<Instant> moments = new TreeSet<>();
            moments.add(Instant.parse(story.get("firstSeen").asText()));
            story.get("timeline").forEach(e -> moments.add(Instant.parse(e.get("at").asText())));
            for (Instant at : moments) {
                PipelineFixture.Response response = PipelineFixture.get(page.port, "/api/stories/" + id + "?asOf=" + at);
                if (response.status() != 200) continue; // nothing of it was published yet
                JsonNode then = response.body();
                EarlierState earlier = new EarlierState(id, at, then.get("status").asText(), then.get("timeline").size());
                if (!earlier.status().equals(story.get("status").asText())) return earlier;
                if (fewerStatements == null && earlier.statements() < story.get("timeline").size()) fewerStatements = earlier;
            }
        }
        assertThat(fewerStatements).as("a sample story that changed over time").isNotNull();
        return fewerStatements;
    }

    /** The story the samples say most about: the richest why-line, positions and timeline. */
    private static String storyWithMostStatements() {
        String best = null;
        int most = -1;
        for (String id : apiStories("").keySet()) {
            int n = PipelineFixture.get(page.port, "/api/stories/" + id).body().get("timeline").size();
            if (n > most) {
                most = n;
                best = id;
            }
        }
        return best;
    }

    /** Each timeline entry's marked text is its content span, cut out of the sentence by the offsets. */
    private void assertEvidenceIsHighlighted(JsonNode timeline) {
        List<String> expected = new ArrayList<>();
        timeline.forEach(e -> {
            JsonNode ev = e.get("evidence");
            String sentence = ev.get("sentence").asText();
            int begin = Math.max(0, Math.min(sentence.length(), ev.get("contentBegin").asInt() - ev.get("sentenceBegin").asInt()));
            int end = Math.max(begin, Math.min(sentence.length(), ev.get("contentEnd").asInt() - ev.get("sentenceBegin").asInt()));
            if (begin < end) expected.add(sentence.substring(begin, end).strip());
        });
        List<String> marked = page.browser.findElements(By.cssSelector("#timeline .evidence mark")).stream()
                .map(m -> m.getText().strip()).toList();
        assertThat(marked).as("highlighted evidence").containsExactlyInAnyOrderElementsOf(expected);
    }

    /** story id -> status as the API lists it, newest change first. */
    private static Map<String, String> apiStories(String query) {
        PipelineFixture.Response r = PipelineFixture.get(page.port, "/api/stories?limit=500&" + query);
        assertThat(r.status()).isEqualTo(200);
        Map<String, String> result = new LinkedHashMap<>();
        r.body().get("items").forEach(item -> result.put(item.get("id").asText(), item.get("status").asText()));
        return result;
    }

    private Map<String, String> pageStatuses() {
        return page.browser.findElements(By.cssSelector("#story-list .story-row")).stream().collect(Collectors.toMap(
                row -> row.getAttribute("data-story-id"), row -> row.findElement(By.cssSelector(".badge")).getText(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private List<String> rowIds() {
        return page.browser.findElements(By.cssSelector("#story-list .story-row")).stream()
                .map(row -> row.getAttribute("data-story-id")).toList();
    }

    private void waitForRows(int count) {
        waitFor(count + " story rows", () -> rowIds().size() == count);
    }

    private int entries() {
        return page.browser.findElements(By.cssSelector("#timeline .entry")).size();
    }

    private static String text(By locator) {
        return page.text(locator);
    }

    private static void waitFor(String what, BooleanSupplier check) {
        page.waitFor(what, check);
    }

    /** The page from its top, the window stretched to the document's height up to a readable size. */
    private void screenshot(String name) throws IOException {
        Dimension window = page.browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) page.browser).executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight");
        page.browser.manage().window().setSize(new Dimension(window.getWidth(),
                (int) Math.min(MAX_SCREENSHOT_HEIGHT, Math.max(window.getHeight(), height + 120))));
        try {
            File shot = ((TakesScreenshot) page.browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            page.browser.manage().window().setSize(window);
        }
    }
}
