package org.storywire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner();

    private CleanArticle clean(String body, String language) {
        return cleaner.clean(new Article("a1", "outlet", null, null, body, language, null, null));
    }

    @Test
    void removesBannersCreditsBylinesAndWidgets() {
        String body = String.join("\n",
                "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.",
                "Bitte deaktivieren Sie Ihren Ad-Blocker.",
                "Jetzt für nur 1,99€ im ersten Monat lesen",
                "Gipfel in Oslo",
                "Von dpa",
                "Oslo - Die Ministerin sagte, die Gespräche seien gut verlaufen.",
                "© Kari Nordmann/NTB/dpa",
                "Artikel empfehlen",
                "Drucken");
        String text = clean(body, "de").text();
        assertThat(text).contains("Die Ministerin sagte, die Gespräche seien gut verlaufen.", "Gipfel in Oslo")
                .doesNotContain("Cookies", "Ad-Blocker", "ersten Monat", "Von dpa", "© Kari", "Artikel empfehlen", "Drucken");
    }

    @Test
    void dropsRepeatedCaptionsAndTeasersOfOtherArticlesButKeepsTheFirstCaption() {
        String body = String.join("\n",
                "Der Minister und die Kommissarin beim Treffen, das beide für nützlich halten.",
                "© Max Muster/AP/dpa",
                "Der Minister und die Kommissarin beim Treffen, das beide für nützlich halten.",
                "Der Minister erklärte am Abend, man werde die Gespräche fortsetzen. Die Kommission schwieg.",
                "Ganz andere Sache, sagt ein Fachmann.",
                "© Erika Muster/dpa",
                "Ganz andere Sache, sagt ein Fachmann.",
                "Zum Artikel");
        String text = clean(body, "de").text();
        assertThat(text).containsOnlyOnce("Der Minister und die Kommissarin beim Treffen");
        assertThat(text).contains("man werde die Gespräche fortsetzen").doesNotContain("Ganz andere Sache", "Zum Artikel", "©");
    }

    @Test
    void dropsHeadlinesOfRelatedArticlesUnderOrAfterTheirHeading() {
        String body = String.join("\n",
                "Die Stadtwerke Ostermoor erhöhen die Gaspreise, sagte ein Sprecher am Montag.",
                "Lesen Sie auch: Brückensanierung in Velden – die Chronik der Verzögerungen",
                "Der Stadtrat will am Donnerstag darüber beraten. Die Opposition kündigte Widerstand an.",
                "Mehr zum Thema",
                "Velden: Bürgermeister Kranich tritt nicht wieder an",
                "",
                "Heizkosten: Was Mieter jetzt wissen müssen",
                "Related: Five questions about Harwick's new tram line",
                "Reporting by Jane Doe; Editing by John Roe",
                "(Bericht von Max Muster, redigiert von Erika Muster.)");
        String text = clean(body, "de").text();
        assertThat(text).contains("erhöhen die Gaspreise", "Der Stadtrat will am Donnerstag darüber beraten.")
                .doesNotContain("Velden", "Kranich", "Heizkosten", "Mehr zum Thema", "Lesen Sie auch", "Harwick",
                        "Reporting by", "redigiert");
    }

    @Test
    void dropsShareWidgetsCaptionsOverPictureCreditsAuthorCodesNewsletterBoxesAndSectionPaths() {
        String body = String.join("\n",
                "Wirtschaft | Energie",
                "Die Stadtwerke Ostermoor erhöhen die Gaspreise, sagte ein Sprecher am Montag.",
                "",
                "Voller Tank: das Gaslager der Stadtwerke am Hafen.",
                "Foto: Petra Lindqvist/Agentur Nordblick",
                "",
                "Leere Zapfsäulen an der Hafenstraße. Foto: Jens Obermann",
                "Diesen Artikel teilen",
                "Der Stadtrat will am Donnerstag darüber beraten.",
                "Melden Sie sich für unseren kostenlosen Newsletter an",
                "Share this story",
                "Subscribe to our Energy Briefing newsletter",
                "Related: Are heat pumps worth it? What owners should know",
                "Our Standards: The Nordblick Editorial Code.",
                "ost lk/ms");
        String text = clean(body, "de").text();
        assertThat(text).contains("erhöhen die Gaspreise", "Der Stadtrat will am Donnerstag darüber beraten.")
                .doesNotContain("Wirtschaft", "Voller Tank", "Lindqvist", "Zapfsäulen", "teilen", "Newsletter", "newsletter",
                        "Share", "heat pumps", "Our Standards", "lk/ms");
    }

    @Test
    void dropsContinueReadingMarkersAndNewsletterSignUpBoxesOfAnyLength() {
        String body = String.join("\n",
                "The harbour board said the crossing would reopen in June.",
                "Advertisement Continue reading the main story",
                "Newsletter Sign Up Continue reading the main story Harbour Notes Get the week's shipping news from Westmoor "
                        + "in your inbox every Friday, with tide tables and a column by our port reporter. Please verify you’re not a "
                        + "robot by clicking the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to. "
                        + "Sign Up You agree to receive occasional updates and special offers for the Westmoor Courier's products and "
                        + "services. Thank you for subscribing. An error has occurred. Please try again later. View all Westmoor "
                        + "Courier newsletters.",
                "Sign Up You agree to receive occasional updates and special offers for the Westmoor Courier's products.",
                "Ferry passengers were told to expect delays until then.");
        String text = clean(body, "en").text();
        assertThat(text).contains("would reopen in June", "expect delays")
                .doesNotContain("Continue reading", "Newsletter", "robot", "Harbour Notes", "Sign Up", "special offers");
    }

    @Test
    void dropsSharingRowsBylinesWithRolesGalleryTeasersAndListsOfOtherStories() {
        String body = String.join("\n",
                "By Ivy Calloway, Local Transport Correspondent",
                "The harbour board said the crossing would reopen in June.",
                "Share on Facebook",
                "Copy link",
                "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
                "The pier at Westmoor. Picture: Harbour archive",
                "Ferry passengers queue at the Westmoor terminal",
                "Picture: Nina Oakhurst",
                "Photos: Harbour archive",
                "Newsletter",
                "Die Wochenvorschau in Ihrem Postfach",
                "Newsletter: Jeden Morgen das Wichtigste aus der Region – jetzt kostenlos abonnieren!",
                "Fotostrecke: Die schönsten Häfen der Küste",
                "Most read",
                "Westmoor lifeboat crew rescues two sailors",
                "Mehr Fußball",
                "Brandau verliert das Derby");
        String text = clean(body, "en").text();
        assertThat(text).isEqualTo("The harbour board said the crossing would reopen in June.\n");
    }

    @Test
    void keepsALineOfTextSetOffFromACreditAndParagraphsThatNameBannerWords() {
        String body = String.join("\n",
                "Die Stadtwerke erhöhen die Gaspreise.",
                "",
                "Foto: Petra Lindqvist",
                "Der Verlag verschickt seinen Newsletter künftig täglich an 20.000 Leser, die ihn kostenlos abonnieren können.",
                "SPD/FDP",
                "Die Firma Lumora will ihre Leuchten im Herbst in Skandinavien verkaufen. Nach eigenen Angaben hat sie dafür einen "
                        + "Werbepartner in Oslo gefunden, der die Einführung drei Monate lang begleitet. Die Entscheidung fiel, weil die "
                        + "Leuchten in Dänemark gut ankamen. Bis Jahresende sollen zwanzig Händler in Norwegen und Schweden folgen.");
        String text = clean(body, "de").text();
        assertThat(text).contains("Die Stadtwerke erhöhen die Gaspreise.", "Newsletter künftig täglich", "SPD/FDP", "einen Werbepartner in Oslo")
                .doesNotContain("Lindqvist");
    }

    @Test
    void keepsArticleTextAfterARelatedHeading() {
        String body = String.join("\n",
                "Mehr zum Thema",
                "Die Gewerkschaft kündigte weitere Streiks an. Der Arbeitgeber nannte das unverhältnismäßig.",
                "Lesen Sie auch: Der Betriebsrat hatte schon im Mai gewarnt. Eine Antwort blieb aus.");
        String text = clean(body, "de").text();
        assertThat(text).contains("Die Gewerkschaft kündigte weitere Streiks an.", "Der Betriebsrat hatte schon im Mai gewarnt.")
                .doesNotContain("Mehr zum Thema");
    }

    @Test
    void findsGermanPublicationTimesWithPrecisionInBerlinTime() {
        CleanArticle created = clean("Text.\n\nErstellt:\n3. März 2023, 09:15 Uhr\nAktualisiert:\n3. März 2023, 11:00 Uhr", "de");
        assertThat(created.published()).isEqualTo(Instant.parse("2023-03-03T08:15:00Z"));
        assertThat(created.precision()).isEqualTo(TimePrecision.MINUTE);
        assertThat(created.text()).doesNotContain("Erstellt", "Aktualisiert");

        CleanArticle stand = clean("Neues aus Bonn Stand: 02.07.2022 18:30 Uhr\n\nDer Text.", "de");
        assertThat(stand.published()).isEqualTo(Instant.parse("2022-07-02T16:30:00Z"));
        assertThat(stand.text()).doesNotContain("Stand:");

        CleanArticle month = clean(" date 2021-05 Ein Bericht über den Hafen.", "de");
        assertThat(month.published()).isEqualTo(Instant.parse("2021-04-30T22:00:00Z"));
        assertThat(month.precision()).isEqualTo(TimePrecision.MONTH);
        assertThat(month.text()).doesNotContain("2021-05").contains("Ein Bericht über den Hafen.");
    }

    @Test
    void findsEnglishPublicationTimesInTheNamedZone() {
        CleanArticle a = clean("Published: March 4, 2023 3:05 PM ET\nThe mayor said the bridge would reopen.", "en");
        assertThat(a.published()).isEqualTo(Instant.parse("2023-03-04T20:05:00Z"));
        assertThat(a.precision()).isEqualTo(TimePrecision.MINUTE);
    }

    @Test
    void readsADatelineWithTheDayFirst() {
        CleanArticle barred = clean("Ferry service to Holmcraig resumes\n4 June 2026 | 08:40 BST\n\nThe operator said the repairs were done.", "en");
        assertThat(barred.published()).isEqualTo(Instant.parse("2026-06-04T07:40:00Z"));
        assertThat(barred.precision()).isEqualTo(TimePrecision.MINUTE);

        CleanArticle placed = clean("Library hours cut\nDunholm, Tuesday 9 June 2026\n\nThe council said opening hours would be cut.", "en");
        assertThat(placed.published()).isEqualTo(Instant.parse("2026-06-09T00:00:00Z"));
        assertThat(placed.precision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void readsAnAgencyDatelineOnALineOfItsOwn() {
        CleanArticle a = clean("Harbour crane collapses in Teskarn\nSeptember 29, 2025 6:12 PM GMT\nThe port authority said no one was hurt.", "en");
        assertThat(a.published()).isEqualTo(Instant.parse("2025-09-29T18:12:00Z"));
        assertThat(a.precision()).isEqualTo(TimePrecision.MINUTE);
    }

    @Test
    void readsAFullIsoDateLineWithItsOffsetNotAsTheMonth() {
        CleanArticle a = clean("date 2025-09-14T18:40:00+02:00 Der Verein bestätigte den Wechsel.", "de");
        assertThat(a.published()).isEqualTo(Instant.parse("2025-09-14T16:40:00Z"));
        assertThat(a.precision()).isEqualTo(TimePrecision.MINUTE);
        // the whole stamp is metadata: a time left over would stand before the headline as a line of text
        CleanArticle headed = clean("date 2025-09-14T18:40:00+02:00\nVerein bestätigt Wechsel", "de");
        assertThat(headed.text().strip()).isEqualTo("Verein bestätigt Wechsel");
    }

    @Test
    void keepsTheProducersTime() {
        Instant given = Instant.parse("2020-01-01T10:00:00Z");
        CleanArticle a = cleaner.clean(new Article("x", null, null, null, "Stand: 02.07.2022 18:30 Uhr Text.", "de", given, TimePrecision.SECOND));
        assertThat(a.published()).isEqualTo(given);
    }

    @Test
    void splitsAVerbGluedToANameAndMapsOffsetsBack() {
        String body = "Laut der Nachrichtenseite Nowostihätten die Minister gestritten.";
        Cleaner.Result result = cleaner.cleanMapped(new Article("x", null, null, null, body, "de", null, null));
        String text = result.article().text();
        assertThat(text).isEqualTo("Laut der Nachrichtenseite Nowosti hätten die Minister gestritten.");
        int at = text.indexOf("hätten");
        assertThat(body.substring(result.mapped().toOriginal(at), result.mapped().toOriginalEnd(at + "hätten".length()))).isEqualTo("hätten");
        int minister = text.indexOf("Minister");
        assertThat(result.mapped().toOriginal(minister)).isEqualTo(body.indexOf("Minister"));
    }

    @Test
    void leavesQuotationMarksAsTheyAre() {
        String body = "Er sagte: „Wir bleiben.“ Sie sagte: \"Wir gehen.\" Man las »Hier« und ‚dort‘.";
        assertThat(clean(body, "de").text()).isEqualTo(body);
    }

    @Test
    void turnsNoBreakSpacesIntoPlainOnesAtTheSameOffsets() {
        String body = "\"We will stay,\"\u00A0she said. Prices rose 5\u202F% in May.";
        MappedText mapped = new Cleaner().cleanText(body);
        assertThat(mapped.text()).isEqualTo("\"We will stay,\" she said. Prices rose 5 % in May.");
        assertThat(mapped.toOriginal(mapped.text().indexOf("she"))).isEqualTo(body.indexOf("she"));
    }
}
