package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.statementAt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

/** An administration named by its common noun speaks for and names its head, on sentences written for this test. */
class AdministrationSpeakerTest {

    private static final String CLAIM = "Oberbürgermeister Henrik Maltzahn will nach Angaben der Bürgerliste Ravensfurt das Freibad am Mühlenteich verkaufen.";

    @Test
    void aTownAdministrationSpeaksForTheMayorTheArticleNames() {
        String id = "maltzahn";
        String denial = "Die Stadtverwaltung wies den Bericht zurück.";
        StoryState story = storyOfSecond(id, CLAIM, "Die Stadtverwaltung", Stance.DENIAL, denial);
        assertThat(story.positions()).anySatisfy(p -> {
            assertThat(p.party()).isEqualTo("Maltzahn");
            assertThat(p.standing()).isEqualTo(Standing.PARTY);
            assertThat(p.stance()).isEqualTo(Stance.DENIAL);
        });
        assertThat(story.status()).isEqualTo(StoryStatus.DENIED);
    }

    @Test
    void anAdministrationNamedInAClaimNamesItsHead() {
        ArticleActors actors = ArticleActors.of("Streit ums Freibad", null,
                List.of(CLAIM, "Das Rathaus wolle das Gelände einem Investor überlassen, sagte Fraktionschefin Ute Rinnlake."), false);
        String mayor = actors.keyOf("Maltzahn").orElseThrow();
        assertThat(actors.headOfAdministration("Das Rathaus wolle das Gelände einem Investor überlassen")).contains(mayor);
        assertThat(actors.headOfAdministration("Die Stadtwerke wollen das Gelände verkaufen")).isEmpty();
    }

    @Test
    void twoMayorsLeaveTheAdministrationNobodys() {
        ArticleActors actors = ArticleActors.of("Zwei Städte, ein Freibad", null, List.of(CLAIM,
                "Auch Bürgermeisterin Greta Osterkamp aus Lindwerder äußerte sich.", "Die Verwaltung prüft den Verkauf."), false);
        assertThat(actors.headOfAdministration("Die Verwaltung prüft den Verkauf.")).isEmpty();
    }

    @Test
    void aDistrictNamedInAClaimNamesItsLandrat() {
        ArticleActors actors = ArticleActors.of("Streit um die Grundschule", null, List.of(
                "Der Kreis wolle die Grundschule in Haselbrook zum Sommer schließen, sagte der Vorsitzende des Fördervereins, Jannik Seebold.",
                "Landrat Olaf Quernheim wies das zurück."), false);
        String landrat = actors.keyOf("Quernheim").orElseThrow();
        assertThat(actors.headOfAdministration("Der Kreis wolle die Grundschule in Haselbrook zum Sommer schließen")).contains(landrat);
        assertThat(actors.headOfAdministration("Der Landkreis zahlt die Busse nicht mehr")).contains(landrat);
        assertThat(actors.headOfAdministration("Der Förderverein wolle die Schule retten")).isEmpty();
    }

    @Test
    void aDistrictWithNoLandratNamedIsNobodys() {
        ArticleActors actors = ArticleActors.of("Streit um die Grundschule", null, List.of(CLAIM,
                "Der Kreis wolle die Grundschule in Haselbrook zum Sommer schließen, sagte Fraktionschefin Ute Rinnlake."), false);
        assertThat(actors.headOfAdministration("Der Kreis wolle die Grundschule in Haselbrook zum Sommer schließen")).isEmpty();
    }

    private static StoryState storyOfSecond(String id, String first, String speaker, Stance stance, String second) {
        ArticleInfo article = new ArticleInfo(id, "Ravensfurter Anzeiger", "https://example.org/" + id, "Streit ums Freibad", first, day(5), "de");
        StoryBook book = StoryBook.standard();
        book.ingest(article, List.of(
                statementAt(id, 0, "Bürgerliste Ravensfurt", Stance.CLAIM, first, 0, day(5)),
                statementAt(id, 1, speaker, stance, second, first.length() + 1, day(5))));
        return book.story(book.storyOf(id, 1).orElseThrow()).orElseThrow();
    }
}
