package org.storywire.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.storywire.event.EventSummary;
import org.storywire.topology.ArticleStatements;
import org.storywire.topology.EventMembers;
import org.storywire.story.StoryState;
import org.storywire.query.QueryExceptions.NotFound;
import org.storywire.query.QueryExceptions.NotReady;
import org.storywire.query.QueryExceptions.NotYet;
import org.storywire.topology.FamilyPartitioner;
import org.storywire.topology.StoryTimelines;
import org.storywire.topology.TimelineGroup;
import org.storywire.topology.TopologyNames;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Answers story queries from the Kafka Streams state stores, wherever they live: a key is looked
 * up on the instance that owns its partition (found through the streams metadata), and a list
 * is gathered from every instance. Forwarded requests carry {@link #FORWARDED_HEADER} and are
 * answered from local state only, so a request never travels twice.
 */
public final class StoryQueryService {
    public static final String FORWARDED_HEADER = "X-Storywire-Forwarded";

    private final KafkaStreams streams;
    private final HostInfo self;
    private final AsOfFold asOfFold;
    private final PrecisionLookup precisions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json;
    private final String scheme;
    private final String apiToken;

    /** Rebuilds a story's state from its statements up to a time (the story package's fold). */
    @FunctionalInterface
    public interface AsOfFold {
        Optional<StoryState> storyAsOf(KafkaStreams streams, String storyId, Instant asOf);
    }

    /** How precise the times of a story's statements are (the topology's statement store). */
    @FunctionalInterface
    public interface PrecisionLookup {
        DtoMapper.Precisions of(KafkaStreams streams, String storyId);
    }

    /** Either a local answer or the body another instance gave. */
    public sealed interface Answer<T> {
        record Local<T>(T value) implements Answer<T> {}
        record Forwarded<T>(int status, String body) implements Answer<T> {}
    }

    /**
     * @param scheme how the other instances are reached: {@code http}, or {@code https} when they serve TLS
     * @param apiToken the token their APIs require, or empty
     */
    public StoryQueryService(KafkaStreams streams, HostInfo self, AsOfFold asOfFold, PrecisionLookup precisions, ObjectMapper json,
                             String scheme, String apiToken) {
        this.streams = streams;
        this.self = self;
        this.asOfFold = asOfFold;
        this.precisions = precisions;
        this.json = json;
        this.scheme = scheme;
        this.apiToken = apiToken;
    }

    public boolean ready() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public Answer<Dtos.Story> story(String storyId, Instant asOf, String pathAndQuery, boolean forwarded) {
        HostInfo owner = ownerOf(TopologyNames.STORY_STATE_STORE, storyId, FamilyPartitioner.INSTANCE);
        if (!owner.equals(self)) {
            if (forwarded) throw new NotReady("this instance no longer owns story " + storyId);
            return forward(owner, pathAndQuery);
        }
        StoryState current = localStore(TopologyNames.STORY_STATE_STORE, StoryState.class).get(storyId);
        Optional<StoryState> state = asOf == null ? Optional.ofNullable(current).map(this::withTimeline)
                : fromStores(() -> asOfFold.storyAsOf(streams, storyId, asOf));
        if (state.isEmpty() && current != null && current.firstSeen() != null && asOf.isBefore(current.firstSeen())) {
            throw new NotYet("story " + storyId + " did not exist yet at " + asOf + "; it was first seen at " + current.firstSeen(),
                    current.firstSeen());
        }
        StoryState found = state.orElseThrow(() -> new NotFound("no story " + storyId));
        return new Answer.Local<>(DtoMapper.withEvent(DtoMapper.story(found, asOf, fromStores(() -> precisions.of(streams, storyId))),
                eventOfArticle(DtoMapper.earliestArticle(found))));
    }

    // ---------------------------------------------------------------- events

    /**
     * The instance running event assignment: its input topic has one partition, so every key maps
     * to the same task and any key finds it.
     */
    private HostInfo eventsOwner() {
        return ownerOf(TopologyNames.EVENTS_STORE, "events", null);
    }

    /** Answers here when this instance runs event assignment, else asks the one that does (a forwarded request must not travel on). */
    private <T> Answer<T> atEventsOwner(String pathAndQuery, boolean forwarded, Supplier<Answer<T>> here) {
        HostInfo owner = eventsOwner();
        if (!owner.equals(self)) {
            if (forwarded) throw new NotReady("this instance no longer runs event assignment");
            return forward(owner, pathAndQuery);
        }
        return here.get();
    }

    /** Most stories an event in a list shows; the rest are on its own page. */
    static final int MAX_LISTED_EVENT_STORIES = 20;

    /**
     * A page of the active events, newest last article first; answered by the one instance that holds them.
     * Events are tested against the filter in page order, so a status or actor filter looks up the stories of
     * only as many events as it takes to fill the page.
     */
    public Answer<Dtos.EventPage> events(EventFilter filter, String pathAndQuery, boolean forwarded) {
        return atEventsOwner(pathAndQuery, forwarded, () -> eventsHere(filter));
    }

    private Answer<Dtos.EventPage> eventsHere(EventFilter filter) {
        List<EventSummary> candidates = new ArrayList<>();
        try (KeyValueIterator<String, EventSummary> it = localStore(TopologyNames.EVENTS_STORE, EventSummary.class).all()) {
            while (it.hasNext()) {
                EventSummary e = it.next().value;
                if (e != null && filter.matches(e)) candidates.add(e);
            }
        }
        candidates.sort(Comparator.comparingLong((EventSummary e) -> StoryFilter.millis(e.lastSeen())).reversed()
                .thenComparing(EventSummary::id));
        ReadOnlyKeyValueStore<String, EventMembers.Member> members = localStore(TopologyNames.EVENT_MEMBERS_STORE, EventMembers.Member.class);
        Map<String, Optional<Dtos.Story>> known = new HashMap<>(); // a story of several events is looked up once
        List<Dtos.Event> page = new ArrayList<>();
        EventSummary last = null;
        String next = null;
        for (EventSummary e : candidates) {
            List<String> storyIds = storyIdsOf(EventMembers.of(members, e.id()));
            Map<String, Optional<Dtos.Story>> shown;
            if (filter.asksAboutStories()) {
                Map<String, Optional<Dtos.Story>> all = lookUp(storyIds, known);
                if (!filter.matchesStories(all.values().stream().flatMap(Optional::stream).toList())) continue;
                shown = firstListed(all, filter);
            } else {
                shown = lookUp(storyIds.subList(0, Math.min(MAX_LISTED_EVENT_STORIES, storyIds.size())), known);
            }
            if (page.size() == filter.limit()) {
                next = new StoryFilter.Cursor(StoryFilter.millis(last.lastSeen()), last.id()).encode();
                break;
            }
            page.add(DtoMapper.event(e, storyIds.size(), shown));
            last = e;
        }
        return new Answer.Local<>(new Dtos.EventPage(List.copyOf(page), next));
    }

    /** The stories an event lists: those that made it match first, then the rest, newest article first. */
    private static Map<String, Optional<Dtos.Story>> firstListed(Map<String, Optional<Dtos.Story>> all, EventFilter filter) {
        Map<String, Optional<Dtos.Story>> listed = new LinkedHashMap<>();
        all.forEach((id, s) -> { if (s.filter(filter::isMatchingStory).isPresent()) listed.put(id, s); });
        all.forEach((id, s) -> { if (listed.size() < MAX_LISTED_EVENT_STORIES) listed.putIfAbsent(id, s); });
        return listed;
    }

    /** Most stories an event answer lists (each may be looked up on another instance). */
    static final int MAX_EVENT_STORIES = 200;

    /** Story ids of an event's latest articles, newest first, at most {@link #MAX_EVENT_STORIES}. */
    private static List<String> storyIdsOf(List<EventMembers.Member> members) {
        List<String> ids = EventMembers.storyIds(members);
        return ids.subList(0, Math.min(MAX_EVENT_STORIES, ids.size()));
    }

    /** The stories in the order given, each looked up once per answer ({@code known}). */
    private Map<String, Optional<Dtos.Story>> lookUp(List<String> storyIds, Map<String, Optional<Dtos.Story>> known) {
        Map<String, Optional<Dtos.Story>> found = new LinkedHashMap<>();
        for (String id : storyIds) found.put(id, known.computeIfAbsent(id, this::brief));
        return found;
    }

    /** One event with the stories of its latest articles. */
    public Answer<Dtos.EventDetail> event(String eventId, String pathAndQuery, boolean forwarded) {
        return atEventsOwner(pathAndQuery, forwarded, () -> eventHere(eventId));
    }

    private Answer<Dtos.EventDetail> eventHere(String eventId) {
        EventSummary e = localStore(TopologyNames.EVENTS_STORE, EventSummary.class).get(eventId);
        if (e == null) throw new NotFound("no event " + eventId);
        List<EventMembers.Member> members = EventMembers.of(localStore(TopologyNames.EVENT_MEMBERS_STORE, EventMembers.Member.class), eventId);
        List<String> articleIds = new ArrayList<>();
        for (int i = members.size() - 1; i >= 0; i--) articleIds.add(members.get(i).articleId());
        return new Answer.Local<>(DtoMapper.eventDetail(e, articleIds, lookUp(storyIdsOf(members), new HashMap<>())));
    }

    /** The event an article joined. */
    public Answer<Dtos.ArticleEvent> articleEvent(String articleId, String pathAndQuery, boolean forwarded) {
        return atEventsOwner(pathAndQuery, forwarded, () -> articleEventHere(articleId));
    }

    private Answer<Dtos.ArticleEvent> articleEventHere(String articleId) {
        String memberKey = localStore(TopologyNames.ARTICLE_EVENTS_STORE, String.class).get(articleId);
        if (memberKey == null) throw new NotFound("no event known for article " + articleId);
        return new Answer.Local<>(new Dtos.ArticleEvent(articleId, EventMembers.eventOf(memberKey)));
    }

    /** The event of an article wherever assignment runs, or null when none is known (yet). */
    private String eventOfArticle(String articleId) {
        if (articleId == null) return null;
        try {
            Answer<Dtos.ArticleEvent> answer = articleEvent(articleId,
                    "/api/articles/" + java.net.URLEncoder.encode(articleId, java.nio.charset.StandardCharsets.UTF_8) + "/event", false);
            if (answer instanceof Answer.Local<Dtos.ArticleEvent> local) return local.value().eventId();
            Answer.Forwarded<Dtos.ArticleEvent> forwarded = (Answer.Forwarded<Dtos.ArticleEvent>) answer;
            if (forwarded.status() != 200) return null;
            return json.readValue(forwarded.body(), Dtos.ArticleEvent.class).eventId();
        } catch (NotFound | NotReady | java.io.IOException e) {
            return null; // the story is answered without its event rather than not at all
        }
    }

    /** A story's current state for an event's list: local when this instance owns it, else asked of its owner. */
    private Optional<Dtos.Story> brief(String storyId) {
        try {
            HostInfo owner = ownerOf(TopologyNames.STORY_STATE_STORE, storyId, FamilyPartitioner.INSTANCE);
            if (owner.equals(self)) {
                StoryState state = localStore(TopologyNames.STORY_STATE_STORE, StoryState.class).get(storyId);
                return state == null ? Optional.empty()
                        : Optional.of(DtoMapper.story(withTimeline(state), null, precisions.of(streams, storyId)));
            }
            return current(storyId);
        } catch (NotReady e) {
            return Optional.empty();
        }
    }

    /** The current state of a story wherever it lives; empty when there is none (for alert matching). */
    public Optional<Dtos.Story> current(String storyId) {
        Answer<Dtos.Story> answer = story(storyId, null, "/api/stories/" + java.net.URLEncoder.encode(storyId,
                java.nio.charset.StandardCharsets.UTF_8), false);
        if (answer instanceof Answer.Local<Dtos.Story> local) return Optional.of(local.value());
        Answer.Forwarded<Dtos.Story> forwarded = (Answer.Forwarded<Dtos.Story>) answer;
        if (forwarded.status() != 200) return Optional.empty();
        try {
            return Optional.of(json.readValue(forwarded.body(), Dtos.Story.class));
        } catch (java.io.IOException e) {
            throw new NotReady("the owner of story " + storyId + " sent an unreadable story");
        }
    }

    public Answer<List<Dtos.Statement>> statementsOfArticle(String articleId, String pathAndQuery, boolean forwarded) {
        HostInfo owner = ownerOf(TopologyNames.ARTICLE_STATEMENTS_STORE, articleId, null);
        if (!owner.equals(self)) {
            if (forwarded) throw new NotReady("this instance no longer owns article " + articleId);
            return forward(owner, pathAndQuery);
        }
        ArticleStatements found = localStore(TopologyNames.ARTICLE_STATEMENTS_STORE, ArticleStatements.class).get(articleId);
        if (found == null) throw new NotFound("no article " + articleId);
        return new Answer.Local<>(found.statements().stream().map(DtoMapper::statement).toList());
    }

    /** One page of stories from every instance, newest first. */
    public Dtos.StoryPage list(StoryFilter filter, boolean forwarded) {
        List<Dtos.StorySummary> all = new ArrayList<>(localPage(filter));
        if (!forwarded) {
            for (StreamsMetadata instance : streams.metadataForAllStreamsClients()) {
                if (instance.hostInfo().equals(self)) continue;
                all.addAll(remotePage(instance.hostInfo(), filter).items());
            }
        }
        all.sort(PAGE_ORDER);
        List<Dtos.StorySummary> page = all.subList(0, Math.min(filter.limit(), all.size()));
        String next = null;
        if (all.size() > filter.limit()) {
            Dtos.StorySummary last = page.get(page.size() - 1);
            next = new StoryFilter.Cursor(StoryFilter.millis(last.lastUpdated()), last.id()).encode();
        }
        return new Dtos.StoryPage(List.copyOf(page), next);
    }

    /** Newest change first (a story with no known time last), then by id: the order cursors follow. */
    private static final Comparator<Dtos.StorySummary> PAGE_ORDER =
            Comparator.comparingLong((Dtos.StorySummary s) -> StoryFilter.millis(s.lastUpdated())).reversed()
                    .thenComparing(Dtos.StorySummary::id);

    private List<Dtos.StorySummary> localPage(StoryFilter filter) {
        List<Dtos.StorySummary> matches = new ArrayList<>();
        ReadOnlyKeyValueStore<String, TimelineGroup> timelines = localStore(TopologyNames.STORY_TIMELINE_STORE, TimelineGroup.class);
        try (KeyValueIterator<String, StoryState> it = localStore(TopologyNames.STORY_STATE_STORE, StoryState.class).all()) {
            while (it.hasNext()) {
                StoryState stored = it.next().value;
                if (stored == null) continue;
                StoryState s = StoryTimelines.withTimeline(timelines, stored);
                if (filter.matches(s)) matches.add(DtoMapper.summary(s));
            }
        }
        matches.sort(PAGE_ORDER);
        // One more than asked, so the caller can tell whether a next page exists.
        return matches.subList(0, Math.min(filter.limit() + 1, matches.size()));
    }

    private Dtos.StoryPage remotePage(HostInfo host, StoryFilter filter) {
        Answer.Forwarded<Dtos.StoryPage> answer = forward(host, "/api/stories?" + filter.toQueryString());
        if (answer.status() != 200) throw new NotReady("instance " + host + " answered " + answer.status());
        try {
            return json.readValue(answer.body(), Dtos.StoryPage.class);
        } catch (java.io.IOException e) {
            throw new NotReady("instance " + host + " sent an unreadable page");
        }
    }

    /** The instance whose task holds {@code key}; {@code partitioner} null means Kafka's default. */
    private HostInfo ownerOf(String store, String key, StreamPartitioner<String, Object> partitioner) {
        if (!ready()) throw new NotReady("stores are " + streams.state());
        KeyQueryMetadata metadata = partitioner == null
                ? streams.queryMetadataForKey(store, key, Serdes.String().serializer())
                : streams.queryMetadataForKey(store, key, partitioner);
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new NotReady("the owner of " + key + " is not known yet");
        }
        return metadata.activeHost();
    }

    /** What the topology reads from its stores; 503 while they are rebalancing or restoring. */
    private static <T> T fromStores(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException e) {
            throw new NotReady("stores are not queryable: " + e.getMessage());
        }
    }

    /** A story as story-state holds it, with its timeline from this instance's story-timeline. */
    private StoryState withTimeline(StoryState stored) {
        return fromStores(() -> StoryTimelines.withTimeline(localStore(TopologyNames.STORY_TIMELINE_STORE, TimelineGroup.class), stored));
    }

    private <V> ReadOnlyKeyValueStore<String, V> localStore(String name, Class<V> valueType) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new NotReady("store " + name + " is not queryable: " + e.getMessage());
        }
    }

    private <T> Answer.Forwarded<T> forward(HostInfo host, String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scheme + "://" + host.host() + ":" + host.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(5))
                .header(FORWARDED_HEADER, "1")
                .GET();
        // The instances of one application share the token; the caller's was checked here already.
        if (!apiToken.isEmpty()) request.header("Authorization", "Bearer " + apiToken);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer.Forwarded<>(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new NotReady("instance " + host + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("interrupted while asking " + host);
        }
    }
}
