package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.storywire.config.StorywireConfig;

class TopicProvisionerTest {

    @Test
    void theLogsAreKeptForeverAndTheStoriesViewIsCompacted() {
        Map<String, Map<String, String>> configs = TopicProvisioner.topicsFor(StorywireConfig.from(Map.of(), new Properties())).stream()
                .collect(Collectors.toMap(NewTopic::name, NewTopic::configs));
        for (String topic : new String[] {"articles.raw", "statements", "story-updates", "articles.dlq"}) {
            assertThat(configs.get(topic)).as(topic).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1");
        }
        assertThat(configs.get("stories")).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(configs.get("alert-rules")).as("rules survive as their latest record")
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(configs).containsKey("alerts");
        assertThat(configs.get("events")).as("an event's latest state is all that counts")
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }

    @Test
    void eventAssignmentReadsOnePartition() {
        Map<String, Integer> partitions = TopicProvisioner.topicsFor(StorywireConfig.from(Map.of(), new Properties())).stream()
                .collect(Collectors.toMap(NewTopic::name, NewTopic::numPartitions));
        assertThat(partitions.get("article-signatures")).isEqualTo(1);
        assertThat(partitions.get("events")).isEqualTo(3);
    }
}
