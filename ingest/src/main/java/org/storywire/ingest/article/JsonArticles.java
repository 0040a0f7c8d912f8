package org.storywire.ingest.article;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Locale;
import org.storywire.avro.TimePrecision;

/**
 * Articles as JSON: {@code {id?, url?, outlet?, title?, body|text, published?, language?}}. Also
 * reads what an archive of {@code articles.raw} holds ({@code publishedPrecision}, {@code fetched},
 * {@code feed}) so that replay keeps the original values, and {@code content}/{@code originalText}
 * as names for the body. Unknown fields are ignored.
 */
public final class JsonArticles {
    /** Strict about trailing content, so that two JSON documents are never read as one. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String[] BODY_FIELDS = {"body", "text", "content", "originalText"};

    private JsonArticles() {
    }

    /**
     * The article in one JSON object.
     *
     * @throws IllegalArgumentException naming what is wrong: not an object, no body, an unreadable time
     */
    public static IncomingArticle fromJson(JsonNode node, String source, String feed) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        String body = null;
        for (String field : BODY_FIELDS) {
            body = text(node, field);
            if (body != null) {
                break;
            }
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("no body: one of body, text must be a non-empty string");
        }
        return new IncomingArticle(text(node, "id"), source, text(node, "outlet"), text(node, "url"), text(node, "title"),
                body, language(text(node, "language")), published(node), fetched(node), orDefault(text(node, "feed"), feed));
    }

    private static PublicationTime published(JsonNode node) {
        JsonNode value = node.get("published");
        if (value == null || value.isNull()) {
            return null;
        }
        PublicationTime time = value.isNumber()
                ? new PublicationTime(Instant.ofEpochMilli(value.asLong()), TimePrecision.SECOND)
                : PublicationTimes.parseOrThrow(value.asText());
        String precision = text(node, "publishedPrecision");
        if (precision != null) {
            try {
                return new PublicationTime(time.instant(), TimePrecision.valueOf(precision.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown publishedPrecision: " + precision);
            }
        }
        return time;
    }

    private static Instant fetched(JsonNode node) {
        JsonNode value = node.get("fetched");
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? Instant.ofEpochMilli(value.asLong()) : PublicationTimes.parseOrThrow(value.asText()).instant();
    }

    private static String language(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
