package org.storywire.platform.registry;

import org.apache.avro.Schema;

/**
 * One version of a subject as kept in the {@code _schemas} topic. {@code schema} is the stored
 * (canonical) text; {@code parsed} is its Avro form, or null for a non-Avro schema written by a
 * Confluent server sharing the topic.
 */
record StoredSchema(String subject, int version, int id, String schema, String schemaType, boolean deleted,
                    Schema parsed) {

    StoredSchema softDeleted() {
        return new StoredSchema(subject, version, id, schema, schemaType, true, parsed);
    }

    boolean sameSchemaAs(String canonical, Schema other) {
        return schema.equals(canonical) || (parsed != null && parsed.equals(other));
    }
}
