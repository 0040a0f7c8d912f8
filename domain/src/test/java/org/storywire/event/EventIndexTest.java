package org.storywire.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.StatementExtractor;

/** Event grouping on articles written for these tests (all names invented). */
class EventIndexTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final EventSignatures signatures = new EventSignatures();
    private final StatementExtractor reader = new StatementExtractor();

    private ArticleSignature sig(String id, String outlet, String language, Instant published, String title, String text) {
        return signatures.of(reader.read(new CleanArticle(id, outlet, "https://example.org/" + id, title, text, language, published, TimePrecision.SECOND)));
    }

    // --- a bid for a shipyard, reported by two outlets in different words
    private ArticleSignature bidA() {
        return sig("bid-a", "Harbour Post", "en", T0, "Brannik Holdings bids for Telvar shipyard",
                "Brannik Holdings has offered 800 million euros for the Telvar shipyard in Osterhaven, the company said on Monday.\n"
                        + "Chief executive Mira Castell said the takeover would secure jobs at the yard. Telvar's owners have not yet responded to the bid.\n"
                        + "The Osterhaven yard builds ferries and employs 2,400 people. Unions at Telvar said they wanted guarantees.\n"
                        + "Share this article\n");
    }

    private ArticleSignature bidB() {
        return sig("bid-b", "Daily Ledger", "en", T0.plus(Duration.ofHours(5)), "Telvar owners weigh Brannik takeover offer",
                "The owners of the Telvar shipyard are weighing an offer from Brannik Holdings, people familiar with the talks said.\n"
                        + "Brannik, led by Mira Castell, wants to buy the Osterhaven yard for about 800 million euros. The yard's unions demand job guarantees.\n"
                        + "Newsletter Sign Up\n");
    }

    // --- two unrelated events that both mention the same country
    private ArticleSignature flood() {
        return sig("flood", "Harbour Post", "en", T0.plus(Duration.ofHours(2)), "Floods force evacuations along the Ember river",
                "Heavy rain has pushed the Ember river over its banks, forcing hundreds of residents in Kalden to leave their homes, officials in Norland said.\n"
                        + "Rescue teams used boats to reach villages near Kalden. The Norland weather service expects more rain on Tuesday.\n");
    }

    private ArticleSignature transfer() {
        return sig("transfer", "Daily Ledger", "en", T0.plus(Duration.ofHours(3)), "Striker Dario Venn joins FC Rasmark",
                "FC Rasmark has signed striker Dario Venn from Lindholm United for a club record fee, the club said.\n"
                        + "Venn, who played for Norland at the last tournament, signed a four-year contract. Rasmark coach Ilse Marquardt welcomed the signing.\n");
    }

    @Test
    void theSameEventInTwoOutletsJoins() {
        EventIndex index = new EventIndex(new InMemoryEventStore());
        EventAssignment a = index.assign(bidA());
        EventAssignment b = index.assign(bidB());
        assertTrue(a.isNew());
        assertFalse(b.isNew(), "score " + b.score() + " / best other " + b.bestOtherScore());
        assertEquals(a.eventId(), b.eventId());
        assertEquals(2, b.event().articleCount());
        assertEquals(List.of("Daily Ledger", "Harbour Post"), b.event().outlets());
        assertTrue(b.event().entities().containsKey("brannik"));
        assertTrue(b.event().entities().containsKey("telvar"));
    }

    @Test
    void differentEventsSharingACountryStayApart() {
        EventIndex index = new EventIndex(new InMemoryEventStore());
        EventAssignment f = index.assign(flood());
        EventAssignment t = index.assign(transfer());
        assertTrue(f.event().entities().containsKey("norland"));
        assertTrue(t.event().entities().containsKey("norland"), t.event().entities().toString());
        assertNotEquals(f.eventId(), t.eventId());
        assertTrue(t.isNew());
        // and with the bid in the index, each follow-up still finds its own event
        EventAssignment a = index.assign(bidA());
        EventAssignment b = index.assign(bidB());
        assertEquals(a.eventId(), b.eventId());
        assertEquals(3, index.size());
    }

    @Test
    void anEnglishAndAGermanArticleWithTheSameNamesJoin() {
        EventIndex index = new EventIndex(new InMemoryEventStore());
        EventAssignment en = index.assign(bidA());
        index.assign(flood());
        EventAssignment de = index.assign(sig("bid-de", "Hafenblatt", "de", T0.plus(Duration.ofHours(8)),
                "Brannik will Werft von Telvar übernehmen",
                "Die Brannik Holdings bietet rund 800 Millionen Euro für die Werft von Telvar in Osterhaven. "
                        + "Konzernchefin Mira Castell sagte, die Übernahme sichere Arbeitsplätze. Die Gewerkschaften bei Telvar verlangen Garantien.\n"
                        + "Die Werft in Osterhaven baut Fähren und beschäftigt 2400 Menschen.\n"));
        assertFalse(de.isNew(), "score to the English event: " + de.bestOtherScore());
        assertEquals(en.eventId(), de.eventId());
        assertEquals(List.of("de", "en"), de.event().languages());
    }

    @Test
    void ageingDropsAQuietEvent() {
        EventSettings settings = EventSettings.defaults().withQuietPeriod(Duration.ofDays(7));
        InMemoryEventStore store = new InMemoryEventStore();
        EventIndex index = new EventIndex(settings, store);
        EventAssignment flood = index.assign(flood());
        index.assign(bidA());
        EventAssignment bidLater = index.assign(sig("bid-c", "Harbour Post", "en", T0.plus(Duration.ofDays(6)), "Telvar accepts Brannik bid",
                "The owners of the Telvar shipyard in Osterhaven accepted the offer from Brannik Holdings, Mira Castell said.\n"));
        assertTrue(bidLater.expired().isEmpty());
        // eight days after the flood, nothing new about it: the flood event goes, the bid (last seen on day 6) stays
        EventAssignment later = index.assign(transferAt(T0.plus(Duration.ofDays(8))));
        assertEquals(List.of(flood.eventId()), later.expired());
        assertNull(store.get(flood.eventId()));
        assertNull(index.event(flood.eventId()));
        assertEquals(2, store.size());
        // an article on the flood now founds a new event
        EventAssignment again = index.assign(sig("flood-2", "Harbour Post", "en", T0.plus(Duration.ofDays(8)), "Ember river floods Kalden again",
                "The Ember river flooded Kalden in Norland again, officials said.\n"));
        assertTrue(again.isNew());
    }

    private ArticleSignature transferAt(Instant t) {
        ArticleSignature s = transfer();
        return new ArticleSignature(s.articleId(), s.outlet(), s.language(), s.title(), t, s.entities(), s.terms());
    }

    @Test
    void idsAndLabelsAreDeterministic() {
        List<ArticleSignature> articles = List.of(bidA(), flood(), transfer(), bidB());
        List<String> first = run(articles);
        List<String> second = run(articles);
        assertEquals(first, second);
        assertEquals("ev-" + EventIndex.hash("bid-a"), first.get(0).split("\\|")[0]);
        assertTrue(first.get(0).endsWith("|Brannik Holdings bids for Telvar shipyard"), first.get(0));
    }

    private static List<String> run(List<ArticleSignature> articles) {
        EventIndex index = new EventIndex(new InMemoryEventStore());
        List<String> out = new ArrayList<>();
        for (ArticleSignature s : articles) {
            EventAssignment a = index.assign(s);
            out.add(a.eventId() + "|" + a.event().label());
        }
        return out;
    }

    @Test
    void theIndexIsRebuiltFromStoredSummaries() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        InMemoryEventStore store = new InMemoryEventStore();
        EventIndex index = new EventIndex(store);
        index.assign(bidA());
        index.assign(flood());
        // persist every summary as JSON and read it back into a fresh store, as a state store would
        InMemoryEventStore restored = new InMemoryEventStore();
        for (EventSummary e : store.all()) {
            EventSummary back = mapper.readValue(mapper.writeValueAsString(e), EventSummary.class);
            assertEquals(e, back);
            restored.put(back);
        }
        EventAssignment original = index.assign(bidB());
        EventAssignment rebuilt = new EventIndex(restored).assign(bidB());
        assertEquals(original.eventId(), rebuilt.eventId());
        assertEquals(original.score(), rebuilt.score(), 1e-12);
        assertEquals(original.event(), rebuilt.event());
    }

    @Test
    void aFeatureSharedByTheCandidatesHasItsIdfTakenOnceAnArticle() {
        EventIndex index = new EventIndex(EventSettings.defaults(), new InMemoryEventStore());
        for (int i = 0; i < 5; i++) {
            TreeMap<String, Double> entities = new TreeMap<>(Map.of("norland", 1.0, "name" + i, 3.0));
            TreeMap<String, Double> terms = new TreeMap<>(Map.of("dam", 1.0, "term" + i, 3.0, "word" + i, 3.0));
            assertTrue(index.assign(new ArticleSignature("a" + i, "o", "en", "t " + i, T0.plus(Duration.ofMinutes(i)), entities, terms)).isNew());
        }
        TreeMap<String, Double> entities = new TreeMap<>(Map.of("norland", 1.0));
        TreeMap<String, Double> terms = new TreeMap<>(Map.of("dam", 1.0));
        index.assign(new ArticleSignature("probe", "o", "en", "probe", T0.plus(Duration.ofMinutes(6)), entities, terms));
        assertEquals(5, index.lastCandidateCount(), "every event holds both features");
        // 5 centroids of 5 features each: 2 shared by all, 3 of each event's own
        assertEquals(2 + 5 * 3, index.lastIdfCount(), "one idf per distinct feature, not per feature of each centroid (25)");
    }

    @Test
    void costPerArticleIsBoundedWhateverTheNumberOfEvents() {
        EventSettings settings = EventSettings.defaults().withQuietPeriod(Duration.ofDays(100_000));
        EventIndex index = new EventIndex(settings, new InMemoryEventStore());
        // 3,000 distinct events, every one carrying the same common name and term
        for (int i = 0; i < 3000; i++) {
            TreeMap<String, Double> entities = new TreeMap<>(Map.of("norland", 1.0, "name" + i, 2.0));
            TreeMap<String, Double> terms = new TreeMap<>(Map.of("said", 1.0, "term" + i, 2.0, "word" + (i % 1000), 1.0));
            EventAssignment a = index.assign(new ArticleSignature("a" + i, "o", "en", "t " + i, T0.plus(Duration.ofMinutes(i)), entities, terms));
            assertTrue(a.isNew());
            assertTrue(index.lastCandidateCount() <= settings.maxCandidates());
        }
        assertEquals(3000, index.size());
        // an article sharing the common features and one rarer term: the common ones find no candidates (too many events)
        TreeMap<String, Double> entities = new TreeMap<>(Map.of("norland", 1.0));
        TreeMap<String, Double> terms = new TreeMap<>(Map.of("said", 1.0, "word7", 1.0));
        index.assign(new ArticleSignature("probe", "o", "en", "probe", T0.plus(Duration.ofDays(3)), entities, terms));
        assertEquals(3, index.lastCandidateCount(), "only the events holding word7 are scored");
    }
}
