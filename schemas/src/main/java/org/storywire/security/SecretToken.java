package org.storywire.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A token that grants access, held only as its SHA-256 digest. Presented tokens are compared by
 * digest with {@link MessageDigest#isEqual}, so the time a comparison takes says nothing about how
 * much of the token was right, nor about its length.
 */
public final class SecretToken {
    private final byte[] digest;

    private SecretToken(byte[] digest) {
        this.digest = digest;
    }

    public static SecretToken of(String token) {
        return new SecretToken(sha256(token));
    }

    /** Whether {@code presented} is this token; null never is. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    /**
     * The credential in an {@code Authorization} header: a bearer token, or the password of HTTP
     * basic auth (what schema registry clients send as {@code basic.auth.user.info}); empty when
     * the header is missing or neither.
     */
    public static Optional<String> presentedIn(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String header = authorizationHeader.trim();
        String scheme = header.contains(" ") ? header.substring(0, header.indexOf(' ')).toLowerCase(Locale.ROOT) : "";
        String value = header.substring(scheme.length()).trim();
        if (scheme.equals("bearer") && !value.isEmpty()) {
            return Optional.of(value);
        }
        if (scheme.equals("basic")) {
            try {
                String userAndPassword = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                int colon = userAndPassword.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(userAndPassword.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Never the token: this object may end up in a log line. */
    @Override
    public String toString() {
        return "SecretToken[hidden]";
    }
}
