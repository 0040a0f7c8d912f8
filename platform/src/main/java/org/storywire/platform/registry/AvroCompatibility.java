package org.storywire.platform.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.storywire.registry.CompatibilityLevel;

/**
 * The registry's compatibility rules for Avro (docs/registry.md, "Compatibility") on top of Avro's own
 * reader/writer resolution check, with messages in the registry's verbose format.
 */
final class AvroCompatibility {
    private AvroCompatibility() {
    }

    /**
     * Checks {@code candidate} against {@code liveNewestFirst} at {@code level}: the latest only,
     * or every one when transitive, stopping at the first failure. Empty means compatible.
     */
    static List<String> incompatibilities(Schema candidate, List<StoredSchema> liveNewestFirst,
                                          CompatibilityLevel level) {
        if (level == CompatibilityLevel.NONE || liveNewestFirst.isEmpty()) {
            return List.of();
        }
        List<StoredSchema> targets = level.transitive() ? liveNewestFirst : liveNewestFirst.subList(0, 1);
        for (StoredSchema old : targets) {
            List<String> messages = new ArrayList<>();
            if (old.parsed() == null) {
                messages.add("Incompatible because of different schema type");
            } else {
                if (level.newReadsOld()) {
                    messages.addAll(check(candidate, old.parsed(), "new", "old"));
                }
                if (level.oldReadsNew()) {
                    messages.addAll(check(old.parsed(), candidate, "old", "new"));
                }
            }
            if (!messages.isEmpty()) {
                messages.add("{oldSchemaVersion: " + old.version() + "}");
                messages.add("{oldSchema: '" + old.schema() + "'}");
                messages.add("{validateFields: 'false', compatibility: '" + level + "'}");
                return messages;
            }
        }
        return List.of();
    }

    private static List<String> check(Schema reader, Schema writer, String readerName, String writerName) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        return result.getResult().getIncompatibilities().stream()
                .map(i -> "{errorType:'" + i.getType() + "', description:'The " + readerName
                        + " schema cannot read data written with the " + writerName + " schema at path '"
                        + i.getLocation() + "': " + i.getMessage() + "', additionalInfo:'" + i.getMessage() + "'}")
                .toList();
    }
}
