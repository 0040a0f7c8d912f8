package org.storywire.platform;

import java.nio.file.Path;

/** A second process for {@link DataDirLockTest}: locks the directory given, says so, and holds it until stdin closes. */
public final class HoldDataDirLock {
    public static void main(String[] args) throws Exception {
        try (DataDirLock lock = DataDirLock.acquire(Path.of(args[0]), DataDirLock.thisProcess("test holder"))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our stdin or kills us
            }
        }
    }
}
