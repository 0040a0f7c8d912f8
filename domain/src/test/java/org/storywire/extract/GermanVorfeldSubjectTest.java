package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German verb-second order decides the speaker: the phrase filling the Vorfeld right before the finite verb (appositions
 * and relative clauses set off by commas included) is the subject, and behind an adverbial Vorfeld the subject stands
 * right behind the verb; an object or attribute nearer to the cue or quotation is none. Every text is written for this test.
 */
class GermanVorfeldSubjectTest {
    @Test
    void theOpeningPhraseBeforeAnAuxiliaryIsTheSubjectNotTheObjectBehindIt() {
        String text = "Der Vorsitzende im Kreistag, Jonas Albers, hatte Kramer am Montag aufgefordert, sein Amt ruhen zu lassen.";
        assertThat(speakerOf(extract(text), text, "Amt")).isEqualTo("Jonas Albers");
    }

    @Test
    void behindAnAdverbialVorfeldTheSubjectFollowsTheVerb() {
        String text = "Im selben Schreiben fordert die Initiative den Rückzug der Firma aus dem Tal.";
        assertThat(speakerOf(extract(text), text, "Rückzug")).isEqualTo("die Initiative");

        String colon = "Höhnisch veröffentlichte der Verfasser folgenden Kommentar dazu: „Wer gehen will, soll gehen.“";
        assertThat(speakerOf(extract(colon), colon, "Wer gehen")).isEqualTo("der Verfasser");
    }

    @Test
    void aRelativeClauseSetOffBehindTheSubjectHoldsNoSpeaker() {
        String text = "Der Gutachter, der als wichtiger Zeuge gilt, will seine Arbeit beenden: „Mehr kommt nicht.“";
        assertThat(speakerOf(extract(text), text, "Mehr kommt")).isEqualTo("Der Gutachter");
    }

    @Test
    void aClauseInTheKonjunktivIsReportedItsSubjectIsNoSpeaker() {
        String text = "Sie sei „völlig erschüttert“ über das Unglück, sagte die Präsidentin, ihre „Gedanken sind bei allen, die von diesem Ereignis betroffen sind“.";
        assertThat(speakerOf(extract(text), text, "Gedanken")).isNotEqualTo("Sie");
    }

    @Test
    void aSecondMainClauseHasASubjectOfItsOwn() {
        String text = "Die Stürmerin nannte ihre Sperre „unfair“, die Trainerin Ina Kohl bezeichnete drei Gelbe Karten als „übertrieben“.";
        assertThat(speakerOf(extract(text), text, "übertrieben")).isNotEqualTo("Die Stürmerin");
    }

    @Test
    void aNounBehindAPrepositionAndAdjectivesIsNoSubject() {
        String text = "Zuletzt hatte sie mehrfach vor hohen Kosten für den Neubau der Brücke gewarnt und damit den Bürgermeister verärgert.";
        assertThat(extract(text)).extracting(s -> s.speaker().mention()).doesNotContain("Kosten", "hohen Kosten");
        assertThat(speakerOf(extract(text), text, "Kosten")).isEqualTo("sie");
    }

    @Test
    void aPrepositionalVorfeldHoldsNoSubjectEvenWithAGenitiveInside() {
        String text = "Der Verband legte am Montag seinen Jahresbericht vor. "
                + "Zum politischen Hintergrund der linken Gewalt führt die Präsidentin aus, rund ein Drittel der Taten sei geplant gewesen.";
        assertThat(speakerOf(extract(text), text, "Drittel")).isEqualTo("die Präsidentin");

        String setOff = "Zur Frage der Kosten, die seit Wochen umstritten sind, wies der Kämmerer darauf hin, die Rücklagen seien aufgebraucht.";
        assertThat(speakerOf(extract(setOff), setOff, "Rücklagen")).isEqualTo("der Kämmerer");

        // a report behind the verb is the source; a parenthesis set off by commas keeps its own subject
        String report = "Zum politischen Hintergrund der linken Gewalt führt der Bericht aus, rund ein Drittel der Taten sei geplant gewesen.";
        assertThat(speakerOf(extract(report), report, "Drittel")).isEqualTo("der Bericht");
        String parenthesis = "In etwa zehn Jahren, so schätzen die Gärtner, soll die neue Sorte in den Handel kommen.";
        assertThat(speakerOf(extract(parenthesis), parenthesis, "Sorte")).isEqualTo("die Gärtner");

        // a preposition opening an attribute of the Vorfeld's noun: that noun phrase is the subject
        String attribute = "Die Regierung nennt die Demonstranten Extremisten. Im Ausland lebende Exilanten wie Omar weisen die Vorwürfe zurück.";
        assertThat("Im Ausland lebende Exilanten wie Omar").contains(speakerOf(extract(attribute), attribute, "Vorwürfe"));
    }

    private static String speakerOf(List<Statement> found, String text, String words) {
        return found.stream().filter(s -> content(s, text).contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement saying \"" + words + "\" in " + found)).speaker().mention();
    }
}
