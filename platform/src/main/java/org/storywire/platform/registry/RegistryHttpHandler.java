package org.storywire.platform.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storywire.registry.CompatibilityLevel;
import org.storywire.security.SecretToken;

/**
 * The registry's REST API (docs/registry.md, "Operations") over the JDK's HTTP server: routing, request and
 * response JSON, media types and the generic errors (400, 404, 405, 415, 422, 500).
 */
final class RegistryHttpHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1 = "application/vnd.schemaregistry.v1+json";
    private static final String GENERIC = "application/vnd.schemaregistry+json";
    private static final String PLAIN_JSON = "application/json";
    private static final List<String> ACCEPTED_BODY_TYPES = List.of(V1, GENERIC, PLAIN_JSON, "application/octet-stream");

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE");

    private final RegistryService registry;
    private final Optional<SecretToken> writeToken;

    /** @param writeToken what POST, PUT and DELETE requests must present, or empty to let anyone change the registry */
    RegistryHttpHandler(RegistryService registry, Optional<SecretToken> writeToken) {
        this.registry = registry;
        this.writeToken = writeToken;
    }

    /** What a route answers: an HTTP status and the body text. */
    private record Answer(int status, String body) {
    }

    @FunctionalInterface
    private interface Action {
        Answer run() throws IOException;
    }

    /** The parts of one request a route needs. */
    private record Request(String method, List<String> path, Map<String, String> query, HttpExchange exchange) {
        boolean flag(String name) {
            return Boolean.parseBoolean(query.getOrDefault(name, "false").trim());
        }

        int number(String name, int defaultValue) {
            String value = query.get(name);
            if (value == null || value.isBlank()) {
                return defaultValue;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new RegistryError(400, "Query parameter " + name + " is not a number: " + value);
            }
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            Request request = new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    segments(exchange.getRequestURI().getRawPath()), query(exchange.getRequestURI().getRawQuery()),
                    exchange);
            Optional<Answer> refusal = writeRefusal(request);
            answer = refusal.isPresent() ? refusal.get() : route(request);
        } catch (RegistryError e) {
            answer = error(e.status, e.errorCode, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Schema registry request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            answer = error(500, 500, "Internal Server Error");
        }
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", responseType(exchange.getRequestHeaders().getFirst("Accept")));
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** 401 for a change without a credential, 403 with one that is not the write token; empty when allowed. */
    private Optional<Answer> writeRefusal(Request r) {
        if (writeToken.isEmpty() || !WRITES.contains(r.method())) {
            return Optional.empty();
        }
        Optional<String> presented = SecretToken.presentedIn(r.exchange().getRequestHeaders().getFirst("Authorization"));
        if (presented.isEmpty()) {
            r.exchange().getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"schema-registry\"");
            return Optional.of(error(401, 40101, "changing the registry needs its write token (basic auth password or bearer token)"));
        }
        if (!writeToken.get().matches(presented.get())) {
            return Optional.of(error(403, 40301, "the token is not accepted for changing the registry"));
        }
        return Optional.empty();
    }

    private Answer route(Request r) throws IOException {
        List<String> p = r.path();
        int n = p.size();
        if (n == 0) {
            return on(r, Map.of("GET", () -> ok("{}")));
        }
        switch (p.get(0)) {
            case "schemas" -> {
                if (n == 2 && p.get(1).equals("types")) {
                    return on(r, Map.of("GET", () -> ok("[\"AVRO\"]")));
                }
                if (n >= 3 && n <= 4 && p.get(1).equals("ids")) {
                    return schemaById(r, n == 4 ? p.get(3) : "");
                }
            }
            case "subjects" -> {
                if (n == 1) {
                    return on(r, Map.of("GET", () -> ok(json(registry.subjects(r.query().get("subjectPrefix"),
                            r.flag("deleted"), r.flag("deletedOnly"), r.number("offset", 0), r.number("limit", -1))))));
                }
                String subject = p.get(1);
                if (n == 2) {
                    return on(r, Map.of(
                            "POST", () -> ok(schemaObject(registry.lookup(subject, submitted(r), r.flag("deleted")))),
                            "DELETE", () -> ok(json(registry.deleteSubject(subject, r.flag("permanent"))))));
                }
                if (p.get(2).equals("versions")) {
                    if (n == 3) {
                        return on(r, Map.of(
                                "GET", () -> ok(json(registry.versions(subject, r.flag("deleted"), r.flag("deletedOnly")))),
                                "POST", () -> ok(JSON.createObjectNode()
                                        .put("id", registry.register(subject, submitted(r))).toString())));
                    }
                    String version = p.get(3);
                    if (n == 4) {
                        return on(r, Map.of(
                                "GET", () -> ok(schemaObject(registry.version(subject, version, r.flag("deleted")))),
                                "DELETE", () -> ok(String.valueOf(registry.deleteVersion(subject, version,
                                        r.flag("permanent"))))));
                    }
                    if (n == 5 && p.get(4).equals("schema")) {
                        return on(r, Map.of("GET", () -> ok(registry.version(subject, version, r.flag("deleted")).schema())));
                    }
                }
            }
            case "config" -> {
                if (n <= 2) {
                    String subject = n == 2 ? p.get(1) : null;
                    return on(r, Map.of(
                            "GET", () -> getConfig(r, subject),
                            "PUT", () -> putConfig(r, subject),
                            "DELETE", () -> ok(levelObject(registry.deleteLevel(subject)))));
                }
            }
            case "compatibility" -> {
                if ((n == 4 || n == 5) && p.get(1).equals("subjects") && p.get(3).equals("versions")) {
                    return on(r, Map.of("POST", () -> compatibility(r, p.get(2), n == 5 ? p.get(4) : null)));
                }
            }
            default -> { }
        }
        throw new RegistryError(404, "HTTP 404 Not Found");
    }

    private static Answer on(Request r, Map<String, Action> actions) throws IOException {
        Action action = actions.get(r.method());
        if (action == null) {
            throw new RegistryError(405, "HTTP 405 Method Not Allowed");
        }
        return action.run();
    }

    private Answer schemaById(Request r, String suffix) throws IOException {
        int id;
        try {
            id = Integer.parseInt(r.path().get(2));
        } catch (NumberFormatException e) {
            throw new RegistryError(404, "HTTP 404 Not Found");
        }
        return switch (suffix) {
            case "" -> on(r, Map.of("GET", () -> {
                StoredSchema stored = registry.byId(id, true).get(0);
                ObjectNode body = JSON.createObjectNode();
                addType(body, stored);
                return ok(body.put("schema", stored.schema()).toString());
            }));
            case "schema" -> on(r, Map.of("GET", () -> ok(registry.byId(id, true).get(0).schema())));
            case "subjects" -> on(r, Map.of("GET", () -> ok(json(registry.byId(id, r.flag("deleted")).stream()
                    .map(StoredSchema::subject).distinct().sorted().toList()))));
            case "versions" -> on(r, Map.of("GET", () -> {
                ArrayNode versions = JSON.createArrayNode();
                registry.byId(id, r.flag("deleted")).forEach(s -> versions.addObject()
                        .put("subject", s.subject()).put("version", s.version()));
                return ok(versions.toString());
            }));
            default -> throw new RegistryError(404, "HTTP 404 Not Found");
        };
    }

    private Answer getConfig(Request r, String subject) {
        if (subject == null) {
            return ok(levelObject(registry.globalLevel()));
        }
        CompatibilityLevel level = registry.subjectLevel(subject)
                .or(() -> r.flag("defaultToGlobal") ? Optional.of(registry.globalLevel())
                        : Optional.empty())
                .orElseThrow(() -> RegistryError.noSubjectCompatibility(subject));
        return ok(levelObject(level));
    }

    private Answer putConfig(Request r, String subject) throws IOException {
        JsonNode body = objectBody(r);
        JsonNode compatibility = body.get("compatibility");
        if (compatibility != null && !compatibility.isNull()) {
            CompatibilityLevel level = CompatibilityLevel.parse(compatibility.asText())
                    .orElseThrow(RegistryError::invalidCompatibility);
            registry.setLevel(subject, level);
        }
        // The registry echoes the request.
        return ok(body.toString());
    }

    private Answer compatibility(Request r, String subject, String version) throws IOException {
        List<String> messages;
        try {
            messages = registry.testCompatibility(subject, version, submitted(r));
        } catch (RegistryError e) {
            if (e.errorCode != 42201 || !r.flag("verbose")) {
                throw e;
            }
            messages = List.of(e.getMessage());
        }
        ObjectNode body = JSON.createObjectNode().put("is_compatible", messages.isEmpty());
        if (r.flag("verbose")) {
            messages.forEach(body.putArray("messages")::add);
        }
        return ok(body.toString());
    }

    private static RegistryService.Submitted submitted(Request r) throws IOException {
        JsonNode body = objectBody(r);
        JsonNode schema = body.get("schema");
        if (schema != null && !schema.isNull() && !schema.isTextual()) {
            throw new RegistryError(422, "schema must be a JSON string holding the schema text");
        }
        JsonNode type = body.get("schemaType");
        JsonNode references = body.get("references");
        return new RegistryService.Submitted(schema == null || schema.isNull() ? null : schema.asText(),
                type == null || type.isNull() ? null : type.asText(),
                references != null && references.isArray() && !references.isEmpty());
    }

    /** Reads the request body as a JSON object: 415 for other media types, 400 for bad JSON, 422 if empty. */
    private static JsonNode objectBody(Request r) throws IOException {
        String contentType = r.exchange().getRequestHeaders().getFirst("Content-Type");
        if (contentType != null) {
            String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!ACCEPTED_BODY_TYPES.contains(mediaType)) {
                throw new RegistryError(415, "HTTP 415 Unsupported Media Type");
            }
        }
        byte[] bytes = r.exchange().getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            throw new RegistryError(422, "The request body is missing");
        }
        JsonNode body;
        try {
            body = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new RegistryError(400, e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new RegistryError(422, "The request body must be a JSON object");
        }
        return body;
    }

    private static String schemaObject(StoredSchema stored) {
        ObjectNode body = JSON.createObjectNode().put("subject", stored.subject()).put("version", stored.version())
                .put("id", stored.id());
        addType(body, stored);
        return body.put("schema", stored.schema()).toString();
    }

    /** {@code schemaType} is left out for AVRO, as the registry does. */
    private static void addType(ObjectNode body, StoredSchema stored) {
        if (!"AVRO".equals(stored.schemaType())) {
            body.put("schemaType", stored.schemaType());
        }
    }

    private static String levelObject(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibilityLevel", level.name()).toString();
    }

    private static String json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    private static Answer ok(String body) {
        return new Answer(200, body);
    }

    private static Answer error(int status, int errorCode, String message) {
        return new Answer(status, JSON.createObjectNode().put("error_code", errorCode).put("message", message).toString());
    }

    private static String responseType(String accept) {
        if (accept == null || accept.contains(V1) || accept.contains("*/*")) {
            return V1;
        }
        if (accept.contains(GENERIC)) {
            return GENERIC;
        }
        return accept.contains(PLAIN_JSON) ? PLAIN_JSON : V1;
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                // Decode %xx but keep '+' literal: it is a path, not a form.
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }
}
