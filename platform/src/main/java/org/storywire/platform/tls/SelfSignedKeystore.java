package org.storywire.platform.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A PKCS12 keystore with a fresh self-signed certificate for localhost and 127.0.0.1, made by the
 * JDK's own {@code keytool}, and a client TLS context that trusts exactly that certificate: for
 * tests of the HTTPS servers.
 */
public record SelfSignedKeystore(Path path, String password) {

    /** Generates the keystore at {@code path}; the certificate also names {@code extraAddresses}. */
    public static SelfSignedKeystore generate(Path path, String password, String... extraAddresses) throws IOException, InterruptedException {
        StringBuilder names = new StringBuilder("SAN=dns:localhost,ip:127.0.0.1");
        for (String address : extraAddresses) {
            names.append(",ip:").append(address);
        }
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost",
                "-ext", names.toString(), "-storetype", "PKCS12", "-keystore", path.toString(),
                "-storepass", password, "-keypass", password))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        return new SelfSignedKeystore(path, password);
    }

    /** A client context that trusts this keystore's certificate and nothing else. */
    public SSLContext trustingClientContext() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            trusted.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
