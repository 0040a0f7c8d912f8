package org.storywire.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a whole data directory, taken before anything opens a file in it. Kafka
 * locks its log directory too, but only after it has read and recovered files a running broker is
 * writing; two processes on one directory corrupted the metadata log that way. The lock file
 * holds the owner's description (pid, ports) so that a refused process can say who holds it.
 * The operating system releases the lock when the owner dies, however it dies.
 */
public final class DataDirLock implements AutoCloseable {
    static final String FILE_NAME = "storywire.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dataDir} (created when missing) and writes {@code owner} into the lock file.
     *
     * @throws StartupException when another process (or this one) holds it
     */
    public static DataDirLock acquire(Path dataDir, String owner) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            // No TRUNCATE_EXISTING: the holder's description must survive a refused attempt.
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new StartupException("data directory " + dataDir.toAbsolutePath() + " is in use by " + holder
                        + "; stop it, or give this one another --data (and --kafka-port, --registry-port, --port)");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock the data directory " + dataDir, e);
        }
    }

    /** This process, as the lock file describes it: {@code storywire pid 1234} plus {@code details}. */
    public static String thisProcess(String details) {
        return "storywire pid " + ProcessHandle.current().pid() + (details.isEmpty() ? "" : " (" + details + ")");
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "another process" : text;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not release the data directory lock", e);
        }
    }
}
