package org.storywire.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.registry.CompatibilityLevel;
import org.storywire.registry.CompatibilityResult;
import org.storywire.registry.RegisteredSchema;
import org.storywire.registry.RegistryClientConfig;
import org.storywire.registry.RegistryException;
import org.storywire.registry.SchemaRegistryClient;

/** The REST client against the embedded registry over real HTTP, state in a real broker. */
class RegistryClientServerTest {
    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker broker;
    static EmbeddedSchemaRegistry registry;
    static SchemaRegistryClient client;

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
        client = new SchemaRegistryClient(RegistryClientConfig.of(registry.url()));
    }

    @AfterAll
    static void stop() {
        registry.close();
        broker.close();
    }

    /** A record {@code name} with the given optional string fields (all defaulted: BACKWARD-safe to add). */
    static Schema record(String name, String... optionalFields) {
        SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record(name).namespace("test").fields()
                .requiredString("id");
        for (String field : optionalFields) {
            fields = fields.optionalString(field);
        }
        return fields.endRecord();
    }

    /** A fresh client, so results come from the server rather than the cache. */
    static SchemaRegistryClient uncached() {
        return new SchemaRegistryClient(RegistryClientConfig.of(registry.url()));
    }

    @Test
    void registersVersionsAndAnswersByIdSubjectAndVersion() {
        Schema v1 = record("Article");
        Schema v2 = record("Article", "feed");

        int id1 = client.register("news-value", v1);
        int id2 = client.register("news-value", v2);

        assertThat(id2).isGreaterThan(id1);
        SchemaRegistryClient fresh = uncached();
        assertThat(fresh.versions("news-value")).containsExactly(1, 2);
        assertThat(fresh.subjects()).contains("news-value");
        assertThat(fresh.schemaById(id1)).isEqualTo(v1);
        assertThat(fresh.version("news-value", 1)).isEqualTo(new RegisteredSchema("news-value", 1, id1, v1.toString()));
        assertThat(fresh.latestVersion("news-value").id()).isEqualTo(id2);
        assertThat(fresh.lookup("news-value", v1)).isEqualTo(new RegisteredSchema("news-value", 1, id1, v1.toString()));
    }

    @Test
    void reRegisteringIsIdempotentAndTheSameSchemaKeepsItsIdAcrossSubjects() {
        Schema schema = record("Shared");
        int id = client.register("shared-a-value", schema);

        assertThat(uncached().register("shared-a-value", schema)).isEqualTo(id);
        assertThat(uncached().versions("shared-a-value")).containsExactly(1);
        assertThat(uncached().register("shared-b-value", schema)).isEqualTo(id);
        assertThat(uncached().version("shared-b-value", 1).id()).isEqualTo(id);
    }

    @Test
    void whitespaceAndKeyOrderDoNotMakeANewSchema() throws Exception {
        Schema schema = record("Spaced");
        int id = client.register("spaced-value", schema);
        Schema reformatted = new Schema.Parser().parse(schema.toString(true));

        assertThat(uncached().register("spaced-value", reformatted)).isEqualTo(id);
    }

    @Test
    void anIncompatibleChangeIsRefusedWith409() {
        client.register("strict-value", record("Strict"));
        Schema withRequiredField = SchemaBuilder.record("Strict").namespace("test").fields()
                .requiredString("id").requiredInt("count").endRecord();

        assertThatThrownBy(() -> client.register("strict-value", withRequiredField))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                    assertThat(e.url()).isEqualTo(registry.url());
                })
                .hasMessageContaining("Schema being registered is incompatible with an earlier schema for subject \"strict-value\"")
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(client.versions("strict-value")).containsExactly(1);
    }

    @Test
    void testsCompatibilityVerboselyAgainstAllOrOneVersion() {
        client.register("compat-value", record("Compat"));
        Schema compatible = record("Compat", "extra");
        Schema incompatible = SchemaBuilder.record("Compat").namespace("test").fields()
                .requiredLong("id").endRecord();

        assertThat(client.testCompatibility("compat-value", compatible)).isEqualTo(new CompatibilityResult(true, List.of()));
        CompatibilityResult refused = client.testCompatibility("compat-value", "latest", incompatible);
        assertThat(refused.compatible()).isFalse();
        assertThat(refused.messages()).anyMatch(m -> m.startsWith("{errorType:'TYPE_MISMATCH'"))
                .contains("{oldSchemaVersion: 1}", "{validateFields: 'false', compatibility: 'BACKWARD'}");
        assertThat(client.testCompatibility("no-such-subject", "latest", incompatible).compatible()).isTrue();
        assertThatThrownBy(() -> client.testCompatibility("compat-value", "7", compatible))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
    }

    @Test
    void compatibilityLevelsAreGlobalOrPerSubject() {
        assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.subjectCompatibility("levels-value")).isEmpty();

        client.setSubjectCompatibility("levels-value", CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(client.subjectCompatibility("levels-value")).contains(CompatibilityLevel.FULL_TRANSITIVE);

        client.register("levels-value", record("Levels"));
        // A field with a default passes in both directions.
        Schema added = SchemaBuilder.record("Levels").namespace("test").fields().requiredString("id")
                .name("n").type().intType().intDefault(0).endRecord();
        assertThat(client.register("levels-value", added)).isPositive();

        client.deleteSubjectCompatibility("levels-value");
        assertThat(client.subjectCompatibility("levels-value")).isEmpty();
    }

    @Test
    void noneLetsAnyChangeThrough() {
        client.register("free-value", record("Free"));
        client.setSubjectCompatibility("free-value", CompatibilityLevel.NONE);

        Schema unrelated = SchemaBuilder.record("Other").namespace("test").fields().requiredInt("x").endRecord();

        assertThat(client.register("free-value", unrelated)).isPositive();
        assertThat(client.versions("free-value")).containsExactly(1, 2);
    }

    @Test
    void softDeletedVersionsHideButTheirIdsStillResolve() {
        Schema v1 = record("Soft");
        int id1 = client.register("soft-value", v1);
        client.register("soft-value", record("Soft", "more"));

        assertThat(client.deleteVersion("soft-value", 1, false)).isEqualTo(1);

        SchemaRegistryClient fresh = uncached();
        assertThat(fresh.versions("soft-value")).containsExactly(2);
        assertThat(fresh.schemaById(id1)).isEqualTo(v1);
        assertThatThrownBy(() -> fresh.version("soft-value", 1))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> fresh.deleteVersion("soft-value", 1, false))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40406));
        assertThatThrownBy(() -> fresh.deleteVersion("soft-value", 2, true))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40407));
        assertThat(fresh.deleteVersion("soft-value", 1, true)).isEqualTo(1);
    }

    @Test
    void subjectsAreSoftThenPermanentlyDeletedAndASchemaRegisteredAgainKeepsItsId() {
        Schema schema = record("Gone");
        int id = client.register("gone-value", schema);
        client.setSubjectCompatibility("gone-value", CompatibilityLevel.FULL);

        assertThatThrownBy(() -> client.deleteSubject("gone-value", true))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40405));
        assertThat(client.deleteSubject("gone-value", false)).containsExactly(1);
        assertThat(client.subjects()).doesNotContain("gone-value");
        assertThat(client.subjectCompatibility("gone-value")).isEmpty();
        assertThatThrownBy(() -> client.deleteSubject("gone-value", false))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40404));

        // Registered again after a soft delete: same id, next version.
        assertThat(uncached().register("gone-value", schema)).isEqualTo(id);
        assertThat(client.versions("gone-value")).containsExactly(2);

        assertThat(client.deleteSubject("gone-value", false)).containsExactly(2);
        assertThat(client.deleteSubject("gone-value", true)).containsExactly(2);
        assertThatThrownBy(() -> uncached().versions("gone-value"))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
    }

    @Test
    void lookupOfAnUnregisteredSchemaIs40403AndOfAnUnknownSubject40401() {
        client.register("lookup-value", record("Lookup"));

        assertThatThrownBy(() -> uncached().lookup("lookup-value", record("Lookup", "other")))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403))
                .hasMessageContaining("Schema not found");
        assertThatThrownBy(() -> uncached().lookup("nobody-value", record("Lookup")))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThat(uncached().schemaId("lookup-value", record("Lookup"), false)).isPositive();
    }
}
