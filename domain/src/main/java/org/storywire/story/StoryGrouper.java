package org.storywire.story;

import java.util.List;
import java.util.Optional;
import org.storywire.extract.Statement;
import org.storywire.story.ArticleContext.Resolved;

/**
 * Assigns statements to stories, one statement at a time, in the article's own order.
 *
 * <p>A story is named by a {@link StoryKey} (event frame, intention for interactions, actor sides,
 * report source). A statement's key is decided from its own text and, where that text is not
 * enough, from earlier statements of the <em>same</em> article and from the article's headline:
 * <ol>
 *   <li>a statement that points back ("Der Kreml wies dies zurück", "Demnach hätten ...") continues
 *       the previous statement's story when that stands in the sentence just before (or the same one),
 *       unless it names another event with other actors;</li>
 *   <li>a statement naming an event but too few actors ("Es gab kein Gespräch") joins the latest
 *       earlier statement of the article about the same event whose sides include its own, else takes
 *       the sides of the article's headline;</li>
 *   <li>a statement naming no event continues the same speaker's previous statement, else the
 *       article's headline story when its sides fit.</li>
 * </ol>
 * Because nothing outside the article is consulted, a statement's story does not depend on which
 * other articles arrived before it: final assignment is independent of article order, and a run
 * over a subset of the articles gives the same story ids.
 *
 * <p>The article is read as extraction read it ({@link ArticleInfo#of}): in its document's language,
 * with the document's headline and lead sentences; whether two statements stand in adjacent
 * sentences is read from the document's sentence indices ({@link SentenceIndex}). The grouper
 * guesses no language and splits no sentence of its own.
 */
public final class StoryGrouper {

    private final FeatureReader reader;

    public StoryGrouper(ActorCatalog catalog) {
        this.reader = new FeatureReader(catalog);
    }

    public static StoryGrouper standard() { return new StoryGrouper(ActorCatalog.standard()); }

    /** Assignment of one statement, with the article context to use for the next one. */
    public record Assignment(StoryKey key, Features features, ArticleContext next) {
        public String storyId() { return key.id(); }

        Assignment withKey(StoryKey other) { return new Assignment(other, features, next); }
    }

    /**
     * Starts reading an article: its entities come from headline, lead and the sentences of its
     * statements, its topic from headline and lead, each read in the article's language.
     */
    public ArticleContext open(ArticleInfo article, List<Statement> statements) {
        SentenceIndex sentences = article.sentenceIndex(statements);
        ArticleActors actors = ArticleActors.of(article, sentences, statements);
        return new ArticleContext(article.articleId(), topic(article, actors).orElse(null), List.of(), actors, article.english(), sentences);
    }

    /**
     * Every statement of one article (given in the article's order, by ordinal) assigned to its story;
     * then one story per figure the article reports (see {@link FigureClaims}) unless it calls its figure grown (see
     * {@link RevisedFigures}), a silent party's own claims apart
     * (see {@link SilentParties}), an outlet's report apart from the news of the party that denies it (see {@link DeniedReports}),
     * a third side few of the article's statements name left out (see {@link PassingSides}), and a denial of one more
     * claim among the same actors apart (see {@link AdditionalDenials}), and so a further charge among them (see {@link AdditionalClaims}).
     */
    public List<Assignment> assignAll(ArticleInfo article, List<Statement> ordered) {
        ArticleContext context = open(article, ordered);
        List<Assignment> assignments = new java.util.ArrayList<>();
        for (Statement statement : ordered) {
            Assignment assignment = assign(context, statement);
            context = assignment.next();
            assignments.add(assignment);
        }
        // A grown figure's statements lose their figure only after the opposed parties are joined: those join what a party says
        // of itself alone, and a figure's story is not that.
        String headline = article.opening().isEmpty() ? null : article.opening().get(0);
        List<Assignment> sided = RevisedFigures.grownFiguresJoined(ordered, article.opening(),
                OpposedParties.joined(ordered, FigureClaims.oneStoryPerFigure(ordered, assignments, context.actors()), context.actors(), headline));
        List<Assignment> passing = PassingSides.dropped(DeniedReports.apart(ordered, SilentParties.ownClaimsApart(ordered, sided), context.actors(),
                headline));
        return AdditionalDenials.apart(ordered, AdditionalClaims.apart(ordered, passing, context.sentences()), context.sentences());
    }

    public Assignment assign(ArticleContext context, Statement statement) {
        int firstSentence = context.sentences().first(statement);
        Resolved previous = context.last();
        // "Die PAU wollte nicht kommentieren. Ihr Landesvorsitzender ...": an office that names no organisation continues the sentence before.
        String previousSide = previous != null && adjacent(previous, firstSentence) ? previous.speakerSide() : null;
        Features f = reader.read(statement, context.actors(), previousSide, context.english());
        StoryKey key = Successors.apart(resolve(context, f, firstSentence), statement);
        return new Assignment(key, f, context.plus(new Resolved(f.speaker(), f.speakerSide(), key, context.sentences().last(statement))));
    }

    private StoryKey resolve(ArticleContext context, Features f, int firstSentence) {
        Resolved previous = context.last();
        StoryKey own = f.ownKey();
        if (f.refersBack() && previous != null && adjacent(previous, firstSentence) && !namesOtherEvent(f, own, previous.key())) {
            return withSourceIfMissing(previous.key(), f.source());
        }
        if (f.frame() != null) {
            int needed = f.frame().isRelational() ? 2 : 1;
            if (own.sides().size() >= needed) return own;
            for (int i = context.recent().size() - 1; i >= 0; i--) {
                StoryKey earlier = context.recent().get(i).key();
                if (sameEvent(own, earlier) && earlier.sides().containsAll(own.sides()) && sourceFits(own, earlier, f)) {
                    return withSourceIfMissing(earlier, own.source());
                }
            }
            StoryKey topic = context.topic();
            if (topic != null && topic.sides().size() >= needed && topic.sides().containsAll(own.sides())) {
                return new StoryKey(own.frame(), own.intention(), topic.sides(), own.source(), List.of());
            }
            return own;
        }
        // "confirmed the figure of 350" after a report of 2,000 job cuts: a number of its own names another claim.
        if (Quantities.isQuantity(own.topic())) return own;
        if (previous != null && previous.speaker().equals(f.speaker()) && previous.key().sides().containsAll(own.sides())) {
            return withSourceIfMissing(previous.key(), f.source());
        }
        StoryKey topic = context.topic();
        if (topic != null && topic.sides().containsAll(own.sides())) return withSourceIfMissing(topic, f.source());
        return own;
    }

    /**
     * "Dabei", "dies" point at the sentence just before. When other sentences (a heading, a caption, a
     * passage without statements) stand between, the previous statement is not what they point at;
     * blank lines are no sentence.
     */
    private static boolean adjacent(Resolved previous, int firstSentence) {
        if (previous.lastSentence() < 0 || firstSentence < 0) return true;
        return firstSentence - previous.lastSentence() <= 1;
    }

    /** A back reference that names a different event among other actors starts its own story. */
    private static boolean namesOtherEvent(Features f, StoryKey own, StoryKey previous) {
        return f.frame() != null && !own.frame().equals(previous.frame()) && !previous.sides().containsAll(own.sides());
    }

    private static boolean sameEvent(StoryKey a, StoryKey b) {
        return a.frame().equals(b.frame()) && a.intention() == b.intention();
    }

    /**
     * A statement may join an earlier report's story when it is that source's, or when it answers it
     * (denial, confirmation, no comment). Another speaker's claim is an assertion of its own: letting it
     * into the report's story would count it as the party confirming the report.
     */
    private static boolean sourceFits(StoryKey own, StoryKey earlier, Features f) {
        if (earlier.source() == null) return true;
        if (own.source() != null) return own.source().equals(earlier.source());
        return f.isResponse();
    }

    private static StoryKey withSourceIfMissing(StoryKey key, String source) {
        return key.source() == null && source != null ? key.withSource(source) : key;
    }

    /**
     * The article's topic: the first of the headline's and the lead's sentences that names an event
     * and an actor. One sentence, not the whole lead, so that actors mentioned in passing ("Krieg
     * gegen die Ukraine") do not join the topic.
     */
    private Optional<StoryKey> topic(ArticleInfo article, ArticleActors actors) {
        for (String sentence : article.opening()) {
            Features f = reader.read(headline(article.articleId(), sentence), actors, article.english());
            if (f.sides().isEmpty()) continue;
            String frame = f.frame() == null ? StoryKey.NO_FRAME : f.frame().label();
            // The headline's figure ("cut about 2,000 jobs") names the claim the article is about.
            List<String> quantity = f.frame() == null ? Quantities.keyOf(sentence) : List.of();
            return Optional.of(new StoryKey(frame, f.ownKey().intention(), List.copyOf(f.sides()), null, quantity));
        }
        return Optional.empty();
    }

    /** The headline read as if the outlet said it, so the same feature reader applies. */
    private static Statement headline(String articleId, String text) {
        return new Statement(articleId, -1, null, org.storywire.extract.Stance.CLAIM, org.storywire.extract.Attribution.OUTLET,
                null, null, null, null, text, null, null, 1.0);
    }
}
