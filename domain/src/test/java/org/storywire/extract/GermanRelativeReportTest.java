package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative clause opened by "wonach", "laut dem", "denen zufolge" or, behind a noun of reporting, "nach denen" says
 * what the phrase before its comma reports. Every text is written for this test.
 */
class GermanRelativeReportTest {
    @Test
    void wonachClauseIsWhatTheEstimateSays() {
        String text = "Für das Jahr 2019 gibt es eine Schätzung, wonach in Kerbach rund 400 Wohnungen leer standen.";
        Statement s = only(text);
        assertThat(content(s, text)).isEqualTo("in Kerbach rund 400 Wohnungen leer standen");
        assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(s.speaker().mention()).contains("Schätzung");
    }

    @Test
    void relativeClauseEndsOnItsVerbBeforeTheMainClauseGoesOn() {
        String text = "Ein Bericht der Agentur Nordpress, wonach der Bürgermeister zurücktreten wolle, wurde am Abend richtiggestellt.";
        Statement s = extract(text).stream().filter(x -> x.attribution() == Attribution.REPORTED).findFirst().orElseThrow();
        assertThat(content(s, text)).isEqualTo("der Bürgermeister zurücktreten wolle");
        assertThat(s.speaker().mention()).contains("Nordpress");
    }

    @Test
    void lautDemClauseNamesTheReportNotThePronoun() {
        String text = "Es gibt einen Bericht, laut dem die Werft bis Ende Mai schließen muss.";
        Statement s = only(text);
        assertThat(content(s, text)).isEqualTo("die Werft bis Ende Mai schließen muss");
        assertThat(s.speaker().mention()).isEqualTo("Bericht");
    }

    @Test
    void aCueOfTheSentenceTakesTheRelativeClauseAsItsTopic() {
        String text = "Zu Gerüchten, wonach die Werft verkauft werde, wollte sich der Betriebsrat Tom Albers nicht äußern.";
        Statement s = only(text);
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(s.speaker().mention()).contains("Tom Albers");
    }

    @Test
    void aRumourIsANounOfReporting() {
        // hearsay has content as a report has
        String text = "Seit Wochen gibt es Gerüchte, nach denen die Brauerei Hollweg ihren Standort in Kerbach aufgibt.";
        Statement s = only(text);
        assertThat(content(s, text)).isEqualTo("die Brauerei Hollweg ihren Standort in Kerbach aufgibt");
        assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
        assertThat(s.speaker().mention()).isEqualTo("Gerüchte");

        // and so has a claim
        String claim = "Im Netz kursieren Vorwürfe, nach denen die Partei Spenden aus dem Ausland angenommen hat.";
        assertThat(content(only(claim), claim)).isEqualTo("die Partei Spenden aus dem Ausland angenommen hat");
    }

    @Test
    void nachDemAfterANounOfTimeIsNoReport() {
        assertThat(extract("Das war der Tag, nach dem in Kerbach alles anders wurde.")).isEmpty();
    }

    private static Statement only(String text) {
        List<Statement> found = extract(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
