package org.storywire.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A client of the Confluent Schema Registry REST API (the subset in docs/registry.md), working the
 * same against Confluent's server and the embedded one. Thread-safe. Registered ids and schemas
 * by id are cached for the client's lifetime: both are immutable in the registry.
 *
 * <p>Every request carries {@code Content-Type: application/vnd.schemaregistry.v1+json}, as the
 * Java client does. A 408, 429 or 5xx answer is retried with exponential backoff up to
 * {@code max.retries} times; after that, or when a URL cannot be reached at all, the next base URL
 * is tried. Any other error is thrown at once as a {@link RegistryException}.
 */
public final class SchemaRegistryClient {
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClientConfig config;
    private final HttpClient http;
    private final Optional<String> authorization;
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    /** The URL that answered last; requests start there so a dead first URL costs one failure, not one per call. */
    private volatile int preferredUrl;

    private record SubjectSchema(String subject, Schema schema) {
    }

    public SchemaRegistryClient(RegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
        this.authorization = config.userInfo().map(info -> "Basic "
                + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
    }

    /** Builds a client from Confluent-style keys; see {@link RegistryClientConfig}. */
    public static SchemaRegistryClient fromConfig(Map<String, ?> configs) {
        return new SchemaRegistryClient(RegistryClientConfig.fromMap(configs));
    }

    public List<String> urls() {
        return config.urls();
    }

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its id. */
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("POST", "/subjects/" + segment(subject) + "/versions", schemaRequest(schema));
        int id = answer.path("id").asInt();
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The version of {@code subject} holding {@code schema}; 40401 / 40403 when there is none. */
    public RegisteredSchema lookup(String subject, Schema schema) {
        RegisteredSchema found = registeredSchema(send("POST", "/subjects/" + segment(subject) + "?deleted=false",
                schemaRequest(schema)));
        idsBySubjectSchema.put(new SubjectSchema(subject, schema), found.id());
        return found;
    }

    /** The id of {@code schema} under {@code subject}, registering it first when asked to. */
    public int schemaId(String subject, Schema schema, boolean registerIfMissing) {
        if (registerIfMissing) {
            return register(subject, schema);
        }
        Integer cached = idsBySubjectSchema.get(new SubjectSchema(subject, schema));
        return cached != null ? cached : lookup(subject, schema).id();
    }

    /** The schema with this id (soft-deleted ones included); 40403 when unknown. */
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("GET", "/schemas/ids/" + id, null);
        Schema schema = parse(answer.path("schema").asText(), "schema id " + id);
        schemasById.put(id, schema);
        return schema;
    }

    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        send("GET", "/subjects", null).forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    /** The live versions of {@code subject}, ascending; 40401 when it has none. */
    public List<Integer> versions(String subject) {
        List<Integer> versions = new ArrayList<>();
        send("GET", "/subjects/" + segment(subject) + "/versions", null).forEach(v -> versions.add(v.asInt()));
        return versions;
    }

    public RegisteredSchema version(String subject, int version) {
        return registeredSchema(send("GET", "/subjects/" + segment(subject) + "/versions/" + version, null));
    }

    public RegisteredSchema latestVersion(String subject) {
        return registeredSchema(send("GET", "/subjects/" + segment(subject) + "/versions/latest", null));
    }

    /** Soft-deletes (or, after that, permanently deletes) a subject; returns the versions deleted. */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        List<Integer> versions = new ArrayList<>();
        send("DELETE", "/subjects/" + segment(subject) + "?permanent=" + permanent, null)
                .forEach(v -> versions.add(v.asInt()));
        return versions;
    }

    public int deleteVersion(String subject, int version, boolean permanent) {
        return send("DELETE", "/subjects/" + segment(subject) + "/versions/" + version + "?permanent=" + permanent,
                null).asInt();
    }

    public CompatibilityLevel globalCompatibility() {
        return level(send("GET", "/config", null));
    }

    public void setGlobalCompatibility(CompatibilityLevel level) {
        send("PUT", "/config", compatibilityRequest(level));
    }

    /** The level set on the subject itself; empty when it falls back to the global level. */
    public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        try {
            return Optional.of(level(send("GET", "/config/" + segment(subject), null)));
        } catch (RegistryException e) {
            // 40408 today; servers before 5.5.6 / 6.2.1 said 40401 for the same thing.
            if (e.errorCode() == 40408 || e.errorCode() == 40401) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        send("PUT", "/config/" + segment(subject), compatibilityRequest(level));
    }

    public void deleteSubjectCompatibility(String subject) {
        send("DELETE", "/config/" + segment(subject), null);
    }

    /** Would registering {@code schema} under {@code subject} pass the compatibility check? */
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        return compatibility(send("POST", "/compatibility/subjects/" + segment(subject) + "/versions?verbose=true",
                schemaRequest(schema)));
    }

    /** Is {@code schema} compatible with one version ({@code "latest"} or a number) of the subject? */
    public CompatibilityResult testCompatibility(String subject, String version, Schema schema) {
        return compatibility(send("POST", "/compatibility/subjects/" + segment(subject) + "/versions/"
                + segment(version) + "?verbose=true", schemaRequest(schema)));
    }

    private static ObjectNode schemaRequest(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static ObjectNode compatibilityRequest(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibility", level.name());
    }

    private static CompatibilityLevel level(JsonNode answer) {
        String text = answer.path("compatibilityLevel").asText();
        return CompatibilityLevel.parse(text).orElseThrow(() -> new RegistryException(
                "The schema registry answered an unknown compatibility level: " + answer, 200, 0, null, null));
    }

    private static CompatibilityResult compatibility(JsonNode answer) {
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(m -> messages.add(m.asText()));
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(), messages);
    }

    private static RegisteredSchema registeredSchema(JsonNode answer) {
        return new RegisteredSchema(answer.path("subject").asText(), answer.path("version").asInt(),
                answer.path("id").asInt(), answer.path("schema").asText());
    }

    private static Schema parse(String text, String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new RegistryException("The schema registry returned an unparsable Avro schema for " + what
                    + ": " + e.getMessage(), 200, 0, null, e);
        }
    }

    /** Percent-encodes one path segment (a subject name may hold any character). */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String pathAndQuery, JsonNode body) {
        String payload = body == null ? null : body.toString();
        List<String> urls = config.urls();
        int start = preferredUrl;
        RegistryException failure = null;
        for (int i = 0; i < urls.size(); i++) {
            int index = (start + i) % urls.size();
            try {
                JsonNode answer = sendWithRetries(urls.get(index), method, pathAndQuery, payload);
                preferredUrl = index;
                return answer;
            } catch (FailOver e) {
                if (failure != null) {
                    e.failure.addSuppressed(failure);
                }
                failure = e.failure;
            }
        }
        if (urls.size() > 1) {
            throw new RegistryException("No schema registry answered at any of " + urls + "; last: "
                    + failure.getMessage(), failure.status(), failure.errorCode(), failure.url(), failure);
        }
        throw failure;
    }

    /** Signals that this URL is done for (unreachable, or still failing after the retries). */
    private static final class FailOver extends Exception {
        final RegistryException failure;

        FailOver(RegistryException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private JsonNode sendWithRetries(String baseUrl, String method, String pathAndQuery, String payload)
            throws FailOver {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(config.requestTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        authorization.ifPresent(value -> builder.header("Authorization", value));
        HttpRequest request = builder.build();
        String call = method + " " + pathAndQuery;
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                throw new FailOver(new RegistryException("Schema registry at " + baseUrl
                        + " is unreachable (connection refused or no route): " + call, 0, 0, baseUrl, e));
            } catch (HttpTimeoutException e) {
                throw new FailOver(new RegistryException("Schema registry at " + baseUrl + " did not answer "
                        + call + " in time (" + e.getMessage() + ")", 0, 0, baseUrl, e));
            } catch (IOException e) {
                throw new FailOver(new RegistryException("Schema registry at " + baseUrl + " could not be reached for "
                        + call + ": " + e, 0, 0, baseUrl, e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException("Interrupted while calling the schema registry at " + baseUrl + ": "
                        + call, 0, 0, baseUrl, e);
            }
            int status = response.statusCode();
            if (status == 200 || status == 204) {
                return readAnswer(baseUrl, call, response);
            }
            RegistryException error = error(baseUrl, call, status, response.body());
            if (!retriable(status)) {
                throw error;
            }
            if (attempt >= config.maxRetries()) {
                throw new FailOver(error);
            }
            sleepBeforeRetry(attempt, baseUrl);
        }
    }

    private static boolean retriable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private void sleepBeforeRetry(int attempt, String baseUrl) {
        long wait = Math.min(config.retryWait().toMillis() << Math.min(attempt, 20), config.retryMaxWait().toMillis());
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("Interrupted while waiting to retry the schema registry at " + baseUrl,
                    0, 0, baseUrl, e);
        }
    }

    private static JsonNode readAnswer(String baseUrl, String call, HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RegistryException("Schema registry at " + baseUrl + " answered " + call
                    + " with a body that is not JSON: " + abbreviate(body), response.statusCode(), 0, baseUrl, e);
        }
    }

    private static RegistryException error(String baseUrl, String call, int status, String body) {
        int errorCode;
        String message;
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            errorCode = node.path("error_code").asInt(status);
            message = node.path("message").asText(abbreviate(body));
        } catch (JsonProcessingException | RuntimeException e) {
            // Confluent's client makes up 50005 for an error body that is not JSON; so do we.
            errorCode = 50005;
            message = abbreviate(body);
        }
        return new RegistryException("Schema registry at " + baseUrl + " refused " + call + ": HTTP " + status
                + ", error_code " + errorCode + ": " + message, status, errorCode, baseUrl, null);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
