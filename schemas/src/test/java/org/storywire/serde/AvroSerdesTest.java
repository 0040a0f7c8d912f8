package org.storywire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;

class AvroSerdesTest {
    private static final String URL = "http://127.0.0.1:1";

    @Test
    void buildsTheBuiltInSerdeByDefault() {
        Serde<RawArticle> serde = AvroSerdes.serde(RawArticle.class, Map.of("schema.registry.url", URL), false);

        assertThat(serde).isInstanceOf(RegistryAvroSerde.class);
        assertThat(AvroSerdes.serde(RawArticle.class, Map.of("schema.registry.url", URL, AvroSerdes.SERDE, "StoryWire"),
                true)).isInstanceOf(RegistryAvroSerde.class);
    }

    @Test
    void confluentNeedsItsSerdeOnTheClasspath() {
        assertThatThrownBy(() -> AvroSerdes.serde(RawArticle.class,
                Map.of("schema.registry.url", URL, AvroSerdes.SERDE, "confluent"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde")
                .hasMessageContaining("not there");
    }

    @Test
    void refusesUnknownImplementationsAndAMissingUrl() {
        assertThatThrownBy(() -> AvroSerdes.serde(RawArticle.class,
                Map.of("schema.registry.url", URL, AvroSerdes.SERDE, "apicurio"), false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("storywire or confluent");
        assertThatThrownBy(() -> AvroSerdes.serde(RawArticle.class, Map.of(), false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
    }

    @Test
    void trustsTheGeneratedPackageForNewerAvro() {
        new RegistryAvroDeserializer<>(RawArticle.class);

        assertThat(System.getProperty(TrustedAvroPackages.PROPERTY).split(",")).contains("org.storywire.avro");
    }

    @Test
    void anUnconfiguredSerializerSaysSo() {
        assertThatThrownBy(() -> new RegistryAvroSerializer<RawArticle>().serialize("t", RawArticle.newBuilder()
                .setId("1").setSource("s").setBody("b").setFetched(Instant.EPOCH).setContentHash("h").build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not configured");
    }
}
