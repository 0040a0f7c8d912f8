package org.storywire.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("dezember", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH_NAMES = "(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
            + "|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";

    // Creation labels win over update labels: the first is the publication, the second a revision.
    private static final Pattern GERMAN_LONG = Pattern.compile(
            "(?iu)\\b(erstellt|veröffentlicht|publiziert|aktualisiert|stand)(?: am)?\\s*:?\\s*(\\d{1,2})\\.\\s*" + MONTH_NAMES
                    + "\\s+(\\d{4})(?:,?\\s+(?:um\\s+)?(\\d{1,2})[:.](\\d{2})\\s*(?:uhr)?)?");
    private static final Pattern GERMAN_NUMERIC = Pattern.compile(
            "(?iu)\\b(erstellt|veröffentlicht|publiziert|aktualisiert|stand)(?: am)?\\s*:?\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+(?:um\\s+)?(\\d{1,2})[:.](\\d{2})\\s*(?:uhr)?)?");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?iu)\\b(published|posted|updated)(?: on)?\\s*:?\\s*" + MONTH_NAMES + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(et|edt|est|gmt|bst|utc|cet|cest)?)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(?<![\\p{L}\\d])date\\s+(\\d{4})-(\\d{2})(?:-(\\d{2})"
            + "(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?(?![\\p{L}\\d])");
    // A dateline standing on a line of its own, as agencies print it: "September 29, 2025 6:12 PM GMT".
    private static final Pattern ENGLISH_DATELINE = Pattern.compile(
            "(?imu)^\\s*" + MONTH_NAMES + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(et|edt|est|gmt|bst|utc|cet|cest)?)?\\s*$");

    private PublicationTime() {}

    /** The publication time the text states, or null; reads at most the first and last 4,000 chars. */
    public static Found find(String text, String language) {
        if (text == null || text.isEmpty()) return null;
        String head = text.length() <= 8000 ? text : text.substring(0, 4000) + "\n" + text.substring(text.length() - 4000);
        Found best = null;
        int bestRank = Integer.MAX_VALUE;
        String lowerHead = head.toLowerCase(Locale.ROOT);
        boolean germanLabel = lowerHead.contains("erstellt") || lowerHead.contains("veröffentlicht") || lowerHead.contains("publiziert")
                || lowerHead.contains("aktualisiert") || lowerHead.contains("stand:") || lowerHead.contains("stand am");
        boolean englishLabel = lowerHead.contains("published") || lowerHead.contains("posted") || lowerHead.contains("updated");
        Matcher dateline = ENGLISH_DATELINE.matcher(head);
        boolean hasDateline = dateline.find();
        if (!germanLabel && !englishLabel && !hasDateline && !lowerHead.contains("date 1") && !lowerHead.contains("date 2")) return null;
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

    private static int rank(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "erstellt", "veröffentlicht", "publiziert", "published", "posted" -> 0;
            case "stand" -> 1;
            default -> 2;
        };
    }

    private static ZoneId englishZone(String zone, String language) {
        if (zone == null) return "de".equals(language) ? BERLIN : ZoneId.of("UTC");
        return switch (zone.toLowerCase(Locale.ROOT)) {
            case "et", "edt", "est" -> ZoneId.of("America/New_York");
            case "bst" -> ZoneId.of("Europe/London");
            case "cet", "cest" -> BERLIN;
            default -> ZoneId.of("UTC");
        };
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
