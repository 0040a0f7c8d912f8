package org.storywire.ingest.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes (LF or CRLF), with each line's byte offset, so that a
 * JSON Lines line can be read again by position. A line over the limit is skipped, not buffered.
 */
final class LineReader implements AutoCloseable {
    /** A line without its line end; {@code bytes} is empty when {@code tooLong}. */
    record Line(long offset, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final long maxLineBytes;
    private long position;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        long offset = position;
        int b = in.read();
        if (b == -1) {
            return null;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean tooLong = false;
        while (b != -1) {
            position++;
            if (b == '\n') {
                break;
            }
            if (!tooLong) {
                buffer.write(b);
                tooLong = buffer.size() > maxLineBytes;
            }
            b = in.read();
        }
        if (tooLong) {
            return new Line(offset, new byte[0], true);
        }
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(offset, length == bytes.length ? bytes : Arrays.copyOf(bytes, length), false);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
