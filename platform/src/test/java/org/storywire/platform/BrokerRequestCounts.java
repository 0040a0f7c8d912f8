package org.storywire.platform;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** The requests the broker in this JVM has handled, by API, from its own request metrics over JMX. */
final class BrokerRequestCounts {
    private BrokerRequestCounts() {}

    static Map<String, Long> now() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Long> counts = new TreeMap<>();
        for (ObjectName name : server.queryNames(new ObjectName("kafka.network:type=RequestMetrics,name=RequestsPerSec,*"), null)) {
            String api = name.getKeyProperty("request");
            if (api != null) counts.merge(api, ((Number) server.getAttribute(name, "Count")).longValue(), Long::sum);
        }
        return counts;
    }

    static Map<String, Long> since(Map<String, Long> before) throws Exception {
        Map<String, Long> delta = new TreeMap<>();
        now().forEach((api, count) -> delta.put(api, count - before.getOrDefault(api, 0L)));
        return delta;
    }
}
