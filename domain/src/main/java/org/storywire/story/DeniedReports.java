package org.storywire.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storywire.extract.Speaker;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * A party that tells its own news in an article and denies what an outlet reported about it there
 * answers the report, not itself: "Kestrel said a faulty batch could overheat ... the Ledger reported
 * that engineers had warned managers; Kestrel rejected that account". Keyed by the party alone, the
 * news and the report are one story, and the denial of the report makes the party's own news DENIED.
 *
 * <p>The outlet's claims about the party, the party's denials and refusals, and what the party says
 * right after a denial (it explains the denial) take a key of their own: the statement's sides and
 * {@value #REPORT}, which another article reaches for the same party and report whatever figure or
 * headline it leads with. A party that only answers (no news of its own) is left alone: the report is
 * then the article's story; so is a party whose denial is the article's headline ("Corvane chief: 'No plans to
 * leave Kelsby'"): an article about the denial is the report's story, and what the party says beside it in passing
 * ("would announce its winter schedule in May, as usual") is no news it tells.
 */
final class DeniedReports {
    private DeniedReports() {}

    static final String REPORT = "report";

    static List<StoryGrouper.Assignment> apart(List<Statement> statements, List<StoryGrouper.Assignment> assignments, ArticleActors actors,
                                               String headline) {
        Set<String> denying = new HashSet<>();
        Set<String> deniesInHeadline = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            String side = openSide(assignments.get(i));
            if (side == null || statements.get(i).stance() != Stance.DENIAL) continue;
            denying.add(side);
            if (headline != null && headline.strip().equals(text(statements.get(i)))) deniesInHeadline.add(side);
        }
        Set<String> withNews = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            StoryGrouper.Assignment a = assignments.get(i);
            if (!StoryKey.NO_FRAME.equals(a.key().frame())) continue;
            if (statements.get(i).stance() != Stance.CLAIM) continue;
            if (byOutlet(statements.get(i), a, actors)) reported.addAll(a.key().sides());
            String side = openSide(a);
            if (side != null && denying.contains(side) && !explainsDenial(statements, assignments, i, side)) withNews.add(side);
        }
        withNews.retainAll(reported);
        withNews.removeAll(deniesInHeadline);
        if (withNews.isEmpty()) return assignments;
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < out.size(); i++) {
            StoryGrouper.Assignment a = out.get(i);
            StoryKey k = a.key();
            if (!StoryKey.NO_FRAME.equals(k.frame()) || k.sides().stream().noneMatch(withNews::contains)) continue;
            Stance stance = statements.get(i).stance();
            boolean report = stance == Stance.CLAIM && byOutlet(statements.get(i), a, actors);
            boolean answer = withNews.contains(openSide(a)) && (stance == Stance.DENIAL || stance == Stance.NO_COMMENT
                    || stance == Stance.CLAIM && explainsDenial(statements, assignments, i, openSide(a)));
            if (report || answer) out.set(i, a.withKey(new StoryKey(StoryKey.NO_FRAME, false, k.sides(), k.source(), List.of(REPORT))));
        }
        return out;
    }

    private static String text(Statement statement) {
        return statement.sentenceText() == null ? null : statement.sentenceText().strip();
    }

    /** The side an open-world statement's speaker speaks for, or null. */
    private static String openSide(StoryGrouper.Assignment a) {
        return StoryKey.NO_FRAME.equals(a.key().frame()) ? a.features().speakerSide() : null;
    }

    /** A claim of the party right after its own denial explains the denial ("Kestrel rejected that account. 'We acted within days'"). */
    private static boolean explainsDenial(List<Statement> statements, List<StoryGrouper.Assignment> assignments, int i, String side) {
        return i > 0 && statements.get(i - 1).stance() == Stance.DENIAL && side.equals(assignments.get(i - 1).features().speakerSide());
    }

    /** A statement by a news outlet: a listed one, or one the article shows publishing ("the Ledger newspaper reported"). */
    private static boolean byOutlet(Statement statement, StoryGrouper.Assignment a, ArticleActors actors) {
        if (a.features().source() != null && a.features().speakerSide() == null) return true;
        Speaker speaker = statement.speaker();
        if (speaker == null) return false;
        List<String> keys = new ArrayList<>(actors.keysIn(speaker.mention() == null ? "" : speaker.mention()));
        if (speaker.canonical() != null) keys.addAll(actors.keysIn(speaker.canonical()));
        return keys.stream().anyMatch(k -> actors.entity(k).map(ArticleActors.Entity::isReportSource).orElse(false));
    }
}
