package org.storywire.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** A topic's name bound to the serdes of its keys and values. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    Consumed<K, V> consumedAs(String processorName) {
        return Consumed.with(keySerde, valueSerde).withName(processorName);
    }

    Produced<K, V> producedAs(String processorName) {
        return Produced.with(keySerde, valueSerde).withName(processorName);
    }
}
