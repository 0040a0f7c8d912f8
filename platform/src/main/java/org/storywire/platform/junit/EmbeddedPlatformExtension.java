package org.storywire.platform.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.storywire.platform.EmbeddedPlatform;

/**
 * Gives tests a real Kafka broker and schema registry: one platform per test JVM, started on
 * first use and closed when the JVM's tests are done. Tests isolate themselves by topic names
 * and application ids. Use with {@code @ExtendWith(EmbeddedPlatformExtension.class)} and an
 * {@link EmbeddedPlatform} parameter.
 */
public final class EmbeddedPlatformExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedPlatformExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("platform", key -> new RunningPlatform(), RunningPlatform.class)
                .platform;
    }

    private static final class RunningPlatform implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Path dataDir;
        private final EmbeddedPlatform platform;

        RunningPlatform() {
            try {
                dataDir = Files.createTempDirectory("storywire-test-platform");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            platform = EmbeddedPlatform.start(dataDir, 0, 0);
        }

        @Override
        public void close() throws IOException {
            platform.close();
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
