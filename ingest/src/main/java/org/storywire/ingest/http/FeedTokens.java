package org.storywire.ingest.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storywire.security.SecretToken;

/**
 * The tokens HTTP push accepts, each with the name of the feed it identifies, so that the
 * articles of one source can be told apart, found and retracted, and its token revoked alone.
 *
 * <p>A token file holds one {@code NAME TOKEN} pair a line ({@code #} starts a comment). It is
 * read again when its content changes (checked at most once a second, on requests), so tokens are
 * added, rotated and revoked without a restart; a changed file that cannot be used is reported and
 * the tokens read before stay in force until it is fixed.
 */
public final class FeedTokens {
    /** The feed name of the single token given by environment rather than by file. */
    public static final String SINGLE_TOKEN_FEED = "default";
    static final int MIN_TOKEN_LENGTH = 16;
    private static final Logger LOG = LoggerFactory.getLogger(FeedTokens.class);
    private static final Pattern FEED_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final long RECHECK_NANOS = 1_000_000_000L;

    /** One accepted token and the feed it names. */
    private record Entry(String feed, SecretToken token) {
    }

    private final Path file;
    private volatile List<Entry> entries;
    private volatile byte[] fileDigest;
    private volatile long checkedAt;

    private FeedTokens(Path file, List<Entry> entries, byte[] fileDigest) {
        this.file = file;
        this.entries = entries;
        this.fileDigest = fileDigest;
        this.checkedAt = System.nanoTime();
    }

    /** One token, for the feed {@value #SINGLE_TOKEN_FEED}. */
    public static FeedTokens single(String token) {
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the ingest token must be at least " + MIN_TOKEN_LENGTH + " characters long");
        }
        return new FeedTokens(null, List.of(new Entry(SINGLE_TOKEN_FEED, SecretToken.of(token))), null);
    }

    /**
     * The tokens of a token file, read now and again whenever it changes.
     *
     * @throws IllegalArgumentException naming the file and line that is wrong, never a token
     */
    public static FeedTokens file(Path file) {
        byte[] content = read(file);
        return new FeedTokens(file, parse(file, content), sha256(content));
    }

    /** The feed whose token was presented, or empty when no token matches. */
    public Optional<String> feedOf(String presented) {
        reloadIfChanged();
        String feed = null;
        // Every entry is compared, so the time taken does not tell which one matched.
        for (Entry entry : entries) {
            if (entry.token().matches(presented)) {
                feed = entry.feed();
            }
        }
        return Optional.ofNullable(feed);
    }

    public int size() {
        return entries.size();
    }

    private void reloadIfChanged() {
        long now = System.nanoTime();
        if (file == null || now - checkedAt < RECHECK_NANOS) {
            return;
        }
        synchronized (this) {
            if (now - checkedAt < RECHECK_NANOS) {
                return;
            }
            checkedAt = now;
            byte[] content;
            try {
                content = read(file);
            } catch (IllegalArgumentException e) {
                LOG.warn("{}; keeping the {} tokens read before", e.getMessage(), entries.size());
                return;
            }
            byte[] digest = sha256(content);
            if (MessageDigest.isEqual(digest, fileDigest)) {
                return;
            }
            fileDigest = digest;
            try {
                entries = parse(file, content);
                LOG.info("Token file {} read again: {} tokens", file, entries.size());
            } catch (IllegalArgumentException e) {
                LOG.warn("{}; keeping the {} tokens read before until it is fixed", e.getMessage(), entries.size());
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("token file " + file + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Error messages name the line, never its content: the line holds a token. */
    private static List<Entry> parse(Path file, byte[] content) {
        List<Entry> parsed = new ArrayList<>();
        Set<String> feeds = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "token file " + file + " line " + (i + 1) + ": ";
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(where + "expected NAME TOKEN");
            }
            if (!FEED_NAME.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException(where + "a feed name is letters, digits, '.', '_' or '-', at most 64");
            }
            if (parts[1].length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException(where + "the token of " + parts[0] + " is shorter than " + MIN_TOKEN_LENGTH + " characters");
            }
            if (!feeds.add(parts[0])) {
                throw new IllegalArgumentException(where + "feed " + parts[0] + " is named twice");
            }
            if (!tokens.add(parts[1])) {
                throw new IllegalArgumentException(where + "the token of " + parts[0] + " is also another feed's");
            }
            parsed.add(new Entry(parts[0], SecretToken.of(parts[1])));
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("token file " + file + " holds no tokens");
        }
        return List.copyOf(parsed);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
