package org.storywire.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A webhook endpoint as a newsroom would run one, on loopback: it checks each delivery's
 * {@code X-Storywire-Signature} against the rule's secret and refuses (401) what does not verify.
 * {@code answer} chooses the status of each accepted request, for retry tests.
 */
public final class WebhookReceiver implements AutoCloseable {
    public record Delivery(String body, String signature, boolean verified) {}

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String redirectTo = "http://example.invalid/";

    public WebhookReceiver(String secret, IntSupplier answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Storywire-Signature");
            boolean verified = expectedSignature(secret, body).equals(signature);
            deliveries.add(new Delivery(new String(body, java.nio.charset.StandardCharsets.UTF_8), signature, verified));
            int status = verified ? answer.getAsInt() : 401;
            if (status == 302) exchange.getResponseHeaders().add("Location", redirectTo);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /**
     * Computed here from the documented format, not with storywire's own code, so that a test fails
     * when the sender signs anything other than {@code sha256=<hex HMAC-SHA256 of the body>}.
     */
    static String expectedSignature(String secret, byte[] body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebhookReceiver redirectingTo(String location) {
        this.redirectTo = location;
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/storywire";
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
