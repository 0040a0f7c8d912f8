package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryActorCatalogTest {

    private final ActorCatalog catalog = ActorCatalog.standard();

    private List<String> found(String text) {
        return catalog.find(text).stream().map(m -> m.actor().canonical()).toList();
    }

    @Test
    void theLongestAliasWinsSoAnOutletIsNotReadAsItsCity() {
        assertThat(found("Die Washington Post zitiert Washington.")).containsExactly("Washington Post", "USA");
    }

    @Test
    void aSentenceReadAgainNamesTheSameActorsAndItsListStaysAsItWas() {
        String sentence = "Die Ukraine widersprach, die Washington Post blieb bei ihrem Bericht.";
        List<ActorCatalog.Mention> first = catalog.find(sentence);
        List<ActorCatalog.Mention> again = catalog.find(new String(sentence.toCharArray()));
        assertThat(again).isEqualTo(first).extracting(m -> m.actor().canonical()).containsExactly("Ukraine", "Washington Post");
        assertThatThrownBy(() -> again.add(first.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(catalog.find("")).isEmpty();
    }

    @Test
    void aCountryAsCompoundModifierOrAsPlaceIsNoActor() {
        assertThat(found("Der Ukraine-Krieg und die US-Wahl")).isEmpty();
        assertThat(found("Kämpfe in der Ukraine")).isEmpty();
        assertThat(found("Die Ukraine protestierte, Russland schwieg.")).containsExactly("Ukraine", "Russland");
    }

    @Test
    void aCapitalisedGermanAdjectiveInsideANameNamesTheOrganisationNotTheCountry() {
        assertThat(found("Der Deutsche Wetterdienst warnt vor Glätte.")).isEmpty();
        assertThat(catalog.resolve("Deutsche Wetterdienst")).isEmpty();
        assertThat(found("Die deutsche Regierung schwieg.")).containsExactly("Deutschland");
        assertThat(found("Deutsche Soldaten bleiben im Land.")).as("a sentence's first word").containsExactly("Deutschland");
        assertThat(found("German officials declined to comment.")).containsExactly("Deutschland");
    }

    @Test
    void capitalisedAliasesAreCaseSensitive() {
        assertThat(found("He told us nothing.")).isEmpty();
        assertThat(found("The US and the EU")).containsExactly("USA");
    }

    @Test
    void inflectedAdjectivesAndRoleNounsResolveToTheirSide() {
        assertThat(catalog.find("die russischen Eliten und der Kreml-Chef")).extracting(m -> m.actor().side()).containsExactly("RU", "RU");
        assertThat(catalog.principal(catalog.resolve("Kremlsprecher Dmitri Peskow").orElseThrow()).canonical()).isEqualTo("Wladimir Putin");
    }

    @Test
    void anOfficeSpeaksForItsBodyNotForAHolderTheCatalogWouldHaveToKeepUpToDate() {
        // who holds an office changes; the article names the holder ("Kanzler Paul Wendt"), the catalog does not
        ActorCatalog.Actor government = catalog.principal(catalog.resolve("Bundesregierung").orElseThrow());
        assertThat(catalog.resolve("Regierungssprecherin").map(catalog::principal)).contains(government);
        assertThat(catalog.resolve("Regierungssprecher").orElseThrow().kind()).isEqualTo(ActorCatalog.Kind.OFFICE);
        assertThat(catalog.resolve("der Kanzler").map(catalog::principal).orElseThrow().canonical()).isEqualTo("Bundeskanzler");
    }

    @Test
    void aGovernmentSpeaksForTheHeadInOfficeAtTheStatementsDate() {
        ActorCatalog.Actor government = catalog.resolve("die Bundesregierung").orElseThrow();
        assertThat(catalog.principal(government, Instant.parse("2024-11-10T12:00:00Z")).canonical()).isEqualTo("Olaf Scholz");
        assertThat(catalog.principal(government, Instant.parse("2025-05-06T00:00:00Z")).canonical()).isEqualTo("Friedrich Merz");
        assertThat(catalog.principal(government).canonical()).as("date unknown: today's").isEqualTo("Friedrich Merz");
        assertThat(catalog.resolve("Regierungssprecher Stefan Kornelius").map(a -> catalog.principal(a, Instant.parse("2026-03-01T00:00:00Z")))
                .orElseThrow().canonical()).isEqualTo("Friedrich Merz");
    }

    @Test
    void tenuresOtherThanTheLastNeedAnEndDate() {
        assertThatThrownBy(() -> ActorCatalog.parse(List.of("Regierung\tXX\tGOVERNMENT\tA, B\tregierung")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("until");
        ActorCatalog two = ActorCatalog.parse(List.of("A\tXX\tPERSON\t-\ta", "B\tXX\tPERSON\t-\tb",
                "Regierung\tXX\tGOVERNMENT\tA until 2020-01-01, B\tregierung"));
        ActorCatalog.Actor government = two.resolve("Regierung").orElseThrow();
        assertThat(two.principal(government, Instant.parse("2019-12-31T23:59:59Z")).canonical()).isEqualTo("A");
        assertThat(two.principal(government, Instant.parse("2020-01-01T00:00:00Z")).canonical()).isEqualTo("B");
    }

    @Test
    void mediaAndJournalistsHaveNoSide() {
        assertThat(catalog.resolve("Bob Woodward").orElseThrow().hasSide()).isFalse();
        assertThat(catalog.resolve("Reuters").orElseThrow().isReportSource()).isTrue();
    }
}
