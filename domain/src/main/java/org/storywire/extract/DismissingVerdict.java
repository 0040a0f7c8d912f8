package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storywire.clean.Lexicon;

/**
 * "Der Hersteller nannte die Vorwürfe „unseriös“", "Der Anwalt sprach von einer „Vorverurteilung“", "Der Verband hält
 * die Zahlen für übertrieben": a German naming verb whose verdict calls what someone said or reported untrue or a
 * smear denies it. The verdict stands alone behind the verb's particle (no more than articles and degree words before
 * it, a noun of what was said after it: "von „haltlosen Vorwürfen“"), and the object named ("die Vorwürfe", "das")
 * is something said, so that "nannte die Pläne Unsinn" or "sprach von einer großen Erfindung" stay claims.
 */
final class DismissingVerdict {
    private static final Map<String, Set<String>> WORDS = Lexicon.entries("dismissals-de.txt").stream()
            .collect(Collectors.groupingBy(Lexicon.Entry::kind, Collectors.flatMapping(e -> e.words().stream(), Collectors.toSet())));
    private static final List<String> PHRASES = Lexicon.entries("dismissals-de.txt").stream()
            .filter(e -> e.kind().equals("phrase")).map(e -> String.join(" ", e.words())).toList();
    /** An adjective's inflection ("haltlos" -> "haltlosen"): at most this many letters behind its stem. */
    private static final int MAX_ENDING = 3;

    /** The naming verb of a cue form and the particle that opens its verdict ("" when the verdict follows the object). */
    private enum Naming {
        NENNEN(""), BEZEICHNEN("als"), SPRECHEN("von"), HALTEN("für");
        final String particle;

        Naming(String particle) {
            this.particle = particle;
        }

        static Naming of(String verb) {
            if (verb.startsWith("nenn") || verb.startsWith("nann")) return NENNEN;
            if (verb.startsWith("bezeichn")) return BEZEICHNEN;
            if (verb.startsWith("sprach") || verb.startsWith("sprech") || verb.startsWith("sprich")) return SPRECHEN;
            if (verb.equals("hält") || verb.startsWith("halte") || verb.startsWith("hielt")) return HALTEN;
            return null;
        }
    }

    private final TextModel model;

    DismissingVerdict(TextModel model) {
        this.model = model;
    }

    /** Whether the German cue at {@code cue} of sentence {@code s} is a naming verb with a dismissing verdict behind it. */
    boolean dismisses(int cue, TextModel.Sentence s) {
        if (cue < s.firstToken() || cue >= s.endToken()) return false;
        Naming naming = Naming.of(model.token(cue).lower());
        if (naming == null) return false;
        List<String> words = clauseWordsAfter(cue, s);
        int particle = naming.particle.isEmpty() ? -1 : words.indexOf(naming.particle);
        if (naming == Naming.SPRECHEN && particle < 0) particle = words.indexOf("vom");
        if (!naming.particle.isEmpty() && particle < 0) return false;
        List<String> object = words.subList(0, Math.max(0, particle));
        int v = particle + 1;
        if (naming == Naming.NENNEN) {
            v = verdictStart(words);
            if (v < 0) return false;
            object = words.subList(0, v);
        }
        while (v < words.size() && WORDS.get("degree").contains(words.get(v))) v++;
        if (naming != Naming.SPRECHEN && object.stream().noneMatch(DismissingVerdict::said)) return false;
        if (naming == Naming.SPRECHEN && particle > 2) return false;
        return verdict(words.subList(Math.min(v, words.size()), words.size()));
    }

    /** "nannte die Vorwürfe völlig haltlos": where the verdict (with its degree words) begins behind a naming verb's object. */
    private static int verdictStart(List<String> words) {
        for (int k = 1; k < words.size(); k++) {
            if (!verdict(words.subList(k, words.size()))) continue;
            while (k > 1 && WORDS.get("degree").contains(words.get(k - 1))) k--;
            return k;
        }
        return -1;
    }

    /** The words are a dismissing verdict, perhaps followed by a noun of what was said ("haltlose Vorwürfe"). */
    private static boolean verdict(List<String> words) {
        if (words.isEmpty()) return false;
        String joined = String.join(" ", words);
        for (String phrase : PHRASES) if (joined.equals(phrase)) return true;
        if (words.size() > 2 || words.size() == 2 && !said(words.get(1))) return false;
        String w = words.get(0);
        if (WORDS.get("noun").contains(w)) return true;
        for (String stem : WORDS.get("adjective")) if (w.startsWith(stem) && w.length() - stem.length() <= MAX_ENDING) return true;
        return false;
    }

    private static boolean said(String word) {
        if (WORDS.get("demonstrative").contains(word)) return true;
        for (String noun : WORDS.get("said")) if (word.endsWith(noun)) return true;
        return false;
    }

    /** The lower-case words behind the cue up to a comma or the sentence's end, quotation marks left out. */
    private List<String> clauseWordsAfter(int cue, TextModel.Sentence s) {
        List<String> words = new ArrayList<>();
        for (int k = cue + 1; k < s.endToken(); k++) {
            Token t = model.token(k);
            if (t.isPunct(',') || t.isPunct(';')) break;
            if (t.word()) words.add(t.lower());
        }
        return words;
    }
}
