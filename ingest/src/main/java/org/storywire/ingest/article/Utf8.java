package org.storywire.ingest.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid bytes are an error naming their offset, never replaced silently. */
public final class Utf8 {
    private Utf8() {
    }

    /** Decodes {@code bytes}, dropping a leading byte order mark. */
    public static String decode(byte[] bytes) throws InvalidUtf8Exception {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position());
        }
        return out.flip().toString();
    }

    /** Bytes that are not UTF-8, with the offset of the first bad byte. */
    public static final class InvalidUtf8Exception extends CharacterCodingException {
        private final int offset;

        InvalidUtf8Exception(int offset) {
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }

        @Override
        public String getMessage() {
            return "invalid UTF-8 at byte " + offset;
        }
    }
}
