package org.storywire.registry;

import java.util.List;

/** The answer of a compatibility test; {@code messages} is filled when asked for verbosely. */
public record CompatibilityResult(boolean compatible, List<String> messages) {
}
