package org.storywire.bench;

import java.util.List;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.event.ArticleSignature;
import org.storywire.event.EventIndex;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSignatures;
import org.storywire.event.InMemoryEventStore;
import org.storywire.extract.StatementExtractor;

/**
 * Event grouping alone, in process: the signature of each article's document (what the extraction
 * threads compute), then every signature assigned in turn by one {@link EventIndex}, as the single
 * assign-event task does. Cleaning and reading the document are off the clock: they are part of
 * extraction, which reads each article once for itself and for the signature.
 */
final class EventGroupingBench {
    record Result(int articles, double signSeconds, double assignSeconds, int events) {}

    private EventGroupingBench() {}

    static Result run(List<Article> input) {
        Cleaner cleaner = new Cleaner();
        StatementExtractor reader = new StatementExtractor();
        var documents = input.stream().map(cleaner::clean).map(reader::read).toList();
        EventSignatures signatures = new EventSignatures();
        long start = System.nanoTime();
        List<ArticleSignature> signed = documents.stream().map(signatures::of).toList();
        double signSeconds = (System.nanoTime() - start) / 1e9;
        EventIndex index = new EventIndex(EventSettings.defaults(), new InMemoryEventStore());
        start = System.nanoTime();
        for (ArticleSignature s : signed) index.assign(s);
        double assignSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(signed.size(), signSeconds, assignSeconds, index.size());
    }
}
