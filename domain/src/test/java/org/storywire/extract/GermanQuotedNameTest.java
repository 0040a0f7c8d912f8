package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import org.junit.jupiter.api.Test;

/**
 * A German quotation right after a common noun names it ("dem Film „...“", "die Domain „...“"): no statement. After a
 * noun of saying, with a verb inside, or as one word set off it stays one. Every text is written for this test.
 */
class GermanQuotedNameTest {
    @Test
    void aQuotationNamingTheNounBeforeItIsNoStatement() {
        assertThat(extract("Der Komponist schrieb einige Lieder zu dem Film „Der lange Winter“.")).isEmpty();
        assertThat(extract("Für die neue generische Top-Level-Domain „.berlin“ begann die Registrierung.")).isEmpty();
    }

    @Test
    void aHyphenatedCompoundIsReadByItsLastNoun() {
        assertThat(extract("Am Abend zeigte der Verein seine preisgekrönte Heimat-Dokumentation „Das stille Tal“.")).isEmpty();
    }

    @Test
    void aQuotationAfterANounOfSayingStaysAStatement() {
        String text = "Die Ministerin sprach mit dem Satz „Wir schaffen das nicht allein“ vor den Abgeordneten.";
        assertThat(extract(text)).singleElement().satisfies(s -> assertThat(content(s, text)).isEqualTo("„Wir schaffen das nicht allein“"));
    }

    @Test
    void aQuotationWithAVerbOrOneWordSetOffStaysAStatement() {
        String motto = "Sie protestierten unter dem Motto „Der Park bleibt“.";
        assertThat(extract(motto)).singleElement().satisfies(s -> assertThat(content(s, motto)).isEqualTo("„Der Park bleibt“"));

        String judged = "Der Minister nannte die Pläne „unausgegoren“.";
        assertThat(extract(judged)).singleElement().satisfies(s -> assertThat(content(s, judged)).isEqualTo("„unausgegoren“"));
    }

    @Test
    void aQuotationADeterminerOpensIsATitleOrTerm() {
        assertThat(extract("Die Stiftung verlieh der Ärztin das „Goldene Ehrenzeichen für Verdienste um die Stadt Lindenau“.")).isEmpty();
        assertThat(extract("Der Verein stellte am Freitag ein „rollendes Klassenzimmer“ vor.")).isEmpty();
        assertThat(extract("Die Kinder feierten im „Haus der kleinen Forscher“ ein Sommerfest.")).isEmpty();
    }

    @Test
    void aQuotationADeterminerOpensAfterVonOrAlsStaysAStatement() {
        String called = "Der Bürgermeister bezeichnete die Pläne als einen „teuren Irrweg“.";
        assertThat(said(extract(called), called)).contains("„teuren Irrweg“");
        String spoke = "Die Gewerkschaft sprach von einem „schwarzen Tag für die Belegschaft“.";
        assertThat(said(extract(spoke), spoke)).contains("„schwarzen Tag für die Belegschaft“");
    }

    @Test
    void aQuotationADeterminerOpensThatEndsInAVerbStaysAStatement() {
        String moved = "Die Ministerin will die Prüfung im „Regelfall um zwei Jahre verschoben“ sehen.";
        assertThat(said(extract(moved), moved)).contains("„Regelfall um zwei Jahre verschoben“");
    }
}
