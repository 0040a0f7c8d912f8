package org.storywire.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Statement;
import org.storywire.clean.Article;
import org.storywire.event.ArticleSignature;
import org.storywire.event.EventSignatures;
import org.storywire.story.StoryGrouper;
import org.storywire.story.StoryKey;
import org.storywire.story.StoryStatement;

/**
 * Article -> statements, each assigned to its story and keyed by story id. Grouping is decided
 * inside the article (see {@link StoryGrouper}), so it happens here, on the article's partition.
 * An update of an article first withdraws what its earlier version said (one retraction per story
 * it touched), then publishes the new statements; a tombstone only withdraws. Each new version also
 * sends the article's event signature (and its story ids) to event assignment; a tombstone sends a
 * tombstone there.
 */
final class ExtractStatementsProcessor implements Processor<String, RawArticle, String, Object> {
    /**
     * Ingest's default maximum file size, far beyond any news article; a longer article goes to the
     * dead-letter topic with the reason. Analysis must stay well inside max.poll.interval.ms, or
     * the record would be retried forever.
     */
    static final int MAX_BODY_CHARS = 10 * 1024 * 1024;

    private final ArticleAnalyzer analyzer;
    private final StoryGrouper grouper;
    private final TimeWindow window;
    private final EventSignatures signatures = new EventSignatures(); // per task: not shared between threads
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, ArticleStatements> articles;

    ExtractStatementsProcessor(ArticleAnalyzer analyzer, StoryGrouper grouper, TimeWindow window) {
        this.analyzer = analyzer;
        this.grouper = grouper;
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.articles = context.getStateStore(TopologyNames.ARTICLE_STATEMENTS_STORE);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        String articleId = record.key();
        if (articleId == null || articleId.isEmpty()) {
            throw new IllegalArgumentException("article record without an id (key)");
        }
        if (!window.contains(record.timestamp())) return; // a replay of part of the log
        RawArticle raw = record.value();
        if (raw != null && raw.getBody().length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("article body of " + raw.getBody().length() + " characters is over the limit of "
                    + MAX_BODY_CHARS + " the processor analyses");
        }
        ArticleStatements previous = articles.get(articleId);
        if (raw != null && previous != null && previous.contentHash().equals(raw.getContentHash())) {
            return; // the same version again: nothing new to say
        }
        if (previous != null) withdraw(previous, record);
        if (raw == null) {
            articles.delete(articleId);
            context.forward(sourced(record.withValue(null)), TopologyNames.ARTICLE_SIGNATURES_SINK);
            return;
        }
        Article article = AvroMapping.article(raw);
        ArticleAnalyzer.Analysis analysis = analyzer.analyse(article);
        List<StoryStatement> published = new ArrayList<>();
        Set<String> storyIds = new LinkedHashSet<>();
        for (StoryStatement s : ArticleStories.of(analysis, grouper)) {
            Statement avro = StoryMapping.toAvro(s);
            // Kept as the fold will read it, so that what the API lists of an article is what its stories folded.
            published.add(StoryMapping.fromAvro(avro));
            storyIds.add(s.storyId());
            context.forward(record.withKey(s.storyId()).withValue(avro), TopologyNames.STATEMENTS_SINK);
        }
        articles.put(articleId, new ArticleStatements(articleId, raw.getContentHash(), published));
        // Every article joins one event: its signature goes to event assignment (one partition).
        ArticleSignature signature = boundedTitle(signatures.of(analysis.document()));
        context.forward(sourced(record.withValue(new SignedArticle(signature, List.copyOf(storyIds)))), TopologyNames.ARTICLE_SIGNATURES_SINK);
    }

    /** Names the article's place in articles.raw, by which event assignment orders signatures ({@link OrderSignaturesProcessor}). */
    private <V> Record<String, V> sourced(Record<String, V> signature) {
        Headers headers = new RecordHeaders(signature.headers().toArray());
        context.recordMetadata().ifPresent(m -> headers.remove(OrderSignaturesProcessor.SOURCE_HEADER)
                .add(OrderSignaturesProcessor.SOURCE_HEADER, OrderSignaturesProcessor.sourceValue(m.partition(), m.offset())));
        return signature.withHeaders(headers);
    }

    /** Longer than any headline; the title becomes an event's label, which travels with every event record. */
    static final int MAX_SIGNATURE_TITLE_CHARS = 500;

    private static ArticleSignature boundedTitle(ArticleSignature s) {
        if (s.title() == null || s.title().length() <= MAX_SIGNATURE_TITLE_CHARS) return s;
        return new ArticleSignature(s.articleId(), s.outlet(), s.language(), s.title().substring(0, MAX_SIGNATURE_TITLE_CHARS),
                s.published(), s.entities(), s.terms());
    }

    /** One retraction per story family the earlier version reached (the fold works per family). */
    private void withdraw(ArticleStatements previous, Record<String, RawArticle> record) {
        Map<String, StoryStatement> firstPerFamily = new LinkedHashMap<>();
        for (StoryStatement s : previous.statements()) firstPerFamily.putIfAbsent(StoryKey.familyOf(s.storyId()), s);
        for (StoryStatement s : firstPerFamily.values()) {
            Statement retraction = Statement.newBuilder(StoryMapping.toAvro(s)).setRetracted(true).build();
            context.forward(record.withKey(s.storyId()).withValue(retraction), TopologyNames.STATEMENTS_SINK);
        }
    }
}
