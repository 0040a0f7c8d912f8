package org.storywire.topology;

import java.util.List;
import org.storywire.avro.AttributionKind;
import org.storywire.avro.Evidence;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Standing;
import org.storywire.avro.TextSpan;
import org.storywire.clean.Article;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Modality;
import org.storywire.extract.Proposition;
import org.storywire.extract.Span;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/** Between the Avro contracts on the topics and the plain domain records. */
public final class AvroMapping {
    private AvroMapping() {}

    public static Article article(RawArticle raw) {
        return new Article(raw.getId(), raw.getOutlet(), raw.getUrl(), raw.getTitle(), raw.getBody(), raw.getLanguage(),
                raw.getPublished(), TimePrecision.valueOf(raw.getPublishedPrecision().name()));
    }

    /**
     * The Avro statement's extraction part, still open: {@link StoryMapping#toAvro(org.storywire.story.StoryStatement)}
     * adds the article's and the story's part and builds it once.
     */
    static org.storywire.avro.Statement.Builder statementBuilder(Statement s, String storyId, Standing standing) {
        Span content = s.content() != null ? s.content() : s.sentence();
        Span sentence = s.sentence() != null ? s.sentence() : content;
        return org.storywire.avro.Statement.newBuilder()
                .setStoryId(storyId)
                .setArticleId(s.articleId())
                .setOrdinal(s.ordinal())
                .setSpeaker(speaker(s.speaker()))
                .setStance(org.storywire.avro.Stance.valueOf(s.stance().name()))
                .setAttribution(s.attribution() == null ? AttributionKind.UNKNOWN_ATTRIBUTION : AttributionKind.valueOf(s.attribution().name()))
                .setStanding(standing)
                .setProposition(proposition(s.proposition()))
                .setCue(s.cue())
                .setEvidence(Evidence.newBuilder()
                        .setArticleId(s.articleId())
                        .setSentence(s.sentenceText() == null ? "" : s.sentenceText())
                        .setSentenceBegin(sentence == null ? 0 : sentence.begin())
                        .setSentenceEnd(sentence == null ? 0 : sentence.end())
                        .setContentBegin(content == null ? 0 : content.begin())
                        .setContentEnd(content == null ? 0 : content.end())
                        .build())
                .setMadeAt(s.madeAt())
                .setMadeAtPrecision(s.madeAtPrecision() == null ? org.storywire.avro.TimePrecision.UNKNOWN
                        : org.storywire.avro.TimePrecision.valueOf(s.madeAtPrecision().name()))
                .setConfidence(s.confidence())
                .setRelayedBy(speaker(s.relayedBy()))
                .setQuoted(s.quoted().stream().map(AvroMapping::span).toList())
                .setQuestion(s.question() == null ? null : span(s.question()))
                .setRetracted(false);
    }

    private static org.storywire.avro.Speaker speaker(Speaker speaker) {
        if (speaker == null) return null;
        return org.storywire.avro.Speaker.newBuilder()
                .setMention(speaker.mention())
                .setMentionBegin(speaker.mentionSpan() == null ? null : speaker.mentionSpan().begin())
                .setMentionEnd(speaker.mentionSpan() == null ? null : speaker.mentionSpan().end())
                .setCanonical(speaker.canonical())
                .setAffiliation(speaker.affiliation())
                .setKind(speaker.kind() == null ? org.storywire.avro.SpeakerKind.UNKNOWN : org.storywire.avro.SpeakerKind.valueOf(speaker.kind().name()))
                .build();
    }

    private static TextSpan span(Span s) {
        return new TextSpan(s.begin(), s.end());
    }

    private static org.storywire.avro.Proposition proposition(Proposition p) {
        if (p == null) return null;
        return org.storywire.avro.Proposition.newBuilder()
                .setActors(List.copyOf(p.actors()))
                .setEvent(p.event())
                .setTerms(List.copyOf(p.terms()))
                .setTimeExpression(p.timeExpression())
                .setModality(p.modality() == null ? org.storywire.avro.Modality.UNKNOWN : org.storywire.avro.Modality.valueOf(p.modality().name()))
                .build();
    }

    public static Statement fromAvro(org.storywire.avro.Statement a) {
        Evidence e = a.getEvidence();
        return new Statement(a.getArticleId(), a.getOrdinal(), speaker(a.getSpeaker()),
                enumOr(Stance.class, a.getStance().name(), Stance.CLAIM),
                enumOr(Attribution.class, a.getAttribution().name(), Attribution.REPORTED),
                proposition(a.getProposition()),
                a.getCue(),
                new Span(e.getContentBegin(), e.getContentEnd()),
                new Span(e.getSentenceBegin(), e.getSentenceEnd()),
                e.getSentence(),
                a.getMadeAt(),
                enumOr(TimePrecision.class, a.getMadeAtPrecision().name(), TimePrecision.UNKNOWN),
                a.getConfidence(),
                speaker(a.getRelayedBy()),
                a.getQuoted().stream().map(q -> new Span(q.getBegin(), q.getEnd())).toList(),
                a.getQuestion() == null ? null : new Span(a.getQuestion().getBegin(), a.getQuestion().getEnd()));
    }

    private static Speaker speaker(org.storywire.avro.Speaker sp) {
        if (sp == null) return null;
        Span mention = sp.getMentionBegin() == null || sp.getMentionEnd() == null ? null
                : new Span(sp.getMentionBegin(), sp.getMentionEnd());
        return new Speaker(sp.getMention(), mention, sp.getCanonical(), sp.getAffiliation(),
                enumOr(SpeakerKind.class, sp.getKind().name(), SpeakerKind.UNKNOWN));
    }

    private static Proposition proposition(org.storywire.avro.Proposition p) {
        if (p == null) return null;
        return new Proposition(p.getActors(), p.getEvent(), p.getTerms(), p.getTimeExpression(),
                enumOr(Modality.class, p.getModality().name(), Modality.UNKNOWN));
    }

    /** Avro enums carry an extra UNKNOWN_* default symbol for evolution; map it to a domain fallback. */
    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
