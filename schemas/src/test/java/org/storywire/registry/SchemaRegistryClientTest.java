package org.storywire.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's HTTP behaviour against scripted HTTP servers (the JDK's own): headers, auth,
 * retries, fail-over and error parsing. The real registry API is exercised in platform's tests.
 */
class SchemaRegistryClientTest {
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    /** What a scripted server answers: status and body. */
    record Reply(int status, String body) {
    }

    private String serve(Function<HttpExchange, Reply> script) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " | "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " | "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            Reply reply = script.apply(exchange);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(s -> s.stop(0));
    }

    private static SchemaRegistryClient client(String urls, Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(RegistryClientConfig.URL, urls);
        config.putIfAbsent(RegistryClientConfig.RETRIES_WAIT_MS, 1);
        return SchemaRegistryClient.fromConfig(config);
    }

    @Test
    void sendsTheRegistryContentTypeOnEveryRequestAndBasicAuthWhenConfigured() throws IOException {
        String url = serve(e -> new Reply(200, "[\"a-value\"]"));
        SchemaRegistryClient client = client(url, Map.of(
                RegistryClientConfig.CREDENTIALS_SOURCE, "USER_INFO",
                RegistryClientConfig.USER_INFO, "reader:s3cret"));

        assertThat(client.subjects()).containsExactly("a-value");
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString("reader:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(seen).containsExactly("GET /subjects | application/vnd.schemaregistry.v1+json | " + expectedAuth);
    }

    @Test
    void cachesRegisteredIdsAndSchemasById() throws IOException {
        Schema schema = Schema.create(Schema.Type.STRING);
        String url = serve(e -> e.getRequestURI().getPath().startsWith("/subjects")
                ? new Reply(200, "{\"id\":7}")
                : new Reply(200, "{\"schema\":\"\\\"long\\\"\"}"));
        SchemaRegistryClient client = client(url, Map.of());

        assertThat(client.register("s", schema)).isEqualTo(7);
        assertThat(client.register("s", schema)).isEqualTo(7);
        assertThat(client.schemaById(7)).isEqualTo(schema);
        assertThat(client.schemaById(8)).isEqualTo(Schema.create(Schema.Type.LONG));
        assertThat(client.schemaById(8)).isEqualTo(Schema.create(Schema.Type.LONG));
        assertThat(seen).hasSize(2);
    }

    @Test
    void retries503AndSucceeds() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        String url = serve(e -> calls.incrementAndGet() < 3
                ? new Reply(503, "{\"error_code\":50004,\"message\":\"Leader not known.\"}")
                : new Reply(200, "[]"));

        assertThat(client(url, Map.of()).subjects()).isEmpty();
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterTheRetryBoundAndFailsOverToTheNextUrl() throws IOException {
        AtomicInteger overloaded = new AtomicInteger();
        String busy = serve(e -> {
            overloaded.incrementAndGet();
            return new Reply(429, "{\"error_code\":429,\"message\":\"Too many requests\"}");
        });
        String healthy = serve(e -> new Reply(200, "[\"b-value\"]"));

        assertThat(client(busy + "," + healthy, Map.of(RegistryClientConfig.MAX_RETRIES, 2)).subjects())
                .containsExactly("b-value");
        assertThat(overloaded).hasValue(3);
    }

    @Test
    void doesNotRetryClientErrorsAndReportsStatusCodeAndMessage() throws IOException {
        String url = serve(e -> new Reply(404, "{\"error_code\":40401,\"message\":\"Subject 'x' not found.\"}"));
        SchemaRegistryClient client = client(url, Map.of());

        assertThatThrownBy(() -> client.versions("x"))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(40401);
                    assertThat(e.url()).isEqualTo(url);
                })
                .hasMessage("Schema registry at " + url + " refused GET /subjects/x/versions: HTTP 404, error_code 40401: "
                        + "Subject 'x' not found.");
        assertThat(seen).hasSize(1);
    }

    @Test
    void anErrorBodyThatIsNotJsonBecomes50005() throws IOException {
        String url = serve(e -> new Reply(401, "<html>Unauthorized</html>"));

        assertThatThrownBy(() -> client(url, Map.of()).subjects())
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.errorCode()).isEqualTo(50005);
                })
                .hasMessageContaining("<html>Unauthorized</html>");
    }

    @Test
    void encodesSubjectNamesAsOnePathSegment() throws IOException {
        String url = serve(e -> new Reply(200, "[1]"));

        client(url, Map.of()).versions("a b/c");

        assertThat(seen.get(0)).startsWith("GET /subjects/a%20b%2Fc/versions ");
    }

    @Test
    void subjectWithoutOwnLevelIsEmpty() throws IOException {
        String url = serve(e -> new Reply(404, "{\"error_code\":40408,\"message\":\"Subject 'x' does not have "
                + "subject-level compatibility configured\"}"));

        assertThat(client(url, Map.of()).subjectCompatibility("x")).isEmpty();
    }

    @Test
    void refusesIncompleteConfiguration() {
        assertThatThrownBy(() -> SchemaRegistryClient.fromConfig(Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> client("http://x", Map.of(RegistryClientConfig.CREDENTIALS_SOURCE, "USER_INFO")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("user:password");
        assertThatThrownBy(() -> client("http://x", Map.of(RegistryClientConfig.CREDENTIALS_SOURCE, "SASL_INHERIT")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("only USER_INFO");
    }
}
