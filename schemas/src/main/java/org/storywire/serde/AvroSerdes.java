package org.storywire.serde;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serde;

/**
 * Builds the serde for a generated Avro class from a config map. {@value #SERDE} chooses the
 * implementation: {@value #STORYWIRE} (default) is {@link RegistryAvroSerde}; {@value #CONFLUENT}
 * is Confluent's own {@code SpecificAvroSerde}, loaded reflectively so that it is needed only where
 * a user puts it on the classpath. Either way the map is passed on to {@code configure}, so the
 * same keys ({@code schema.registry.url}, {@code basic.auth.*}, {@code auto.register.schemas})
 * configure both.
 */
public final class AvroSerdes {
    public static final String SERDE = "storywire.serde";
    public static final String STORYWIRE = "storywire";
    public static final String CONFLUENT = "confluent";
    static final String CONFLUENT_SERDE_CLASS = "io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde";

    private AvroSerdes() {
    }

    /** A configured serde for {@code type}, as key serde when {@code isKey}. */
    public static <T extends SpecificRecord> Serde<T> serde(Class<T> type, Map<String, ?> configs, boolean isKey) {
        Object choice = configs.get(SERDE);
        String implementation = choice == null ? STORYWIRE : choice.toString().trim().toLowerCase(Locale.ROOT);
        Serde<T> serde = switch (implementation) {
            case STORYWIRE -> new RegistryAvroSerde<>(type);
            case CONFLUENT -> confluentSerde();
            default -> throw new ConfigException(SERDE, choice, "expected " + STORYWIRE + " or " + CONFLUENT);
        };
        serde.configure(configs, isKey);
        return serde;
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> Serde<T> confluentSerde() {
        try {
            return (Serde<T>) Class.forName(CONFLUENT_SERDE_CLASS).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigException(SERDE + "=" + CONFLUENT + " needs Confluent's " + CONFLUENT_SERDE_CLASS
                    + " on the classpath (artifact io.confluent:kafka-streams-avro-serde from packages.confluent.io),"
                    + " but it is not there; use " + SERDE + "=" + STORYWIRE + " for the built-in serde");
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new ConfigException("Could not instantiate " + CONFLUENT_SERDE_CLASS + ": " + cause);
        }
    }
}
