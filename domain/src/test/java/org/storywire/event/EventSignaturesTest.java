package org.storywire.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Document;
import org.storywire.extract.StatementExtractor;

class EventSignaturesTest {
    private final EventSignatures signatures = new EventSignatures();
    private final StatementExtractor reader = new StatementExtractor();

    private ArticleSignature of(String language, String title, String text) {
        return of(new CleanArticle("x", "o", null, title, text, language, Instant.parse("2026-01-05T10:00:00Z"), TimePrecision.SECOND));
    }

    private ArticleSignature of(CleanArticle article) {
        return signatures.of(reader.read(article));
    }

    @Test
    void englishNamesComeFromCapitalsMidSentenceNotFromTitleCase() {
        ArticleSignature s = of("en", "Airline Turns Away Passengers After Storm",
                "Passengers were stranded in Fenmouth after the storm, and Corvid Air said it would pay for hotels.\n"
                        + "After the storm passed, flights resumed. Corvid Air chief Lena Obrist apologised to the passengers in Fenmouth.\n"
                        + "Sign up for our newsletter\n");
        assertTrue(s.entities().containsKey("corvid air"), s.entities().toString());
        assertTrue(s.entities().containsKey("fenmouth"));
        assertTrue(s.entities().containsKey("lena obrist"));
        assertFalse(s.entities().containsKey("after"), "a capitalised title word also written in lower case is no name");
        assertFalse(s.entities().containsKey("passengers"));
        assertFalse(s.entities().containsKey("airline"));
        assertFalse(s.terms().containsKey("newslett"), "page furniture is left out: " + s.terms());
        assertTrue(s.terms().containsKey("passeng"));
    }

    @Test
    void germanNamesAreToldFromCommonNounsByTheDictionary() {
        ArticleSignature s = of("de", "Regierung in Velmora dementiert Bericht",
                "Die Regierung in Velmora hat einen Bericht über einen Raketentest zurückgewiesen. "
                        + "Ein Sprecher von Präsident Aram Teschkow sagte am Montag, der Bericht sei falsch. "
                        + "Auch Putins Sprecher äußerte sich zu dem Bericht über den Test, Putin selbst schwieg.\n");
        assertTrue(s.entities().containsKey("velmora"), s.entities().toString());
        assertTrue(s.entities().containsKey("aram teschkow"));
        assertTrue(s.entities().containsKey("putin"));
        assertFalse(s.entities().containsKey("putins"), "the genitive folds into the name");
        assertFalse(s.entities().containsKey("regierung"));
        assertFalse(s.entities().containsKey("bericht"));
        assertFalse(s.entities().containsKey("sprecher"));
        assertFalse(s.entities().containsKey("raketentest"), "an unknown compound of known words is a common noun");
        assertFalse(s.entities().containsKey("montag"));
        assertTrue(s.terms().containsKey("bericht"));
    }

    @Test
    void weekdaysMonthsAndFormsOfAddressAreNoNames() {
        // capitalised mid-sentence, so only the weekday, month and honorific lists keep them out
        ArticleSignature s = of("en", "Plant to close",
                "The Dunmore plant will close in March, Dr Hall told reporters on Friday in Fenmouth.\n");
        assertTrue(s.entities().containsKey("hall"), s.entities().toString());
        assertTrue(s.entities().containsKey("fenmouth"), s.entities().toString());
        assertFalse(s.entities().containsKey("march"), s.entities().toString());
        assertFalse(s.entities().containsKey("friday"), s.entities().toString());
        assertFalse(s.entities().containsKey("dr"), s.entities().toString());
        assertFalse(s.entities().containsKey("dr hall"), s.entities().toString());
    }

    @Test
    void namesAreFoldedAcrossLanguagesAndSpellings() {
        assertEquals("jose muller", EventSignatures.fold("José", false) + " " + EventSignatures.fold("Müller", false));
        assertEquals("strasse", EventSignatures.fold("Straße", true));
        assertEquals("korea", EventSignatures.fold("Korea's", false));
        assertEquals("us", EventSignatures.fold("U.S.", false));
    }

    @Test
    void titleAndLeadWeighMoreThanTheBody() {
        ArticleSignature s = of("en", "Kestrel Mining halts work at Dunmore pit",
                "Kestrel Mining stopped work at its Dunmore pit on Tuesday after a wall collapsed, the company said.\n"
                        + "Nobody was hurt in the collapse, according to the company statement that was published on its website on Tuesday evening.\n"
                        + "Separately, analysts at Harwick Partners said earlier this year that the wider mining sector had struggled with rising costs, and that "
                        + "Harwick Partners expected little change over the coming months in that part of the market, which has seen a long series of setbacks.\n");
        assertTrue(s.entities().get("kestrel") > s.entities().get("harwick partners"), s.entities().toString());
        assertTrue(s.entities().get("dunmore") > s.entities().get("harwick"), s.entities().toString());
    }

    @Test
    void theSignatureReadsTheDocumentExtractionRead() {
        Document document = reader.read(new CleanArticle("k", "o", null, "Kim Jong\nUn visits Fenmouth",
                "Kim Jong Un arrived in Fenmouth on Monday, officials said. Researchers at Corvid Labs had sequenced the DNA.The "
                        + "results were published on Monday.\n", null, null, TimePrecision.UNKNOWN));
        ArticleSignature s = signatures.of(document);
        // the document's language and its title on one line, whose name is one name as in the text
        assertEquals(document.language(), s.language());
        assertEquals("Kim Jong Un visits Fenmouth", s.title());
        assertEquals(s.entities().get("fenmouth"), s.entities().get("kim jong un"), "both once in the title and once in the lead: " + s.entities());
        // the terms are stems of the document's words: "DNA.The" (a missing space) is two words there, one token to Lucene's tokenizer
        assertTrue(s.terms().containsKey("dna"), s.terms().toString());
        assertTrue(s.terms().keySet().stream().noneMatch(t -> t.contains(".")), s.terms().toString());
    }

    @Test
    void emptyAndOddArticlesGiveASignatureAndAnEvent() {
        ArticleSignature empty = of(new CleanArticle("e", null, null, null, "", null, null, TimePrecision.UNKNOWN));
        assertTrue(empty.entities().isEmpty());
        assertTrue(empty.terms().isEmpty());
        ArticleSignature odd = of(new CleanArticle("o", null, null, "  ", "!!! ??? \u00a9 2026\n\n12345 67890\nÄÖÜ ẞ", "xx", null, TimePrecision.UNKNOWN));
        EventIndex index = new EventIndex(new InMemoryEventStore());
        EventAssignment a = index.assign(empty);
        EventAssignment b = index.assign(odd);
        assertTrue(a.isNew());
        assertTrue(b.isNew());
        assertFalse(a.label() == null);
    }
}
