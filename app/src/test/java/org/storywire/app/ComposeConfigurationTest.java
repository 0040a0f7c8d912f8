package org.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storywire.config.StorywireConfig;
import org.storywire.ingest.IngestCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** docker-compose.yml configures storywire only with variables the application really reads. */
class ComposeConfigurationTest {
    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");

    @Test
    void processorsSetOnlyVariablesTheProcessorReadsAndEveryRequiredOne() throws IOException {
        Set<String> known = new HashSet<>();
        Arrays.stream(StorywireConfig.Setting.values()).map(StorywireConfig.Setting::envName).forEach(known::add);
        for (String service : new String[] {"processor-1", "processor-2"}) {
            Set<String> set = environment(service);
            for (String name : set) {
                assertThat(known.contains(name) || name.startsWith("KAFKA_"))
                        .as("%s sets %s, which the processor does not read", service, name).isTrue();
            }
            assertThat(set).as(service).contains("KAFKA_BOOTSTRAP_SERVERS", "STORYWIRE_SCHEMA_REGISTRY_URL",
                    "STORYWIRE_HTTP_HOST", "STORYWIRE_HTTP_PORT", "STORYWIRE_HTTP_BIND");
        }
        assertThat(environment("processor-1").contains("STORYWIRE_APPLICATION_ID")).isTrue();
    }

    @Test
    void ingestSetsOnlyVariablesItsCommandReads() throws IOException {
        Set<String> known = ingestVariables();
        assertThat(known).contains("KAFKA_BOOTSTRAP_SERVERS", "STORYWIRE_SCHEMA_REGISTRY_URL");
        Set<String> set = environment("ingest");
        assertThat(known).as("variables the ingest command reads").containsAll(set);
        assertThat(set).contains("KAFKA_BOOTSTRAP_SERVERS", "STORYWIRE_SCHEMA_REGISTRY_URL");
    }

    /** Variables named in the ingest command's option defaults ({@code ${env:NAME:-default}}). */
    private static Set<String> ingestVariables() {
        Set<String> names = new HashSet<>();
        collect(new CommandLine(new IngestCommand()), names);
        return names;
    }

    private static void collect(CommandLine command, Set<String> names) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            // The declared default, before picocli resolves the variables in it.
            if (option.defaultValueString(false) == null) continue;
            Matcher m = ENV_DEFAULT.matcher(option.defaultValueString(false));
            while (m.find()) names.add(m.group(1));
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, names));
    }

    private static Set<String> environment(String service) throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
        JsonNode env = compose.path("services").path(service).path("environment");
        assertThat(env.isObject()).as("%s has an environment map", service).isTrue();
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = env.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}
