package org.storywire.ingest.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.avro.TimePrecision;

/**
 * Reads publication times from structured values (JSON fields, HTML meta tags, metadata lines) and
 * from the datelines German news pages print ("Stand: 11.11.2024 08:01 Uhr", "Erstellt: 7. November
 * 2024, 12:50 Uhr"), keeping the precision the value has.
 */
public final class PublicationTimes {
    /** Wall-clock datelines without an offset are German newsroom time. */
    static final ZoneId NEWSROOM_ZONE = ZoneId.of("Europe/Berlin");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

    private static final Map<String, Integer> GERMAN_MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("dezember", 12));
    private static final List<String> DATELINE_WORDS = List.of("Stand", "Veröffentlicht", "Erstellt", "Publiziert");
    private static final int DATELINE_MAX_CHARS = 80;
    private static final Pattern STAND = Pattern.compile(
            "(?:Stand|Veröffentlicht|Erstellt|Publiziert)\\s*:?\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}),?\\s*(?:um\\s*)?(\\d{1,2})[:.](\\d{2})\\s*Uhr");
    private static final Pattern ERSTELLT = Pattern.compile(
            "(?:Stand|Veröffentlicht|Erstellt|Publiziert)\\s*:?\\s*(\\d{1,2})\\.\\s*(\\p{L}+)\\s+(\\d{4}),?\\s*(?:um\\s*)?(\\d{1,2})[:.](\\d{2})\\s*Uhr");

    private PublicationTimes() {
    }

    /**
     * Parses a structured value: ISO-8601 (2024, 2024-11, 2024-11-07, 2024-11-07T12:50+01:00, with or
     * without seconds and offset; no offset means UTC), RFC 1123 as in HTTP and RSS, or epoch
     * seconds/milliseconds.
     */
    public static Optional<PublicationTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            if (YEAR.matcher(v).matches()) {
                return of(Year.parse(v).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), TimePrecision.YEAR);
            }
            if (YEAR_MONTH.matcher(v).matches()) {
                return of(YearMonth.parse(v).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), TimePrecision.MONTH);
            }
            if (DATE.matcher(v).matches()) {
                return of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant(), TimePrecision.DAY);
            }
            Matcher m = DATE_TIME.matcher(v);
            if (m.matches()) {
                LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + (m.group(3) == null ? "" : m.group(3)));
                ZoneOffset offset = m.group(4) == null ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(m.group(4)));
                return of(local.toInstant(offset), m.group(3) == null ? TimePrecision.MINUTE : TimePrecision.SECOND);
            }
            if (EPOCH.matcher(v).matches()) {
                long n = Long.parseLong(v);
                return of(v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n), TimePrecision.SECOND);
            }
            return of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), TimePrecision.SECOND);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #parse} but says why a value is not a time. */
    public static PublicationTime parseOrThrow(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unreadable publication time: " + value));
    }

    /**
     * The first dateline in the text ("Stand: 11.11.2024 08:01 Uhr", "Erstellt: 7. November 2024,
     * 12:50 Uhr"), in newsroom time. "Aktualisiert" lines are not publication times. The patterns
     * are tried only where a dateline word occurs: scanning every position costs more than all
     * the rest of reading a file.
     */
    public static Optional<PublicationTime> dateline(String text) {
        if (!text.contains("Uhr")) {
            return Optional.empty();
        }
        List<Integer> candidates = new ArrayList<>();
        for (String word : DATELINE_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                candidates.add(at);
            }
        }
        Collections.sort(candidates);
        Matcher numeric = STAND.matcher(text);
        Matcher named = ERSTELLT.matcher(text);
        for (int at : candidates) {
            int end = Math.min(text.length(), at + DATELINE_MAX_CHARS);
            if (numeric.region(at, end).lookingAt()) {
                PublicationTime t = minute(numeric.group(3), numeric.group(2), numeric.group(1), numeric.group(4), numeric.group(5));
                if (t != null) {
                    return Optional.of(t);
                }
            }
            if (named.region(at, end).lookingAt()) {
                Integer month = GERMAN_MONTHS.get(named.group(2).toLowerCase(Locale.GERMAN));
                PublicationTime t = month == null ? null : minute(named.group(3), month.toString(), named.group(1), named.group(4), named.group(5));
                if (t != null) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static PublicationTime minute(String year, String month, String day, String hour, String minute) {
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day),
                    Integer.parseInt(hour), Integer.parseInt(minute));
            return new PublicationTime(local.atZone(NEWSROOM_ZONE).toInstant(), TimePrecision.MINUTE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String normaliseOffset(String offset) {
        if (offset.equals("Z")) {
            return "Z";
        }
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }

    private static Optional<PublicationTime> of(Instant instant, TimePrecision precision) {
        return Optional.of(new PublicationTime(instant, precision));
    }
}
