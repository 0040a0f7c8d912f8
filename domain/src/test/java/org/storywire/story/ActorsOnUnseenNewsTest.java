package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places and organisation keys read from the form of the text, on teasers written for this test with invented names. */
class ActorsOnUnseenNewsTest {

    private final ArticleActors plant = ArticleActors.of(
            "Corvell Motors to shut Pelham plant, sources say",
            "Corvell Motors is preparing to close its Pelham assembly plant. \"There are no plans to close Pelham,\" a company spokeswoman said.",
            List.of(), true);

    @Test
    void aNameThatLocatesASiteIsAPlaceThoughASentenceNamesItAsAnObject() {
        assertThat(plant.entity(plant.keyOf("Pelham").orElseThrow()).orElseThrow().place()).isTrue();
        assertThat(plant.entity(plant.keyOf("Corvell").orElseThrow()).orElseThrow().place()).isFalse();
        assertThat(plant.mainOrganisation().map(ArticleActors.Entity::name)).contains("Corvell");
    }

    @Test
    void aCompanyIsKeyedByItsDistinctiveWordNotByItsNounOrLegalForm() {
        assertThat(plant.keyOf("Corvell Motors")).contains("corvell");
        assertThat(plant.keyOf("Motors")).contains("corvell");
        ArticleActors german = ArticleActors.of("Brixner AG schließt Werk", "Die Brixner AG will ihr Werk in Kelmbach schließen.", List.of(), false);
        assertThat(german.keyOf("Brixner AG")).contains("brixner");
    }

    @Test
    void aGermanSentenceMayOpenWithANameTheDictionaryDoesNotKnow() {
        ArticleActors german = ArticleActors.of("Dornveld bestätigt Abbau von Stellen", "Nun ist es offiziell: Dornveld streicht 800 Arbeitsplätze.",
                List.of(), false);
        assertThat(german.keyOf("Dornveld")).contains("dornvel");
        assertThat(german.keyOf("Nun")).isEmpty();
    }
}
