package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "ließ ... verlauten" as a cue; a fronted "Das"/"Dies" before an auxiliary or modal standing for the sentence before
 * ("Das musste der Minister einräumen"); reported speech going on that names its speaker again in a clause of its own.
 * Every text is written for this test.
 */
class GermanPointerAndRenamedSpeakerTest {
    @Test
    void verlautenLassenFramesTheQuotationBeforeIt() {
        String text = "Die Brücke bleibt gesperrt. „Die Reparatur dauert bis zum Herbst“, ließ ein Sprecher der Stadt am Montag verlauten.";
        List<Statement> all = extract(text);
        assertThat(said(all, text)).contains("„Die Reparatur dauert bis zum Herbst“");
        Statement s = all.stream().filter(x -> content(x, text).contains("Reparatur")).findFirst().orElseThrow();
        assertThat(s.speaker().mention()).isEqualTo("ein Sprecher");
    }

    @Test
    void verlautenLassenInARelativeClauseOfItsObjectReportsNothing() {
        String text = "Die Brücke bleibt gesperrt. Der Trainer entschuldigte sich für die Kritik an den Fans, die er nach dem Spiel verlauten ließ.";
        assertThat(said(extract(text), text)).noneMatch(c -> c.contains("Kritik an den Fans"));
    }

    @Test
    void aFrontedPointerBeforeAModalStandsForTheSentenceBefore() {
        String text = "Die Brücke bleibt gesperrt. „Wir haben die Schäden unterschätzt.“ Das musste die Bürgermeisterin am Dienstag im Stadtrat einräumen.";
        List<Statement> all = extract(text);
        Statement s = all.stream().filter(x -> x.speaker() != null && "die Bürgermeisterin".equals(x.speaker().mention())).findFirst().orElseThrow();
        assertThat(content(s, text)).contains("Wir haben die Schäden unterschätzt");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void aFrontedPointerBeforeAnAuxiliaryStandsForTheSentenceBefore() {
        String text = "Die Brücke bleibt gesperrt. Die Reparatur dauert bis zum Herbst. Dies hat ein Sprecher der Stadt am Montag bestätigt.";
        List<Statement> all = extract(text);
        Statement s = all.stream().filter(x -> x.speaker() != null && "ein Sprecher".equals(x.speaker().mention())).findFirst().orElseThrow();
        assertThat(content(s, text)).isEqualTo("Die Reparatur dauert bis zum Herbst");
    }

    @Test
    void anArticleBeforeItsNounIsNoPointer() {
        String text = "Die Brücke bleibt gesperrt. Die Reparatur dauert bis zum Herbst. Das Bauamt hat den Zeitplan am Montag bestätigt.";
        assertThat(said(extract(text), text)).noneMatch(c -> c.equals("Die Reparatur dauert bis zum Herbst"));
    }

    @Test
    void aResumingDasAfterADashLeavesTheClauseBeforeAsWhatWasSaid() {
        String text = "Die Brücke bleibt gesperrt. Der Zug fährt nicht mehr über den Fluss – das teilte die Bahn am Montag mit.";
        Statement s = extract(text).stream().filter(x -> x.sentenceText().contains("Zug")).findFirst().orElseThrow();
        assertThat(content(s, text)).isEqualTo("Der Zug fährt nicht mehr über den Fluss");
        assertThat(s.speaker().mention()).isEqualTo("die Bahn");
    }

    @Test
    void aResumingDasAfterACommaMayHaveAFocusAdverb() {
        String text = "Die Brücke bleibt gesperrt. Die Reparatur ist nur ein erster Schritt, das zumindest meint der Sprecher der Stadt.";
        Statement s = extract(text).stream().filter(x -> x.sentenceText().contains("Reparatur")).findFirst().orElseThrow();
        assertThat(content(s, text)).isEqualTo("Die Reparatur ist nur ein erster Schritt");
        assertThat(s.speaker().mention()).isEqualTo("der Sprecher");
    }

    @Test
    void dasHeisstExplainsAndReportsNothing() {
        String text = "Die Brücke bleibt gesperrt. Die Stadt sperrt die Brücke für Lastwagen, das heißt der Verkehr muss über die Umgehung.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void aSpeakerNamedAgainInASubordinateClauseIsMentionedThere() {
        String text = "Die Brücke bleibt gesperrt. Die Bürgermeisterin Anna Hollmann sagte am Montag, die Reparatur dauere bis zum Herbst. "
                + "Obwohl Hollmann mit einer schnellen Einigung rechnet, seien die Kosten noch offen.";
        Statement s = extract(text).stream().filter(x -> x.sentenceText().contains("Kosten")).findFirst().orElseThrow();
        assertThat(s.speaker().mention()).isEqualTo("Hollmann");
        assertThat(s.speaker().canonical()).isEqualTo("Anna Hollmann");
    }

    @Test
    void aSpeakerNamedAsTheReportedClausesSubjectKeepsTheFirstMention() {
        String text = "Die Brücke bleibt gesperrt. Die Bürgermeisterin Anna Hollmann sagte am Montag, die Reparatur dauere bis zum Herbst. "
                + "Dennoch wolle sich Hollmann nicht mit dem Land über die Kosten streiten.";
        Statement s = extract(text).stream().filter(x -> x.sentenceText().contains("Kosten")).findFirst().orElseThrow();
        assertThat(s.speaker().mention()).isEqualTo("Die Bürgermeisterin Anna Hollmann");
    }
}
