package org.storywire.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Command-line values with units: sizes (10MB, 512KB, 1048576) and durations (30s, 5m, 1h, PT5M). */
final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("not a size: " + value + " (e.g. 10MB, 512KB, 1048576)");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
            return switch (unit.charAt(0)) {
                case 'K' -> n * 1024;
                case 'M' -> n * 1024 * 1024;
                case 'G' -> n * 1024 * 1024 * 1024;
                default -> n;
            };
        }
    }

    static final class Interval implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip();
            if (v.toUpperCase(Locale.ROOT).startsWith("PT")) {
                return Duration.parse(v);
            }
            Matcher m = DURATION.matcher(v);
            if (!m.matches()) {
                throw new TypeConversionException("not a duration: " + value + " (e.g. 30s, 5m, 1h)");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }
}
