package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Als Ursache wurde ... angegeben", "Die Zahl wurde mit 40 angegeben": a value stated by someone the passive does not name. Invented text. */
class GermanStatedAsPassiveTest {
    @Test
    void anAlsPredicateWithAnAgentlessPassiveIsAStatementOfNoOneNamed() {
        String text = "Der Kiosk am Hafen brannte am Montag aus. Als Ursache des Feuers wurde ein defekter Kühlschrank angegeben.";
        List<Statement> found = extract(text);
        assertThat(said(found, text)).containsExactly("Als Ursache des Feuers wurde ein defekter Kühlschrank angegeben");
        assertThat(found.get(0).attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
    }

    @Test
    void nennenWithAnAlsPredicateStatesTheValueToo() {
        String text = "Die Bäckerei schließt ihre Filiale. Als Grund wird die hohe Miete genannt.";
        assertThat(said(extract(text), text)).containsExactly("Als Grund wird die hohe Miete genannt");
    }

    @Test
    void aFigureWithMitIsStated() {
        String text = "Ein Sturm zog über die Insel. Die Zahl der beschädigten Boote wurde mit 40 angegeben.";
        assertThat(said(extract(text), text)).containsExactly("Die Zahl der beschädigten Boote wurde mit 40 angegeben");
    }

    @Test
    void namingWithoutAFrameIsNoStatement() {
        String text = "Die Bewohner der Insel werden von den Fischern Möwenleute genannt.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void aParticipleThatDoesNotCloseItsClauseIsNoStatement() {
        String text = "Als Grund wurde die Miete genannt und geprüft.";
        assertThat(extract(text)).isEmpty();
    }
}
