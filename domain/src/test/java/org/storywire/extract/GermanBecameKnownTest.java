package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.content;
import static org.storywire.extract.GermanExtraction.extract;
import static org.storywire.extract.GermanExtraction.said;

import org.junit.jupiter.api.Test;

/** "Wie bekannt wurde, ...", "nachdem bekannt geworden war, dass ...": what came out, reported by no one named. Invented text. */
class GermanBecameKnownTest {
    @Test
    void aWieClauseReportsTheMainClauseBehindIt() {
        String text = "Der Segelverein steckt in Schwierigkeiten. Wie am Dienstag bekannt wurde, hat der Kassenwart die Rücklagen verspielt.";
        Statement s = about(extract(text), "Kassenwart");
        assertThat(content(s, text)).isEqualTo("hat der Kassenwart die Rücklagen verspielt");
        assertThat(s.attribution()).isEqualTo(Attribution.ANONYMOUS_SOURCES);
    }

    @Test
    void aClosingWieClauseReportsTheMainClauseBeforeIt() {
        String text = "Der Segelverein steckt in Schwierigkeiten. Der Kassenwart hat die Rücklagen verspielt, wie am Dienstag bekannt wurde.";
        assertThat(said(extract(text), text)).contains("Der Kassenwart hat die Rücklagen verspielt");
    }

    @Test
    void aDassClauseAfterASubordinateClauseIsWhatCameOut() {
        String text = "Der Trainer des Ruderclubs trat zurück, nachdem bekannt geworden war, dass er Sportler beleidigt hatte.";
        assertThat(said(extract(text), text)).contains("dass er Sportler beleidigt hatte");
    }

    @Test
    void theDassClauseEndsWhereTheMainClauseGoesOn() {
        String text = "Nachdem bekannt geworden war, dass die Brauerei verkauft wird, stieg der Kurs der Aktie.";
        assertThat(said(extract(text), text)).containsExactly("dass die Brauerei verkauft wird");
    }

    @Test
    void becomingKnownAfterACommaReportsItsDassClause() {
        String text = "Erst nachdem der Wirt die Strafe verbüßt hatte, wurde bekannt, dass die Zeugin gelogen hatte.";
        assertThat(said(extract(text), text)).contains("dass die Zeugin gelogen hatte");
    }

    @Test
    void becomingFamousIsNoReport() {
        String text = "Der Sänger, der durch eine Fernsehserie bekannt wurde, tritt am Samstag in der Stadthalle auf.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void aStateOfBeingKnownIsNoReport() {
        String text = "Es ist bekannt, dass Füchse nachts jagen.";
        assertThat(extract(text)).isEmpty();
    }
}
