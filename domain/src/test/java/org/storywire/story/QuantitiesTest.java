package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.inSentences;

import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;
import org.storywire.story.Given.Said;

/** Which number names a claim's figure, on phrases and teasers written for this test with invented names. */
class QuantitiesTest {

    @Test
    void aNumberInTheYearsRangeCountingAPluralNounIsAFigure() {
        assertThat(Quantities.keyOf("Orvel Systems denied a report that it planned to cut 2000 jobs.")).containsExactly("qty-2000");
        assertThat(Quantities.keyOf("Die Brixner AG wies einen Bericht über den Abbau von 2000 Stellen zurück.")).containsExactly("qty-2000");
    }

    @Test
    void theSizeOfWhatWasTestedIsNoFigureButTheCountFoundIs() {
        assertThat(Quantities.keyOf("The group said it had found splinters in three of 40 jars bought in May.")).isEmpty();
        assertThat(Quantities.keyOf("In zwölf von 60 Proben fanden die Prüfer Rückstände.")).isEmpty();
        assertThat(Quantities.keyOf("Splinters were found in 4 out of 200 jars.")).isEmpty();
        assertThat(Quantities.keyOf("Die Prüfer fanden Rückstände in 45 Proben.")).containsExactly("qty-45");
        assertThat(Quantities.keyOf("Someone of 40 years sold 300 jars.")).containsExactly("qty-40");
    }

    @Test
    void aMultipleOfALimitIsNoFigureButACountIs() {
        assertThat(Quantities.keyOf("Samples below the Ostwerk plant held up to 20 times the legal limit, the agency said.")).isEmpty();
        assertThat(Quantities.keyOf("Die Werte lagen beim 30fachen des Grenzwerts und 12 mal höher als im Vorjahr.")).isEmpty();
        assertThat(Quantities.keyOf("The agency said 20 wells held more than the legal limit.")).containsExactly("qty-20");
    }

    @Test
    void aCountBehindADefiniteArticleOrAPossessiveIsKnownSettingNoFigure() {
        assertThat(Quantities.keyOf("Der Landkreis wolle die rund 120 Kinder ab Herbst mit Bussen nach Tannfeld bringen, sagte sie.")).isEmpty();
        assertThat(Quantities.keyOf("Alle 85 Beschäftigten der Molkerei Quendt sollen übernommen werden.")).isEmpty();
        assertThat(Quantities.keyOf("The firm, which sells its 40 brands in Europe, declined to comment.")).isEmpty();
        assertThat(Quantities.keyOf("Fewer than the 900 jobs reported in May, Brill Tools now plans to cut 320 jobs.")).containsExactly("qty-320");
        assertThat(Quantities.keyOf("Der Landkreis wolle rund 120 Lehrerstellen streichen, sagte sie.")).containsExactly("qty-120");
    }

    @Test
    void aLengthOrAWeightIsAMeasureNoFigureButASpanOfTimeCanBeTheClaim() {
        assertThat(Quantities.keyOf("Former 800 metres champion Lena Marsk tested positive, two people said.")).isEmpty();
        assertThat(Quantities.keyOf("Die Türme sollen bis zu 180 Meter hoch werden und 95 Tonnen wiegen.")).isEmpty();
        assertThat(Quantities.keyOf("Er werde den Streik innerhalb von 48 Stunden beenden, sagte er.")).containsExactly("qty-48");
        assertThat(Quantities.keyOf("The 800 metres champion said 60 runners had been tested.")).containsExactly("qty-60");
    }

    @Test
    void aYearIsNoFigure() {
        assertThat(Quantities.keyOf("Das Werk wurde im Jahr 2000 eröffnet.")).isEmpty();
        assertThat(Quantities.keyOf("The plant opened in 2019 after a long delay.")).isEmpty();
        assertThat(Quantities.keyOf("Ahead of the 2024 election the mayor spoke.")).isEmpty();
        assertThat(Quantities.keyOf("In 2019 jobs were cut at the plant.")).isEmpty();
    }

    @Test
    void anAmountOfMoneyWrittenInWordsIsNoFigure() {
        assertThat(Quantities.keyOf("Der Kaufpreis für die Brixner Werft liege bei rund 75 Millionen Euro.")).isEmpty();
        assertThat(Quantities.keyOf("A deal could value Pellmore Radio at about 310 million euros, one of the people said.")).isEmpty();
        assertThat(Quantities.keyOf("Ein Haushalt zahle dann etwa 12 Euro mehr im Monat, teilte der Versorger mit.")).isEmpty();
        assertThat(Quantities.keyOf("Orvel Systems will cut 450 jobs, the company said.")).containsExactly("qty-450");
    }

    @Test
    void aDenialAndTheReportThatNamesItsPriceAreOneStory() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo("brixner-report", "Harbour Post", null, "Brixner Werft vor dem Verkauf", null, day(5), "de"),
                inSentences("brixner-report",
                        new Said("Harbour Post", Stance.CLAIM, "Die Brixner Werft soll nach Informationen der Zeitung an Lommert verkauft werden."),
                        new Said("Harbour Post", Stance.CLAIM, "Der Kaufpreis für die Brixner Werft liege bei rund 75 Millionen Euro."),
                        new Said("Brixner Werft", Stance.DENIAL, "Die Brixner Werft wies den Bericht zurück.")));
        assertThat(book.storyOf("brixner-report", 1)).isEqualTo(book.storyOf("brixner-report", 0));
        assertThat(book.storyOf("brixner-report", 2)).isEqualTo(book.storyOf("brixner-report", 0));
    }

    @Test
    void aDenialWritingTheFigureWithoutSeparatorAnswersTheReportOfIt() {
        StoryBook book = StoryBook.standard();
        book.ingest(new ArticleInfo("orvel-report", "Harbour Post", null, "Orvel Systems to cut 2,000 jobs, report says", null, day(5), "en"),
                inSentences("orvel-report", new Said("Harbour Times", Stance.CLAIM,
                        "Orvel Systems plans to cut about 2,000 jobs, the Harbour Times reported on Monday.")));
        book.ingest(new ArticleInfo("orvel-denial", "Harbour Post", null, "Orvel denies job cut report", null, day(6), "en"),
                inSentences("orvel-denial", new Said("Orvel Systems", Stance.DENIAL, "Orvel Systems denied a report that it planned to cut 2000 jobs.")));
        String report = book.storyOf("orvel-report", 0).orElseThrow();
        assertThat(book.storyOf("orvel-denial", 0)).contains(report);
        assertThat(book.story(report).orElseThrow().status()).isEqualTo(StoryStatus.DENIED);
    }
}
