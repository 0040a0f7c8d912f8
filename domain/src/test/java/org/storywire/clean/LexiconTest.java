package org.storywire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {

    /** All word knowledge lives in these files, so a reader must learn from the file what a list is for. */
    @Test
    void everyLexiconFileOpensWithACommentSayingWhatItIsFor() throws IOException, URISyntaxException {
        Path dir = Path.of(Lexicon.class.getResource("/lexicon/").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).as(file.getFileName().toString()).isNotEmpty();
            assertThat(lines.get(0)).as(file.getFileName().toString()).startsWith("# ");
            assertThat(Lexicon.lines(file.getFileName().toString())).as(file.getFileName().toString()).isNotEmpty();
        }
    }

    @Test
    void aKindKeyedListIsReadAsKindAndWordsInFileOrder() {
        // events.txt: "<proposition label> <word start> [<story frame> <flag>...]", first match wins
        List<Lexicon.Entry> events = Lexicon.entries("events.txt");
        assertThat(events.get(0)).isEqualTo(new Lexicon.Entry("phone-call", List.of("telefon", "communication")));
        assertThat(events).contains(new Lexicon.Entry("talks", List.of("sprech", "communication", "except=sprecher,sprecherin")));
        assertThat(Lexicon.kindWords("condition", "clause-words-de.txt")).contains("falls", "wenn").doesNotContain("in");
        // the kind holds exactly its words; a kind the files lack is a mistake in the code
        assertThat(Lexicon.kindWords("place", "clause-words-de.txt")).containsExactlyInAnyOrder("in", "aus", "von", "vom", "bei", "im");
        assertThatThrownBy(() -> Lexicon.kindWords("no-such-kind", "clause-words-de.txt"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWordListKeepsFileOrderAcrossLines() {
        // months.txt: where a list's order matters (first match wins), readers rely on file order
        assertThat(MonthNames.all().keySet()).startsWith("januar", "jänner", "februar").endsWith("oct", "nov", "dec");
    }

    @Test
    void aWordMatchedInAnyCaseFindsItsEntry() {
        assertThat(Lexicon.key("AKTUALİSİERT")).isEqualTo("aktualisiert");
        // the pattern matches the dotted capital İ as i: its label must be found, not crash the reader
        assertThat(PublicationTime.find("Erstellt von der Redaktion\nAKTUALİSİERT: 12.11.2024 09:00 Uhr", "de").instant())
                .hasToString("2024-11-12T08:00:00Z");
    }

    @Test
    void monthNamesAreSplitByTheirTags() {
        assertThat(MonthNames.abbreviations()).containsEntry("sept", 9).containsEntry("sep", 9).doesNotContainKeys("september", "may", "jänner");
        assertThat(MonthNames.fullNames()).containsEntry("märz", 3).containsEntry("may", 5).doesNotContainKeys("jan", "sept", "jänner");
        assertThat(MonthNames.all()).containsEntry("jänner", 1).containsEntry("dec", 12);
    }

    @Test
    void calendarWordsAreTheWeekdaysAndTheFullMonthNames() {
        assertThat(CalendarWords.names()).contains("montag", "sunday", "märz", "may", "december").doesNotContain("sept", "jänner", "sonnabend");
    }

    @Test
    void aDatelineIsReadWithLabelsMonthsAndZonesFromTheLexicon() {
        PublicationTime.Found found = PublicationTime.find("Published Sept. 30, 2025 6:12 PM EDT\nText.", "en");
        assertThat(found.instant()).hasToString("2025-09-30T22:12:00Z");
        assertThat(found.precision()).isEqualTo(TimePrecision.MINUTE);
        // "Stand" is an ordinary word too: the label counts only as "Stand:" or "Stand am"
        assertThat(PublicationTime.find("Stand 11.11.2024 08:01 Uhr", "de")).isNull();
        assertThat(PublicationTime.find("Stand: 11.11.2024 08:01 Uhr", "de").instant()).hasToString("2024-11-11T07:01:00Z");
        // a creation label wins over an update label, whatever comes first
        assertThat(PublicationTime.find("Aktualisiert: 12.11.2024 09:00 Uhr\nErstellt: 7. November 2024, 12:50 Uhr", "de").instant())
                .hasToString("2024-11-07T11:50:00Z");
    }
}
