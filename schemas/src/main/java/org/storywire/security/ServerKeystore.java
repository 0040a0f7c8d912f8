package org.storywire.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The key and certificate an HTTP server presents for TLS: a PKCS12 (or JKS) keystore file and its
 * password, the same for the ingest endpoint, the query API and the embedded schema registry.
 */
public record ServerKeystore(Path path, String password) {
    /** Where every command reads the password from: it is kept off command lines, which other users can see. */
    public static final String PASSWORD_ENV = "STORYWIRE_TLS_KEYSTORE_PASSWORD";

    /**
     * A server-side TLS context holding the keystore's key.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it, never the password
     */
    public SSLContext sslContext() {
        char[] secret = password.toCharArray();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore keys = KeyStore.getInstance(path.toString().endsWith(".jks") ? "JKS" : "PKCS12");
            keys.load(in, secret);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, secret);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            // The cause's class says enough; its message is left out so that nothing from the keystore reaches a log.
            throw new IllegalArgumentException("TLS keystore " + path + " cannot be used (" + PASSWORD_ENV
                    + " wrong, or not a PKCS12/JKS keystore with a key): " + e.getClass().getSimpleName(), e);
        }
    }

    /** Never the password: this object may end up in a log line. */
    @Override
    public String toString() {
        return "ServerKeystore[" + path + "]";
    }
}
