package org.storywire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.processor.ProcessorApp;

/** {@code storywire reset} with Kafka's StreamsResetter: refused while running; afterwards the processor rebuilds the same stories from the start. */
@ExtendWith(EmbeddedPlatformExtension.class)
class ResetCommandIntegrationTest {
    @Test
    void aResetProcessorReprocessesFromTheStartToTheSameStories(EmbeddedPlatform platform, @TempDir Path work) throws Exception {
        OperatorFixture fixture = new OperatorFixture(platform, work, "reset");
        String raw = fixture.config.topics().articlesRaw();
        Map<String, String> before;
        try (ProcessorApp app = fixture.startProcessor()) {
            fixture.publish(raw, new ProducerRecord<>(raw, OperatorFixture.utf8("a1"), fixture.serialized(OperatorFixture.article("a1",
                    "Das Ministerium dementierte am Montag einen Bericht der Zeitung. \"Das ist falsch\", sagte ein Sprecher."))));
            fixture.publish(raw, new ProducerRecord<>(raw, OperatorFixture.utf8("a2"), fixture.serialized(OperatorFixture.article("a2",
                    "Die Zeitung berichtete, der Minister trete zurück. Der Minister bestätigte den Rücktritt am Dienstag."))));
            fixture.awaitCaughtUp();
            before = stories(fixture.get("/api/stories"));
            assertThat(before).isNotEmpty();

            OperatorFixture.Run whileRunning = fixture.run("reset");
            assertThat(whileRunning.exitCode()).isEqualTo(1);
            assertThat(whileRunning.err().strip()).isEqualTo("reset: " + fixture.config.applicationId() + " is still running (2 group members); stop every instance first");
        }
        // A statement the stopped application has not read: reprocessing writes statements anew, so old ones are skipped.
        String statements = fixture.config.topics().statements();
        fixture.publish(statements, new ProducerRecord<>(statements, OperatorFixture.utf8("old"), OperatorFixture.utf8("an old statement")));
        Path localState = fixture.config.stateDir().resolve(fixture.config.applicationId());
        assertThat(localState).exists();

        OperatorFixture.Run reset = fixture.run("reset");
        assertThat(reset.exitCode()).as(reset.out() + reset.err()).isZero();
        assertThat(reset.out()).contains("will reprocess " + raw + " from the start");
        assertThat(Files.exists(localState)).isFalse();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(fixture.config.applicationId())
                    .partitionsToOffsetAndMetadata().get();
            assertThat(committed.entrySet()).filteredOn(e -> e.getKey().topic().equals(raw)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getValue().offset()).isZero());
            Map<TopicPartition, OffsetSpec> statementEnds = new java.util.HashMap<>();
            for (int p = 0; p < fixture.config.partitions(); p++) statementEnds.put(new TopicPartition(statements, p), OffsetSpec.latest());
            admin.listOffsets(statementEnds).all().get().forEach((partition, end) ->
                    assertThat(committed.get(partition)).as("%s skipped to its end", partition).isNotNull()
                            .extracting(OffsetAndMetadata::offset).isEqualTo(end.offset()));
            assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith(fixture.config.applicationId() + "-"));
        }

        try (ProcessorApp app = fixture.startProcessor()) {
            fixture.awaitCaughtUp();
            assertThat(stories(fixture.get("/api/stories"))).isEqualTo(before);
        }
    }

    private static Map<String, String> stories(JsonNode page) {
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode item : page.get("items")) statuses.put(item.get("id").asText(), item.get("status").asText());
        return statuses;
    }
}
