package org.storywire.platform.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storywire.registry.CompatibilityLevel;

/**
 * The registry's in-memory view: the result of replaying the {@code _schemas} topic, last record
 * per key wins (docs/registry.md, "State"). Only the topic reader changes it; the HTTP threads read it.
 */
final class RegistryState {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryState.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, NavigableMap<Integer, StoredSchema>> subjects = new TreeMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new TreeMap<>();
    private CompatibilityLevel globalLevel;
    /** Highest id ever seen, so an id freed by a permanent delete is never handed out again. */
    private int maxId;

    /** Applies one raw {@code _schemas} record; {@code value} is null for a tombstone. */
    void apply(String key, String value) {
        if (key == null) {
            return;
        }
        try {
            apply(JSON.readTree(key), value == null ? null : JSON.readTree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + key, e);
        }
    }

    private synchronized void apply(JsonNode key, JsonNode value) {
        String keytype = key.path("keytype").asText();
        String subject = key.hasNonNull("subject") ? key.get("subject").asText() : null;
        switch (keytype) {
            case "SCHEMA" -> applySchema(key, subject, value);
            case "CONFIG" -> applyConfig(subject, value);
            case "DELETE_SUBJECT" -> {
                if (value != null) {
                    softDeleteUpTo(subject, value.path("version").asInt());
                }
            }
            // Modes, contexts, clears and the leader's NOOP markers do not affect this registry's answers.
            case "MODE", "CONTEXT", "CLEAR_SUBJECT", "NOOP" -> { }
            default -> LOG.warn("Ignoring _schemas record with unknown key type: {}", key);
        }
    }

    private void applySchema(JsonNode key, String subject, JsonNode value) {
        int magic = key.path("magic").asInt();
        if (magic != 0 && magic != 1) {
            LOG.warn("Ignoring _schemas SCHEMA record with unsupported magic {}: {}", magic, key);
            return;
        }
        int version = key.path("version").asInt();
        if (value == null) {
            NavigableMap<Integer, StoredSchema> versions = subjects.get(subject);
            if (versions != null) {
                versions.remove(version);
                if (versions.isEmpty()) {
                    subjects.remove(subject);
                }
            }
            return;
        }
        int id = value.path("id").asInt();
        String text = value.path("schema").asText();
        String type = value.path("schemaType").asText("AVRO");
        StoredSchema stored = new StoredSchema(subject, version, id, text, type,
                value.path("deleted").asBoolean(false), parseStored(type, text, id));
        subjects.computeIfAbsent(subject, s -> new TreeMap<>()).put(version, stored);
        maxId = Math.max(maxId, id);
    }

    private static Schema parseStored(String type, String text, int id) {
        if (!"AVRO".equals(type)) {
            return null;
        }
        try {
            return new Schema.Parser().setValidateDefaults(false).parse(text);
        } catch (SchemaParseException e) {
            LOG.warn("Stored schema id {} does not parse as Avro: {}", id, e.getMessage());
            return null;
        }
    }

    private void applyConfig(String subject, JsonNode value) {
        Optional<CompatibilityLevel> level = value == null ? Optional.empty()
                : CompatibilityLevel.parse(value.path("compatibilityLevel").asText(null));
        if (subject == null) {
            globalLevel = level.orElse(null);
        } else if (level.isPresent()) {
            subjectLevels.put(subject, level.get());
        } else {
            subjectLevels.remove(subject);
        }
    }

    private void softDeleteUpTo(String subject, int lastVersion) {
        NavigableMap<Integer, StoredSchema> versions = subjects.get(subject);
        if (versions != null) {
            versions.headMap(lastVersion, true).replaceAll((v, stored) -> stored.softDeleted());
        }
    }

    /** The subject's versions in ascending order, soft-deleted ones only when asked for. */
    synchronized List<StoredSchema> versions(String subject, boolean includeDeleted) {
        NavigableMap<Integer, StoredSchema> versions = subjects.get(subject);
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream().filter(s -> includeDeleted || !s.deleted()).toList();
    }

    synchronized Optional<StoredSchema> version(String subject, int version) {
        NavigableMap<Integer, StoredSchema> versions = subjects.get(subject);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    /** Highest version the subject has had, soft-deleted ones included; 0 when none. */
    synchronized int highestVersion(String subject) {
        NavigableMap<Integer, StoredSchema> versions = subjects.get(subject);
        return versions == null || versions.isEmpty() ? 0 : versions.lastKey();
    }

    synchronized List<String> subjectNames() {
        return new ArrayList<>(subjects.keySet());
    }

    /** Every stored version holding this id, across subjects, soft-deleted ones included. */
    synchronized List<StoredSchema> byId(int id) {
        List<StoredSchema> found = new ArrayList<>();
        subjects.values().forEach(versions -> versions.values().forEach(s -> {
            if (s.id() == id) {
                found.add(s);
            }
        }));
        return found;
    }

    /** The id of an identical schema stored anywhere (any subject, soft-deleted included). */
    synchronized Optional<Integer> idOf(String canonical, Schema parsed) {
        for (NavigableMap<Integer, StoredSchema> versions : subjects.values()) {
            for (StoredSchema stored : versions.values()) {
                if (stored.sameSchemaAs(canonical, parsed)) {
                    return Optional.of(stored.id());
                }
            }
        }
        return Optional.empty();
    }

    synchronized int nextId() {
        return maxId + 1;
    }

    synchronized Optional<CompatibilityLevel> globalLevel() {
        return Optional.ofNullable(globalLevel);
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }
}
