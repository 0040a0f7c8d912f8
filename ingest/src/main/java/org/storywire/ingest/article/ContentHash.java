package org.storywire.ingest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of outlet, title and body: equal hashes mean an unchanged article. */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String outlet, String title, String body) {
        MessageDigest digest = sha256();
        // Separators keep ("ab", "c") and ("a", "bc") apart; a null field hashes like an empty one.
        update(digest, outlet);
        update(digest, title);
        update(digest, body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String field) {
        if (field != null) {
            digest.update(field.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
