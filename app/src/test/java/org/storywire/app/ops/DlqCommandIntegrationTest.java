package org.storywire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedPlatform;
import org.storywire.platform.junit.EmbeddedPlatformExtension;
import org.storywire.processor.ProcessorApp;

/** {@code storywire dlq} on the dead letters a real processor writes, and a replay the processor then takes. */
@ExtendWith(EmbeddedPlatformExtension.class)
class DlqCommandIntegrationTest {
    private static final String DENIAL = "Das Ministerium dementierte am Montag einen Bericht der Zeitung. \"Das ist falsch\", sagte ein Sprecher.";

    @Test
    void deadLettersAreListedWithTheirReasonShownInFullAndReplayedToTheirTopic(EmbeddedPlatform platform, @TempDir Path work) throws Exception {
        OperatorFixture fixture = new OperatorFixture(platform, work, "dlq");
        String raw = fixture.config.topics().articlesRaw();
        try (ProcessorApp app = fixture.startProcessor()) {
            fixture.publish(raw, new ProducerRecord<>(raw, OperatorFixture.utf8("not-avro"), OperatorFixture.utf8("plain text, no magic byte")));
            fixture.awaitCaughtUp();

            OperatorFixture.Run list = fixture.run("dlq", "list");
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out()).startsWith("1 dead letters in " + fixture.config.topics().deadLetters())
                    .contains("from " + raw + "-").contains("key not-avro").contains("Exception: ");
            String notAvro = positionOf(list.out(), "not-avro");

            OperatorFixture.Run show = fixture.run("dlq", "show", notAvro);
            assertThat(show.exitCode()).isZero();
            assertThat(show.out()).contains("dead letter " + notAvro).contains("source:    " + raw + "-")
                    .contains("value:     plain text, no magic byte").contains("stack trace:").contains("\tat ");
            OperatorFixture.Run missing = fixture.run("dlq", "show", "7:4711");
            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.err()).contains("no dead letter at 7:4711");

            // A dead letter of a readable article, as one failed by a bug now fixed would be.
            ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(fixture.config.topics().deadLetters(),
                    OperatorFixture.utf8("fixed-1"), fixture.serialized(OperatorFixture.article("fixed-1", DENIAL)));
            letter.headers().add("__streams.errors.topic", OperatorFixture.utf8(raw))
                    .add("__streams.errors.partition", OperatorFixture.utf8("0"))
                    .add("__streams.errors.offset", OperatorFixture.utf8("42"))
                    .add("__streams.errors.exception", OperatorFixture.utf8("java.lang.IllegalStateException"))
                    .add("__streams.errors.message", OperatorFixture.utf8("a bug since fixed"))
                    .add("trace-id", OperatorFixture.utf8("abc"));
            fixture.publish(fixture.config.topics().deadLetters(), letter);
            String fixed = positionOf(fixture.run("dlq", "list").out(), "fixed-1");

            OperatorFixture.Run replay = fixture.run("dlq", "replay", fixed);
            assertThat(replay.exitCode()).as(replay.err()).isZero();
            assertThat(replay.out()).startsWith("replayed " + fixed + " -> " + raw + "-");
            assertThat(awaitStatements(fixture, "fixed-1")).as("the replayed article was processed").isNotEmpty();
            assertThat(fixture.run("dlq", "list").out()).as("nothing new was dead-lettered").startsWith("2 dead letters");

            assertThat(fixture.run("dlq", "replay").exitCode()).as("neither positions nor --all").isEqualTo(2);
        }
    }

    private static String positionOf(String listing, String key) {
        return listing.lines().filter(l -> l.contains("key " + key)).findFirst().orElseThrow(() -> new AssertionError(listing))
                .split("\\s+")[0];
    }

    private static JsonNode awaitStatements(OperatorFixture fixture, String articleId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode statements = fixture.get("/api/articles/" + articleId + "/statements");
            if (statements != null && !statements.isEmpty()) return statements;
            Thread.sleep(250);
        }
        return fixture.get("/api/articles/" + articleId + "/statements");
    }
}
