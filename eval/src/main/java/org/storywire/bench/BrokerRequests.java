package org.storywire.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The requests the in-process broker has handled, by API (all versions together), read from its own request
 * metrics over JMX: under exactly-once much of the broker's work is per transaction and partition
 * (AddPartitionsToTxn, WriteTxnMarkers, EndTxn), not per record, so the requests an article costs say
 * more than its records. Counts every client of the broker (the bench's publisher and lag probe too) and
 * the broker's own requests to itself (its transaction coordinator's markers and verifications).
 */
record BrokerRequests(Map<String, Long> byApi) {
    private static final String PATTERN = "kafka.network:type=RequestMetrics,name=RequestsPerSec,*";

    /** The broker's counts now; an empty map where no broker runs in this JVM. */
    static BrokerRequests now() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Long> counts = new TreeMap<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(PATTERN), null)) {
                String api = name.getKeyProperty("request");
                if (api == null) continue;
                counts.merge(api, ((Number) server.getAttribute(name, "Count")).longValue(), Long::sum);
            }
        } catch (JMException e) {
            throw new IllegalStateException("could not read the broker's request metrics", e);
        }
        return new BrokerRequests(counts);
    }

    BrokerRequests since(BrokerRequests start) {
        Map<String, Long> delta = new TreeMap<>();
        byApi.forEach((api, count) -> {
            long d = count - start.byApi.getOrDefault(api, 0L);
            if (d > 0) delta.put(api, d);
        });
        return new BrokerRequests(delta);
    }

    long total() {
        return byApi.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "broker requests per article: 12.3; Produce 4.10, Fetch 3.20, ...": the most frequent first. */
    String perArticle(int articles) {
        return String.format("broker requests per article: %.2f; ", total() / (double) articles)
                + byApi.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue() / (double) articles))
                .collect(Collectors.joining(", "));
    }
}
