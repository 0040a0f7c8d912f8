package org.storywire.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.storywire.config.StorywireConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates storywire's topics where they are missing, with partitions and replication from config. */
public final class TopicProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {}

    /**
     * The topics with their settings: the raw log, the statements and the story updates are kept
     * forever, the stories view and the alert rules are compacted, alerts (notifications) keep the broker's default retention. Records carry the articles' publication times, so under
     * time retention a replay of an archive older than a week would lose statements the fold has not
     * read yet, and the updates that tell how a story got where it is.
     */
    static List<NewTopic> topicsFor(StorywireConfig config) {
        StorywireConfig.TopicNames t = config.topics();
        int partitions = config.partitions();
        short rf = config.replicationFactor();
        return List.of(
                new NewTopic(t.articlesRaw(), partitions, rf).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                new NewTopic(t.statements(), partitions, rf).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                new NewTopic(t.stories(), partitions, rf).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(t.storyUpdates(), partitions, rf).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                new NewTopic(t.deadLetters(), 1, rf).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                // One partition: every instance reads all rules, and a rule's latest record is all that counts.
                new NewTopic(t.alertRules(), 1, rf).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(t.alerts(), partitions, rf).configs(Map.of()),
                // One partition: event assignment is a global decision, so one task must see every article's signature.
                new NewTopic(t.articleSignatures(), 1, rf).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                new NewTopic(t.events(), partitions, rf).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    }

    /** Creates the missing topics; returns how many partitions {@code articles.raw} has (it may predate this config). */
    public static int ensureTopics(StorywireConfig config) {
        Map<String, Object> adminConfig = new java.util.HashMap<>(config.kafkaClientProperties());
        adminConfig.put("bootstrap.servers", config.bootstrapServers());
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : topicsFor(config)) {
                if (!existing.contains(topic.name())) missing.add(topic);
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // Another instance may have created them at the same moment.
                    if (!(e.getCause() instanceof TopicExistsException)) throw e;
                }
                LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            return articlePartitions(admin, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create topics on " + config.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }

    private static int articlePartitions(Admin admin, StorywireConfig config) throws InterruptedException, TimeoutException {
        String articles = config.topics().articlesRaw();
        try {
            return admin.describeTopics(List.of(articles)).allTopicNames().get(30, TimeUnit.SECONDS).get(articles).partitions().size();
        } catch (ExecutionException e) {
            // Just created, its metadata not yet everywhere: it has the configured count.
            LOG.debug("Could not describe {} ({}); assuming {} partitions", articles, e.getMessage(), config.partitions());
            return config.partitions();
        }
    }
}
