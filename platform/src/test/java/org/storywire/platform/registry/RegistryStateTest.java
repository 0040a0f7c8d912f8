package org.storywire.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storywire.registry.CompatibilityLevel;

/** Replaying _schemas records as Confluent's servers of different ages wrote them. */
class RegistryStateTest {
    private static final String SCHEMA = "{\\\"type\\\":\\\"string\\\"}";

    private static String schemaKey(String subject, int version) {
        return "{\"keytype\":\"SCHEMA\",\"subject\":\"" + subject + "\",\"version\":" + version + ",\"magic\":1}";
    }

    private static String schemaValue(String subject, int version, int id, boolean deleted) {
        return "{\"subject\":\"" + subject + "\",\"version\":" + version + ",\"id\":" + id + ",\"schema\":\"" + SCHEMA
                + "\",\"deleted\":" + deleted + "}";
    }

    @Test
    void replaysSchemasDeletesTombstonesAndConfigInAnyFieldOrder() {
        RegistryState state = new RegistryState();
        state.apply(schemaKey("s", 1), schemaValue("s", 1, 5, false));
        state.apply("{\"magic\":1,\"version\":2,\"subject\":\"s\",\"keytype\":\"SCHEMA\"}", schemaValue("s", 2, 9, false));
        state.apply("{\"keytype\":\"NOOP\",\"magic\":0}", null);
        state.apply("{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"s\",\"magic\":0}", "{\"subject\":\"s\",\"version\":1}");

        assertThat(state.versions("s", false)).extracting(StoredSchema::version).containsExactly(2);
        assertThat(state.versions("s", true)).extracting(StoredSchema::version).containsExactly(1, 2);
        assertThat(state.byId(5)).singleElement().matches(StoredSchema::deleted);

        state.apply(schemaKey("s", 1), null);
        assertThat(state.byId(5)).isEmpty();
        assertThat(state.nextId()).as("ids are never reused").isEqualTo(10);

        // Servers before 6.2 wrote "subject":null for the global config; before 7.0 the value held only the level.
        state.apply("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}", "{\"compatibilityLevel\":\"FULL\"}");
        state.apply("{\"keytype\":\"CONFIG\",\"subject\":\"s\",\"magic\":0}",
                "{\"subject\":\"s\",\"compatibilityLevel\":\"NONE\",\"normalize\":false}");
        assertThat(state.globalLevel()).contains(CompatibilityLevel.FULL);
        assertThat(state.subjectLevel("s")).contains(CompatibilityLevel.NONE);

        state.apply("{\"keytype\":\"CONFIG\",\"magic\":0}", null);
        state.apply("{\"keytype\":\"CONFIG\",\"subject\":\"s\",\"magic\":0}", null);
        assertThat(state.globalLevel()).isEmpty();
        assertThat(state.subjectLevel("s")).isEmpty();
    }

    @Test
    void keepsNonAvroSchemasSoTheirIdsStayTaken() {
        RegistryState state = new RegistryState();
        state.apply(schemaKey("p", 1), "{\"subject\":\"p\",\"version\":1,\"id\":3,\"schemaType\":\"PROTOBUF\","
                + "\"schema\":\"syntax = \\\"proto3\\\"; message M {}\",\"deleted\":false}");

        assertThat(state.byId(3)).singleElement().satisfies(s -> {
            assertThat(s.schemaType()).isEqualTo("PROTOBUF");
            assertThat(s.parsed()).isNull();
        });
        assertThat(state.nextId()).isEqualTo(4);
    }
}
