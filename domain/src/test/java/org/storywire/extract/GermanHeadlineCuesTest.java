package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** Verbs that sum up a speech act in a headline and narrate an act in running text. Every text is invented. */
class GermanHeadlineCuesTest {
    @Test
    void aReprimandInTheTitleIsTheBodysClaim() {
        Statement s = about(extract("Landesrechnungshof rügt Ausgaben für Dienstwagen", "Die Prüfer fanden zahlreiche Mängel."), "rügt");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Landesrechnungshof");
    }

    @Test
    void aConfessionInTheTitleConfirms() {
        Statement s = about(extract("Angeklagte gesteht Brandanschlag auf Scheune in Molbach", "Der Prozess wird am Dienstag fortgesetzt."), "gesteht");
        assertThat(s.stance()).isEqualTo(Stance.CONFIRMATION);
    }

    @Test
    void aRetortInTheTitleGivesTheTeasersKonjunktivItsSpeaker() {
        Statement s = about(extract("Torhüterin Brink kontert Kritik an Wechsel nach Frankreich", "Die Entscheidung sei ihr schwer gefallen."), "schwer gefallen");
        assertThat(s.speaker().canonical()).contains("Brink");
    }

    @Test
    void keepingSilentWithNoTopicAfterAQuestionDeclines() {
        Statement s = about(extract("Neuer Intendant für das Stadttheater? Kulturbürgermeister schweigt", "Mehrere Namen werden gehandelt."), "schweigt");
        assertThat(s.stance()).isEqualTo(Stance.NO_COMMENT);
        assertThat(about(extract("Reederei schweigt zu Havarie vor Kellsand", "Ein Frachter lief auf Grund."), "Havarie").stance())
                .isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void declaringADangerOverInTheTitleIsAClaim() {
        Statement s = about(extract("Wetteramt gibt Entwarnung für Küstenorte", "Die Pegel sinken."), "Entwarnung");
        assertThat(s.speaker().mention()).isEqualTo("Wetteramt");
    }

    @Test
    void defendingADecisionInTheTitleIsTheSubjectsClaim() {
        Statement s = about(extract("Schulrätin verteidigt Zusammenlegung der Grundschulen", "Die Eltern in Molbach protestieren."), "verteidigt");
        assertThat(s.stance()).isEqualTo(Stance.CLAIM);
        assertThat(s.speaker().mention()).isEqualTo("Schulrätin");
    }

    @Test
    void inRunningTextTheSameVerbsNarrate() {
        assertThat(extract("Derby in Molbach", "Die Gäste konterten in der Schlussphase und rügten den Schiedsrichter nicht.")).isEmpty();
        assertThat(extract("Derby in Molbach", "Der Kapitän verteidigt in der Schlussphase das eigene Tor.")).isEmpty();
    }

    @Test
    void aReactionInAnAttitudeIsTheSubjectsClaim() {
        Statement reaction = about(extract("Kanzlerin stellt Rentenplan vor", "Die Gewerkschaften reagierten verärgert. Die Wirtschaft lobte den Plan."), "verärgert");
        assertThat(reaction.speaker().mention()).isEqualTo("Die Gewerkschaften");
    }

    private static final String WELCOME = "Der Kreistag von Oberhaslach beschloss den Ausbau der Buslinien. Die Fahrgastverbände begrüßten den Schritt. ";
    private static final String REJECTED = "Die Grünen im Kreistag wollen Busse zum Nulltarif. Die Liberalen lehnen das strikt ab. ";

    @Test
    void aTeaserUnderAHeadlineSumsUpAsTheHeadlineDoes() {
        String title = "Mehr Busse für das Umland";
        Statement welcomed = about(extract(title, WELCOME), "begrüßten");
        assertThat(welcomed.stance()).isEqualTo(Stance.CLAIM);
        assertThat(welcomed.speaker().mention()).contains("Fahrgastverbände");
        assertThat(about(extract(title, REJECTED), "strikt ab").speaker().mention()).contains("Liberalen");
    }

    @Test
    void runningTextNarratesWithTheSameVerbs() {
        String body = WELCOME + REJECTED + "Die Saison endet im Mai. Danach beginnt der Umbau des Stadions.";
        assertThat(extract("Mehr Busse für das Umland", body)).noneMatch(s -> s.sentenceText().contains("begrüßten")
                || s.sentenceText().contains("strikt ab"));
    }

    @Test
    void aTeaserNarratesWithExpectingAndThePassiveAsRunningTextDoes() {
        assertThat(extract("Weihnachtsmarkt in Oberhaslach eröffnet", "Sechzig Buden und eine Eisbahn erwarten die Besucher."))
                .noneMatch(s -> s.sentenceText().contains("Eisbahn"));
        assertThat(extract("Frachter in Oberhaslach angekommen", "Das Schiff wurde am Kai von zwei Schleppern begrüßt."))
                .noneMatch(s -> s.sentenceText().contains("Schleppern"));
    }
}
