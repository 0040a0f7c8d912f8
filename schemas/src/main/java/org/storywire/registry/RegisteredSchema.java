package org.storywire.registry;

/** One version of a subject, as the registry returns it (the schema in its stored text form). */
public record RegisteredSchema(String subject, int version, int id, String schema) {
}
