package org.storywire.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.storywire.story.StoryKey;

/**
 * Places a story-keyed record on the partition of the story's family. A denial that names no
 * report answers every report of the same event (see {@code StoryFamily}), so all stories of a
 * family are folded together: the statements topic is keyed by story id but partitioned by family,
 * and the query layer finds a story's owner the same way.
 */
public final class FamilyPartitioner implements StreamPartitioner<String, Object> {
    public static final FamilyPartitioner INSTANCE = new FamilyPartitioner();

    @Override
    public Optional<Set<Integer>> partitions(String topic, String storyId, Object value, int numPartitions) {
        return Optional.of(Set.of(partitionOf(storyId, numPartitions)));
    }

    /** The same hash as Kafka's default partitioner, of the family id instead of the story id. */
    static int partitionOf(String storyId, int numPartitions) {
        byte[] family = StoryKey.familyOf(storyId).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(family)) % numPartitions;
    }
}
