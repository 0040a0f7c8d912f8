package org.storywire.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.storywire.ingest.ArticlePublisher;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.JsonArticles;
import org.storywire.ingest.article.Utf8;
import org.storywire.security.SecretToken;
import org.storywire.web.TlsListener;

/**
 * An HTTP endpoint for pushed articles: {@code POST /articles} with one JSON article, a JSON array,
 * or JSON Lines (one article per line). The whole request is validated before anything is
 * published, so a 400 means nothing of it was; 202 comes once the broker has every record and
 * lists the assigned ids in order; 413 above the size limit. {@code GET /health} answers 200.
 *
 * <p>With tokens configured, a request needs {@code Authorization: Bearer <token>} (401 without,
 * 403 with one not accepted) and its articles carry the token's feed name; each feed is held to
 * its rate limit (429 with {@code Retry-After}).
 */
public final class HttpIngestServer implements AutoCloseable {
    private static final long PUBLISH_TIMEOUT_SECONDS = 60;
    /** The rate limit's key for requests without tokens: all of them share one limit. */
    private static final String OPEN = "";

    private final Javalin app;

    private HttpIngestServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening as {@code settings} say. */
    public static HttpIngestServer start(HttpIngestSettings settings, ArticlePublisher publisher) {
        Optional<FeedRateLimit> rateLimit = settings.requestsPerSecond() > 0
                ? Optional.of(new FeedRateLimit(settings.requestsPerSecond(), System::nanoTime)) : Optional.empty();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bindAddress();
            config.jetty.port = settings.port();
            settings.tls().ifPresent(keystore -> TlsListener.listen(config.jetty, settings.bindAddress(), settings.port(), keystore));
            config.http.maxRequestSize = settings.maxRequestBytes();
            // Jetty's header cache otherwise hands a connection's earlier value back for one that differs only
            // in case, so a token sent again with the right case after a wrong one would still be refused.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            config.routes.get("/health", ctx -> ctx.result("ok"));
            config.routes.post("/articles", ctx -> {
                Optional<String> feed = settings.tokens().isPresent() ? authenticate(ctx, settings.tokens().get()) : Optional.of(OPEN);
                if (feed.isPresent() && admitted(ctx, rateLimit, feed.get())) {
                    accept(ctx, settings.maxRequestBytes(), publisher, feed.filter(f -> !f.equals(OPEN)));
                }
            });
        });
        app.start();
        return new HttpIngestServer(app);
    }

    /** The feed of the request's token; otherwise answers 401 or 403 and is empty. */
    private static Optional<String> authenticate(Context ctx, FeedTokens tokens) {
        Optional<String> presented = SecretToken.presentedIn(ctx.header("Authorization"));
        if (presented.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, HttpStatus.UNAUTHORIZED, "a bearer token is required: Authorization: Bearer <token>");
            return Optional.empty();
        }
        Optional<String> feed = tokens.feedOf(presented.get());
        if (feed.isEmpty()) {
            error(ctx, HttpStatus.FORBIDDEN, "the token is not accepted");
        }
        return feed;
    }

    private static boolean admitted(Context ctx, Optional<FeedRateLimit> rateLimit, String feed) {
        long retryAfter = rateLimit.map(limit -> limit.admit(feed)).orElse(0L);
        if (retryAfter > 0) {
            ctx.header("Retry-After", String.valueOf(retryAfter));
            error(ctx, HttpStatus.TOO_MANY_REQUESTS, "rate limit exceeded: retry in " + retryAfter + " s");
            return false;
        }
        return true;
    }

    public int port() {
        return app.port();
    }

    private static void accept(Context ctx, long maxRequestBytes, ArticlePublisher publisher, Optional<String> feed) {
        if (ctx.contentLength() > maxRequestBytes) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "request of " + ctx.contentLength() + " bytes exceeds the limit of " + maxRequestBytes);
            return;
        }
        List<IncomingArticle> articles;
        try {
            articles = parse(ctx.bodyAsBytes());
        } catch (IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            return;
        }
        List<CompletableFuture<ArticlePublisher.Publication>> sent = new ArrayList<>();
        for (IncomingArticle article : articles) {
            // The token names the feed: whatever the article says about its feed is not taken on trust.
            sent.add(publisher.publish(feed.map(article::withFeed).orElse(article)));
        }
        List<String> ids = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try {
            for (CompletableFuture<ArticlePublisher.Publication> publication : sent) {
                ArticlePublisher.Publication p = publication.get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                ids.add(p.id());
                counts.merge(p.change().name().toLowerCase(), 1, Integer::sum);
            }
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "not published: " + cause.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
            return;
        }
        // Persist the content hashes now: the server runs for days and may be stopped hard.
        publisher.flush();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ids", ids);
        answer.putAll(counts);
        ctx.status(HttpStatus.ACCEPTED).contentType("application/json").result(json(answer));
    }

    /**
     * The articles in a request body: a JSON object, an array of objects, or JSON Lines.
     *
     * @throws IllegalArgumentException with a message naming the line or element that is wrong
     */
    public static List<IncomingArticle> parse(byte[] body) {
        String text;
        try {
            text = Utf8.decode(body);
        } catch (Utf8.InvalidUtf8Exception e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty request: send a JSON article or JSON Lines");
        }
        List<IncomingArticle> articles = new ArrayList<>();
        try {
            JsonNode whole = JsonArticles.MAPPER.readTree(text);
            if (whole.isArray()) {
                for (int i = 0; i < whole.size(); i++) {
                    articles.add(element(whole.get(i), "element " + i));
                }
            } else {
                articles.add(element(whole, "article"));
            }
            return articles;
        } catch (JsonProcessingException whole) {
            // Not one JSON document: read it as JSON Lines.
        }
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                articles.add(element(JsonArticles.MAPPER.readTree(lines[i]), "line " + (i + 1)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": malformed JSON: " + e.getOriginalMessage());
            }
        }
        return articles;
    }

    private static IncomingArticle element(JsonNode node, String where) {
        try {
            return JsonArticles.fromJson(node, "http", null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("application/json").result(json(Map.of("error", message)));
    }

    private static String json(Object value) {
        try {
            return JsonArticles.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
