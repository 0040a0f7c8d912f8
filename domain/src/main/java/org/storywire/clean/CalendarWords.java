package org.storywire.clean;

import java.util.HashSet;
import java.util.Set;

/** Weekday and month names (German and English, lower case as listed): words of time that are never names. */
public final class CalendarWords {
    private CalendarWords() {}

    /** The weekday names of weekdays.txt and the full month names of months.txt (no abbreviations, no dateline-only names). */
    public static Set<String> names() {
        Set<String> names = new HashSet<>(MonthNames.fullNames().keySet());
        names.addAll(weekdays());
        return Set.copyOf(names);
    }

    /** The weekday names of weekdays.txt, lower case. */
    public static Set<String> weekdays() {
        Set<String> names = new HashSet<>();
        for (String line : Lexicon.lines("weekdays.txt")) names.add(line.split("\t")[0]);
        return Set.copyOf(names);
    }
}
