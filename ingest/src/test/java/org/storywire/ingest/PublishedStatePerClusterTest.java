package org.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.platform.EmbeddedKafkaBroker;
import org.storywire.platform.registry.EmbeddedSchemaRegistry;
import picocli.CommandLine;

/**
 * One state directory, two clusters: what was published to one is not "unchanged" on the other,
 * and a topic deleted and created again is published to afresh.
 */
class PublishedStatePerClusterTest {
    private static Cluster first;
    private static Cluster second;

    @TempDir
    static Path brokers;

    @TempDir
    Path work;

    private record Cluster(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry) {
        static Cluster start(Path dir) {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0);
            return new Cluster(broker, EmbeddedSchemaRegistry.start(broker.bootstrapServers(), 0));
        }

        void close() {
            registry.close();
            broker.close();
        }
    }

    @BeforeAll
    static void startClusters() {
        first = Cluster.start(brokers.resolve("first"));
        second = Cluster.start(brokers.resolve("second"));
    }

    @AfterAll
    static void stopClusters() {
        if (second != null) second.close();
        if (first != null) first.close();
    }

    @Test
    void articlesPublishedToOneClusterArePublishedToAnotherAndToARecreatedTopic() throws Exception {
        Path articles = work.resolve("in");
        Files.createDirectories(articles);
        for (int i = 1; i <= 3; i++) {
            Files.writeString(articles.resolve("a" + i + ".txt"), "Der Sprecher sagte, Meldung " + i + " sei falsch.\n");
        }
        Path state = work.resolve("state");

        assertThat(ingest(first, state, articles)).startsWith("published 3, updated 0, unchanged 0");
        assertThat(ingest(first, state, articles)).startsWith("published 0, updated 0, unchanged 3");
        // The second cluster's topic holds other articles, more than the first's: no offset check can tell the two apart.
        Path others = work.resolve("others");
        Files.createDirectories(others);
        for (int i = 1; i <= 30; i++) Files.writeString(others.resolve("o" + i + ".txt"), "Die Behörde bestätigte Meldung " + i + ".\n");
        assertThat(ingest(second, work.resolve("other-state"), others)).startsWith("published 30");
        assertThat(ingest(second, state, articles)).as("another cluster never saw them").contains("published 3, updated 0, unchanged 0");
        assertThat(ingest(second, state, articles)).startsWith("published 0, updated 0, unchanged 3");

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", second.broker().bootstrapServers()))) {
            admin.deleteTopics(Set.of("articles.raw")).all().get();
            awaitGone(admin);
        }
        assertThat(ingest(second, state, articles)).as("the topic was recreated empty")
                .contains("the topic was recreated").contains("published 3, updated 0, unchanged 0");
        assertThat(ingest(first, state, articles)).as("the first cluster's state is its own").startsWith("published 0, updated 0, unchanged 3");
    }

    private static void awaitGone(Admin admin) throws Exception {
        while (admin.listTopics().names().get().contains("articles.raw")) Thread.sleep(100);
    }

    private static String ingest(Cluster cluster, Path state, Path articles) {
        List<String> args = new ArrayList<>(List.of("files", articles.toString(), "--bootstrap-servers", cluster.broker().bootstrapServers(),
                "--schema-registry-url", cluster.registry().url(), "--topic", "articles.raw", "--state-dir", state.toString()));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new IngestCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        command.execute(args.toArray(String[]::new));
        return out.toString();
    }
}
