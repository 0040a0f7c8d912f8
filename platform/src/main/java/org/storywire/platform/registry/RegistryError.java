package org.storywire.platform.registry;

/**
 * An error answer of the registry: HTTP status, the registry's error code and message, as
 * listed in docs/registry.md, "Errors". The HTTP status is the first three digits of a five-digit code.
 */
final class RegistryError extends RuntimeException {
    final int status;
    final int errorCode;

    RegistryError(int errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.status = errorCode >= 10_000 ? errorCode / 100 : errorCode;
    }

    static RegistryError subjectNotFound(String subject) {
        return new RegistryError(40401, "Subject '" + subject + "' not found.");
    }

    static RegistryError versionNotFound(int version) {
        return new RegistryError(40402, "Version " + version + " not found.");
    }

    static RegistryError schemaNotFound(int id) {
        return new RegistryError(40403, "Schema " + id + " not found");
    }

    static RegistryError schemaNotFound() {
        return new RegistryError(40403, "Schema not found");
    }

    static RegistryError subjectSoftDeleted(String subject) {
        return new RegistryError(40404, "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently");
    }

    static RegistryError subjectNotSoftDeleted(String subject) {
        return new RegistryError(40405, "Subject '" + subject + "' was not deleted first before being permanently deleted");
    }

    static RegistryError versionSoftDeleted(String subject, int version) {
        return new RegistryError(40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted.Set permanent=true to delete permanently");
    }

    static RegistryError versionNotSoftDeleted(String subject, int version) {
        return new RegistryError(40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    static RegistryError noSubjectCompatibility(String subject) {
        return new RegistryError(40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    static RegistryError incompatible(String subject, Iterable<String> messages) {
        return new RegistryError(409, "Schema being registered is incompatible with an earlier schema for subject \""
                + subject + "\", details: [" + String.join(", ", messages) + "]");
    }

    static RegistryError invalidSchema(String details) {
        return new RegistryError(42201, details);
    }

    static RegistryError invalidVersion(String version) {
        return new RegistryError(42202, "The specified version '" + version + "' is not a valid version id. "
                + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryError invalidCompatibility() {
        return new RegistryError(42203, "Invalid compatibility level. Valid values are none, backward, forward, full, "
                + "backward_transitive, forward_transitive, and full_transitive");
    }

    static RegistryError invalidSubject(String subject) {
        return new RegistryError(42208, "Invalid subject " + subject);
    }

    static RegistryError storeError(String message) {
        return new RegistryError(50001, "Error while accessing the Kafka store: " + message);
    }

    static RegistryError storeTimeout(String message) {
        return new RegistryError(50002, "Write to the Kafka store timed out: " + message);
    }
}
