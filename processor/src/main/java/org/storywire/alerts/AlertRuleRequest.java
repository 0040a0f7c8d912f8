package org.storywire.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.storywire.query.QueryExceptions.BadRequest;

/** The body of {@code POST /api/alerts}; {@link #toRule} turns it into a rule or answers 400 naming the field. */
public record AlertRuleRequest(String name, String status, String actor, String text, String language,
                               String webhookUrl, String secret) {
    static final int MAX_NAME = 100;
    static final int MAX_CRITERION = 200;
    static final int MAX_URL = 2_000;
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    private static final Set<String> STATUSES = Set.of("CLAIMED", "DENIED", "UNCONFIRMED");
    private static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Validates every field; the secret is generated when none is given. */
    public AlertRule toRule(List<String> allowedHosts, Instant now) {
        String cleanName = bounded("name", name, MAX_NAME);
        if (cleanName == null) throw new BadRequest("name is required");
        String cleanStatus = upper(bounded("status", status, MAX_CRITERION));
        if (cleanStatus != null && !STATUSES.contains(cleanStatus)) {
            throw new BadRequest("status must be one of CLAIMED, DENIED, UNCONFIRMED");
        }
        String cleanLanguage = lower(bounded("language", language, MAX_CRITERION));
        if (cleanLanguage != null && !LANGUAGES.contains(cleanLanguage)) throw new BadRequest("language must be de or en");
        String cleanActor = bounded("actor", actor, MAX_CRITERION);
        String cleanText = bounded("text", text, MAX_CRITERION);
        if (cleanStatus == null && cleanLanguage == null && cleanActor == null && cleanText == null) {
            throw new BadRequest("a rule needs at least one of status, actor, text, language");
        }
        String url = bounded("webhookUrl", webhookUrl, MAX_URL);
        if (url != null) checkWebhook(url, allowedHosts);
        String cleanSecret = secret == null || secret.isEmpty() ? newSecret() : secret;
        if (cleanSecret.length() < MIN_SECRET || cleanSecret.length() > MAX_SECRET) {
            throw new BadRequest("secret must be " + MIN_SECRET + " to " + MAX_SECRET + " characters (or left out to get one)");
        }
        return new AlertRule(UUID.randomUUID().toString(), cleanName, cleanStatus, cleanActor, cleanText, cleanLanguage,
                url, cleanSecret, now);
    }

    /** An absolute http(s) URL without credentials, to a host the configuration allows. */
    static void checkWebhook(String url, List<String> allowedHosts) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new BadRequest("webhookUrl is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new BadRequest("webhookUrl must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) throw new BadRequest("webhookUrl must not carry credentials; the signature authenticates");
        if (!isAllowedHost(uri.getHost(), allowedHosts)) {
            throw new BadRequest("webhookUrl host " + uri.getHost() + " is not in STORYWIRE_ALERT_WEBHOOK_HOSTS");
        }
    }

    static boolean isAllowedHost(String host, List<String> allowedHosts) {
        return allowedHosts.isEmpty() || allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    private static String bounded(String field, String value, int max) {
        if (value == null || value.isBlank()) return null;
        String trimmed = value.strip();
        if (trimmed.length() > max) throw new BadRequest(field + " must be at most " + max + " characters");
        return trimmed;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
