package org.storywire.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Statement;
import org.storywire.avro.StoryState;
import org.storywire.avro.StoryUpdate;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.registry.RegistryClientConfig;
import org.storywire.registry.RegistryException;
import org.storywire.registry.SchemaRegistryClient;
import org.storywire.serde.AvroSerdes;
import org.storywire.serde.AvroWireFormat;
import org.storywire.serde.RegistryAvroDeserializer;
import org.storywire.serde.RegistryAvroSerde;
import org.storywire.serde.RegistryAvroSerializer;

/** The serde through the embedded registry and a real broker: round trips, evolution, failures. */
class RegistrySerdeTest {
    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker broker;
    static EmbeddedSchemaRegistry registry;

    @BeforeAll
    static void start() {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        registry = EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0);
    }

    @AfterAll
    static void stop() {
        registry.close();
        broker.close();
    }

    static Map<String, Object> config() {
        return Map.of(RegistryClientConfig.URL, registry.url());
    }

    static <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        return AvroSerdes.serde(type, config(), false);
    }

    static Stream<SpecificRecord> everyContract() {
        return Stream.of(SampleRecords.rawArticle(), SampleRecords.statement(), SampleRecords.storyState(),
                SampleRecords.storyUpdate());
    }

    @ParameterizedTest
    @MethodSource("everyContract")
    <T extends SpecificRecord> void everyRecordTypeRoundTripsThroughTheRegistry(T record) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) record.getClass();
        String topic = "roundtrip-" + type.getSimpleName();
        try (Serde<T> serde = valueSerde(type)) {
            byte[] bytes = serde.serializer().serialize(topic, record);

            int id = AvroWireFormat.schemaId(bytes);
            SchemaRegistryClient client = new SchemaRegistryClient(RegistryClientConfig.of(registry.url()));
            assertThat(client.latestVersion(topic + "-value").id()).isEqualTo(id);
            assertThat(client.schemaById(id)).isEqualTo(record.getSchema());
            T read = valueSerde(type).deserializer().deserialize(topic, bytes);
            // Compared as bytes: Avro's equals() cannot compare a union holding a logical type
            // (a nullable timestamp), while writing the read record again must give the same bytes.
            assertThat(read.getClass()).isEqualTo(type);
            assertThat(serde.serializer().serialize(topic, read)).isEqualTo(bytes);
        }
    }

    @Test
    void keysRegisterUnderTheKeySubjectAndNullIsKafkaNull() {
        try (Serde<StoryUpdate> keySerde = AvroSerdes.serde(StoryUpdate.class, config(), true)) {
            keySerde.serializer().serialize("keyed", SampleRecords.storyUpdate());
            assertThat(keySerde.serializer().serialize("keyed", null)).isNull();
            assertThat(keySerde.deserializer().deserialize("keyed", null)).isNull();
        }
        SchemaRegistryClient client = new SchemaRegistryClient(RegistryClientConfig.of(registry.url()));
        assertThat(client.subjects()).contains("keyed-key").doesNotContain("keyed-value");
    }

    @Test
    void recordsTravelThroughTheBrokerWithTheSerde() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("statements", 1, (short) 1))).all().get();
        }
        RegistryAvroSerde<Statement> serde = new RegistryAvroSerde<>(Statement.class);
        serde.configure(config(), false);
        try (KafkaProducer<String, Statement> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                serde.serializer())) {
            producer.send(new ProducerRecord<>("statements", "trump-putin-call", SampleRecords.statement())).get();
        }
        List<Statement> read = new ArrayList<>();
        try (KafkaConsumer<String, Statement> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "serde-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), serde.deserializer())) {
            consumer.subscribe(List.of("statements"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
            }
        }
        assertThat(read).containsExactly(SampleRecords.statement());
    }

    @Test
    void aRecordWrittenWithRawArticleV1ReadsIntoTheCurrentClassAndV2RegistersAsCompatible() throws Exception {
        Schema v1;
        try (InputStream in = getClass().getResourceAsStream("/evolution/RawArticle-v1.avsc")) {
            v1 = new Schema.Parser().parse(in);
        }
        String topic = "articles.raw";
        SchemaRegistryClient client = new SchemaRegistryClient(RegistryClientConfig.of(registry.url()));
        int v1Id = client.register(topic + "-value", v1);
        GenericRecord old = new GenericData.Record(v1);
        old.put("id", "001");
        old.put("source", "files");
        old.put("body", "Woodward berichtet von Telefonaten.");
        old.put("publishedPrecision", new GenericData.EnumSymbol(v1.getField("publishedPrecision").schema(), "DAY"));
        old.put("fetched", SampleRecords.PUBLISHED.toEpochMilli());
        old.put("contentHash", "h1");
        byte[] written = AvroWireFormat.encode(v1Id, new GenericDatumWriter<>(v1), old);

        RawArticle read = valueSerde(RawArticle.class).deserializer().deserialize(topic, written);

        assertThat(read.getId()).isEqualTo("001");
        assertThat(read.getBody()).isEqualTo("Woodward berichtet von Telefonaten.");
        assertThat(read.getFetched()).isEqualTo(SampleRecords.PUBLISHED);
        assertThat(read.getFeed()).isNull();

        byte[] current = valueSerde(RawArticle.class).serializer().serialize(topic, SampleRecords.rawArticle());
        assertThat(AvroWireFormat.schemaId(current)).isNotEqualTo(v1Id);
        assertThat(client.versions(topic + "-value")).containsExactly(1, 2);
    }

    @Test
    void withoutAutoRegisterAnUnregisteredSchemaFailsTheSend() {
        RegistryAvroSerializer<StoryState> serializer = new RegistryAvroSerializer<>();
        serializer.configure(Map.of(RegistryClientConfig.URL, registry.url(),
                RegistryAvroSerializer.AUTO_REGISTER_SCHEMAS, "false"), false);

        assertThatThrownBy(() -> serializer.serialize("unregistered", SampleRecords.storyState()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("look up")
                .hasMessageContaining("unregistered-value")
                .hasMessageContaining("40401");
    }

    @Test
    void badBytesGiveClearSerializationExceptions() {
        RegistryAvroDeserializer<RawArticle> deserializer = new RegistryAvroDeserializer<>(RawArticle.class);
        deserializer.configure(config(), false);

        assertThatThrownBy(() -> deserializer.deserialize("t", "{\"id\":\"1\"}".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Unknown magic byte!");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0, 0, 0x12, 0x34, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Writer schema id 4660")
                .hasMessageContaining("unknown to the schema registry");
        byte[] valid = valueSerde(RawArticle.class).serializer().serialize("t", SampleRecords.rawArticle());
        byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
        assertThatThrownBy(() -> deserializer.deserialize("t", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated or corrupt");
    }

    @Test
    void aWriterSchemaTheClassCannotReadIsNamedInTheError() {
        byte[] statement = valueSerde(Statement.class).serializer().serialize("mixed", SampleRecords.statement());

        assertThatThrownBy(() -> valueSerde(RawArticle.class).deserializer().deserialize("mixed", statement))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot be read as org.storywire.avro.RawArticle");
    }

    @Test
    void aRegistryThatIsDownGivesClearErrorsFromClientAndSerializer() throws Exception {
        String deadUrl;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadUrl = "http://127.0.0.1:" + socket.getLocalPort();
        }
        SchemaRegistryClient client = new SchemaRegistryClient(RegistryClientConfig.of(deadUrl));
        assertThatThrownBy(client::subjects)
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.url()).isEqualTo(deadUrl);
                })
                .hasMessageContaining("Schema registry at " + deadUrl + " is unreachable");

        Serde<RawArticle> serde = AvroSerdes.serde(RawArticle.class, Map.of(RegistryClientConfig.URL, deadUrl), false);
        assertThatThrownBy(() -> serde.serializer().serialize("down", SampleRecords.rawArticle()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("down-value")
                .hasMessageContaining(deadUrl + " is unreachable");
        byte[] written = valueSerde(RawArticle.class).serializer().serialize("down", SampleRecords.rawArticle());
        assertThatThrownBy(() -> serde.deserializer().deserialize("down", written))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("could not be fetched")
                .hasMessageContaining(deadUrl + " is unreachable");
    }

    @Test
    void aDeadFirstUrlFailsOverToTheNextOne() throws Exception {
        String deadUrl;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadUrl = "http://127.0.0.1:" + socket.getLocalPort();
        }
        Serde<RawArticle> serde = AvroSerdes.serde(RawArticle.class,
                Map.of(RegistryClientConfig.URL, deadUrl + ", " + registry.url()), false);

        byte[] bytes = serde.serializer().serialize("failover", SampleRecords.rawArticle());

        assertThat(serde.deserializer().deserialize("failover", bytes)).isEqualTo(SampleRecords.rawArticle());
    }
}
