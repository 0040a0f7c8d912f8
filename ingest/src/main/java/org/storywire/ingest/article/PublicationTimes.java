package org.storywire.ingest.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.avro.TimePrecision;

/**
 * Reads publication times from structured values (JSON fields, HTML meta tags, metadata lines) and
 * from the datelines news pages print (through the domain's parser), keeping the precision the value has.
 */
public final class PublicationTimes {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");


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
     * The publication time the text itself states ("Stand: 11.11.2024 08:01 Uhr", "Erstellt: 7.
     * November 2024, 12:50 Uhr", "Published November 7, 2024 12:50 PM ET"), read by the parser the
     * processor's cleaner uses, so that ingest and processor agree on every dateline.
     *
     * @param language the article's language when known (English datelines without a zone are UTC, German ones Berlin time)
     */
    public static Optional<PublicationTime> dateline(String text, String language) {
        org.storywire.clean.PublicationTime.Found found = org.storywire.clean.PublicationTime.find(text, language);
        return found == null ? Optional.empty()
                : Optional.of(new PublicationTime(found.instant(), TimePrecision.valueOf(found.precision().name())));
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
