package org.storywire.platform.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.avro.Schema;
import org.storywire.registry.CompatibilityLevel;

/**
 * The registry's operations with the semantics of docs/registry.md, "Operations": validation, idempotent
 * registration, id reuse, versioning, soft and permanent deletes, compatibility and config. All
 * changes go through {@link SchemasTopic}; changes are serialised so that ids and versions are
 * allocated from a consistent state.
 */
final class RegistryService {
    static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryState state;
    private final SchemasTopic topic;
    private final ReentrantLock writes = new ReentrantLock();

    RegistryService(RegistryState state, SchemasTopic topic) {
        this.state = state;
        this.topic = topic;
    }

    /** A schema as submitted: the text plus what came with it. */
    record Submitted(String schema, String schemaType, boolean hasReferences) {
    }

    /** Registers under {@code subject} and returns the id (docs/registry.md, "Operations"). */
    int register(String subject, Submitted submitted) {
        checkSubject(subject);
        writes.lock();
        try {
            String text = submitted.schema();
            if (text == null || text.isBlank()) {
                List<StoredSchema> live = state.versions(subject, false);
                if (live.isEmpty()) {
                    throw RegistryError.invalidSchema("Empty schema");
                }
                text = live.get(live.size() - 1).schema();
            }
            Schema parsed = parse(new Submitted(text, submitted.schemaType(), submitted.hasReferences()));
            String canonical = parsed.toString();
            List<StoredSchema> live = state.versions(subject, false);
            for (StoredSchema stored : live) {
                if (stored.sameSchemaAs(canonical, parsed)) {
                    return stored.id();
                }
            }
            List<String> problems = AvroCompatibility.incompatibilities(parsed, newestFirst(live), effectiveLevel(subject));
            if (!problems.isEmpty()) {
                throw RegistryError.incompatible(subject, problems);
            }
            int id = state.idOf(canonical, parsed).orElseGet(state::nextId);
            int version = state.highestVersion(subject) + 1;
            for (StoredSchema old : state.versions(subject, true)) {
                if (old.deleted() && old.id() == id) {
                    // The registry drops the older soft-deleted key that held the same id.
                    topic.put(schemaKey(subject, old.version()), null);
                }
            }
            topic.put(schemaKey(subject, version), schemaValue(subject, version, id, canonical, false));
            return id;
        } finally {
            writes.unlock();
        }
    }

    /** The live (or, with {@code deleted}, any) version of {@code subject} holding this schema. */
    StoredSchema lookup(String subject, Submitted submitted, boolean deleted) {
        if (submitted.schema() == null || submitted.schema().isBlank()) {
            throw RegistryError.invalidSchema("Empty schema");
        }
        Schema parsed = parse(submitted);
        String canonical = parsed.toString();
        List<StoredSchema> versions = state.versions(subject, deleted);
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return newestFirst(versions).stream()
                .filter(s -> s.sameSchemaAs(canonical, parsed))
                .findFirst()
                .orElseThrow(RegistryError::schemaNotFound);
    }

    /** All versions holding {@code id}; the first is the one to show. Soft-deleted ones resolve too. */
    List<StoredSchema> byId(int id, boolean deleted) {
        List<StoredSchema> found = state.byId(id);
        if (found.isEmpty()) {
            throw RegistryError.schemaNotFound(id);
        }
        return deleted ? found : found.stream().filter(s -> !s.deleted()).toList();
    }

    /** Subject names in order; {@code limit} below 0 means all. */
    List<String> subjects(String prefix, boolean deleted, boolean deletedOnly, int offset, int limit) {
        List<String> names = new ArrayList<>();
        for (String subject : state.subjectNames()) {
            if (prefix != null && !subject.startsWith(prefix)) {
                continue;
            }
            boolean hasLive = !state.versions(subject, false).isEmpty();
            if (deletedOnly ? !hasLive : (hasLive || deleted)) {
                names.add(subject);
            }
        }
        int from = Math.min(Math.max(offset, 0), names.size());
        int to = limit < 0 ? names.size() : Math.min(names.size(), from + limit);
        return names.subList(from, to);
    }

    List<Integer> versions(String subject, boolean deleted, boolean deletedOnly) {
        List<Integer> versions = state.versions(subject, deleted || deletedOnly).stream()
                .filter(s -> !deletedOnly || s.deleted())
                .map(StoredSchema::version)
                .toList();
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions;
    }

    /** One version; {@code version} is the raw path segment (a number, {@code latest} or {@code -1}). */
    StoredSchema version(String subject, String version, boolean deleted) {
        Optional<Integer> number = versionNumber(version);
        List<StoredSchema> visible = state.versions(subject, deleted);
        if (visible.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        if (number.isEmpty()) {
            return visible.get(visible.size() - 1);
        }
        return state.version(subject, number.get())
                .filter(s -> deleted || !s.deleted())
                .orElseThrow(() -> RegistryError.versionNotFound(number.get()));
    }

    int deleteVersion(String subject, String version, boolean permanent) {
        Optional<Integer> number = versionNumber(version);
        writes.lock();
        try {
            List<StoredSchema> all = state.versions(subject, true);
            if (all.isEmpty()) {
                throw RegistryError.subjectNotFound(subject);
            }
            StoredSchema target;
            if (number.isPresent()) {
                target = state.version(subject, number.get())
                        .orElseThrow(() -> RegistryError.versionNotFound(number.get()));
            } else {
                List<StoredSchema> candidates = permanent ? all : state.versions(subject, false);
                if (candidates.isEmpty()) {
                    throw RegistryError.subjectNotFound(subject);
                }
                target = candidates.get(candidates.size() - 1);
            }
            if (permanent) {
                if (!target.deleted()) {
                    throw RegistryError.versionNotSoftDeleted(subject, target.version());
                }
                topic.put(schemaKey(subject, target.version()), null);
            } else {
                if (target.deleted()) {
                    throw RegistryError.versionSoftDeleted(subject, target.version());
                }
                topic.put(schemaKey(subject, target.version()),
                        schemaValue(subject, target.version(), target.id(), target.schema(), true));
                if (state.versions(subject, false).isEmpty()) {
                    dropSubjectConfig(subject);
                }
            }
            return target.version();
        } finally {
            writes.unlock();
        }
    }

    List<Integer> deleteSubject(String subject, boolean permanent) {
        writes.lock();
        try {
            List<StoredSchema> all = state.versions(subject, true);
            if (all.isEmpty()) {
                throw RegistryError.subjectNotFound(subject);
            }
            List<StoredSchema> live = state.versions(subject, false);
            if (permanent) {
                if (!live.isEmpty()) {
                    throw RegistryError.subjectNotSoftDeleted(subject);
                }
                for (StoredSchema stored : all) {
                    topic.put(schemaKey(subject, stored.version()), null);
                }
                return all.stream().map(StoredSchema::version).toList();
            }
            if (live.isEmpty()) {
                throw RegistryError.subjectSoftDeleted(subject);
            }
            int latest = live.get(live.size() - 1).version();
            topic.put(key("DELETE_SUBJECT", subject),
                    JSON.createObjectNode().put("subject", subject).put("version", latest).toString());
            dropSubjectConfig(subject);
            return live.stream().map(StoredSchema::version).toList();
        } finally {
            writes.unlock();
        }
    }

    CompatibilityLevel globalLevel() {
        return state.globalLevel().orElse(DEFAULT_LEVEL);
    }

    Optional<CompatibilityLevel> subjectLevel(String subject) {
        return state.subjectLevel(subject);
    }

    CompatibilityLevel effectiveLevel(String subject) {
        return state.subjectLevel(subject).orElseGet(this::globalLevel);
    }

    /** Sets the global level ({@code subject} null) or a subject's level. */
    void setLevel(String subject, CompatibilityLevel level) {
        if (subject != null) {
            checkSubject(subject);
        }
        writes.lock();
        try {
            ObjectNode value = JSON.createObjectNode();
            if (subject != null) {
                value.put("subject", subject);
            }
            value.put("compatibilityLevel", level.name());
            topic.put(key("CONFIG", subject), value.toString());
        } finally {
            writes.unlock();
        }
    }

    /** Removes a level; returns the one that was in effect before. */
    CompatibilityLevel deleteLevel(String subject) {
        writes.lock();
        try {
            if (subject == null) {
                CompatibilityLevel previous = globalLevel();
                topic.put(key("CONFIG", null), null);
                return previous;
            }
            CompatibilityLevel previous = state.subjectLevel(subject)
                    .orElseThrow(() -> RegistryError.subjectNotFound(subject));
            topic.put(key("CONFIG", subject), null);
            return previous;
        } finally {
            writes.unlock();
        }
    }

    /**
     * Tests {@code submitted} against one version ({@code version} non-null) or, like register,
     * against all live versions. Empty means compatible.
     */
    List<String> testCompatibility(String subject, String version, Submitted submitted) {
        Schema parsed = parse(submitted);
        CompatibilityLevel level = effectiveLevel(subject);
        if (version == null) {
            return AvroCompatibility.incompatibilities(parsed, newestFirst(state.versions(subject, false)), level);
        }
        Optional<Integer> number = versionNumber(version);
        List<StoredSchema> live = state.versions(subject, false);
        StoredSchema target;
        if (number.isEmpty()) {
            if (live.isEmpty()) {
                return List.of();
            }
            target = live.get(live.size() - 1);
        } else {
            target = state.version(subject, number.get()).filter(s -> !s.deleted())
                    .orElseThrow(() -> RegistryError.versionNotFound(number.get()));
        }
        return AvroCompatibility.incompatibilities(parsed, List.of(target), level);
    }

    /** Parses the submitted text as Avro or fails with 42201. */
    static Schema parse(Submitted submitted) {
        String type = submitted.schemaType();
        if (type != null && !type.equals("AVRO")) {
            throw RegistryError.invalidSchema("Invalid schema type " + type);
        }
        if (submitted.hasReferences()) {
            throw RegistryError.invalidSchema("Invalid schema: schema references are not supported by this registry");
        }
        if (submitted.schema() == null || submitted.schema().isBlank()) {
            throw RegistryError.invalidSchema("Empty schema");
        }
        try {
            return new Schema.Parser().parse(submitted.schema());
        } catch (RuntimeException e) {
            // Avro signals bad schemas with several exception types (even an NPE for an unknown type name).
            throw RegistryError.invalidSchema("Invalid schema " + submitted.schema() + ", details: " + e.getMessage());
        }
    }

    /** Empty for {@code latest} / {@code -1}; 42202 for anything that is not a version. */
    static Optional<Integer> versionNumber(String version) {
        if (version.equalsIgnoreCase("latest") || version.equals("-1")) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(version);
            if (number >= 1) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // falls through to the registry's error
        }
        throw RegistryError.invalidVersion(version);
    }

    private static void checkSubject(String subject) {
        boolean control = subject.chars().anyMatch(Character::isISOControl);
        if (subject.isEmpty() || control || subject.equals("__GLOBAL") || subject.equals("__EMPTY")) {
            throw RegistryError.invalidSubject(subject);
        }
    }

    private void dropSubjectConfig(String subject) {
        if (state.subjectLevel(subject).isPresent()) {
            topic.put(key("CONFIG", subject), null);
        }
    }

    private static List<StoredSchema> newestFirst(List<StoredSchema> versions) {
        return versions.stream().sorted(Comparator.comparingInt(StoredSchema::version).reversed()).toList();
    }

    /** Keys are compared byte-wise by compaction, so their field order must never change. */
    private static String schemaKey(String subject, int version) {
        return JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version)
                .put("magic", 1).toString();
    }

    private static String key(String keytype, String subject) {
        ObjectNode key = JSON.createObjectNode().put("keytype", keytype);
        if (subject != null) {
            key.put("subject", subject);
        }
        return key.put("magic", 0).toString();
    }

    private static String schemaValue(String subject, int version, int id, String schema, boolean deleted) {
        return JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id)
                .put("schema", schema).put("deleted", deleted).toString();
    }
}
