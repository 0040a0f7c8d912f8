package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A "dass" clause or a "zu" infinitive after the first comma of a main clause whose subject is a person
 * or a body reports what the subject said, holds or demanded, whatever the verb. Every text is written
 * for this test.
 */
class GermanContentClauseTest {
    @Test
    void aDassClauseAfterAPersonOrBodyWithAVerbInNoListIsWhatTheySaid() {
        String text = "Bürgermeisterin Ana Roth legte Wert darauf, dass die Brücke im Mai fertig wird.";
        Statement s = about(extract(text), "Brücke");
        assertThat(content(s, text)).isEqualTo("dass die Brücke im Mai fertig wird");
        assertThat(s.speaker().canonical()).isEqualTo("Ana Roth");

        String body = "Die Polizei hält es für unwahrscheinlich, dass der Täter noch in der Stadt ist.";
        Statement p = about(extract(body), "Täter");
        assertThat(content(p, body)).isEqualTo("dass der Täter noch in der Stadt ist");
        assertThat(p.speaker().canonical()).isEqualTo("Polizei");
    }

    @Test
    void aPhraseSetOffBeforeAKonjunktivIsItsSubjectNotASpeaker() {
        String text = "Die Feuerwehr teilte am Abend mit, es habe in der Halle gebrannt. "
                + "Die Verletzten, vor allem Lagerarbeiter, seien mit Rauchvergiftungen in Kliniken gebracht worden.";
        assertThat(about(extract(text), "Rauchvergiftungen").speaker().mention()).isEqualTo("Die Feuerwehr");
    }

    @Test
    void aPronounSubjectSpeaksForWhomItStandsButThePoliteSieDoesNot() {
        String text = "Kanzler Paul Wendt reiste am Montag nach Rom. Er machte deutlich, dass er keine neuen Schulden will.";
        Statement s = about(extract(text), "Schulden");
        assertThat(content(s, text)).isEqualTo("dass er keine neuen Schulden will");
        assertThat(s.speaker().canonical()).isEqualTo("Paul Wendt");
        assertThat(extract("Für wie wahrscheinlich halten Sie es, dass der Kanzler bleibt?")).isEmpty();
    }

    @Test
    void aResultClauseOrANounsOwnClauseReportsNothing() {
        // "so ..., dass": what followed, not what was said
        assertThat(extract("Die Polizei hatte die Kreuzung so weit geräumt, dass Busse wieder fahren konnten.")).isEmpty();
        assertThat(extract("Die Explosion war so heftig, dass man sie kilometerweit hörte.")).isEmpty();
        // the clause belongs to the noun before the comma
        assertThat(extract("Der Kanzler stand vor dem Problem, dass ihm die Mehrheit fehlte.")).isEmpty();
    }

    @Test
    void aZuInfinitiveAfterAPersonOrBodyIsWhatTheyDemandedOrPromised() {
        String text = "Bürgermeisterin Ana Roth hat die Nachbargemeinden dazu aufgefordert, einen Plan gegen den Lärm vorzulegen.";
        Statement s = about(extract(text), "Lärm");
        assertThat(content(s, text)).isEqualTo("einen Plan gegen den Lärm vorzulegen");
        assertThat(s.speaker().canonical()).isEqualTo("Ana Roth");

        // a compound the dictionary lacks: particle, "zu", a verb it knows
        String unknown = "Bürgermeisterin Ana Roth hat die Nachbargemeinden aufgefordert, den Lärmschutz voranzutreiben.";
        assertThat(content(about(extract(unknown), "Lärmschutz"), unknown)).isEqualTo("den Lärmschutz voranzutreiben");

        String perfect = "Die Polizei wirft dem Kassierer Ole Brandt vor, an dem Betrug beteiligt gewesen zu sein.";
        assertThat(content(about(extract(perfect), "Betrug"), perfect)).isEqualTo("an dem Betrug beteiligt gewesen zu sein");
    }

    @Test
    void aZuInfinitiveOfPurposeOrOfAnAttemptReportsNothing() {
        // "um ... zu": why, not what was said
        assertThat(extract("Die Polizei sperrte die Brücke am Morgen, um die Anwohner zu schützen.")).isEmpty();
        // trying, managing, starting: an act, with a separable particle too
        assertThat(extract("Bürgermeisterin Ana Roth versuchte, die Nachbargemeinden zu überzeugen.")).isEmpty();
        assertThat(extract("Bürgermeisterin Ana Roth fing danach an, die Akten zu ordnen.")).isEmpty();
        // an intention is no statement either
        assertThat(extract("Bürgermeisterin Ana Roth plant, die Nachbargemeinden im Mai zu besuchen.")).isEmpty();
    }

    @Test
    void aBodyOrAnAgentNounSpeaksThoughTheArticleNamesNoOne() {
        // no name the article knows, no role: the head noun names people, by its agent ending or as a body
        String agents = "Die Meeresforscher fanden heraus, dass die Schnecken im Winter wandern.";
        Statement a = about(extract(agents), "Schnecken");
        assertThat(content(a, agents)).isEqualTo("dass die Schnecken im Winter wandern");
        assertThat(a.speaker().mention()).isEqualTo("Die Meeresforscher");

        String body = "Das Landgericht sah es als erwiesen an, dass der Kassierer das Geld genommen hatte.";
        assertThat(about(extract(body), "Kassierer").speaker().mention()).isEqualTo("Das Landgericht");
    }

    @Test
    void aClauseOpenedByAFiniteVerbIsNoZuInfinitive() {
        // "ist ... zu erfahren": a main clause of its own after the comma, not what the subject demanded
        assertThat(extract("Wie viel die Netzbetreiber einspeisen, ist aber nicht zu erfahren.")).isEmpty();
        assertThat(extract("Die Netzbetreiber speisen Strom ein, ist aber nicht zu erfahren.")).isEmpty();
    }

    @Test
    void anImpersonalPassiveReportsItsDassClauseWithTheAgentBehindVonAsSpeaker() {
        String text = "Im April wurde dann bekannt, dass der Trainer der Nordstädter schwer erkrankt war.";
        Statement s = about(extract(text), "Trainer");
        assertThat(content(s, text)).isEqualTo("dass der Trainer der Nordstädter schwer erkrankt war");
        assertThat(s.speaker()).isNull();
        assertThat(s.attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);

        String agent = "Von den Behörden beider Staaten wird vermutet, dass Schmuggler an dem Überfall beteiligt waren.";
        assertThat(about(extract(agent), "Schmuggler").speaker().mention()).isEqualTo("den Behörden");
    }

    @Test
    void aPassiveWithASubjectOfItsOwnOrOfADeedReportsNothing() {
        // the "dass" clause belongs to the noun; the clause has a subject
        assertThat(extract("Die Sitze werden nicht nach dem Prinzip verteilt, dass der Sieger alle bekommt.")).isEmpty();
        // preventing is a deed
        assertThat(extract("Am Abend wurde verhindert, dass das Feuer auf die Scheune übergriff.")).isEmpty();
    }

    @Test
    void aDemandOrClaimAsANounHasItsClauseAfterTheCommaSaidByItsSource() {
        String genitive = "Mit Befremden reagierte die Partei auf die Forderung des Vorsitzenden Paul Wendt, in der Steuerpolitik auf die Grünen zuzugehen.";
        Statement g = about(extract(genitive), "Steuerpolitik");
        assertThat(content(g, genitive)).isEqualTo("in der Steuerpolitik auf die Grünen zuzugehen");
        assertThat(g.speaker().canonical()).isEqualTo("Paul Wendt");

        String von = "Die Kritik richtete sich gegen den Plan von Innenminister Paul Wendt, alle Passbilder zu speichern.";
        assertThat(about(extract(von), "Passbilder").speaker().canonical()).isEqualTo("Paul Wendt");

        // no source: what was claimed, by no one named; the main clause going on is not part of it
        String none = "Für die Behauptung, dass jemand einen Anschlag plante, fehlt bis heute jeder Hinweis.";
        Statement n = about(extract(none), "Anschlag");
        assertThat(content(n, none)).isEqualTo("dass jemand einen Anschlag plante");
        assertThat(n.attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
    }

    @Test
    void aNounOfNoDemandOrClaimHasNoSaidClause() {
        assertThat(extract("Am Abend bot sich den Besuchern die Gelegenheit, die Werft zu besichtigen.")).isEmpty();
    }
}
