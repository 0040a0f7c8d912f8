package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.extract.GermanExtraction.about;
import static org.storywire.extract.GermanExtraction.extract;

import org.junit.jupiter.api.Test;

/**
 * A headline label that is an organisation's proper name, told by its form: one word the dictionary knows only as a
 * proper noun speaks a clause; a short name in capitals or an unknown word before a common noun (a company's or
 * union's name) speaks even a verbless line. A topic noun, a place or a hyphenated compound says nothing. Every text is
 * written for this test.
 */
class GermanNameLabelTest {
    private static final String TEASER = "Die Verhandlungen werden am Dienstag fortgesetzt.";

    @Test
    void aProperNounOfTheDictionarySpeaksAClause() {
        String title = "Verdi: Ausstand im Paketzentrum dauert an";
        Statement s = about(extract(title, TEASER), "Paketzentrum");
        assertThat(s.speaker().mention()).isEqualTo("Verdi");
        assertThat(GermanExtraction.content(s, title)).isEqualTo("Ausstand im Paketzentrum dauert an");
    }

    @Test
    void aShortNameInCapitalsBeforeACommonNounSpeaksAVerblessLine() {
        Statement s = about(extract("IG Bau: Warnstreiks auf Großbaustellen ab Donnerstag", TEASER), "Großbaustellen");
        assertThat(s.speaker().mention()).isEqualTo("IG Bau");
    }

    @Test
    void anUnknownNameBeforeACommonNounSpeaksAsACompany() {
        Statement s = about(extract("Norvalis Energie: Gaspreise sinken im Herbst", TEASER), "Gaspreise");
        assertThat(s.speaker().mention()).isEqualTo("Norvalis Energie");
    }

    @Test
    void aTopicNounOrAPlaceBeforeAClauseSaysNothing() {
        assertThat(extract("Olympia: Ruderin Jana Wendt holt Silber", TEASER)).noneMatch(s -> s.sentenceText().contains("Silber"));
        assertThat(extract("Wimbledon: Favoritin scheidet früh aus", TEASER)).noneMatch(s -> s.sentenceText().contains("Favoritin"));
    }

    @Test
    void aHyphenatedCompoundBeforeAClauseNamesATopic() {
        assertThat(extract("DFB-Pokal: Viertligist wirft Titelverteidiger raus", TEASER)).noneMatch(s -> s.sentenceText().contains("Viertligist"));
    }
}
