package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.RawArticle;
import org.storywire.analyse.LanguageDetector;
import org.storywire.ingest.http.FeedTokens;
import org.storywire.ingest.http.HttpIngestServer;
import org.storywire.ingest.http.HttpIngestSettings;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import org.storywire.platform.tls.SelfSignedKeystore;
import org.storywire.security.ServerKeystore;
import org.storywire.serde.AvroSerdes;
import picocli.CommandLine;

/**
 * HTTP push with tokens, rate limits, TLS and its listening address, on a real server publishing
 * to a real broker: who may write, and what is recorded about who wrote.
 */
class HttpIngestSecurityTest {
    private static final String ALICE = "alice-token-0123456789";
    private static final String BOB = "bob-token-abcdefghijklm";
    private static final String CAROL = "carol-token-zyxwvutsrqp";
    private static EmbeddedKafkaBroker broker;
    private static EmbeddedSchemaRegistry registry;
    private static LanguageDetector languages;

    @TempDir
    static Path brokerDir;

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String topic;
    private ContentHashStore hashes;
    private ArticlePublisher publisher;

    @BeforeAll
    static void startPlatform() {
        broker = EmbeddedKafkaBroker.start(brokerDir.resolve("kafka"), 0);
        registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
        languages = LanguageDetector.create();
    }

    @AfterAll
    static void stopPlatform() {
        if (registry != null) registry.close();
        if (broker != null) broker.close();
    }

    @BeforeEach
    void publisher() {
        topic = "push-" + System.nanoTime();
        RawTopic.ensure(broker.bootstrapServers(), topic, 1);
        hashes = ContentHashStore.open(work.resolve("state"), topic);
        var serializer = AvroSerdes.serde(RawArticle.class, Map.of("schema.registry.url", registry.url()), false).serializer();
        publisher = ArticlePublisher.create(broker.bootstrapServers(), serializer, topic, hashes, languages, new IngestSummary(), false);
    }

    @AfterEach
    void closePublisher() {
        publisher.close();
        hashes.close();
    }

    @Test
    void onlyRequestsWithAnAcceptedTokenPublishAndTheirArticlesNameTheFeed() throws Exception {
        Path tokenFile = write("tokens", "# feed token\nalice " + ALICE + "\n\nbob   " + BOB + "\n");
        try (HttpIngestServer server = HttpIngestServer.start(settings("127.0.0.1", Optional.of(FeedTokens.file(tokenFile)), 0, null), publisher)) {
            URI articles = URI.create("http://127.0.0.1:" + server.port() + "/articles");

            HttpResponse<String> none = post(articles, null, article("a"));
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(none.body()).isEqualTo("{\"error\":\"a bearer token is required: Authorization: Bearer <token>\"}");

            HttpResponse<String> wrong = post(articles, "Bearer " + ALICE + "x", article("a"));
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).isEqualTo("{\"error\":\"the token is not accepted\"}");
            assertThat(post(articles, "Basic !!", article("a")).statusCode()).isEqualTo(401);
            // Tokens are case-sensitive, also on a connection that sent another case before.
            assertThat(post(articles, "Bearer " + ALICE.toUpperCase(), article("a")).statusCode()).isEqualTo(403);

            // The article claims another feed; the token decides.
            HttpResponse<String> accepted = post(articles, "Bearer " + ALICE,
                    "{\"id\":\"a\",\"feed\":\"bob\",\"body\":\"The council said the bridge would reopen in April.\"}");
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(post(articles, "Bearer " + BOB, article("b")).statusCode()).isEqualTo(202);
            assertThat(http.send(HttpRequest.newBuilder(articles.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
        assertThat(records()).extracting(r -> r.key() + "=" + r.value().getFeed()).containsExactly("a=alice", "b=bob");
    }

    @Test
    void tokensAreRotatedAndRevokedWithoutARestart() throws Exception {
        Path tokenFile = write("tokens", "alice " + ALICE + "\nbob " + BOB + "\n");
        try (HttpIngestServer server = HttpIngestServer.start(settings("127.0.0.1", Optional.of(FeedTokens.file(tokenFile)), 0, null), publisher)) {
            URI articles = URI.create("http://127.0.0.1:" + server.port() + "/articles");
            assertThat(post(articles, "Bearer " + ALICE, article("a1")).statusCode()).isEqualTo(202);
            assertThat(post(articles, "Bearer " + CAROL, article("c1")).statusCode()).isEqualTo(403);

            // alice revoked, carol added, bob unchanged.
            write("tokens", "bob " + BOB + "\ncarol " + CAROL + "\n");
            assertThat(statusWithin(articles, "Bearer " + CAROL, "c2", 202)).isEqualTo(202);
            assertThat(post(articles, "Bearer " + ALICE, article("a2")).statusCode()).isEqualTo(403);
            assertThat(post(articles, "Bearer " + BOB, article("b1")).statusCode()).isEqualTo(202);

            // A broken file is reported and the tokens read before stay in force.
            write("tokens", "carol\n");
            Thread.sleep(1_200);
            assertThat(post(articles, "Bearer " + CAROL, article("c3")).statusCode()).isEqualTo(202);
            assertThat(post(articles, "Bearer " + ALICE, article("a3")).statusCode()).isEqualTo(403);
        }
        assertThat(records()).extracting(r -> r.key() + "=" + r.value().getFeed())
                .containsExactly("a1=alice", "c2=carol", "b1=bob", "c3=carol");
    }

    @Test
    void eachFeedIsHeldToItsRateLimit() throws Exception {
        Path tokenFile = write("tokens", "alice " + ALICE + "\nbob " + BOB + "\n");
        try (HttpIngestServer server = HttpIngestServer.start(settings("127.0.0.1", Optional.of(FeedTokens.file(tokenFile)), 0.2, null), publisher)) {
            URI articles = URI.create("http://127.0.0.1:" + server.port() + "/articles");
            assertThat(post(articles, "Bearer " + ALICE, article("a1")).statusCode()).isEqualTo(202);
            HttpResponse<String> limited = post(articles, "Bearer " + ALICE, article("a2"));
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isBetween(1L, 5L);
            assertThat(limited.body()).startsWith("{\"error\":\"rate limit exceeded: retry in ");
            // Another feed has its own allowance.
            assertThat(post(articles, "Bearer " + BOB, article("b1")).statusCode()).isEqualTo(202);
        }
        assertThat(records()).extracting(ConsumerRecord::key).containsExactly("a1", "b1");
    }

    @Test
    void servesHttpsFromTheConfiguredKeystore() throws Exception {
        SelfSignedKeystore keystore = SelfSignedKeystore.generate(work.resolve("server.p12"), "keystore-pass-42");
        ServerKeystore tls = new ServerKeystore(keystore.path(), keystore.password());
        try (HttpIngestServer server = HttpIngestServer.start(settings("127.0.0.1", Optional.of(FeedTokens.single(ALICE)), 0, tls), publisher)) {
            URI articles = URI.create("https://localhost:" + server.port() + "/articles");
            HttpClient trusting = HttpClient.newBuilder().sslContext(keystore.trustingClientContext()).build();
            HttpResponse<String> accepted = trusting.send(HttpRequest.newBuilder(articles).header("Authorization", "Bearer " + ALICE)
                    .POST(HttpRequest.BodyPublishers.ofString(article("t"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).isEqualTo(202);
            // A client that does not trust the certificate gets no answer at all, and plain HTTP none that publishes.
            assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(articles).GET().build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
            URI plain = URI.create("http://127.0.0.1:" + server.port() + "/articles");
            assertThat(sendOrStatusZero(plain)).isNotEqualTo(202);
        }
        assertThat(records()).extracting(r -> r.key() + "=" + r.value().getFeed()).containsExactly("t=default");
        assertThatThrownBy(() -> HttpIngestServer.start(settings("127.0.0.1", Optional.empty(), 0,
                new ServerKeystore(keystore.path(), "wrong-password")), publisher))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("wrong-password").doesNotContain("keystore-pass-42");
    }

    @Test
    void listensOnLoopbackUnlessToldOtherwise() throws Exception {
        InetAddress external = nonLoopbackAddress();
        assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
        assumeTrue(System.getenv("STORYWIRE_HTTP_BIND") == null, "STORYWIRE_HTTP_BIND is set in this environment");
        CommandLine.ParseResult parsed = new CommandLine(new IngestCommand()).parseArgs("http");
        HttpIngestSettings defaults = ((IngestCommand.HttpCommand) parsed.subcommand().commandSpec().userObject()).settings(Map.of());
        assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(defaults.tokens()).isEmpty();
        try (HttpIngestServer server = HttpIngestServer.start(settings(defaults.bindAddress(), Optional.empty(), 0, null), publisher)) {
            assertThat(connects(InetAddress.getLoopbackAddress(), server.port())).isTrue();
            assertThat(connects(external, server.port())).isFalse();
        }
        try (HttpIngestServer server = HttpIngestServer.start(settings("0.0.0.0", Optional.empty(), 0, null), publisher)) {
            assertThat(connects(external, server.port())).isTrue();
        }
    }

    @Test
    void theArticlesOfOneFeedAreRetractedTogether() throws Exception {
        Path tokenFile = write("tokens", "alice " + ALICE + "\nbob " + BOB + "\n");
        try (HttpIngestServer server = HttpIngestServer.start(settings("127.0.0.1", Optional.of(FeedTokens.file(tokenFile)), 0, null), publisher)) {
            URI articles = URI.create("http://127.0.0.1:" + server.port() + "/articles");
            assertThat(post(articles, "Bearer " + ALICE, article("a1") + "\n" + article("shared")).statusCode()).isEqualTo(202);
            assertThat(post(articles, "Bearer " + BOB, article("b1")).statusCode()).isEqualTo(202);
            // bob sent a new version of an article alice sent: it is bob's now.
            assertThat(post(articles, "Bearer " + BOB, "{\"id\":\"shared\",\"body\":\"A corrected text of the shared article.\"}").statusCode())
                    .isEqualTo(202);
        }
        publisher.flush();
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new IngestCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        int exit = command.execute("retract", "--feed", "alice", "--bootstrap-servers", broker.bootstrapServers(),
                "--schema-registry-url", registry.url(), "--topic", topic, "--state-dir", work.resolve("retract-state").toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("1 articles of feed alice in " + topic).contains("retracted 1,");
        List<ConsumerRecord<String, RawArticle>> records = records();
        ConsumerRecord<String, RawArticle> last = records.get(records.size() - 1);
        assertThat(last.key()).isEqualTo("a1");
        assertThat(last.value()).isNull();
        assertThat(records).filteredOn(r -> r.value() == null).hasSize(1);
    }

    private static HttpIngestSettings settings(String bind, Optional<FeedTokens> tokens, double rate, ServerKeystore tls) {
        return new HttpIngestSettings(bind, 0, 100_000, Optional.ofNullable(tls), tokens, rate);
    }

    private static String article(String id) {
        return "{\"id\":\"" + id + "\",\"body\":\"The mayor said on Monday that the ferry " + id + " would run again.\"}";
    }

    private HttpResponse<String> post(URI uri, String authorization, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts until the answer is {@code wanted} or 5 s have passed; the last status. */
    private int statusWithin(URI uri, String authorization, String id, int wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status;
        do {
            status = post(uri, authorization, article(id)).statusCode();
            if (status != wanted) Thread.sleep(100);
        } while (status != wanted && System.nanoTime() < deadline);
        return status;
    }

    private int sendOrStatusZero(URI uri) {
        try {
            return post(uri, "Bearer " + ALICE, article("plain")).statusCode();
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content);
    }

    private List<ConsumerRecord<String, RawArticle>> records() {
        publisher.flush();
        return RawTopicReader.readAll(broker.bootstrapServers(), registry.url(), topic);
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    /** An IPv4 address of one of this machine's own interfaces that is not loopback, or null. */
    static InetAddress nonLoopbackAddress() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                        .forEach(found::add);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
