package org.storywire.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A third side that few of an article's statements name is the article's context, not a side of its
 * claim: the report of a transfer names the buyer's country in its headline, the buyer's own
 * announcement names the buyer in two lines, the selling club's denial names neither. Each article
 * sees the two sides its statements keep returning to; a key of all three would be an exact set that
 * only an article naming all three reaches, and the same claim would sit in another story in each
 * language.
 *
 * <p>Counted over the article's own statements only, so the key stays a function of the article. A
 * side is dropped only when fewer statements name it than each of the other two, and fewer than half of
 * the article's statements do. Where two sides are named equally often, the one that other speakers
 * name less often is the passing one: a side that mostly speaks of itself ("Harrowgate Rovers have
 * signed ...", the club said) is a party answering, what the others name is what the claim is about.
 */
final class PassingSides {
    private PassingSides() {}

    private static final int SIDES = 3;

    /** How often the article's statements name a side: all of them, and those whose speaker does not speak for it. */
    private record Named(int all, int byOthers) {}

    private static final Comparator<Named> FEWER = Comparator.comparingInt(Named::all).thenComparingInt(Named::byOthers);

    static List<StoryGrouper.Assignment> dropped(List<StoryGrouper.Assignment> assignments) {
        Map<String, Named> named = new HashMap<>();
        for (StoryGrouper.Assignment a : assignments) {
            for (String side : a.features().sides()) {
                int byOthers = side.equals(a.features().speakerSide()) ? 0 : 1;
                named.merge(side, new Named(1, byOthers), (x, y) -> new Named(x.all() + y.all(), x.byOthers() + y.byOthers()));
            }
        }
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < out.size(); i++) {
            StoryKey k = out.get(i).key();
            if (!StoryKey.NO_FRAME.equals(k.frame()) || k.sides().size() != SIDES) continue;
            String passing = passing(k.sides(), named, assignments.size());
            if (passing == null) continue;
            List<String> kept = k.sides().stream().filter(s -> !s.equals(passing)).toList();
            out.set(i, out.get(i).withKey(new StoryKey(k.frame(), k.intention(), kept, k.source(), k.topic())));
        }
        return out;
    }

    /** The side named less than each other side and by fewer than half of the statements, or null. */
    private static String passing(List<String> sides, Map<String, Named> named, int statements) {
        List<String> ranked = sides.stream().sorted(Comparator.comparing(s -> named.getOrDefault(s, NONE), FEWER)).toList();
        Named least = named.getOrDefault(ranked.get(0), NONE);
        boolean alone = FEWER.compare(least, named.getOrDefault(ranked.get(1), NONE)) < 0;
        return alone && 2 * least.all() < statements ? ranked.get(0) : null;
    }

    private static final Named NONE = new Named(0, 0);
}
