package org.storywire.ingest.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the feed fixtures in src/test/resources/feeds over HTTP, with ETag and Last-Modified, and
 * answers 304 to a matching conditional GET, as real feed servers do.
 */
public final class FixtureFeedServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, byte[]> overrides = new ConcurrentHashMap<>();
    private volatile boolean sendEtags = true;
    private volatile com.sun.net.httpserver.Headers lastRequestHeaders;

    private FixtureFeedServer(HttpServer server) {
        this.server = server;
    }

    public static FixtureFeedServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FixtureFeedServer fixtures = new FixtureFeedServer(http);
        http.createContext("/", exchange -> {
            fixtures.lastRequestHeaders = exchange.getRequestHeaders();
            String name = exchange.getRequestURI().getPath().substring(1);
            byte[] body = fixtures.content(name);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            int version = fixtures.versions.getOrDefault(name, 0);
            String etag = "\"" + name + "-v" + version + "\"";
            String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Instant.parse("2025-03-06T12:00:00Z").plusSeconds(version * 60L).atOffset(ZoneOffset.UTC));
            boolean notModified = fixtures.sendEtags
                    ? etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    : lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            if (fixtures.sendEtags) {
                exchange.getResponseHeaders().add("ETag", etag);
            }
            exchange.getResponseHeaders().add("Last-Modified", lastModified);
            if (notModified) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", name.startsWith("atom") ? "application/atom+xml; charset=utf-8" : "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        return fixtures;
    }

    private byte[] content(String name) throws IOException {
        byte[] override = overrides.get(name);
        if (override != null) {
            return override;
        }
        try (InputStream in = FixtureFeedServer.class.getResourceAsStream("/feeds/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    public URI url(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
    }

    /** Marks the feed as changed: new validators. */
    public void touch(String name) {
        versions.merge(name, 1, Integer::sum);
    }

    /** Serves {@code body} under {@code name} from now on, as a changed feed. */
    public void replace(String name, byte[] body) {
        overrides.put(name, body);
        touch(name);
    }

    public void sendEtags(boolean send) {
        sendEtags = send;
    }

    public String lastRequestHeader(String name) {
        return lastRequestHeaders == null ? null : lastRequestHeaders.getFirst(name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
