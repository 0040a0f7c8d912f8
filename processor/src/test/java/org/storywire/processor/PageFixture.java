package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.storywire.avro.RawArticle;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;

/**
 * What the page tests stand on: the whole processor on the embedded broker and registry, the sample
 * articles (and any more a test needs) published and read, and a real headless Chromium looking at
 * the page. One per test class; {@link #close()} stops the browser and the processor and deletes
 * their files.
 */
final class PageFixture implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Why a page test skips where the browser is missing; reports show it per test. */
    static final String NO_BROWSER = "page tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    final PipelineFixture pipeline;
    final StorywireConfig config;
    final int port;
    final WebDriver browser;
    private final Path workDir;
    private final ProcessorApp app;

    private PageFixture(PipelineFixture pipeline, StorywireConfig config, int port, Path workDir, ProcessorApp app, WebDriver browser) {
        this.pipeline = pipeline;
        this.config = config;
        this.port = port;
        this.workDir = workDir;
        this.app = app;
        this.browser = browser;
    }

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts the processor, publishes the samples and {@code more}, waits until all is read, then opens the browser. */
    static PageFixture start(EmbeddedPlatform platform, String name, List<RawArticle> more) throws Exception {
        Path workDir = Files.createTempDirectory("storywire-" + name);
        PipelineFixture pipeline = new PipelineFixture(platform, name);
        int port = PipelineFixture.freePort();
        StorywireConfig config = pipeline.config(workDir.resolve("state"), port, Map.of());
        ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config));
        try {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            List<RawArticle> articles = new ArrayList<>(PipelineFixture.sampleArticles());
            articles.addAll(more);
            pipeline.publish(config, articles);
            pipeline.awaitCaughtUp(config, Duration.ofSeconds(120));
            PipelineFixture.awaitEventsOf(port, articles);
            return new PageFixture(pipeline, config, port, workDir, app, startChromium(workDir.resolve("chromium-profile")));
        } catch (Exception | AssertionError e) {
            app.close(); // no test runs to close it
            throw e;
        }
    }

    /** Debian's browser and driver, named explicitly so that Selenium Manager never downloads anything. */
    private static WebDriver startChromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The page at {@code path} ("/", "/#/events") of this processor. */
    void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    void publish(List<RawArticle> articles) {
        pipeline.publish(config, articles);
    }

    void awaitCaughtUp(Duration deadline) throws Exception {
        pipeline.awaitCaughtUp(config, deadline);
    }

    String text(By locator) {
        return browser.findElement(locator).getText();
    }

    void waitFor(String what, BooleanSupplier check) {
        waitFor(() -> what, check);
    }

    /** With a message made when the wait fails: what the page and the API showed then. */
    void waitFor(Supplier<String> what, BooleanSupplier check) {
        new WebDriverWait(browser, PAGE_WAIT).withMessage(what).ignoring(StaleElementReferenceException.class)
                .until(driver -> check.getAsBoolean());
    }

    /**
     * Marks the page as loaded now and waits for its live feed, before something arrives that the page
     * is to show without a reload; {@link #notReloaded()} tells afterwards whether it is still the same page.
     */
    void markLoadedAndAwaitLiveFeed() {
        ((JavascriptExecutor) browser).executeScript("window.loadedBeforeTheUpdate = true;");
        waitFor("the live feed is connected", () -> text(By.id("connection")).equals("live"));
    }

    boolean notReloaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.loadedBeforeTheUpdate === true"));
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        app.close();
        try (var paths = Files.walk(workDir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
