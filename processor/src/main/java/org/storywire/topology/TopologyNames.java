package org.storywire.topology;

/**
 * Every processor, store and internal topic of the topology is named here, so that names are
 * stable across versions (state and internal topics are found by name after an upgrade) and a
 * test can fail on any name Kafka Streams would otherwise generate.
 */
public final class TopologyNames {
    private TopologyNames() {}

    public static final String ARTICLES_SOURCE = "articles-source";
    public static final String EXTRACT_STATEMENTS = "extract-statements";
    public static final String STATEMENTS_SINK = "statements-sink";
    public static final String STATEMENTS_SOURCE = "statements-source";
    public static final String FOLD_STORY = "fold-story";
    public static final String STORIES_SINK = "stories-sink";
    public static final String STORY_UPDATES_SINK = "story-updates-sink";
    public static final String ARTICLE_SIGNATURES_SINK = "article-signatures-sink";
    public static final String ARTICLE_SIGNATURES_SOURCE = "article-signatures-source";
    public static final String ORDER_SIGNATURES = "order-signatures";
    public static final String ASSIGN_EVENT = "assign-event";
    public static final String EVENTS_SINK = "events-sink";

    /** articleId -> ArticleStatements: what the last version of each article yielded, as the fold received it. */
    public static final String ARTICLE_STATEMENTS_STORE = "article-statements";
    /** family id + sort key -> StoryStatement: every statement of a family, in event-time order. */
    public static final String STORY_STATEMENTS_STORE = "story-statements";
    /** family id -> StoryFamilyKeys: the stories of one event among the same sides, whoever reported them. */
    public static final String STORY_FAMILIES_STORE = "story-families";
    /**
     * family id + story id -> StoryState: the family's shared responses, and each story's fold over its own statements
     * where that is not the story as published (see {@link FamilyStore}).
     */
    public static final String STORY_FOLDS_STORE = "story-folds";
    /** family id + part + article id -> ArticleLedger: what each article contributed to each story (part: a story id or the shared responses). */
    public static final String STORY_LEDGERS_STORE = "story-ledgers";
    /** family id + part + sketch hash, sketch class, class and source, or source -> CopyEntry: each story's copy index, from which independent sources are kept counted. */
    public static final String STORY_COPIES_STORE = "story-copies";
    /** storyId -> StoryState: the materialised view, as published, but for its timeline. */
    public static final String STORY_STATE_STORE = "story-state";
    /** story id + time + article -> TimelineGroup: each story's timeline, the entries of one article at one time per key (see {@link StoryTimelines}). */
    public static final String STORY_TIMELINE_STORE = "story-timeline";

    /** articles.raw partition:offset -> the signature waiting for its turn in the merge of the partitions (see {@link OrderSignaturesProcessor}). */
    public static final String SIGNATURE_ORDER_STORE = "signature-order";
    /** event id -> EventSummary: the active events, from which the event index is rebuilt. */
    public static final String EVENTS_STORE = "event-summaries";
    /** feature -> the ids of the active events holding it, joined by NUL, while at most maxPostings do: the event index's postings, one read a feature. */
    public static final String EVENT_POSTING_LISTS_STORE = "event-posting-lists";
    /** feature -> how many active events hold it, and feature + NUL + event id -> 1 while it is too common to be listed. */
    public static final String EVENT_POSTINGS_STORE = "event-postings";
    /** expiry key (last seen, event id) -> event id: the active events in the order they age out. */
    public static final String EVENT_EXPIRY_STORE = "event-expiry";
    /** article id -> the key of its member in event-members (event id NUL sequence): the event each article joined. */
    public static final String ARTICLE_EVENTS_STORE = "article-events";
    /** event id NUL sequence -> EventMembers.Member: the event's latest articles (at most 500) with their story ids, one key each. */
    public static final String EVENT_MEMBERS_STORE = "event-members";
    /** event id -> EventMembers.Head: the count and sequences of the event's members. */
    public static final String EVENT_MEMBER_HEADS_STORE = "event-member-heads";
}
