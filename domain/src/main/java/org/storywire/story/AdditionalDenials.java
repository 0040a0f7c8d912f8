package org.storywire.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * "Auch den Vorwurf, der Spieler habe das Training bestreikt, wies der Verein zurück", "The club also denied that
 * ...": the additive particle says the denial answers one more claim about the same actors than the one the article
 * is about. Its actors cannot tell the two apart, so such a denial, and the denials that follow it in the sentences
 * right after (the reasons given, another party's word), take a key of their own: the actors' key and {@link #MARK}.
 */
final class AdditionalDenials {
    private AdditionalDenials() {}

    /** The key part of the further claim; the same in every language. */
    static final String MARK = "also";
    private static final Set<String> PARTICLES = StoryWords.words("additional");
    private static final Set<String> OBJECTS = StoryWords.words("additional-object");
    private static final Set<String> VERBS = StoryWords.words("additional-verb");
    /** "Auch den Vorwurf", "Auch die Berichte über": the object stands within the particle's first words. */
    private static final int OBJECT_WITHIN = 3;

    /** The assignments with each further denial, and the run of denials after it, apart. */
    static List<StoryGrouper.Assignment> apart(List<Statement> ordered, List<StoryGrouper.Assignment> assignments, SentenceIndex sentences) {
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < ordered.size(); i++) {
            StoryKey key = out.get(i).key();
            if (ordered.get(i).stance() != Stance.DENIAL || !openWorldOwnKey(key) || !opensFurtherDenial(ordered.get(i))) continue;
            StoryKey further = new StoryKey(key.frame(), key.intention(), key.sides(), key.source(), List.of(MARK));
            out.set(i, out.get(i).withKey(further));
            for (int j = i + 1; j < ordered.size() && continues(ordered, out, j, key, sentences); j++) {
                out.set(j, out.get(j).withKey(further));
                i = j;
            }
        }
        return out;
    }

    /** A key of actors only: a figure, a successor, a report or a silent party's own claims already name their claim. */
    private static boolean openWorldOwnKey(StoryKey key) {
        return StoryKey.NO_FRAME.equals(key.frame()) && key.topic().isEmpty();
    }

    /**
     * Statement {@code j} goes on with the further denial: it stands in the sentence right after, among the same actors,
     * and denies too, or is the claim of the party that just denied, which explains the denial ("Er sei krank gewesen,
     * teilte der Verein mit").
     */
    private static boolean continues(List<Statement> ordered, List<StoryGrouper.Assignment> out, int j, StoryKey key, SentenceIndex sentences) {
        Statement before = ordered.get(j - 1);
        Statement next = ordered.get(j);
        if (!out.get(j).key().equals(key)) return false;
        String side = out.get(j).features().speakerSide();
        boolean explains = next.stance() == Stance.CLAIM && side != null && side.equals(out.get(j - 1).features().speakerSide());
        if (next.stance() != Stance.DENIAL && !explains) return false;
        int last = sentences.last(before);
        int first = sentences.first(next);
        return last < 0 || first < 0 || first - last <= 1;
    }

    private static boolean opensFurtherDenial(Statement statement) {
        List<String> tokens = TextAnalysis.tokens(statement.sentenceText());
        if (tokens.isEmpty()) return false;
        // German: the particle opens the sentence and governs a claim made by others.
        if (PARTICLES.contains(tokens.get(0))) {
            for (int k = 1; k <= OBJECT_WITHIN && k < tokens.size(); k++) if (OBJECTS.contains(tokens.get(k))) return true;
        }
        // English: the particle stands before the denial verb.
        for (int k = 0; k + 1 < tokens.size(); k++) if (PARTICLES.contains(tokens.get(k)) && VERBS.contains(tokens.get(k + 1))) return true;
        return false;
    }
}
