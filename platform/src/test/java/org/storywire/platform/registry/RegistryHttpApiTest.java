package org.storywire.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedKafkaBroker;

/** The embedded registry's raw HTTP answers: JSON shapes, media types and documented error codes. */
class RegistryHttpApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1 = "application/vnd.schemaregistry.v1+json";
    private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Item\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";

    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker broker;
    static EmbeddedSchemaRegistry registry;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
        HttpResponse<String> registered = call("POST", "/subjects/items-value/versions", register(SCHEMA), V1);
        assertThat(registered.statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        registry.close();
        broker.close();
    }

    static String register(String schema) throws Exception {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    static HttpResponse<String> call(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return call("GET", path, null, null);
    }

    /** Asserts the registry's error body: {"error_code": code, "message": ...} under the status code's first three digits. */
    static JsonNode assertError(HttpResponse<String> response, int errorCode) throws Exception {
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(errorCode >= 10_000 ? errorCode / 100 : errorCode);
        assertThat(body.path("error_code").asInt()).as(response.body()).isEqualTo(errorCode);
        assertThat(body.path("message").asText()).isNotBlank();
        return body;
    }

    @Test
    void answersTheDocumentedShapes() throws Exception {
        assertThat(get("/").body()).isEqualTo("{}");
        assertThat(get("/").headers().firstValue("Content-Type")).contains(V1);
        assertThat(get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
        assertThat(JSON.readTree(get("/schemas/ids/1").body()))
                .isEqualTo(JSON.readTree("{\"schema\":" + JSON.writeValueAsString(SCHEMA) + "}"));
        assertThat(get("/schemas/ids/1/schema").body()).isEqualTo(SCHEMA);
        assertThat(get("/schemas/ids/1/subjects").body()).isEqualTo("[\"items-value\"]");
        assertThat(get("/schemas/ids/1/versions").body()).isEqualTo("[{\"subject\":\"items-value\",\"version\":1}]");
        assertThat(get("/subjects/items-value/versions").body()).isEqualTo("[1]");
        assertThat(JSON.readTree(get("/subjects/items-value/versions/latest").body())).isEqualTo(JSON.readTree(
                "{\"subject\":\"items-value\",\"version\":1,\"id\":1,\"schema\":" + JSON.writeValueAsString(SCHEMA) + "}"));
        assertThat(get("/subjects/items-value/versions/-1/schema").body()).isEqualTo(SCHEMA);
        assertThat(get("/subjects/items-value/versions/LATEST").statusCode()).isEqualTo(200);
        assertThat(get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(get("/subjects?fetchMaxId=false&subject=").body()).contains("\"items-value\"");
        assertThat(get("/subjects?subjectPrefix=items&offset=0&limit=1").body()).isEqualTo("[\"items-value\"]");
        assertThat(get("/subjects?subjectPrefix=items&offset=1").body()).isEqualTo("[]");
    }

    @Test
    void putConfigEchoesTheRequestAndGetAnswersUpperCase() throws Exception {
        HttpResponse<String> put = call("PUT", "/config/echo-value", "{\"compatibility\":\"forward\"}", V1);

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body()).isEqualTo("{\"compatibility\":\"forward\"}");
        assertThat(get("/config/echo-value").body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
        assertThat(call("DELETE", "/config/echo-value", null, null).body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
        assertError(get("/config/echo-value"), 40408);
        assertThat(get("/config/echo-value?defaultToGlobal=true").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertError(call("DELETE", "/config/echo-value", null, null), 40401);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertError(call("POST", "/subjects/items-value/versions", "{\"schema\": ", V1), 400);
    }

    @Test
    void anInvalidSchemaIs42201() throws Exception {
        JsonNode error = assertError(call("POST", "/subjects/bad-value/versions", register("{\"type\":\"record\"}"), V1), 42201);
        assertThat(error.path("message").asText()).startsWith("Invalid schema");
        assertError(call("POST", "/subjects/bad-value/versions", "{\"schema\":\"\\\"int\\\"\",\"schemaType\":\"PROTOBUF\"}", V1), 42201);
        assertError(call("POST", "/subjects/bad-value/versions", "{}", V1), 42201);
        assertError(call("POST", "/subjects/items-value", register("not a schema"), V1), 42201);
    }

    @Test
    void anInvalidSchemaIsReportedInsteadWhenCompatibilityIsVerbose() throws Exception {
        HttpResponse<String> response = call("POST", "/compatibility/subjects/items-value/versions/latest?verbose=true",
                register("{\"type\":\"nope\"}"), V1);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("is_compatible").asBoolean()).isFalse();
        assertThat(body.path("messages").get(0).asText()).startsWith("Invalid schema");
    }

    @Test
    void aBadVersionIs42202() throws Exception {
        for (String version : new String[] {"0", "-2", "one", "2147483648"}) {
            assertError(get("/subjects/items-value/versions/" + version), 42202);
        }
        assertError(call("DELETE", "/subjects/items-value/versions/x", null, null), 42202);
    }

    @Test
    void unknownSubjectIs40401AndUnknownVersion40402() throws Exception {
        assertError(get("/subjects/nobody-value/versions"), 40401);
        assertError(get("/subjects/nobody-value/versions/latest"), 40401);
        assertError(get("/subjects/items-value/versions/99"), 40402);
    }

    @Test
    void unknownIdIs40403() throws Exception {
        JsonNode error = assertError(get("/schemas/ids/4711"), 40403);
        assertThat(error.path("message").asText()).isEqualTo("Schema 4711 not found");
        assertError(get("/schemas/ids/4711/schema"), 40403);
        assertError(get("/schemas/ids/4711/subjects"), 40403);
    }

    @Test
    void aBadCompatibilityLevelIs42203() throws Exception {
        assertError(call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}", V1), 42203);
        assertError(call("PUT", "/config/items-value", "{\"compatibility\":\"SIDEWAYS\"}", V1), 42203);
    }

    @Test
    void genericErrors() throws Exception {
        assertError(call("PATCH", "/subjects", null, null), 405);
        assertError(call("PUT", "/subjects/items-value/versions", register(SCHEMA), V1), 405);
        assertError(get("/nowhere"), 404);
        assertError(get("/schemas/ids/abc"), 404);
        assertError(call("POST", "/subjects/items-value/versions", register(SCHEMA), "text/plain"), 415);
        assertError(call("POST", "/subjects/items-value/versions", "", V1), 422);
        assertError(call("POST", "/subjects/%00bad/versions", register(SCHEMA), V1), 42208);
    }

    @Test
    void acceptsPlainJsonAndOctetStreamBodies() throws Exception {
        assertThat(call("POST", "/subjects/items-value", register(SCHEMA), "application/json; charset=utf-8").statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/subjects/items-value", register(SCHEMA), "application/octet-stream").statusCode())
                .isEqualTo(200);
    }
}
