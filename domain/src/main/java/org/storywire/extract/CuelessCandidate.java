package org.storywire.extract;

import java.util.List;

/**
 * A sentence {@link CuelessReports} proposed as a statement, as {@code eval cueless-reports} learns from it: its content in
 * article offsets, its features, the model's probability and whether extraction kept it.
 */
public record CuelessCandidate(Span content, List<String> features, double probability, boolean accepted) {}
