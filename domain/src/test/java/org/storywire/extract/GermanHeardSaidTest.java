package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Aus der Partei ist zu hören, ...": hearsay behind "zu hören"/"zu lesen", from where the "aus" phrase says. Invented text. */
class GermanHeardSaidTest {
    @Test
    void hearsayFromABodyIsItsReport() {
        String text = "Der Hafen von Lunden soll ausgebaut werden. Aus der Stadtverwaltung ist zu hören, der Bürgermeister habe die Pläne längst gebilligt.";
        List<Statement> found = extract(text);
        assertThat(said(found, text)).containsExactly("der Bürgermeister habe die Pläne längst gebilligt");
        assertThat(found.get(0).speaker().mention()).contains("Stadtverwaltung");
    }

    @Test
    void hearsayFromNoOneNamedIsAnUnnamedSource() {
        String text = "Der Hafen von Lunden soll ausgebaut werden. Zuletzt war oft zu lesen, man wolle die Fischer entschädigen.";
        List<Statement> found = extract(text);
        assertThat(said(found, text)).containsExactly("man wolle die Fischer entschädigen");
        assertThat(found.get(0).attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
    }

    @Test
    void someoneHeardIsNoHearsay() {
        String text = "Im Mitschnitt war der Kapitän zu hören, als das Schiff auflief.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void whatCanBeHeardWithoutAClauseIsNoHearsay() {
        String text = "Es ist der alte Klang der Orgel, der hier zu hören ist.";
        assertThat(extract(text)).isEmpty();
    }
}
