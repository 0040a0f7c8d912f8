package org.storywire.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's stop-the-world pauses while open: they stop the broker, the registry, the
 * processor and the bench alike (one JVM), so a pause adds to every article in flight.
 */
final class GcPauses implements AutoCloseable {
    private final NotificationListener listener = (notification, handback) -> {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // G1's concurrent cycle and ZGC's cycles run beside the application: not pauses.
        if (info.getGcName().contains("Concurrent") || info.getGcName().contains("Cycles")) return;
        record(info.getGcInfo().getDuration());
    };
    private int count;
    private long totalMillis;
    private long maxMillis;

    GcPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    synchronized void record(long millis) {
        count++;
        totalMillis += millis;
        maxMillis = Math.max(maxMillis, millis);
    }

    /** "12 pauses, 85 ms in all, longest 14 ms". */
    synchronized String summary() {
        return String.format("%d GC pauses, %d ms in all, longest %d ms", count, totalMillis, maxMillis);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added to this collector
            }
        }
    }
}
