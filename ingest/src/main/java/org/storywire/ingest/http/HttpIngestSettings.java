package org.storywire.ingest.http;

import java.util.Optional;
import org.storywire.security.ServerKeystore;

/**
 * How the HTTP push endpoint listens and whom it lets in.
 *
 * @param bindAddress the address to listen on; 127.0.0.1 unless the endpoint is meant to be reached from elsewhere
 * @param port 0 picks a free one
 * @param tls the key for HTTPS, or empty for plain HTTP
 * @param tokens the tokens a request must bear, or empty to accept requests without one
 * @param requestsPerSecond per feed (one shared limit without tokens); 0 for no limit
 */
public record HttpIngestSettings(String bindAddress, int port, long maxRequestBytes, Optional<ServerKeystore> tls,
                                 Optional<FeedTokens> tokens, double requestsPerSecond) {
}
