package org.storywire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.storywire.config.StorywireConfig.Setting;

class StorywireConfigTest {

    @Test
    void defaultsApplyWhenNothingIsSet() {
        StorywireConfig config = StorywireConfig.from(Map.of(), new Properties());
        assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.topics().articlesRaw()).isEqualTo("articles.raw");
        assertThat(config.topics().deadLetters()).isEqualTo("articles.dlq");
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.httpBind()).as("the API listens on loopback unless told otherwise").isEqualTo("127.0.0.1");
        assertThat(config.serverKeystore()).isEmpty();
        assertThat(config.apiToken()).isEmpty();
        assertThat(config.streamThreads()).isEqualTo(2);
        assertThat(config.stateDir()).isEqualTo(Path.of("data/streams"));
        assertThat(config.kafkaClientProperties()).isEmpty();
    }

    @Test
    void environmentWinsOverFileWhichWinsOverDefaults() {
        Properties file = new Properties();
        file.setProperty("storywire.application.id", "from-file");
        file.setProperty("storywire.partitions", "6");
        file.setProperty("kafka.bootstrap.servers", "file:9092");
        StorywireConfig config = StorywireConfig.from(
                Map.of("STORYWIRE_APPLICATION_ID", "from-env", "KAFKA_BOOTSTRAP_SERVERS", "env:9092"), file);
        assertThat(config.applicationId()).isEqualTo("from-env");
        assertThat(config.partitions()).isEqualTo(6);
        assertThat(StorywireConfig.from(Map.of("STORYWIRE_STREAM_THREADS", "3"), new Properties()).streamThreads()).isEqualTo(3);
        assertThat(config.bootstrapServers()).isEqualTo("env:9092");
    }

    @Test
    void kafkaVariablesPassThroughToTheClients() {
        StorywireConfig config = StorywireConfig.from(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", "secret-jaas",
                "PATH", "/usr/bin"), new Properties());
        assertThat(config.kafkaClientProperties()).containsOnly(
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "PLAIN"),
                Map.entry("sasl.jaas.config", "secret-jaas"));
    }

    @Test
    void secretsNeverAppearInTheLoggedForm() {
        StorywireConfig config = StorywireConfig.from(Map.of(
                "KAFKA_SASL_JAAS_CONFIG", "user=\"u\" password=\"p4ss\"",
                "STORYWIRE_API_TOKEN", "t0ken",
                "STORYWIRE_TLS_KEYSTORE", "/etc/storywire/api.p12",
                "STORYWIRE_TLS_KEYSTORE_PASSWORD", "k3ystore"), new Properties());
        assertThat(config.toString()).doesNotContain("p4ss").doesNotContain("t0ken").doesNotContain("k3ystore")
                .contains("[hidden]").contains("/etc/storywire/api.p12");
        assertThat(config.serverKeystore().orElseThrow().toString()).doesNotContain("k3ystore");
    }

    @Test
    void invalidValuesAreRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> StorywireConfig.from(Map.of("STORYWIRE_PARTITIONS", "zero"), new Properties()))
                .hasMessageContaining("STORYWIRE_PARTITIONS");
        assertThatThrownBy(() -> StorywireConfig.from(Map.of("STORYWIRE_PROCESSING_GUARANTEE", "maybe"), new Properties()))
                .hasMessageContaining("exactly_once_v2");
    }

    @Test
    void overridesKeepEverythingElse() {
        StorywireConfig base = StorywireConfig.from(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL", "STORYWIRE_PARTITIONS", "4"), new Properties());
        StorywireConfig changed = base.with(Map.of(Setting.APPLICATION_ID, "replay-1"), "other:9092");
        assertThat(changed.applicationId()).isEqualTo("replay-1");
        assertThat(changed.partitions()).isEqualTo(4);
        assertThat(changed.bootstrapServers()).isEqualTo("other:9092");
        assertThat(changed.kafkaClientProperties()).containsEntry("security.protocol", "SSL");
    }
}
