package org.storywire.extract;

/** An extractor for tests: an error inside extraction fails the test instead of being logged and passed over. */
final class FailingExtractor {
    private FailingExtractor() {}

    static StatementExtractor create() {
        return new StatementExtractor((id, error) -> {
            throw new AssertionError("extraction of article " + id + " stopped early", error);
        });
    }
}
