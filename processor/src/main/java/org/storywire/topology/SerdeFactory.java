package org.storywire.topology;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Makes the value serde for a generated Avro class (the registry serde, or Confluent's). */
@FunctionalInterface
public interface SerdeFactory {
    <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type);
}
