package org.storywire.platform.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.storywire.avro.AttributionKind;
import org.storywire.avro.Evidence;
import org.storywire.avro.Modality;
import org.storywire.avro.PartyPosition;
import org.storywire.avro.Proposition;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Speaker;
import org.storywire.avro.SpeakerKind;
import org.storywire.avro.Stance;
import org.storywire.avro.Standing;
import org.storywire.avro.Statement;
import org.storywire.avro.StoryState;
import org.storywire.avro.StoryStatus;
import org.storywire.avro.StoryUpdate;
import org.storywire.avro.TimePrecision;
import org.storywire.avro.TimelineEntry;

/** One fully populated instance of each record contract, from the seeds' phone-call story. */
final class SampleRecords {
    static final Instant PUBLISHED = Instant.ofEpochMilli(1_731_312_060_000L);

    private SampleRecords() {
    }

    static RawArticle rawArticle() {
        return RawArticle.newBuilder()
                .setId("003").setSource("files").setOutlet("tagesschau.de").setUrl("https://example.org/003")
                .setTitle("Kreml dementiert Telefonat").setBody("„Es gab kein Gespräch“, sagte Peskow.")
                .setLanguage("de").setPublished(PUBLISHED).setPublishedPrecision(TimePrecision.MINUTE)
                .setFetched(PUBLISHED.plusSeconds(60)).setContentHash("c0ffee").setFeed("seeds/003.txt")
                .build();
    }

    static Evidence evidence() {
        return Evidence.newBuilder().setArticleId("003").setSentence("„Es gab kein Gespräch“, sagte Peskow.")
                .setSentenceBegin(0).setSentenceEnd(36).setContentBegin(1).setContentEnd(20).build();
    }

    static Statement statement() {
        return Statement.newBuilder()
                .setStoryId("trump-putin-call").setArticleId("003").setOrdinal(0).setOutlet("tagesschau.de")
                .setSpeaker(Speaker.newBuilder().setMention("Peskow").setMentionBegin(29).setMentionEnd(35)
                        .setCanonical("Dmitri Peskow").setAffiliation("Wladimir Putin").setKind(SpeakerKind.PERSON)
                        .build())
                .setStance(Stance.DENIAL).setAttribution(AttributionKind.DIRECT_QUOTE).setStanding(Standing.PARTY)
                .setProposition(Proposition.newBuilder().setActors(List.of("Donald Trump", "Wladimir Putin"))
                        .setEvent("phone call").setTerms(List.of("telefoniert")).setModality(Modality.PAST_EVENT)
                        .build())
                .setCue("sagte").setEvidence(evidence()).setMadeAt(PUBLISHED)
                .setMadeAtPrecision(TimePrecision.MINUTE).setConfidence(0.9).setRetracted(false)
                .build();
    }

    static TimelineEntry timelineEntry() {
        return TimelineEntry.newBuilder().setAt(PUBLISHED).setSpeaker("Dmitri Peskow").setParty("Wladimir Putin")
                .setStance(Stance.DENIAL).setStanding(Standing.PARTY).setOutlet("tagesschau.de").setOrdinal(0)
                .setEvidence(evidence()).build();
    }

    static StoryState storyState() {
        return StoryState.newBuilder()
                .setStoryId("trump-putin-call").setTitle("Trump and Putin spoke by phone").setEvent("phone call")
                .setActors(List.of("Donald Trump", "Wladimir Putin")).setStatus(StoryStatus.DENIED)
                .setPositions(List.of(PartyPosition.newBuilder().setParty("Wladimir Putin").setStance(Stance.DENIAL)
                        .setStanding(Standing.PARTY).setSpeaker("Dmitri Peskow").setArticleId("003")
                        .setAt(PUBLISHED).build()))
                .setStatementCount(2).setOutlets(Map.of("tagesschau.de", 1))
                .setIndependentSources(1).setFirstSeen(PUBLISHED.minusSeconds(3600)).setLastUpdated(PUBLISHED)
                .setVersion(2).build();
    }

    static StoryUpdate storyUpdate() {
        return StoryUpdate.newBuilder()
                .setStoryId("trump-putin-call").setVersion(2).setTitle("Trump and Putin spoke by phone")
                .setStatus(StoryStatus.DENIED).setPreviousStatus(StoryStatus.UNCONFIRMED)
                .setChanges(List.of("status UNCONFIRMED -> DENIED")).setCause(timelineEntry()).setAt(PUBLISHED)
                .build();
    }
}
