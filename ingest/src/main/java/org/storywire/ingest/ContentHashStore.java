package org.storywire.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content hash last published for each article id, kept across runs in an append-only file
 * ({@code <topic>.hashes} in the state directory, one {@code hash id} line per publication, "-" for
 * a retraction; the last line for an id wins). A hash is proposed before sending and confirmed
 * when the broker acknowledged the record, so a crash in between re-publishes (harmlessly: same
 * key, same value) rather than losing an article. One process at a time: the file is locked.
 *
 * <p>Next to it, {@code <topic>.offsets} keeps, per partition, the end of the topic as far as
 * this store knows (one past the last acknowledged offset), so that a topic that lost records
 * (deleted and created again, another cluster at the same address) can be told from the one the
 * hashes were published to: see {@link PublishedState}.
 */
public final class ContentHashStore implements AutoCloseable {
    /** What publishing an article with a given hash would be. */
    public enum Change { NEW, UPDATED, UNCHANGED }

    private static final String RETRACTED = "-";

    private final Path file;
    private final Path offsetsFile;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<Integer, Long> knownEnds = new ConcurrentHashMap<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private BufferedWriter log;
    private boolean existed;

    private ContentHashStore(Path file, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.offsetsFile = file.resolveSibling(file.getFileName().toString().replace(".hashes", ".offsets"));
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (or creates) the store for {@code topic} in {@code stateDir}. */
    public static ContentHashStore open(Path stateDir, String topic) {
        Path file = stateDir.resolve(topic + ".hashes");
        try {
            Files.createDirectories(stateDir);
            FileChannel lockChannel = FileChannel.open(stateDir.resolve(topic + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("another ingest for topic " + topic + " is using " + stateDir);
            }
            ContentHashStore store = new ContentHashStore(file, lockChannel, lock);
            store.load();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the content hash store " + file, e);
        }
    }

    private void load() throws IOException {
        loadOffsets();
        int lines = 0;
        existed = Files.exists(file);
        if (existed) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space <= 0) {
                    continue; // a line cut short by a crash
                }
                lines++;
                String hash = line.substring(0, space);
                String id = unescape(line.substring(space + 1));
                if (hash.equals(RETRACTED)) {
                    hashes.remove(id);
                } else {
                    hashes.put(id, hash);
                }
            }
        }
        if (lines > 2 * hashes.size() + 1000) {
            compact();
        }
        log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void loadOffsets() throws IOException {
        if (!Files.exists(offsetsFile)) return;
        for (String line : Files.readAllLines(offsetsFile, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            try {
                if (parts.length == 2) knownEnds.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            } catch (NumberFormatException e) {
                // a line cut short by a crash: the check then knows less, and errs towards reading the topic
            }
        }
    }

    /** Rewrites the file with one line per live id. */
    private void compact() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : new HashMap<>(hashes).entrySet()) {
                out.write(e.getValue() + " " + escape(e.getKey()) + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Records {@code hash} for {@code id} in memory and says whether that is new, an update or
     * unchanged. Atomic, so two copies of one article arriving together are published once.
     */
    public Change propose(String id, String hash) {
        Change[] change = new Change[1];
        hashes.compute(id, (key, previous) -> {
            change[0] = previous == null ? Change.NEW : previous.equals(hash) ? Change.UNCHANGED : Change.UPDATED;
            return hash;
        });
        return change[0];
    }

    /** The broker has the record: persist the hash. */
    public synchronized void confirm(String id, String hash) {
        append(hash, id);
    }

    /** Sending failed: forget the proposed hash unless something newer replaced it. */
    public void withdraw(String id, String hash, String previous) {
        if (previous == null) {
            hashes.remove(id, hash);
        } else {
            hashes.replace(id, hash, previous);
        }
    }

    /** The broker acknowledged a record of this topic at {@code offset} of {@code partition}. */
    public void acknowledged(int partition, long offset) {
        knownEnds.merge(partition, offset + 1, Math::max);
    }

    /** The topic's end per partition as this store knows it: one past the last offset acknowledged or read. */
    public Map<Integer, Long> knownEnds() {
        return Map.copyOf(knownEnds);
    }

    /** Whether the store holds no article. */
    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    /** Forgets everything, in memory and on disk: the topic is not the one these hashes were published to. */
    public synchronized void clear() {
        hashes.clear();
        knownEnds.clear();
        try {
            log.close();
            log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.deleteIfExists(offsetsFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the content hash store " + file, e);
        }
    }

    /** Whether the store had no file yet: a new state directory, or a lost one. */
    public boolean isNew() {
        return !existed;
    }

    /**
     * Fills the store with what the topic already holds, the last hash per id (a lost state
     * directory must not turn every article back into a new one).
     */
    public synchronized void seed(Map<String, String> hashById, Map<Integer, Long> topicEnds) {
        hashes.putAll(hashById);
        topicEnds.forEach((partition, end) -> knownEnds.merge(partition, end, Math::max));
        hashById.forEach((id, hash) -> append(hash, id));
        flush();
    }

    /** The hash last published for {@code id}, or null. */
    public String get(String id) {
        return hashes.get(id);
    }

    /** The article was retracted: a later publication of it is new again. */
    public synchronized void retract(String id) {
        hashes.remove(id);
        append(RETRACTED, id);
    }

    private void append(String hash, String id) {
        try {
            log.write(hash + " " + escape(id) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the content hash store " + file, e);
        }
    }

    public synchronized void flush() {
        try {
            log.flush();
            writeOffsets();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the content hash store " + file, e);
        }
    }

    private void writeOffsets() throws IOException {
        if (knownEnds.isEmpty()) return;
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(knownEnds).forEach((partition, end) -> text.append(partition).append(' ').append(end).append('\n'));
        Path tmp = offsetsFile.resolveSibling(offsetsFile.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, offsetsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public synchronized void close() {
        try {
            log.close();
            writeOffsets();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the content hash store " + file, e);
        }
    }

    private static String escape(String id) {
        return id.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
