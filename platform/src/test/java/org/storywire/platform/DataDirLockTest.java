package org.storywire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one data directory: the second is refused, told who holds it, and touches nothing. */
class DataDirLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedWithTheHoldersPidUntilTheHolderDies() throws Exception {
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDataDirLock.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            for (int attempt = 0; attempt < 2; attempt++) { // a refused attempt must leave the holder's description alone
                assertThatThrownBy(() -> DataDirLock.acquire(dir, DataDirLock.thisProcess("second")))
                        .isInstanceOf(StartupException.class)
                        .hasMessageContaining("is in use by storywire pid " + holder.pid() + " (test holder)")
                        .hasMessageContaining("another --data");
            }
            assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly(DataDirLock.FILE_NAME);

            holder.destroyForcibly(); // a crash: the operating system releases the lock
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (DataDirLock lock = DataDirLock.acquire(dir, DataDirLock.thisProcess("after the crash"))) {
                assertThat(Files.readString(dir.resolve(DataDirLock.FILE_NAME))).contains("pid " + ProcessHandle.current().pid());
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void theSameProcessCannotLockItTwice() {
        try (DataDirLock lock = DataDirLock.acquire(dir, DataDirLock.thisProcess("first"))) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir, DataDirLock.thisProcess("second")))
                    .isInstanceOf(StartupException.class).hasMessageContaining("(first)");
        }
    }
}
