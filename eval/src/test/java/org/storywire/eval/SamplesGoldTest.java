package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The samples' storylines read as story gold: what {@code eval samples} scores against. */
class SamplesGoldTest {

    private static final Path EXPECTED = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "samples", "expected.json");

    @Test
    void everyStorylineIsAGoldStoryWithItsKeyStatementsAndItsStatusAfterEachArticle() throws Exception {
        SeedsGold gold = SamplesGold.read(EXPECTED.toFile().exists() ? EXPECTED : Path.of("../samples/expected.json"));
        assertThat(gold.articles()).hasSize(16);
        assertThat(gold.articles().get(0).file()).isEqualTo("sample-de-001");
        assertThat(gold.stories()).extracting(SeedsGold.GoldStory::finalStatus)
                .containsExactly("DENIED", "CLAIMED", "CLAIMED", "CLAIMED", "CLAIMED");
        assertThat(gold.statements()).allMatch(SeedsGold.GoldStatement::core);
        // one transition per article of a storyline, each after the articles before it and itself
        assertThat(gold.transitions()).hasSize(16);
        SeedsGold.GoldTransition third = gold.transitions().get(2);
        assertThat(third.after()).containsExactly("sample-de-001", "sample-en-002", "sample-de-003");
        assertThat(third.status()).isEqualTo("DENIED");
    }

    @Test
    void theSpeakerMayBeNamedByItsNamesOrByWhomItSpeaksFor() {
        assertThat(SamplesGold.speakerMatch("Malte Osterkamp (Konzernsprecher)", "Vellmar Motorenwerke"))
                .containsExactly("Malte", "Osterkamp", "Vellmar");
        assertThat(SamplesGold.speakerMatch("Rheinische Depesche, citing two people", null)).containsExactly("Rheinische", "Depesche");
        assertThat(SamplesGold.speakerMatch(null, null)).isEmpty();
    }
}
