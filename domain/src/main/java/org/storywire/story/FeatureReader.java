package org.storywire.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.clean.CalendarWords;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.story.ActorCatalog.Actor;
import org.storywire.story.ActorCatalog.Mention;

/**
 * Reads {@link Features} from a statement's own text: its content (what was said) first, the source
 * sentence when the content alone names no event. Works on sparse statements (gold statements carry
 * only a sentence, a speaker and a stance); the extractor's proposition actors only fill in sides
 * the text leaves open.
 */
public final class FeatureReader {

    private static final Set<String> INTENTION_WORDS = StoryWords.words("intention");
    private static final Set<String> BACK_REFERENCES = StoryWords.words("back-reference");
    private static final List<List<String>> BACK_REFERENCE_PHRASES = StoryWords.phrases("back-reference");
    // "der Bericht der Washington Post", "report by the Guardian": the outlet named as the origin of the claim.
    private static final Pattern REPORT_OF_BEFORE =
            Pattern.compile("(?iu)(?:bericht\\w*|recherchen|buch\\w*|angaben|report\\w*|story)\\s+(?:der|des|von|by|in|from)\\s+(?:the\\s+)?[„\"»«“]?\\s*$");
    private static final Pattern REPORT_OF_AFTER = Pattern.compile("(?iu)^[“\"«»]?\\s*(?:zufolge|-bericht|berichte|reported|reports)");
    private static final int TOPIC_STEMS = 3;
    private static final Set<String> DETACHED_CLAUSE_STARTS = StoryWords.words("detached-clause");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:]|\\s[–-]\\s");

    private final ActorCatalog catalog;

    public FeatureReader(ActorCatalog catalog) { this.catalog = catalog; }

    /**
     * The features of a statement of an article whose entities are known, read in the article's
     * language ({@code english}): actors the catalog does not list are the article's salient entities
     * the statement names, and a speaker the catalog does not list speaks for the entity the text ties
     * it to (see {@link OpenWorldSpeaker}).
     */
    public Features read(Statement statement, ArticleActors article, boolean english) {
        return read(statement, article, null, english);
    }

    /**
     * The same, knowing whom the statement just before spoke for ({@code previousSide}, null if none or
     * not adjacent): an office holder or "the party" naming no organisation speaks for it, if it is one.
     * The statement's sentence is tokenised once; its content and the clauses read below are parts of it.
     */
    public Features read(Statement statement, ArticleActors article, String previousSide, boolean english) {
        String sentence = statement.sentenceText() == null ? "" : statement.sentenceText();
        Words sentenceWords = TextAnalysis.words(sentence);
        int[] contentSpan = contentSpan(statement, sentence);
        Words contentWords = sentenceWords.part(contentSpan[0], contentSpan[1]);
        String content = contentWords.text();
        List<String> contentTokens = contentWords.all();
        List<String> sentenceTokens = sentenceWords.all();

        Optional<EventFrame> frame = EventFrame.detect(contentTokens);
        boolean frameFromSentence = frame.isEmpty() && !sentence.isEmpty();
        if (frameFromSentence) frame = EventFrame.detect(sentenceTokens);
        Words frameWords = frameFromSentence ? sentenceWords : contentWords;
        String frameText = frameWords.text();

        boolean response = statement.stance() != Stance.CLAIM;
        Optional<Actor> self = speakerSelf(statement.speaker());
        // a relayed statement's speaker is the responder already; its relay is a source, never a party
        Optional<Actor> principal = (response && statement.relayedBy() == null ? reportedResponder(self, sentence) : Optional.<Actor>empty())
                .or(() -> speakerPrincipal(statement.speaker(), self));
        String speakerSide = principal.map(Actor::side).or(() -> self.map(Actor::side)).orElse(null);
        // A speaker the alias file lists keeps what it says of it (a journalist: no side); only unlisted speakers are read from the text.
        Optional<ArticleActors.Entity> openSpeaker = speakerSide == null && self.isEmpty()
                ? OpenWorldSpeaker.speaksFor(statement.speaker(), article, previousSide) : Optional.empty();
        if (openSpeaker.isPresent()) speakerSide = openSpeaker.get().key();

        List<Mention> mentions = catalog.find(throughTriggerClause(frameWords));
        Set<String> actors = new LinkedHashSet<>();
        TreeSet<String> sides = new TreeSet<>();
        for (Mention m : mentions) {
            if (!m.actor().hasSide()) continue;
            actors.add(catalog.principal(m.actor(), statement.madeAt()).canonical());
            sides.add(m.actor().side());
        }
        // "the German unit", "Lührhaven's port operator LHLA": a listed country alone does not make a statement
        // about the article's own (unlisted) actors a listed one's.
        boolean onlyCountries = mentions.stream().filter(m -> m.actor().hasSide()).allMatch(m -> m.actor().kind() == ActorCatalog.Kind.COUNTRY);
        if (!sides.isEmpty() && onlyCountries && !salientNamed(article, frameText).isEmpty()) {
            sides.clear();
            actors.clear();
        }
        boolean openWorld = sides.isEmpty() && !article.bySalience().isEmpty();
        if (openWorld) {
            // Open-world actors: what the statement says names them; the speaker only counts where the content names it too.
            List<String> named = new ArrayList<>(salientNamed(article, frameText));
            if (frameFromSentence) named.removeIf(k -> !article.keysIn(content).contains(k) && speakerNames(statement.speaker(), article).contains(k));
            List<String> ownNames = speakerNames(statement.speaker(), article);
            for (String key : named) {
                // "Vorstandschef Lukas Ferner wollte sich nicht äußern": a person who names himself and speaks for an organisation
                // names that organisation, as an office holder the article ties to one does ("BA-Landeschefin Konstanze Rehfeld");
                // an organisation the speaker's mention names ("GND-Verhandlungsführerin Sanne Oltmanns") stays itself.
                boolean speakerHimself = ownNames.contains(key) && article.entity(key).map(ArticleActors.Entity::person).orElse(false);
                String side = openSpeaker.isPresent() && speakerHimself ? openSpeaker.get().key() : article.representative(key);
                sides.add(side);
                article.entity(side).ifPresent(e -> actors.add(e.name()));
            }
        }
        int needed = frame.map(f -> f.isRelational() ? 2 : 1).orElse(1);
        // The speaker first: who says "I will talk to him" takes part; the extractor's proposition actors
        // come from the wider context and only fill in what is still missing.
        if (sides.size() < needed && speakerSide != null) sides.add(speakerSide);
        if (sides.size() < needed && statement.proposition() != null) {
            for (String actor : statement.proposition().actors()) {
                if (sides.size() < needed) catalog.resolve(actor).filter(Actor::hasSide).ifPresent(a -> sides.add(a.side()));
            }
        }

        // "Demnach hätten beide ...": the pointer often stands before what the extractor took as content.
        boolean refersBack = refersBack(sentenceWords.in(0, throughContentEnd(statement, sentence)))
                || (response && (refersBack(sentenceTokens) || answersWithoutObject(statement, sentenceTokens)));

        // Event frames were written for listed actors' interactions; among open-world actors a frame word
        // ("Koalitionsgespräche", "getroffen") splits a story rather than naming it.
        if (openWorld) frame = Optional.empty();
        return new Features(
                frame.orElse(null),
                // "wollte das Telefonat nicht kommentieren": the modal belongs to declining, not to the event.
                // The whole sentence counts: "falls Trump anriefe, nähme Moskau den Hörer ab" is conditional
                // even where the statement's content is only its second half.
                statement.stance() != Stance.NO_COMMENT
                        && (contentTokens.stream().anyMatch(INTENTION_WORDS::contains) || sentenceTokens.stream().anyMatch(INTENTION_WORDS::contains)),
                sides,
                List.copyOf(actors),
                source(statement.speaker(), self, sentence).orElse(null),
                refersBack,
                self.map(Actor::canonical).orElseGet(() -> named(statement.speaker())),
                speakerSide,
                response,
                principal.map(a -> catalog.principal(a, statement.madeAt()).canonical())
                        .or(() -> openSpeaker.map(e -> OpenWorldSpeaker.party(statement.speaker(), e))).orElseGet(() -> named(statement.speaker())),
                frame.isPresent() ? List.of() : !sides.isEmpty() ? Quantities.keyOf(content) : topic(contentTokens, english),
                sentenceTokens);
    }

    /**
     * The article's salient entities (at least half as salient as its most salient one, three at most)
     * that {@code text} names: what a story about the article's news is about, without the places and
     * people mentioned in passing.
     */
    static List<String> salientNamed(ArticleActors article, String text) {
        List<ArticleActors.Entity> ranked = article.bySalience();
        if (ranked.isEmpty()) return List.of();
        int threshold = (ranked.get(0).salience() + 1) / 2;
        Set<String> salient = new LinkedHashSet<>();
        for (ArticleActors.Entity e : ranked) {
            if (e.salience() < threshold || salient.size() == SALIENT_ACTORS) break;
            if (!e.isReportSource() && !e.place()) salient.add(e.key());
        }
        List<String> named = article.keysIn(text).stream().filter(salient::contains).toList();
        // "die Verwaltung wolle das Bad schließen": an administration named by its common noun names its head.
        Optional<String> head = article.headOfAdministration(text).filter(salient::contains).filter(k -> !named.contains(k));
        if (head.isEmpty()) return named;
        List<String> withHead = new ArrayList<>(named);
        withHead.add(head.get());
        return List.copyOf(withHead);
    }

    private static final int SALIENT_ACTORS = 3;

    private static List<String> speakerNames(Speaker speaker, ArticleActors article) {
        if (speaker == null) return List.of();
        List<String> keys = new ArrayList<>(article.keysIn(speaker.mention()));
        keys.addAll(article.keysIn(speaker.canonical()));
        return keys;
    }

    /**
     * "Tass: Kreml dementiert Bericht": when the extractor names the outlet that relayed a denial, confirmation
     * or refusal as its speaker (a title label, a form no relay was read from), the actor that gave it is the one
     * named in the sentence. "Laut Tass dementierte der Kreml" has the Kremlin for its speaker and Tass for its relay.
     */
    private Optional<Actor> reportedResponder(Optional<Actor> self, String sentence) {
        if (self.isEmpty() || !self.get().isReportSource()) return Optional.empty();
        List<Mention> mentions = catalog.find(sentence).stream().filter(m -> m.actor().hasSide()).toList();
        return mentions.stream().filter(m -> m.actor().kind() != ActorCatalog.Kind.COUNTRY).findFirst()
                .or(() -> mentions.stream().findFirst()).map(Mention::actor);
    }

    /**
     * The text without the adverbial clauses that follow the event: "Kontakte zum Kreml-Herrscher,
     * ungeachtet des Krieges gegen die Ukraine" is about contacts with the Kremlin, not with Ukraine;
     * but in "falls Trump anriefe, nähme Moskau den Hörer ab" the second clause names a participant.
     */
    static String throughTriggerClause(Words words) {
        String text = words.text();
        // Most statements have no trigger word at all.
        if (!EventFrame.hasTriggerWord(words.all())) return text;
        Matcher boundary = CLAUSE_BOUNDARY.matcher(text);
        boolean triggerSeen = false;
        while (boundary.find()) {
            if (!triggerSeen) {
                triggerSeen = EventFrame.detect(words.in(0, boundary.start())).isPresent();
                if (!triggerSeen) continue;
            }
            List<String> next = words.in(boundary.end(), Math.min(text.length(), boundary.end() + 24));
            if (!next.isEmpty() && DETACHED_CLAUSE_STARTS.contains(next.get(0))) return text.substring(0, boundary.start());
        }
        return text;
    }

    /** Where the statement's content ends in its sentence: the sentence is read from its start up to there. */
    private static int throughContentEnd(Statement statement, String sentence) {
        if (statement.content() == null || statement.sentence() == null) return sentence.length();
        int end = statement.content().end() - statement.sentence().begin();
        return end <= 0 || end > sentence.length() ? sentence.length() : end;
    }

    /** The content span's text, cut from the sentence when the offsets allow, else the whole sentence. */
    static String contentText(Statement statement, String sentence) {
        int[] span = contentSpan(statement, sentence);
        return sentence.substring(span[0], span[1]);
    }

    /** The content span as [begin, end) of its sentence when the offsets allow, else the whole sentence. */
    private static int[] contentSpan(Statement statement, String sentence) {
        if (statement.content() == null || statement.sentence() == null) return new int[] {0, sentence.length()};
        int begin = statement.content().begin() - statement.sentence().begin();
        int end = statement.content().end() - statement.sentence().begin();
        if (begin < 0 || end > sentence.length() || begin >= end) return new int[] {0, sentence.length()};
        return new int[] {begin, end};
    }

    /** Who the speaker is: its canonical name or, failing that, the mention as written. */
    Optional<Actor> speakerSelf(Speaker speaker) {
        if (speaker == null) return Optional.empty();
        return catalog.resolve(speaker.canonical()).or(() -> catalog.resolve(speaker.mention()));
    }

    /** Whom the speaker speaks for: the affiliation the extractor found, else the speaker itself. */
    private Optional<Actor> speakerPrincipal(Speaker speaker, Optional<Actor> self) {
        if (speaker == null) return Optional.empty();
        return catalog.resolve(speaker.affiliation()).filter(Actor::hasSide).or(() -> self);
    }

    private static String named(Speaker speaker) {
        if (speaker == null) return "(unattributed)";
        if (speaker.canonical() != null && !speaker.canonical().isBlank()) return speaker.canonical();
        return speaker.mention() == null || speaker.mention().isBlank() ? "(unattributed)" : speaker.mention();
    }

    private Optional<String> source(Speaker speaker, Optional<Actor> actor, String sentence) {
        if (actor.isPresent() && actor.get().isReportSource()) return Optional.of(actor.get().canonical());
        if (actor.isEmpty() && speaker != null && speaker.kind() == SpeakerKind.MEDIA && speaker.canonical() != null) {
            return Optional.of(speaker.canonical());
        }
        for (Mention m : catalog.find(sentence)) {
            if (!m.actor().isReportSource()) continue;
            String before = sentence.substring(Math.max(0, m.begin() - 40), m.begin());
            String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 12));
            if (REPORT_OF_BEFORE.matcher(before).find() || REPORT_OF_AFTER.matcher(after).find()) return Optional.of(m.actor().canonical());
        }
        return Optional.empty();
    }

    /**
     * "Der Verein dementierte.", "The club denied it on Monday.": a response whose sentence holds nothing but who answers,
     * its verb and small or calendar words answers what the sentence before reported.
     */
    private static boolean answersWithoutObject(Statement statement, List<String> sentenceTokens) {
        if (statement.speaker() == null || statement.cue() == null) return false;
        Set<String> own = new HashSet<>(TextAnalysis.tokens(statement.speaker().mention()));
        own.addAll(TextAnalysis.tokens(statement.cue()));
        return sentenceTokens.stream().allMatch(t -> own.contains(t) || t.length() <= 3 || CALENDAR_WORDS.contains(t));
    }

    private static final Set<String> CALENDAR_WORDS = Set.copyOf(TextAnalysis.tokens(String.join(" ", CalendarWords.names())));

    private static boolean refersBack(List<String> tokens) {
        if (tokens.stream().anyMatch(BACK_REFERENCES::contains)) return true;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            for (List<String> phrase : BACK_REFERENCE_PHRASES) {
                if (tokens.get(i).equals(phrase.get(0)) && tokens.get(i + 1).equals(phrase.get(1))) return true;
            }
        }
        return false;
    }

    private static List<String> topic(List<String> contentWords, boolean english) {
        List<String> stems = new ArrayList<>(new TreeSet<>(TextAnalysis.stems(contentWords, english).stream().filter(s -> s.length() >= 5).toList()));
        return stems.subList(0, Math.min(TOPIC_STEMS, stems.size()));
    }
}
