package org.storywire.serde;

/** Confluent's default TopicNameStrategy: {@code <topic>-key} or {@code <topic>-value}. */
public final class SubjectNames {
    private SubjectNames() {
    }

    public static String topicName(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
