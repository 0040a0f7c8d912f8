package org.storywire.story;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who accuses in a clause that names both sides: "Der Patientenverband Herzwerk wirft dem Hersteller Falkenrod vor, ...",
 * "Athletes' group Fairplay accused the federation of ...". The accuser before the accusing verb is the claimant (the
 * speaker), the accused after it what the claim is about: keyed as a side, the accuser would keep the accusation from
 * the article that names the accused alone and from the accused's answer. A passive ("was accused", "wird beschuldigt")
 * or a noun ("der Beschuldigte", "the accused") makes the name before it the accused, and a German "werfen" accuses
 * only with its particle "vor" after it, "erheben" only with "Vorwürfe" after it.
 */
final class Accusers {
    private Accusers() {}

    private static final Set<String> ACCUSING = StoryWords.words("accusing");
    private static final Set<String> PASSIVE_OR_NOUN = StoryWords.words("accusing-passive");
    private static final Set<String> THROWING = Set.of("wirft", "warf", "werfen", "warfen");
    private static final Set<String> RAISING = Set.of("erhebt", "erhob", "erheben", "erhoben");

    /** The entities named before an accusing verb and those named after it (and not before), neither empty. */
    record Accusation(List<String> accusers, List<String> accused) {}

    /** The accusation {@code words} make with their first accusing verb, if they name both sides of it. */
    static Optional<Accusation> in(Words words, ArticleActors article) {
        List<String> all = words.all();
        for (int i = 0; i < all.size(); i++) {
            if (!ACCUSING.contains(all.get(i)) || !accuses(all, i)) continue;
            String text = words.text();
            List<String> before = article.keysIn(text.substring(0, words.begin(i)));
            List<String> after = article.keysIn(text.substring(words.begin(i))).stream().filter(k -> !before.contains(k)).toList();
            return before.isEmpty() || after.isEmpty() ? Optional.empty() : Optional.of(new Accusation(before, after));
        }
        return Optional.empty();
    }

    private static boolean accuses(List<String> words, int at) {
        if (at > 0 && PASSIVE_OR_NOUN.contains(words.get(at - 1))) return false;
        String verb = words.get(at);
        if (THROWING.contains(verb)) return words.subList(at + 1, words.size()).contains("vor");
        if (RAISING.contains(verb)) return words.subList(at + 1, words.size()).stream().anyMatch(w -> w.startsWith("vorwurf"));
        return true;
    }
}
