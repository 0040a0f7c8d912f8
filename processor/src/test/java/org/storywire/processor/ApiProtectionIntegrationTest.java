package org.storywire.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.config.StorywireConfig;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.platform.tls.SelfSignedKeystore;

/** The query API's defaults and protection on a real instance: loopback only, HTTPS from a keystore, the bearer token. */
@ExtendWith(EmbeddedPlatformExtension.class)
class ApiProtectionIntegrationTest {
    private static final String TOKEN = "api-token-0123456789";

    @Test
    void servesHttpsOnLoopbackOnlyAndWantsTheToken(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        SelfSignedKeystore keystore = SelfSignedKeystore.generate(state.resolve("api.p12"), "api-keystore-pass");
        PipelineFixture fixture = new PipelineFixture(platform, "api-protection");
        int port = PipelineFixture.freePort();
        Map<String, String> env = fixture.env(state, port, Map.of("STORYWIRE_API_TOKEN", TOKEN,
                "STORYWIRE_TLS_KEYSTORE", keystore.path().toString(), "STORYWIRE_TLS_KEYSTORE_PASSWORD", keystore.password()));
        // What an operator gets without saying where to listen.
        env.remove(StorywireConfig.Setting.HTTP_BIND.envName());
        env.remove(StorywireConfig.Setting.HTTP_HOST.envName());
        StorywireConfig config = StorywireConfig.from(env, new java.util.Properties());
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(keystore.trustingClientContext()).build();
            URI stories = URI.create("https://localhost:" + app.apiPort() + "/api/stories");
            assertThat(send(trusting, stories, null).statusCode()).isEqualTo(401);
            assertThat(send(trusting, stories, "Bearer " + TOKEN + "!").statusCode()).isEqualTo(403);
            assertThat(send(trusting, URI.create("https://localhost:" + app.apiPort() + "/health"), null).statusCode()).isEqualTo(200);
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            HttpResponse<String> allowed = send(trusting, stories, "Bearer " + TOKEN);
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
            assertThatThrownBy(() -> send(HttpClient.newHttpClient(), stories, "Bearer " + TOKEN)).isInstanceOf(SSLHandshakeException.class);

            InetAddress external = nonLoopbackAddress().orElse(null);
            assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
            assertThat(connects(InetAddress.getLoopbackAddress(), app.apiPort())).isTrue();
            assertThat(connects(external, app.apiPort())).as("the API is reachable on " + external).isFalse();
        }
    }

    @Test
    void listensBeyondLoopbackWhenTold(EmbeddedPlatform platform, @TempDir Path state) throws Exception {
        InetAddress external = nonLoopbackAddress().orElse(null);
        assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
        PipelineFixture fixture = new PipelineFixture(platform, "api-open");
        StorywireConfig config = fixture.config(state, PipelineFixture.freePort(), Map.of("STORYWIRE_HTTP_BIND", "0.0.0.0"));
        try (ProcessorApp app = ProcessorApp.start(config, ProcessCommand.serdeFactory(config))) {
            assertThat(connects(external, app.apiPort())).isTrue();
        }
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (authorization != null) request.header("Authorization", authorization);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    /** An IPv4 address of one of this machine's own interfaces that is not loopback. */
    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Optional<InetAddress> address = nic.inetAddresses()
                        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
                if (address.isPresent()) return address;
            }
        }
        return Optional.empty();
    }
}
