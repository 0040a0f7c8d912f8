package org.storywire.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.storywire.query.QueryExceptions.BadRequest;
import org.storywire.query.QueryExceptions.NotFound;
import org.storywire.query.QueryExceptions.NotReady;
import org.storywire.query.QueryExceptions.NotYet;
import org.storywire.security.SecretToken;
import org.storywire.security.ServerKeystore;
import org.storywire.web.TlsListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only HTTP API: stories, statements, the live update feed (Server-Sent Events),
 * health, readiness and metrics, and the live page at {@code /}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final int MAX_QUERY_LENGTH = 4_096;
    private static final long KEEPALIVE_SECONDS = 15;

    private final Javalin app;
    private final Optional<SecretToken> apiToken;
    private final Listen listen;

    /**
     * @param apiToken the token {@code /api/*} requires, or empty for none
     * @param listen where to listen once started, and with which key for TLS
     * @param moreRoutes routes of other parts of the application (alert rules), under the same
     *                   token check and error answers
     */
    public ApiServer(StoryQueryService queries, Feeds feeds, PrometheusMeterRegistry metrics, ObjectMapper json, String apiToken,
                     Listen listen, java.util.function.Consumer<JavalinDefaultRoutingApi> moreRoutes) {
        this.listen = listen;
        this.apiToken = apiToken.isEmpty() ? Optional.empty() : Optional.of(SecretToken.of(apiToken));
        QueuedThreadPool threads = new QueuedThreadPool(1_200, 8);
        threads.setName("storywire-http");
        this.app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            config.jetty.threadPool = threads;
            // Jetty's header cache otherwise hands a connection's earlier value back for one that differs only
            // in case, so a token sent again with the right case after a wrong one would still be refused.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            config.jetty.host = listen.host();
            config.jetty.port = listen.port();
            listen.tls().ifPresent(keystore -> TlsListener.listen(config.jetty, listen.host(), listen.port(), keystore));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.routes.before(ctx -> {
                if (ctx.queryString() != null && ctx.queryString().length() > MAX_QUERY_LENGTH) {
                    throw new BadRequest("query string longer than " + MAX_QUERY_LENGTH + " characters");
                }
                if (this.apiToken.isPresent() && ctx.path().startsWith("/api/")) {
                    authenticate(ctx, this.apiToken.get());
                }
            });
            config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "UP")));
            config.routes.get("/ready", ctx -> {
                if (queries.ready()) ctx.json(java.util.Map.of("status", "READY"));
                else throw new NotReady("stores are not ready");
            });
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
            config.routes.get("/api/stories", ctx -> ctx.json(queries.list(StoryFilter.parse(
                    ctx.queryParam("status"), ctx.queryParam("actor"), ctx.queryParam("q"),
                    ctx.queryParam("updatedSince"), ctx.queryParam("limit"), ctx.queryParam("cursor")), isForwarded(ctx))));
            config.routes.get("/api/stories/{id}", ctx -> {
                String asOf = ctx.queryParam("asOf");
                answer(ctx, queries.story(ctx.pathParam("id"),
                        asOf == null || asOf.isBlank() ? null : StoryFilter.parseInstant("asOf", asOf),
                        pathAndQuery(ctx), isForwarded(ctx)));
            });
            config.routes.get("/api/articles/{id}/statements", ctx ->
                    answer(ctx, queries.statementsOfArticle(ctx.pathParam("id"), pathAndQuery(ctx), isForwarded(ctx))));
            config.routes.get("/api/articles/{id}/event", ctx ->
                    answer(ctx, queries.articleEvent(ctx.pathParam("id"), pathAndQuery(ctx), isForwarded(ctx))));
            config.routes.get("/api/events", ctx -> answer(ctx, queries.events(EventFilter.parse(
                    ctx.queryParam("status"), ctx.queryParam("actor"), ctx.queryParam("q"), ctx.queryParam("outlet"), ctx.queryParam("language"),
                    ctx.queryParam("limit"), ctx.queryParam("cursor")), pathAndQuery(ctx), isForwarded(ctx))));
            config.routes.get("/api/events/{id}", ctx ->
                    answer(ctx, queries.event(ctx.pathParam("id"), pathAndQuery(ctx), isForwarded(ctx))));
            config.routes.get("/api/updates", ctx -> stream(ctx, feeds,
                    updateFilter(ctx.queryParam("status"), ctx.queryParam("story")), withEvents(ctx.queryParam("events"))));
            moreRoutes.accept(config.routes);

            config.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
            config.routes.exception(NotFound.class, (e, ctx) -> problem(ctx, 404, e.getMessage()));
            config.routes.exception(NotYet.class, (e, ctx) ->
                    ctx.status(404).json(new Dtos.Problem(404, "not_yet", e.getMessage(), e.firstSeen())));
            // Unknown routes and methods: Javalin's own answer is plain text; every answer of this API is JSON.
            config.routes.error(404, ctx -> {
                if (!isJson(ctx)) problem(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            });
            config.routes.error(405, ctx -> {
                if (!isJson(ctx)) problem(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path());
            });
            config.routes.exception(NotReady.class, (e, ctx) -> {
                ctx.header("Retry-After", "1");
                problem(ctx, 503, e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("Request {} failed: {}", ctx.path(), e.toString());
                problem(ctx, 500, "internal error");
            });
        });
    }

    /** The feeds the API streams: story updates and event changes. */
    public record Feeds(UpdateFeed<?, Dtos.Update> stories, UpdateFeed<?, Dtos.EventUpdate> events) {
    }

    /** The address and port to listen on (0 picks a free one), over TLS when a keystore is given. */
    public record Listen(String host, int port, Optional<ServerKeystore> tls) {
    }

    public ApiServer start() {
        app.start();
        LOG.info("API listening on {}://{}:{}", listen.tls().isPresent() ? "https" : "http", listen.host(), app.port());
        return this;
    }

    /** Lets the request on only with the token: 401 without a credential, 403 with one not accepted. */
    private static void authenticate(Context ctx, SecretToken token) {
        Optional<String> presented = SecretToken.presentedIn(ctx.header("Authorization"));
        if (presented.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            ctx.status(HttpStatus.UNAUTHORIZED).json(new Dtos.Problem(401, "a bearer token is required: Authorization: Bearer <token>"));
            ctx.skipRemainingHandlers();
        } else if (!token.matches(presented.get())) {
            ctx.status(HttpStatus.FORBIDDEN).json(new Dtos.Problem(403, "the token is not accepted"));
            ctx.skipRemainingHandlers();
        }
    }

    public int port() {
        return app.port();
    }

    /**
     * Streams story updates as Server-Sent Events ("update"), and with {@code withEvents} event changes too ("event"),
     * over one connection, to any client, also one that sends no {@code Accept: text/event-stream} (curl -N), which
     * Javalin's own SSE route would turn away. The filter is parsed by the caller, before the stream opens, so a bad
     * one is a plain 400. Each SSE id holds the position of both feeds ({@link FeedPositions}).
     */
    private static void stream(Context ctx, Feeds feeds, Predicate<Dtos.Update> filter, boolean withEvents) throws java.io.IOException {
        int last = lastCount(ctx.queryParam("last"));
        var response = ctx.res();
        response.setStatus(200);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/event-stream");
        response.addHeader("Cache-Control", "no-cache");
        response.addHeader("X-Accel-Buffering", "no");
        response.flushBuffer();
        SseClient client = new SseClient(ctx);
        String lastEventId = ctx.header("Last-Event-ID");
        if (lastEventId == null) lastEventId = ctx.queryParam("lastEventId");
        FeedPositions from = FeedPositions.parse(lastEventId);
        BlockingQueue<UpdateFeed.Event<?>> queue = new ArrayBlockingQueue<>(UpdateFeed.SUBSCRIBER_QUEUE);
        UpdateFeed.Subscription<Dtos.Update> stories = feeds.stories().subscribe(filter, from.stories(), last, queue);
        UpdateFeed.Subscription<Dtos.EventUpdate> events = withEvents ? feeds.events().subscribe(u -> true, from.events(), 0, queue) : null;
        Runnable unsubscribe = () -> {
            feeds.stories().unsubscribe(stories);
            if (events != null) feeds.events().unsubscribe(events);
        };
        client.onClose(unsubscribe);
        FeedPositions at = new FeedPositions(stories.start(), events == null ? null : events.start());
        // Each client is drained on its own request thread, so a slow client only delays itself;
        // one that falls a whole queue behind is disconnected and resumes with Last-Event-ID.
        try {
            client.sendComment("connected");
            while (!client.terminated() && !stories.overflowed() && (events == null || !events.overflowed())) {
                UpdateFeed.Event<?> event = queue.poll(KEEPALIVE_SECONDS, TimeUnit.SECONDS);
                if (event == null) {
                    client.sendComment("keepalive");
                } else {
                    at = at.after(event);
                    client.sendEvent(event.feed(), event.update(), at.format());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            unsubscribe.run();
        }
    }

    static boolean withEvents(String events) {
        if (events == null || events.isBlank() || events.equalsIgnoreCase("false")) return false;
        if (events.equalsIgnoreCase("true")) return true;
        throw new BadRequest("events must be true or false");
    }

    static Predicate<Dtos.Update> updateFilter(String status, String storyId) {
        String wantedStatus = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (wantedStatus != null && !java.util.Set.of("CLAIMED", "DENIED", "UNCONFIRMED").contains(wantedStatus)) {
            throw new BadRequest("status must be one of CLAIMED, DENIED, UNCONFIRMED");
        }
        String wantedStory = storyId == null || storyId.isBlank() ? null : storyId.trim();
        return u -> (wantedStatus == null || wantedStatus.equals(u.status()))
                && (wantedStory == null || wantedStory.equals(u.storyId()));
    }

    static int lastCount(String last) {
        if (last == null || last.isBlank()) return 0;
        try {
            int n = Integer.parseInt(last.trim());
            if (n >= 0 && n <= UpdateFeed.MAX_LAST) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("last must be a whole number from 0 to " + UpdateFeed.MAX_LAST);
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static void answer(Context ctx, StoryQueryService.Answer<?> answer) {
        if (answer instanceof StoryQueryService.Answer.Local<?> local) {
            ctx.json(local.value());
        } else if (answer instanceof StoryQueryService.Answer.Forwarded<?> forwarded) {
            ctx.status(forwarded.status()).contentType("application/json").result(forwarded.body());
        }
    }

    private static boolean isForwarded(Context ctx) {
        return ctx.header(StoryQueryService.FORWARDED_HEADER) != null;
    }

    private static String pathAndQuery(Context ctx) {
        return ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    }

    private static void problem(Context ctx, int status, String message) {
        ctx.status(status).json(new Dtos.Problem(status, message));
    }

    @Override
    public void close() {
        app.stop();
    }
}
