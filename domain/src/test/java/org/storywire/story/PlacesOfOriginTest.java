package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented towns and firms: a name written only where something happens or where someone comes from is a place. */
class PlacesOfOriginTest {

    @Test
    void aNameAfterAusIsWhereSomeoneComesFrom() {
        ArticleActors actors = ArticleActors.of("Vellmar übernimmt Windparkbetreiber Ostholm", "Der Versorger aus Tarnwerde baut sein Geschäft aus.",
                List.of("Der Kaufpreis liege bei 90 Millionen Euro, teilte Vellmar am Montag in Tarnwerde mit."), false);

        assertThat(actors.entity(actors.keyOf("Tarnwerde").orElseThrow()).orElseThrow().place()).as("'aus' and 'in' only").isTrue();
        assertThat(actors.entity(actors.keyOf("Vellmar").orElseThrow()).orElseThrow().place()).isFalse();
    }

    @Test
    void aNameAfterNachIsWhereSomethingGoesToButAClubNamedByItsTownStaysAnActor() {
        ArticleActors works = ArticleActors.of("Brelling schließt Werk in Ostmarsch", "Der Pumpenhersteller verlagert die Fertigung nach Kirrwede.",
                List.of("Betroffen seien 120 Beschäftigte, teilte Brelling am Dienstag mit."), false);
        assertThat(works.entity(works.keyOf("Kirrwede").orElseThrow()).orElseThrow().place()).as("'nach' only").isTrue();

        ArticleActors transfer = ArticleActors.of("Wechselt Kandler nach Rossbeck?", "Der Stürmer soll sich mit dem Klub einig sein.",
                List.of("Der SC Rossbeck wollte sich nicht zu dem Bericht äußern."), false);
        assertThat(transfer.entity(transfer.keyOf("Rossbeck").orElseThrow()).orElseThrow().place()).as("the club acts").isFalse();
    }

    @Test
    void aNameAfterAbIsWhereFlightsLeaveFromAndANameBeforeAirportIsTheAirportsTown() {
        ArticleActors base = ArticleActors.of("Tervik Air gibt Basis auf", "Die Billigfluggesellschaft Tervik Air schließt ihre Basis.",
                List.of("„Die Nachfrage ab Tornby reicht nicht mehr aus“, sagte Deutschland-Chef Ole Tamsen.",
                        "Auch ab Tornby werde es weniger Flüge geben, sagte Tamsen."), false);
        assertThat(base.entity(base.keyOf("Tornby").orElseThrow()).orElseThrow().place()).as("'ab' only").isTrue();

        ArticleActors english = ArticleActors.of("Tervik Air to close base, union says",
                "Tervik Air plans to close its base at Tornby airport next spring, the union said.",
                List.of("Tervik Air operates 14 aircraft from the Tornby airport, the union said."), true);
        assertThat(english.entity(english.keyOf("Tornby").orElseThrow()).orElseThrow().place()).as("'at' and the site noun").isTrue();
        assertThat(english.mainOrganisation().map(ArticleActors.Entity::key)).contains(english.keyOf("Tervik").orElseThrow());
    }

    @Test
    void anAgencyDatelineOfTwoWordPlacesNamesPlacesButAPartyBracketDoesNot() {
        ArticleActors actors = ArticleActors.of("Lindqvist streicht Stellen in Korrisfeld", null,
                List.of("Bad Wennholt/Korrisfeld (nrx) - Der Gerätehersteller Lindqvist baut in seinem Werk in Korrisfeld 200 Stellen ab.",
                        "Das bestätigte das Unternehmen am Mittwoch."), false);
        assertThat(actors.entity(actors.keyOf("Korrisfeld").orElseThrow()).orElseThrow().place()).as("dateline and 'in'").isTrue();
        assertThat(actors.mainOrganisation().map(ArticleActors.Entity::key)).contains(actors.keyOf("Lindqvist").orElseThrow());

        ArticleActors mayor = ArticleActors.of("Streit um den Haushalt in Ostmarsch", null,
                List.of("Hanno Pleck (SPD) sagte, der Haushalt von Ostmarsch sei solide.", "Pleck ist seit drei Jahren Bürgermeister."), false);
        assertThat(mayor.entity(mayor.keyOf("Pleck").orElseThrow()).orElseThrow().place()).as("a party's bracket without a dash").isFalse();
    }
}
