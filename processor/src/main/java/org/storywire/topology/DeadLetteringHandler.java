package org.storywire.topology;

import java.util.Map;
import org.apache.kafka.common.Configurable;

/** What both Streams error handlers share: their {@link DeadLetters}, from the settings Kafka Streams configures them with. */
abstract class DeadLetteringHandler implements Configurable {
    DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.configured(configs);
    }
}
