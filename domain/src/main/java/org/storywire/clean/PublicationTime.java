package org.storywire.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication time in an article's text when the producer had none: "Erstellt: 7.
 * November 2024, 12:50 Uhr", "Stand: 11.11.2024 08:01 Uhr", "date 2024-11", "Published November
 * 7, 2024 12:50 PM ET". Times are read in the outlet's zone (Europe/Berlin for German text unless
 * the text names a zone); a bare month gives MONTH precision, a date without time DAY.
 */
public final class PublicationTime {
    public record Found(Instant instant, TimePrecision precision) {}

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A label of the article's own time: its language, its rank (lower wins) and the strings that reveal it in text. */
    private record Label(String language, int rank, List<String> hints) {}

    private static final Map<String, Integer> MONTHS = MonthNames.all();
    private static final Map<String, Label> LABELS = new LinkedHashMap<>();
    private static final Map<String, ZoneId> ZONES = new LinkedHashMap<>();

    static {
        for (String line : Lexicon.lines("dateline-labels.txt")) {
            String[] f = line.split("\t");
            List<String> hints = f.length > 3 ? List.of(f).subList(3, f.length) : List.of(f[0]);
            LABELS.put(f[0], new Label(f[1], Integer.parseInt(f[2]), hints));
        }
        for (String line : Lexicon.lines("time-zones.txt")) {
            String[] f = line.split("\t");
            ZONES.put(f[0], ZoneId.of(f[1]));
        }
    }

    // Alternations in file order: a name must be followed by a dot or a space, so order changes no match.
    private static final String MONTH_NAMES = "(" + String.join("|", MONTHS.keySet()) + ")\\.?";
    private static final String ZONE_NAMES = "(" + String.join("|", ZONES.keySet()) + ")";

    // Creation labels win over update labels: the first is the publication, the second a revision.
    private static final Pattern GERMAN_LONG = Pattern.compile(
            "(?iu)\\b" + labels("de") + "(?: am)?\\s*:?\\s*(\\d{1,2})\\.\\s*" + MONTH_NAMES
                    + "\\s+(\\d{4})(?:,?\\s+(?:um\\s+)?(\\d{1,2})[:.](\\d{2})\\s*(?:uhr)?)?");
    private static final Pattern GERMAN_NUMERIC = Pattern.compile(
            "(?iu)\\b" + labels("de") + "(?: am)?\\s*:?\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+(?:um\\s+)?(\\d{1,2})[:.](\\d{2})\\s*(?:uhr)?)?");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?iu)\\b" + labels("en") + "(?: on)?\\s*:?\\s*" + MONTH_NAMES + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*" + ZONE_NAMES + "?)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(?<![\\p{L}\\d])date\\s+(\\d{4})-(\\d{2})(?:-(\\d{2})"
            + "(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?(?![\\p{L}\\d])");
    // A dateline standing on a line of its own, as agencies print it: "September 29, 2025 6:12 PM GMT".
    private static final Pattern ENGLISH_DATELINE = Pattern.compile(
            "(?imu)^\\s*" + MONTH_NAMES + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*" + ZONE_NAMES + "?)?\\s*$");

    // The same with the day first, as British and European outlets print it, after a place and a weekday or before a bar:
    // "13 April 2027 | 11:05 BST", "Stellmouth, Thursday 8 April 2027", "Friday 19 March 2027".
    private static final String WEEKDAY_NAMES = "(?:" + String.join("|", CalendarWords.weekdays()) + ")";
    private static final Pattern DAY_FIRST_DATELINE = Pattern.compile(
            "(?imu)^[ \\t]*(?:\\p{Lu}[\\p{L}'.-]*(?:[ \\t]\\p{Lu}[\\p{L}'.-]*){0,2},[ \\t]*)?(?:" + WEEKDAY_NAMES + ",?[ \\t]+)?"
                    + "(\\d{1,2})\\.?[ \\t]+" + MONTH_NAMES + "[ \\t]+(\\d{4})"
                    + "(?:[ \\t]*[|,]?[ \\t]*(?:at[ \\t]+)?(\\d{1,2})[:.](\\d{2})[ \\t]*(am|pm|a\\.m\\.|p\\.m\\.)?[ \\t]*" + ZONE_NAMES + "?(?:[ \\t]*uhr)?)?[ \\t]*$");

    private PublicationTime() {}

    /** The publication time the text states, or null; reads at most the first and last 4,000 chars. */
    public static Found find(String text, String language) {
        if (text == null || text.isEmpty()) return null;
        String head = text.length() <= 8000 ? text : text.substring(0, 4000) + "\n" + text.substring(text.length() - 4000);
        Found best = null;
        int bestRank = Integer.MAX_VALUE;
        String lowerHead = head.toLowerCase(Locale.ROOT);
        boolean germanLabel = revealsLabel(lowerHead, "de");
        boolean englishLabel = revealsLabel(lowerHead, "en");
        Matcher dateline = ENGLISH_DATELINE.matcher(head);
        boolean hasDateline = dateline.find();
        Matcher dayFirst = DAY_FIRST_DATELINE.matcher(head);
        boolean hasDayFirst = !hasDateline && dayFirst.find();
        if (!germanLabel && !englishLabel && !hasDateline && !hasDayFirst && !lowerHead.contains("date 1") && !lowerHead.contains("date 2")) return null;
        Matcher m = GERMAN_LONG.matcher(germanLabel ? head : "");
        while (m.find()) {
            Integer month = MONTHS.get(stripDot(m.group(3)));
            Found f = month == null ? null : at(BERLIN, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(2)), m.group(5), m.group(6), null);
            int rank = rank(m.group(1));
            if (f != null && rank < bestRank) { best = f; bestRank = rank; }
        }
        m = GERMAN_NUMERIC.matcher(germanLabel ? head : "");
        while (m.find()) {
            Found f = at(BERLIN, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(5), m.group(6), null);
            int rank = rank(m.group(1));
            if (f != null && rank < bestRank) { best = f; bestRank = rank; }
        }
        m = ENGLISH.matcher(englishLabel ? head : "");
        while (m.find()) {
            Integer month = MONTHS.get(stripDot(m.group(2)));
            ZoneId zone = englishZone(m.group(8), language);
            Found f = month == null ? null : at(zone, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(3)), m.group(5), m.group(6), m.group(7));
            int rank = rank(m.group(1));
            if (f != null && rank < bestRank) { best = f; bestRank = rank; }
        }
        if (best == null && hasDateline) {
            Integer month = MONTHS.get(stripDot(dateline.group(1)));
            ZoneId zone = englishZone(dateline.group(7), language);
            best = month == null ? null
                    : at(zone, Integer.parseInt(dateline.group(3)), month, Integer.parseInt(dateline.group(2)), dateline.group(4), dateline.group(5), dateline.group(6));
        }
        if (best == null && hasDayFirst) {
            Integer month = MONTHS.get(stripDot(dayFirst.group(2)));
            ZoneId zone = englishZone(dayFirst.group(7), language);
            best = month == null ? null
                    : at(zone, Integer.parseInt(dayFirst.group(3)), month, Integer.parseInt(dayFirst.group(1)), dayFirst.group(4), dayFirst.group(5), dayFirst.group(6));
        }
        if (best != null) return best;
        m = ISO_MONTH.matcher(head);
        if (m.find()) {
            ZoneId zone = "en".equals(language) ? ZoneId.of("UTC") : BERLIN;
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) return null;
            if (m.group(6) != null) zone = ZoneId.of(m.group(6).equals("Z") ? "Z" : m.group(6).length() == 5 ? m.group(6).substring(0, 3) + ":" + m.group(6).substring(3) : m.group(6));
            if (m.group(3) != null) return at(zone, year, month, Integer.parseInt(m.group(3)), m.group(4), m.group(5), null);
            return new Found(LocalDate.of(year, month, 1).atStartOfDay(zone).toInstant(), TimePrecision.MONTH);
        }
        return null;
    }

    private static String stripDot(String month) {
        String lower = month.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** The labels of one language as a regular expression group. */
    private static String labels(String language) {
        List<String> words = new ArrayList<>();
        LABELS.forEach((word, label) -> { if (label.language().equals(language)) words.add(word); });
        return "(" + String.join("|", words) + ")";
    }

    /** Whether lower-cased text holds a label of the language: the patterns need not run otherwise. */
    private static boolean revealsLabel(String lowerText, String language) {
        for (Label label : LABELS.values()) {
            if (!label.language().equals(language)) continue;
            for (String hint : label.hints()) if (lowerText.contains(hint)) return true;
        }
        return false;
    }

    private static int rank(String label) {
        return LABELS.get(Lexicon.key(label)).rank();
    }

    private static ZoneId englishZone(String zone, String language) {
        if (zone == null) return "de".equals(language) ? BERLIN : ZoneId.of("UTC");
        return ZONES.get(Lexicon.key(zone));
    }

    private static Found at(ZoneId zone, int year, int month, int day, String hour, String minute, String ampm) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (hour == null) return new Found(date.atStartOfDay(zone).toInstant(), TimePrecision.DAY);
            int h = Integer.parseInt(hour);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                h = h % 12 + (pm ? 12 : 0);
            }
            LocalDateTime time = LocalDateTime.of(date, LocalTime.of(h, Integer.parseInt(minute)));
            return new Found(time.atZone(zone).toInstant(), TimePrecision.MINUTE);
        } catch (RuntimeException invalidDate) {
            return null;
        }
    }
}
