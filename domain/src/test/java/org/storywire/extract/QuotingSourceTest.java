package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whoever is quoted speaks, and whoever quotes passes the words on. Every text is written for this test, with invented names. */
class QuotingSourceTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void germanQuotingWithTheWordsOfAWitness() {
        Statement s = only(GermanExtraction.extract("Die Zeitung Nordkurier zitiert einen Augenzeugen mit den Worten: „Der Wagen ist einfach weitergefahren.“"));
        assertThat(s.speaker().mention()).isEqualTo("einen Augenzeugen");
        assertThat(s.relayedBy().canonical()).isEqualTo("Nordkurier");
    }

    @Test
    void germanQuotingANamedMinisterBehindAnAdverbAndTheSubject() {
        Statement s = only(GermanExtraction.extract("Dazu zitiert die Agentur Rapido den Minister Paul Berning mit folgenden Worten: „Die Banken haben versagt.“"));
        assertThat(s.speaker().canonical()).isEqualTo("Paul Berning");
        assertThat(s.relayedBy().mention()).isEqualTo("die Agentur Rapido");
    }

    @Test
    void germanQuotingWithIndirectSpeechKeepsTheDenialOfTheQuoted() {
        Statement s = only(GermanExtraction.extract("Der Sender Welle Nord zitierte einen Sprecher der Reederei mit der Aussage, es gebe keine Gespräche."));
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
        assertThat(s.speaker().mention()).startsWith("einen Sprecher");
        assertThat(s.relayedBy().mention()).isEqualTo("Der Sender Welle Nord");
    }

    @Test
    void germanQuotingVerbBehindTheQuotationNamesWhomItQuotesBehindItsSubject() {
        // the quotation before the verb is the frame: whom the verb quotes needs no "mit den Worten"
        Statement s = only(GermanExtraction.extract("„Die Brücke ist nicht mehr sicher“, zitiert die Lokalzeitung den Statiker Jan Mohr."));
        assertThat(s.speaker().mention()).isEqualTo("den Statiker Jan Mohr");
        assertThat(s.relayedBy().mention()).isEqualTo("die Lokalzeitung");

        Statement named = only(GermanExtraction.extract("„Wir bleiben in Kerbach“, zitiert das Fachblatt Brauwelt Firmenchefin Eva Hollweg in einem Bericht."));
        assertThat(named.speaker().canonical()).isEqualTo("Eva Hollweg");

        // with no one behind the subject, the outlet that quotes stays the speaker
        Statement alone = only(GermanExtraction.extract("„Wir bleiben in Kerbach“, zitiert die Lokalzeitung aus einem Brief des Vereins."));
        assertThat(alone.relayedBy()).isNull();
        Statement named2 = only(GermanExtraction.extract("„Wir bleiben in Kerbach“, zitierte man Eva Hollweg vom Sender Welle Nord."));
        assertThat(named2.speaker().canonical()).isEqualTo("Eva Hollweg");
    }

    @Test
    void englishQuotedAsSaying() {
        Statement s = only(english.extract("The Harbour Post quoted a Calder spokesman as saying there were no talks."));
        assertThat(s.speaker().mention()).isEqualTo("a Calder spokesman");
        assertThat(s.relayedBy().canonical()).isEqualTo("Harbour Post");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void englishQuotedWithAnApposition() {
        Statement s = only(english.extract("The agency quoted Paul Berning, the finance minister, as saying the banks had failed."));
        assertThat(s.speaker().canonical()).isEqualTo("Paul Berning");
        assertThat(s.relayedBy().mention()).isEqualTo("The agency");
    }

    @Test
    void thePassiveAndAQuotedDocumentKeepTheirSpeaker() {
        assertThat(only(english.extract("The minister was quoted as saying that the deal was dead.")).speaker().mention()).isEqualTo("The minister");
        assertThat(only(GermanExtraction.extract("Der Vorsitzende Karl Imhof wird in einer Mitteilung mit den Worten zitiert: „Wir sind enttäuscht.“")).speaker().canonical())
                .isEqualTo("Karl Imhof");
        Statement study = only(GermanExtraction.extract("Der Bericht des Verbands zitiert eine Studie, wonach die Preise steigen."));
        assertThat(study.relayedBy()).isNull();
    }

    @Test
    void germanPassiveNamesWhoPassesTheWordsOnBehindVon() {
        Statement s = only(GermanExtraction.extract("Die Stadträtin Vera Lindqvist wird von der Zeitung Nordkurier mit den Worten zitiert, der Haushalt sei nicht zu retten."));
        assertThat(s.speaker().canonical()).endsWith("Vera Lindqvist");
        assertThat(s.relayedBy().mention()).contains("Nordkurier");
    }

    @Test
    void germanPassiveNamesTheOutletOrDocumentTheWordsAppearedIn() {
        Statement paper = only(GermanExtraction.extract("Der Trainer Ole Brandvik wird im Fachblatt „Sportecho“ mit den Worten zitiert: „Wir geben nicht auf.“"));
        assertThat(paper.speaker().canonical()).isEqualTo("Ole Brandvik");
        assertThat(paper.relayedBy().mention()).contains("Fachblatt");
        Statement release = only(GermanExtraction.extract("In einer Mitteilung des Vereins wird der Vorsitzende Karl Imhof mit den Worten zitiert: „Wir sind enttäuscht.“"));
        assertThat(release.speaker().canonical()).isEqualTo("Karl Imhof");
        assertThat(release.relayedBy().mention()).contains("Mitteilung");
    }

    @Test
    void germanPassiveAgentRightBeforeTheVerbIsNoAttributeOfTheSpeaker() {
        Statement s = GermanExtraction.extract("Die Brücke sei sicher, wie Bürgermeister Timo Falk von der Lokalzeitung Kurier zitiert wird.").get(0);
        assertThat(s.speaker().mention()).isEqualTo("Bürgermeister Timo Falk");
        assertThat(s.relayedBy().mention()).contains("Kurier");
    }

    private static Statement only(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
