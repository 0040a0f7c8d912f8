package org.storywire.bench;

import java.util.List;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.event.ArticleSignature;
import org.storywire.event.EventIndex;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSignatures;
import org.storywire.event.InMemoryEventStore;

/**
 * Event grouping alone, in process: the signature of each cleaned article (what the extraction
 * threads compute), then every signature assigned in turn by one {@link EventIndex}, as the single
 * assign-event task does. Cleaning is off the clock; it is part of extraction.
 */
final class EventGroupingBench {
    record Result(int articles, double signSeconds, double assignSeconds, int events) {}

    private EventGroupingBench() {}

    static Result run(List<Article> input) {
        Cleaner cleaner = new Cleaner();
        var cleaned = input.stream().map(cleaner::clean).toList();
        EventSignatures signatures = new EventSignatures();
        long start = System.nanoTime();
        List<ArticleSignature> signed = cleaned.stream().map(signatures::of).toList();
        double signSeconds = (System.nanoTime() - start) / 1e9;
        EventIndex index = new EventIndex(EventSettings.defaults(), new InMemoryEventStore());
        start = System.nanoTime();
        for (ArticleSignature s : signed) index.assign(s);
        double assignSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(signed.size(), signSeconds, assignSeconds, index.size());
    }
}
