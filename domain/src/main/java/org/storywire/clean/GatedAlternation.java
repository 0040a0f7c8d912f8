package org.storywire.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular-expression alternation {@code A|B|...} asked only whether it occurs in a text, tried
 * alternative by alternative, each only on text that holds a literal the alternative cannot match
 * without: the word lists' patterns are matched on lower-cased text with no case-insensitive flag,
 * so {@code \bnicht stattgefunden\b} needs "nicht stattgefunden" in it and one {@code contains} rules
 * it out. As one pattern, every alternative was tried at every position of every text the list's
 * trigger words let through, and most of them match nowhere.
 *
 * <p>{@link #find} answers as {@code Pattern.compile(flags + String.join("|", alternatives)).matcher(text).find()}
 * does: the alternation occurs iff one of its alternatives does. An alternative whose required
 * literal cannot be read off (inline flags, constructs not modelled below) is always tried; a list with a
 * back-reference (whose group numbers would change apart) stays one pattern.
 */
public final class GatedAlternation {

    /** One alternative: its pattern and the literals of which a match holds at least one (null: none known). */
    private record Gated(Pattern pattern, List<String> anyOf) {
        boolean mayOccurIn(String text) {
            if (anyOf == null) return true;
            // indexed, not iterated: asked of every line cleaned and every sentence read, the iterator of each call was among
            // the largest allocation sites of the extraction bench
            for (int i = 0; i < anyOf.size(); i++) if (text.contains(anyOf.get(i))) return true;
            return false;
        }
    }

    private final List<Gated> alternatives;
    private final Pattern whole;

    private GatedAlternation(List<Gated> alternatives, Pattern whole) {
        this.alternatives = alternatives;
        this.whole = whole;
    }

    /** The alternation of {@code alternatives} (each a complete regular expression) compiled with {@code flags} ("(?u)"). */
    public static GatedAlternation of(String flags, List<String> alternatives) {
        boolean caseless = flags.contains("i");
        if (caseless || alternatives.stream().anyMatch(GatedAlternation::hasBackReference)) {
            return new GatedAlternation(List.of(), Pattern.compile(flags + String.join("|", alternatives)));
        }
        List<Gated> gated = new ArrayList<>();
        for (String alternative : alternatives) {
            for (String branch : hasInlineFlags(alternative) ? List.of(alternative) : branches(alternative)) {
                gated.add(new Gated(Pattern.compile(flags + branch), hasInlineFlags(branch) ? null : RequiredLiterals.of(branch)));
            }
        }
        return new GatedAlternation(List.copyOf(gated), null);
    }

    /** Whether the alternation occurs anywhere in {@code text}. */
    public boolean find(String text) {
        if (whole != null) return whole.matcher(text).find();
        for (int i = 0; i < alternatives.size(); i++) {
            Gated g = alternatives.get(i);
            if (g.mayOccurIn(text) && g.pattern().matcher(text).find()) return true;
        }
        return false;
    }

    /** The alternatives of a pattern's top level, a group with nothing after it ({@code (?:a|b)}) opened up. */
    static List<String> branches(String regex) {
        String body = RequiredLiterals.soleGroupBody(regex);
        if (body != null) return branches(body);
        List<String> parts = RequiredLiterals.splitTopLevel(regex);
        if (parts.size() == 1) return parts;
        List<String> out = new ArrayList<>();
        for (String part : parts) out.addAll(branches(part));
        return out;
    }

    private static boolean hasBackReference(String regex) {
        for (int i = 0; i + 1 < regex.length(); i++) {
            if (regex.charAt(i) != '\\') continue;
            char c = regex.charAt(i + 1);
            if (Character.isDigit(c) || c == 'k') return true;
            i++;
        }
        return false;
    }

    /** "(?i)", "(?-i:", "(?u)": flags inside the pattern, which the literals cannot follow and which reach past a branch. */
    private static boolean hasInlineFlags(String regex) {
        for (int i = 0; i + 2 < regex.length(); i++) {
            if (regex.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (regex.charAt(i) == '(' && regex.charAt(i + 1) == '?') {
                char c = regex.charAt(i + 2);
                if (Character.isLetter(c) || c == '-') return true;
            }
        }
        return false;
    }
}
