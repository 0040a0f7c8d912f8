package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A reaction in an attitude ("zeigte sich enttäuscht", "reagiert gelassen", "bleiben skeptisch", a title's bare
 * "Betriebsrat empört") in a headline or a teaser of a sentence or two: the reacting side's claim. Every text is invented.
 */
class GermanReactionCueTest {
    @Test
    void showingAnAttitudeInATeaserIsTheSubjectsClaim() {
        Statement s = about(extract("Stadtrat streicht Zuschuss für Freibad", "Der Förderverein Wellenhof zeigte sich enttäuscht über die Entscheidung."), "enttäuscht");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).contains("Förderverein");
    }

    @Test
    void reactingWithAnAttitudeAndAPrepositionalObjectIsAClaim() {
        Statement s = about(extract("Seniorenheim Lindgarten reagiert gelassen auf Prüfbericht", "Die Mängel seien längst behoben."), "gelassen");
        assertThat(s.speaker().mention()).contains("Seniorenheim");
    }

    @Test
    void anAttitudeKeptUpInATitleIsAClaim() {
        assertThat(extract("Bürgermeister verspricht neue Radwege – Anwohner bleiben skeptisch", "Die Planung soll im Frühjahr beginnen."))
                .anyMatch(s -> s.stance() == Stance.CLAIM && s.speaker() != null && s.speaker().mention().contains("Anwohner"));
    }

    @Test
    void aTitlesBareAttitudeBehindABodyIsItsReaction() {
        Statement s = about(extract("Werk in Kaltenbach bleibt offen: Betriebsrat erleichtert", "Der Konzern verzichtet auf den Umzug."), "erleichtert");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Betriebsrat");
    }

    @Test
    void aTitlesAttitudeBehindAThingSaysHowItFared() {
        assertThat(extract("Modehandel: Sommerschlussverkauf enttäuscht", "Die Umsätze lagen unter dem Vorjahr."))
                .noneMatch(s -> s.sentenceText().contains("enttäuscht"));
    }

    @Test
    void anAttitudeThatAnotherVerbReportsIsThatVerbsContent() {
        Statement s = about(extract("Neue Buslinie in Kaltenbach", "Die meisten Fahrgäste bleiben zufrieden, wie eine Umfrage der Verkehrsbetriebe ergab."), "zufrieden");
        assertThat(s.speaker().mention()).contains("Umfrage");
    }

    @Test
    void runningTextNarratesTheReaction() {
        String body = "Der Stadtrat strich den Zuschuss für das Freibad. Der Förderverein zeigte sich enttäuscht. "
                + "Das Bad öffnet im Mai. Danach beginnt der Umbau der Liegewiese.";
        assertThat(extract("Stadtrat streicht Zuschuss für Freibad", body)).noneMatch(s -> s.sentenceText().contains("enttäuscht"));
    }

    @Test
    void aStateWithIsNarratesNoReaction() {
        assertThat(extract("Ozonloch wächst", "Die Forscher sind beunruhigt.")).noneMatch(s -> s.sentenceText().contains("beunruhigt"));
    }
}
