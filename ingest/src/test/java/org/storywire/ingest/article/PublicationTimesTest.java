package org.storywire.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storywire.avro.TimePrecision;

class PublicationTimesTest {
    @Test
    void keepsThePrecisionOfIsoValues() {
        assertThat(PublicationTimes.parse("2024")).contains(time("2024-01-01T00:00:00Z", TimePrecision.YEAR));
        assertThat(PublicationTimes.parse("2024-11")).contains(time("2024-11-01T00:00:00Z", TimePrecision.MONTH));
        assertThat(PublicationTimes.parse("2024-11-07")).contains(time("2024-11-07T00:00:00Z", TimePrecision.DAY));
        assertThat(PublicationTimes.parse("2024-11-07T12:50+01:00")).contains(time("2024-11-07T11:50:00Z", TimePrecision.MINUTE));
        assertThat(PublicationTimes.parse("2024-11-07T12:50:05+0100")).contains(time("2024-11-07T11:50:05Z", TimePrecision.SECOND));
        assertThat(PublicationTimes.parse("2024-11-07T12:50:05.123Z")).contains(time("2024-11-07T12:50:05.123Z", TimePrecision.SECOND));
        assertThat(PublicationTimes.parse("2024-11-07 12:50")).contains(time("2024-11-07T12:50:00Z", TimePrecision.MINUTE));
    }

    @Test
    void readsRfc1123AndEpochValues() {
        assertThat(PublicationTimes.parse("Tue, 04 Mar 2025 07:15:00 +0100")).contains(time("2025-03-04T06:15:00Z", TimePrecision.SECOND));
        assertThat(PublicationTimes.parse("1730980200")).contains(time("2024-11-07T11:50:00Z", TimePrecision.SECOND));
        assertThat(PublicationTimes.parse("1730980200000")).contains(time("2024-11-07T11:50:00Z", TimePrecision.SECOND));
    }

    @Test
    void rejectsWhatIsNotATime() {
        assertThat(PublicationTimes.parse("yesterday")).isEmpty();
        assertThat(PublicationTimes.parse("2024-13")).isEmpty();
        assertThat(PublicationTimes.parse("")).isEmpty();
        assertThat(PublicationTimes.parse(null)).isEmpty();
    }

    @Test
    void readsGermanDatelinesInNewsroomTime() {
        assertThat(PublicationTimes.dateline("Bericht über etwas Stand: 11.11.2024 08:01 Uhr\nText", null))
                .contains(time("2024-11-11T07:01:00Z", TimePrecision.MINUTE));
        assertThat(PublicationTimes.dateline("Zum Artikel\n\nErstellt:\n7. November 2024, 12:50 Uhr\nAktualisiert:\n7. November 2024, 14:31 Uhr", "de"))
                .contains(time("2024-11-07T11:50:00Z", TimePrecision.MINUTE));
        assertThat(PublicationTimes.dateline("am Donnerstag (7. November)", "de")).isEmpty();
    }

    /** The processor's cleaner reads datelines the same way: an update time only when the text states no other. */
    @Test
    void readsAnUpdateTimeOnlyWhenNoPublicationTimeIsGiven() {
        assertThat(PublicationTimes.dateline("Veröffentlicht am Sonntag, Aktualisiert: 7. Juli 2024, 09:00 Uhr", "de"))
                .contains(time("2024-07-07T07:00:00Z", TimePrecision.MINUTE));
        assertThat(PublicationTimes.dateline("Aktualisiert: 8. Juli 2024, 09:00 Uhr\nErstellt: 7. Juli 2024, 18:30 Uhr", "de"))
                .contains(time("2024-07-07T16:30:00Z", TimePrecision.MINUTE));
    }

    @Test
    void readsEnglishDatelinesToo() {
        assertThat(PublicationTimes.dateline("Published November 7, 2024 12:50 PM ET\nThe council said...", "en"))
                .contains(time("2024-11-07T17:50:00Z", TimePrecision.MINUTE));
    }

    @Test
    void summerDatelinesUseSummerTime() {
        assertThat(PublicationTimes.dateline("Stand: 01.07.2024 10:00 Uhr", null))
                .contains(time("2024-07-01T08:00:00Z", TimePrecision.MINUTE));
    }

    private static PublicationTime time(String instant, TimePrecision precision) {
        return new PublicationTime(Instant.parse(instant), precision);
    }
}
