package org.storywire.clean;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The month names of {@code months.txt} with their numbers, in file order, for the readers that need some of them. */
public final class MonthNames {
    private MonthNames() {}

    /** Every name and abbreviation: datelines print them all. */
    public static Map<String, Integer> all() {
        return read(null);
    }

    /** The abbreviations ("sept"), whose full stop ends no sentence. */
    public static Map<String, Integer> abbreviations() {
        return read("short");
    }

    /** The full names running text is searched for: no abbreviations, no dateline-only names. */
    public static Map<String, Integer> fullNames() {
        return read("");
    }

    /** Names with the tag, all names for null; "" is no tag. */
    private static Map<String, Integer> read(String tag) {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (String line : Lexicon.lines("months.txt")) {
            String[] f = line.split("\t");
            String own = f.length > 2 ? f[2] : "";
            if (tag == null || tag.equals(own)) months.put(f[0], Integer.parseInt(f[1]));
        }
        return Collections.unmodifiableMap(months);
    }
}
