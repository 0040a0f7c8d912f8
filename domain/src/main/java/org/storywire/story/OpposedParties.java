package org.storywire.story;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/**
 * Two organisations that each speak only about themselves in one article are two sides of one claim
 * when one of them answers it: "Das Ministerium bestreitet jeden Angriff" and "die Armee hatte erklärt,
 * ihre Drohnen hätten das Depot getroffen" name one side each, yet the denial answers the claim. Keyed
 * apart, the article splits the story, and another article that names both sides in one sentence
 * reaches neither half. A side that only accuses one that only keeps silent is no side of it (see {@link #silentAccused}).
 */
final class OpposedParties {
    private OpposedParties() {}

    static List<StoryGrouper.Assignment> joined(List<Statement> statements, List<StoryGrouper.Assignment> assignments, ArticleActors actors,
                                               String headline) {
        Map<String, Set<Stance>> speaking = new TreeMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            StoryGrouper.Assignment a = assignments.get(i);
            if (!oneSided(a.key())) continue;
            String side = a.key().sides().get(0);
            if (side.equals(a.features().speakerSide()) && organisation(side, actors)) {
                speaking.computeIfAbsent(side, k -> EnumSet.noneOf(Stance.class)).add(statements.get(i).stance());
            }
        }
        if (speaking.size() != 2 || speaking.values().stream().allMatch(s -> s.equals(Set.of(Stance.CLAIM)))) return assignments;
        // Where one side claims and the other answers, each is the other's side however briefly the article quotes it; two
        // sides that only answer (two denials, two refusals) are one report's sides when the article names each again.
        if (!claimAnswered(List.copyOf(speaking.values()))
                && !speaking.keySet().stream().allMatch(side -> namedAgain(side, assignments, actors, headline))) return assignments;
        // The silent accused alone, when the other side only accuses it; else both.
        List<String> sides = silentAccused(speaking, statements, assignments).map(List::of).orElse(List.copyOf(speaking.keySet()));
        List<StoryGrouper.Assignment> out = new ArrayList<>(assignments);
        for (int i = 0; i < out.size(); i++) {
            StoryKey k = out.get(i).key();
            if (oneSided(k) && speaking.containsKey(k.sides().get(0))) {
                out.set(i, out.get(i).withKey(new StoryKey(k.frame(), k.intention(), sides, k.source(), k.topic())));
            }
        }
        return out;
    }

    /**
     * "Die Daten hätten wochenlang offen gelegen, teilte das Prüfinstitut Velkorn mit" beside "Quintara wollte sich nicht
     * äußern": a side that only claims, about a side that only keeps silent, accuses it. The story is the silent side's and
     * the claimant an outside source (a researcher, a critic, a union): keyed as a side, its claim would read as a party's
     * and the story as CLAIMED, where a report its subject will not discuss is UNCONFIRMED. Where the other side denies or
     * confirms, the status does not hang on the claimant's standing, and both stay sides, as other articles that name both in
     * one sentence key the story. None either when the claimant speaks of its own doing ("ihre Soldaten hätten die Anlage
     * zerstört"): then it is an actor of what it claims.
     */
    private static Optional<String> silentAccused(Map<String, Set<Stance>> speaking, List<Statement> statements,
                                                  List<StoryGrouper.Assignment> assignments) {
        Optional<String> accuser = sideOnly(speaking, Stance.CLAIM);
        Optional<String> silent = sideOnly(speaking, Stance.NO_COMMENT);
        if (accuser.isEmpty() || silent.isEmpty()) return Optional.empty();
        for (int i = 0; i < assignments.size(); i++) {
            StoryGrouper.Assignment a = assignments.get(i);
            if (accuser.get().equals(a.features().speakerSide()) && oneSided(a.key()) && SelfReference.speaksOfItself(statements.get(i))) {
                return Optional.empty();
            }
        }
        return silent;
    }

    /** The one side whose statements all have {@code stance}, if exactly one has. */
    private static Optional<String> sideOnly(Map<String, Set<Stance>> speaking, Stance stance) {
        List<String> sides = speaking.entrySet().stream().filter(e -> e.getValue().equals(Set.of(stance))).map(Map.Entry::getKey).toList();
        return sides.size() == 1 ? Optional.of(sides.get(0)) : Optional.empty();
    }

    /** Whether one side answers (denies, declines, confirms) what the other claims. */
    private static boolean claimAnswered(List<Set<Stance>> stances) {
        Set<Stance> a = stances.get(0);
        Set<Stance> b = stances.get(1);
        return answers(a) && b.contains(Stance.CLAIM) || answers(b) && a.contains(Stance.CLAIM);
    }

    private static boolean answers(Set<Stance> stances) {
        return stances.stream().anyMatch(s -> s != Stance.CLAIM);
    }

    /**
     * Whether two of the article's statements, or one and its headline, name the side. A short wire's lead reaches its last
     * paragraph, so salience alone takes a body quoted once at its end ("Velmora declined to comment. The Federal Institute
     * ... did not respond") for a side the article returns to: two silences about one report, and the institute no side of it.
     */
    private static boolean namedAgain(String side, List<StoryGrouper.Assignment> assignments, ArticleActors actors, String headline) {
        int named = headline != null && actors.keysIn(headline).contains(side) ? 1 : 0;
        for (StoryGrouper.Assignment a : assignments) {
            if (a.features().sides().contains(side) || side.equals(a.features().speakerSide())) named++;
            if (named >= NAMED_AGAIN) return true;
        }
        return false;
    }

    /** An open-world key of one side and no figure: what a party says about itself alone. */
    private static boolean oneSided(StoryKey key) {
        return StoryKey.NO_FRAME.equals(key.frame()) && key.sides().size() == 1 && key.topic().isEmpty();
    }

    /**
     * A named organisation, country or group that the article names more than once: not a person (a
     * person speaks for itself), not a news outlet, not a commentator quoted once in passing (an
     * analyst, a consultant's firm).
     */
    private static boolean organisation(String side, ArticleActors actors) {
        return actors.entity(side).filter(e -> !e.person() && !e.isReportSource() && !e.place() && e.salience() >= NAMED_AGAIN).isPresent();
    }

    /** The salience of an entity named twice, or once in the lead. */
    private static final int NAMED_AGAIN = 2;
}
