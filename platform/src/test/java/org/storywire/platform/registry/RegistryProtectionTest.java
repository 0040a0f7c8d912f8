package org.storywire.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.tls.SelfSignedKeystore;
import org.storywire.registry.RegistryClientConfig;
import org.storywire.registry.SchemaRegistryClient;
import org.storywire.security.ServerKeystore;

/** The embedded registry with a write token: anyone reads, only the token's holder changes schemas; also over HTTPS. */
class RegistryProtectionTest {
    private static final String WRITE_TOKEN = "registry-write-token-123";
    private static final String SCHEMA = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"A\\\",\\\"fields\\\":[]}\"}";

    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), 0);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void changesNeedTheWriteTokenReadsDoNot() throws Exception {
        try (EmbeddedSchemaRegistry registry = start("_schemas_token", Optional.empty())) {
            HttpClient http = HttpClient.newHttpClient();
            URI versions = URI.create(registry.url() + "/subjects/a-value/versions");

            HttpResponse<String> none = http.send(post(versions, null), HttpResponse.BodyHandlers.ofString());
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"schema-registry\"");
            assertThat(none.body()).contains("\"error_code\":40101").contains("write token");
            HttpResponse<String> wrong = http.send(post(versions, "Bearer nope"), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).contains("\"error_code\":40301").doesNotContain("nope");
            HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/a-value")).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(delete.statusCode()).isEqualTo(401);

            HttpResponse<String> bearer = http.send(post(versions, "Bearer " + WRITE_TOKEN), HttpResponse.BodyHandlers.ofString());
            assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(versions).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("[1]");

            // The registry clients' own way: HTTP basic auth with the token as password.
            var avro = SchemaBuilder.record("B").fields().requiredString("id").endRecord();
            SchemaRegistryClient withToken = SchemaRegistryClient.fromConfig(Map.of(RegistryClientConfig.URL, registry.url(),
                    RegistryClientConfig.CREDENTIALS_SOURCE, "USER_INFO", RegistryClientConfig.USER_INFO, "storywire:" + WRITE_TOKEN));
            assertThat(withToken.register("b-value", avro)).isPositive();
            SchemaRegistryClient anonymous = SchemaRegistryClient.fromConfig(Map.of(RegistryClientConfig.URL, registry.url()));
            assertThatThrownBy(() -> anonymous.register("c-value", avro)).hasMessageContaining("401");
            assertThat(anonymous.subjects()).containsExactlyInAnyOrder("a-value", "b-value");
        }
    }

    @Test
    void servesHttpsFromTheConfiguredKeystore(@TempDir Path work) throws Exception {
        SelfSignedKeystore keystore = SelfSignedKeystore.generate(work.resolve("registry.p12"), "registry-keystore-pass");
        try (EmbeddedSchemaRegistry registry = start("_schemas_tls", Optional.of(new ServerKeystore(keystore.path(), keystore.password())))) {
            assertThat(registry.url()).startsWith("https://127.0.0.1:");
            HttpClient trusting = HttpClient.newBuilder().sslContext(keystore.trustingClientContext()).build();
            URI versions = URI.create(registry.url() + "/subjects/a-value/versions");
            assertThat(trusting.send(post(versions, "Bearer " + WRITE_TOKEN), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(trusting.send(HttpRequest.newBuilder(versions).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("[1]");
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(versions).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    private static EmbeddedSchemaRegistry start(String topic, Optional<ServerKeystore> tls) {
        return EmbeddedSchemaRegistry.start(broker.bootstrapServers(), "127.0.0.1", 0, topic,
                new EmbeddedSchemaRegistry.Protection(Optional.of(WRITE_TOKEN), tls));
    }

    private static HttpRequest post(URI uri, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(SCHEMA));
        if (authorization != null) request.header("Authorization", authorization);
        return request.build();
    }
}
