package org.storywire.app.ops;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Bytes of unknown kind shown on a terminal: text when they are UTF-8 without control characters, else hex. */
final class Printable {
    private Printable() {}

    static String text(byte[] bytes, int maxChars) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                String oneLine = text.replace('\n', ' ').replace('\t', ' ');
                return oneLine.length() <= maxChars ? oneLine : oneLine.substring(0, maxChars) + "… (" + bytes.length + " bytes)";
            }
        } catch (CharacterCodingException notText) {
            // shown as hex below
        }
        int shown = Math.min(bytes.length, maxChars / 2);
        return "hex " + HexFormat.of().formatHex(bytes, 0, shown) + (shown < bytes.length ? "… (" + bytes.length + " bytes)" : "");
    }
}
