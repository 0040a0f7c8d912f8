package org.storywire.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable article ids: the source's own id (a feed guid), else the URL, both normalised so that the
 * same article fetched twice gets the same key; else a hash of outlet, title and body.
 */
public final class ArticleIds {
    private static final Pattern TRACKING_PARAMETER = Pattern.compile(
            "(?i)(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|wt_mc|at_medium|at_campaign)(=.*)?");

    private ArticleIds() {
    }

    /** The id for an article: its own id, else its URL, else {@code sha256:} and its content hash prefix. */
    public static String of(IncomingArticle article, String contentHash) {
        if (article.id() != null && !article.id().isBlank()) {
            return normalise(article.id());
        }
        if (article.url() != null && !article.url().isBlank()) {
            return normalise(article.url());
        }
        return "sha256:" + contentHash.substring(0, 32);
    }

    /** Web URLs are normalised ({@link #normaliseUrl}); other ids (urn:uuid:..., tag:...) only trimmed. */
    public static String normalise(String id) {
        String trimmed = id.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return normaliseUrl(trimmed);
        }
        return trimmed;
    }

    /**
     * Lower-case scheme and host, no default port, no fragment, no tracking parameters (utm_*,
     * fbclid, ...), an empty path as "/". Scheme and remaining parameters are kept: they can name a
     * different article.
     */
    public static String normaliseUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                return url.strip();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
            if (!defaultPort) {
                out.append(':').append(port);
            }
            String path = uri.getRawPath();
            out.append(path == null || path.isEmpty() ? "/" : path);
            String query = withoutTracking(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !TRACKING_PARAMETER.matcher(parameter).matches()) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
