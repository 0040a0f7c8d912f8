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
}
