package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/** "geht aus einem Bericht hervor": the document is the source and its author the entity. Every text is written for this test. */
class GermanDocumentSourceTest {
    @Test
    void whatComesOutOfADocumentHasTheDocumentAsSourceAndItsAuthorAsEntity() {
        String text = "Die Mieten in Großstädten sind um acht Prozent gestiegen. Das geht aus einem Bericht des Statistischen Bundesamts hervor.";
        Statement s = about(extract(text), "Mieten");
        assertThat(s.speaker().mention()).isEqualTo("einem Bericht des Statistischen Bundesamts");
        assertThat(s.speaker().canonical()).isEqualTo("Statistischen Bundesamts");

        String fronted = "Aus einer Studie der Universität Lindau geht hervor, dass jeder dritte Schüler schlecht schläft.";
        assertThat(about(extract(fronted), "Schüler").speaker().canonical()).isEqualTo("Universität Lindau");
    }
}
