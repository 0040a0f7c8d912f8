package org.storywire.extract;

import java.util.List;

/**
 * What a statement is about: canonical actors, a normalised event label (e.g. "phone-call"),
 * salient content terms (stemmed) for grouping, the time expression as written, and modality.
 */
public record Proposition(
        List<String> actors,
        String event,
        List<String> terms,
        String timeExpression,
        Modality modality) {
    public Proposition {
        actors = List.copyOf(actors);
        terms = List.copyOf(terms);
    }
}
