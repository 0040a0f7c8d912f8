package org.storywire.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals a regular expression cannot match without, read off its text: the longest plain run it
 * must match ("es gab " in {@code \bes gab (kein|keine)\b}) or a required group of plain
 * alternatives ({@code (unwahr|haltlos)}), whichever has the longer shortest member. A match holds at
 * least one of them, as long as the pattern is matched without a case-insensitive flag. What this
 * reader does not model (quoting, hex, Unicode and octal escapes, inline flags, atomic groups) gives no literals, and
 * the pattern is then simply always tried.
 */
final class RequiredLiterals {
    private RequiredLiterals() {}

    /** The literals of which every match of {@code regex} holds one, or null when none can be read off. */
    static List<String> of(String regex) {
        try {
            List<List<String>> candidates = new ArrayList<>();
            if (!read(regex, candidates)) return null;
            List<String> best = null;
            for (List<String> c : candidates) if (best == null || shortest(c) > shortest(best)) best = c;
            return best;
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static int shortest(List<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String l : literals) min = Math.min(min, l.length());
        return min;
    }

    /** Adds each required run and group of {@code seq} (one branch: no top-level '|') to {@code out}; false where it cannot read it. */
    private static boolean read(String seq, List<List<String>> out) {
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < seq.length()) {
            char c = seq.charAt(i);
            int next;
            int literal = -1;       // the character this item matches, when it is one plain character
            String group = null;    // the body of a group this item is
            if (c == '\\') {
                char d = seq.charAt(i + 1);
                next = i + 2;
                if ("bBAzZG".indexOf(d) >= 0) {
                    flush(run, out);
                    i = next;
                    continue;
                } else if (d == 'p' || d == 'P') {
                    if (seq.charAt(next) == '{') next = seq.indexOf('}', next) + 1;
                    else next++;
                } else if ("dDsSwWhHvVRX".indexOf(d) >= 0) {
                    // a class of characters: no literal
                } else if ("nrtfae".indexOf(d) >= 0) {
                    literal = "\n\r\t\f\u0007\u001B".charAt("nrtfae".indexOf(d));
                } else if (Character.isLetterOrDigit(d)) {
                    return false;
                } else {
                    literal = d;
                }
            } else if (c == '[') {
                next = classEnd(seq, i);
            } else if (c == '(') {
                int close = groupEnd(seq, i);
                String inner = seq.substring(i + 1, close);
                next = close + 1;
                if (inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=") || inner.startsWith("?<!")) {
                    flush(run, out);
                    i = next;
                    continue;
                } else if (inner.startsWith("?:")) {
                    group = inner.substring(2);
                } else if (inner.startsWith("?<")) {
                    group = inner.substring(inner.indexOf('>') + 1);
                } else if (inner.startsWith("?")) {
                    return false;
                } else {
                    group = inner;
                }
            } else if (c == '^' || c == '$') {
                flush(run, out);
                i++;
                continue;
            } else if (c == '.') {
                next = i + 1;
            } else if ("?*+{|)".indexOf(c) >= 0) {
                return false;
            } else {
                literal = c;
                next = i + 1;
            }
            // the quantifier after the item, if any
            boolean optional = false;
            boolean repeated = false;
            if (next < seq.length()) {
                char q = seq.charAt(next);
                if (q == '?' || q == '*') {
                    optional = true;
                    next++;
                } else if (q == '+') {
                    repeated = true;
                    next++;
                } else if (q == '{') {
                    int end = seq.indexOf('}', next);
                    optional = seq.substring(next + 1, end).strip().startsWith("0");
                    repeated = true;
                    next = end + 1;
                }
                if ((optional || repeated) && next < seq.length() && (seq.charAt(next) == '?' || seq.charAt(next) == '+')) next++;
            }
            if (literal >= 0 && !optional) {
                run.append((char) literal);
                if (repeated) flush(run, out);
            } else {
                flush(run, out);
                if (group != null && !optional) {
                    List<String> anyOf = groupLiterals(group);
                    if (anyOf != null) out.add(anyOf);
                }
            }
            i = next;
        }
        flush(run, out);
        return true;
    }

    /** The literals of a required group: each of its branches must give some, and a match holds one of theirs. */
    private static List<String> groupLiterals(String body) {
        Set<String> anyOf = new LinkedHashSet<>();
        for (String branch : splitTopLevel(body)) {
            List<String> literals = of(branch);
            if (literals == null) return null;
            anyOf.addAll(literals);
        }
        return List.copyOf(anyOf);
    }

    private static void flush(StringBuilder run, List<List<String>> out) {
        if (run.length() > 0) out.add(List.of(run.toString()));
        run.setLength(0);
    }

    /** The branches of {@code regex} split at its top-level '|'. */
    static List<String> splitTopLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(regex, i) - 1;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }

    /** The body of {@code regex} when it is one unquantified non-capturing or plain group, else null. */
    static String soleGroupBody(String regex) {
        if (!regex.startsWith("(") || groupEnd(regex, 0) != regex.length() - 1) return null;
        String inner = regex.substring(1, regex.length() - 1);
        if (inner.startsWith("?:")) return inner.substring(2);
        return inner.startsWith("?") ? null : inner;
    }

    /** The index of the ')' closing the group opened at {@code open}. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') i = classEnd(regex, i) - 1;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        throw new IndexOutOfBoundsException("unclosed group in " + regex);
    }

    /** The index after the ']' closing the character class opened at {@code open} (classes nest: [a-z&&[^q]]). */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return i + 1;
        }
        throw new IndexOutOfBoundsException("unclosed class in " + regex);
    }
}
