package org.storywire.app.ops;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.tools.StreamsResetter;
import org.storywire.config.StorywireConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storywire reset}: the application reprocesses everything from the start of
 * {@code articles.raw} when next started. Kafka's own {@link StreamsResetter} moves the committed
 * offsets and deletes the internal topics (changelogs of the stores); this command adds what the
 * resetter leaves to the user: the local state of the stores, and {@code statements}, which the
 * application both writes and reads. Its old statements are skipped (the group's offsets moved to
 * its end, as the resetter's deprecated {@code --intermediate-topics} did), since reprocessing the
 * articles writes them again and reading both would fold each twice.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Reset the processor so that it reprocesses articles.raw from the start when next started.",
                "Every instance of the application must be stopped first. Output topics (stories, story-updates) are kept;",
                "reprocessing appends to them."})
public final class ResetCommand implements Callable<Integer> {
    @Mixin OperatorOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "The instances' local state directory (else STORYWIRE_STATE_DIR, else data/streams).")
    Path stateDir;

    @Option(names = "--dry-run", description = "Say what would be reset; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        StorywireConfig config = options.config();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Admin admin = Admin.create(adminProperties(config))) {
            int members = admin.describeConsumerGroups(Set.of(config.applicationId())).all().get(30, TimeUnit.SECONDS)
                    .get(config.applicationId()).members().size();
            if (members > 0) {
                // The resetter refuses too, but with a stack trace.
                err.printf("reset: %s is still running (%d group members); stop every instance first%n", config.applicationId(), members);
                return 1;
            }
            int code = resetter(config);
            if (code != 0) {
                err.printf("reset: Kafka's StreamsResetter failed (exit %d, its reason above)%n", code);
                return 1;
            }
            // Reprocessing articles.raw writes statements and signatures again: what the old run left unread is skipped.
            for (String derived : List.of(config.topics().statements(), config.topics().articleSignatures())) {
                if (dryRun) out.printf("reset (dry run): would skip %s to its end%n", derived);
                else if (exists(admin, derived)) skipToEnd(admin, config.applicationId(), derived);
            }
        }
        Path local = (stateDir != null ? stateDir : config.stateDir()).resolve(config.applicationId());
        if (dryRun) {
            out.printf("reset (dry run): would delete the local state in %s%n", local.toAbsolutePath());
        } else {
            deleteRecursively(local);
            out.printf("reset: %s will reprocess %s from the start when next started (local state %s deleted)%n",
                    config.applicationId(), config.topics().articlesRaw(), local.toAbsolutePath());
        }
        return 0;
    }

    private static Map<String, Object> adminProperties(StorywireConfig config) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return props;
    }

    /** A topic created by a build before it existed (article-signatures) may be missing. */
    private static boolean exists(Admin admin, String topic) throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
    }

    /** Commits the end of every partition of {@code topic} for {@code group}. */
    private static void skipToEnd(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(Set.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((partition, info) -> ends.put(partition, new OffsetAndMetadata(info.offset())));
        admin.alterConsumerGroupOffsets(group, ends).all().get(30, TimeUnit.SECONDS);
    }

    private int resetter(StorywireConfig config) throws IOException {
        List<String> args = new ArrayList<>(List.of("--application-id", config.applicationId(),
                "--bootstrap-server", config.bootstrapServers(), "--input-topics", config.topics().articlesRaw(), "--to-earliest"));
        Path clientConfig = null;
        if (!config.kafkaClientProperties().isEmpty()) {
            // Security settings reach the resetter's clients through its --config-file only.
            clientConfig = Files.createTempFile("storywire-reset", ".properties");
            java.util.Properties props = new java.util.Properties();
            props.putAll(config.kafkaClientProperties());
            try (var writer = Files.newBufferedWriter(clientConfig)) {
                props.store(writer, null);
            }
            args.addAll(List.of("--config-file", clientConfig.toString()));
        }
        if (dryRun) args.add("--dry-run");
        try {
            return new StreamsResetter().execute(args.toArray(String[]::new));
        } finally {
            if (clientConfig != null) Files.deleteIfExists(clientConfig);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
