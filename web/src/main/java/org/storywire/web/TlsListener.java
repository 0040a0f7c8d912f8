package org.storywire.web;

import io.javalin.config.JettyConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.storywire.security.ServerKeystore;

/** Makes a Javalin server listen over TLS only, with the key of a {@link ServerKeystore}. */
public final class TlsListener {
    private TlsListener() {
    }

    public static void listen(JettyConfig jetty, String host, int port, ServerKeystore keystore) {
        // Built here so that a wrong password or file fails the start, not the first handshake.
        var sslContext = keystore.sslContext();
        jetty.addConnector((server, http) -> {
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // Whether the certificate names the address used is the client's check; the server answers any name.
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setSslContext(sslContext);
            ServerConnector connector = new ServerConnector(server, tls, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }
}
