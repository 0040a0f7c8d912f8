package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "According to X, Y denied ...": the verb's subject speaks, the source relays it; a plain claim stays the source's, as
 * PolNeAR credits it. Every text is written for this test.
 */
class EnglishRelayTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aFrontedSourceBeforeADenialIsItsRelay() {
        List<Statement> found = english.extract("According to the Harbour Gazette, the port authority denied the report.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("the port authority");
        assertThat(found.get(0).relayedBy().mention()).isEqualTo("the Harbour Gazette");
        assertThat(found.get(0).stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aClaimClosedByItsSourceStaysTheSourcesAsPolNeARCreditsIt() {
        List<Statement> found = english.extract("\"We will stay,\" the coach said, according to the newsletter.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("the newsletter");
        assertThat(found.get(0).relayedBy()).isNull();
    }
}
