package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storywire.analyse.GermanDictionary;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;

/** Actors recognised from the text alone, on sentences written for this test with invented names. */
class ArticleActorsTest {

    private final ArticleActors german = ArticleActors.of(
            "Brekelund dementiert: „Morsholt bleibt unser Trainer“",
            "Der FC Brekelund hat Berichte über eine Entlassung von Trainer Lukas Morsholt zurückgewiesen.",
            List.of("„Lukas bleibt unser Trainer“, sagte Sportvorständin Wiebke Tallhammer am Montag.",
                    "Die Entscheidung über den Trainer liege allein beim Verein, sagte Tallhammer."),
            false);

    @Test
    void germanCommonNounsAreNotNamesButUnknownCapitalisedWordsAre() {
        List<String> keys = german.bySalience().stream().map(ArticleActors.Entity::key).toList();
        assertThat(keys).contains("brekelu", "morshol", "tallham");
        assertThat(keys).doesNotContain("trainer", "entlass", "bericht", "entsche", "verein");
    }

    @Test
    void theUngNounOfAKnownVerbIsNoNameAloneNorInACompound() {
        // the dictionary lists "Verkündung" nowhere, but "verkünden" and "Urteil" are known words
        ArticleActors verdict = ArticleActors.of("Geldbuße für Spedition Wendrup",
                "Das Amtsgericht hat die Spedition Wendrup zu einer Geldbuße verurteilt.",
                List.of("Geschäftsführer Ole Wendrup räumte die Vorwürfe nach der Urteilsverkündung ein.",
                        "Die Verkündung dauerte eine Stunde, sagte ein Sprecher."),
                false);
        List<String> keys = verdict.bySalience().stream().map(ArticleActors.Entity::key).toList();
        assertThat(keys).contains("wendrup");
        assertThat(keys).doesNotContain("urteils", "verkund");
    }

    @Test
    void aFirstNameAndANounMakeASurnameNotACommonCompound() {
        // "Jens|feld", "Lars|feld": the dictionary knows both parts, but a first name opens no common noun
        assertThat(GermanDictionary.isUnknownCompoundNoun("Jensfeld")).isFalse();
        assertThat(GermanDictionary.isUnknownCompoundNoun("Rosenfeld")).as("'Rosen' is a noun too").isTrue();
        ArticleActors article = ArticleActors.of("Jensfeld räumt Fehler ein",
                "Der Bauminister hat eingeräumt, dass der Flug privat war.",
                List.of("„Das war ein Fehler“, sagte Jensfeld am Dienstag."), false);
        assertThat(article.keyOf("Jensfeld")).contains("jensfel");
    }

    @Test
    void theHeitOrKeitNounOfAKnownAdjectiveIsNoName() {
        // "Echtheit" (of "echt") and "Sauberkeit" (of "sauber") are nouns of qualities, not an invented gallery or firm
        ArticleActors painting = ArticleActors.of("Galerie Tarnholm lässt Bild prüfen",
                "Die Galerie Tarnholm lässt ein umstrittenes Gemälde erneut untersuchen.",
                List.of("An der Echtheit des Werks zweifle er nicht, sagte Direktor Jost Wennemar.",
                        "Auf die Sauberkeit der Proben habe man geachtet, sagte Wennemar."),
                false);
        List<String> keys = painting.bySalience().stream().map(ArticleActors.Entity::key).toList();
        assertThat(keys).contains("tarnhol", "wennema");
        assertThat(keys).doesNotContain("echthei", "sauberk");
    }

    @Test
    void aGermanGenitiveWithoutApostropheIsTheNameItInflects() {
        ArticleActors couple = ArticleActors.of("Boulevardblatt nimmt Bericht zurück",
                "Die Zeitung hat ihren Bericht über eine Trennung des Schauspielers Mirko Stahne zurückgezogen.",
                List.of("Ein Sprecher Stahnes sagte, an dem Bericht sei nichts wahr."), false);
        assertThat(couple.keyOf("Stahnes")).contains("stahne").isEqualTo(couple.keyOf("Stahne"));
        assertThat(couple.bySalience().stream().map(ArticleActors.Entity::key).toList()).doesNotContain("stahnes");
    }

    @Test
    void anOrganisationIsKeyedByItsDistinctiveWordThoughItsCommonNounIsWrittenMoreOften() {
        // a German page writes the English club's noun alone twice and its distinctive word once; the English wire writes
        // "Dunmore" throughout
        ArticleActors german = ArticleActors.of("Transfer perfekt: Kessing geht zu den Rovers",
                "Der SV Ulmbach hat den Wechsel seines Stürmers zu Dunmore Rovers bestätigt.",
                List.of("„Wir freuen uns auf ihn“, sagte ein Sprecher der Rovers."), false);
        assertThat(german.keyOf("Rovers")).contains("dunmore");
    }

    @Test
    void aNameCoordinatedWithAPlaceAfterAPlaceWordIsAPlaceToo() {
        ArticleActors recall = ArticleActors.of("Hersteller ruft Brei zurück",
                "Der Hersteller Norlund Foods ruft seinen Haferbrei in Deutschland und Velmarien zurück.",
                List.of("In einzelnen Gläsern könnten Splitter sein, teilte Norlund mit."), false);
        assertThat(recall.keyOf("Velmarien").flatMap(recall::entity).orElseThrow().place()).isTrue();
        assertThat(recall.keyOf("Norlund").flatMap(recall::entity).orElseThrow().place()).isFalse();
    }

    @Test
    void aNameAfterAPrintOutletsNounIsThatPaperWhateverVerbFollows() {
        ArticleActors retraction = ArticleActors.of("Boulevardblatt zieht Bericht zurück",
                "Die britische Zeitung „Evening Kestrel“ hat ihren Bericht über eine Trennung der Sängerin Ilka Marvin zurückgezogen.",
                List.of("Der Bericht sei falsch gewesen, hieß es in einer Entschuldigung des Blattes."), false);
        assertThat(retraction.keyOf("Kestrel").flatMap(retraction::entity).orElseThrow().isReportSource()).isTrue();
        assertThat(retraction.keyOf("Marvin").flatMap(retraction::entity).orElseThrow().isReportSource()).isFalse();
        ArticleActors english = ArticleActors.of("Tabloid withdraws split story",
                "The tabloid Evening Kestrel withdrew its story about singer Ilka Marvin on Monday.", List.of(), true);
        assertThat(english.keyOf("Kestrel").flatMap(english::entity).orElseThrow().isReportSource()).isTrue();
    }

    @Test
    void aShortCountryKeysAlikeInGermanAndEnglish() {
        ArticleActors german = ArticleActors.of("Morvien weist Vorwurf zurück", "Die Regierung Morviens hat den Vorwurf zurückgewiesen.",
                List.of("„Das ist erfunden“, sagte ein Sprecher in Morvien."), false);
        ArticleActors english = ArticleActors.of("Morvia rejects accusation", "Morvia's government rejected the accusation on Sunday.",
                List.of("\"This is invented,\" a Morvian spokesman said."), true);
        assertThat(german.keyOf("Morvien")).isPresent().isEqualTo(english.keyOf("Morvia"));
        assertThat(NameWords.fold("Morviens")).isEqualTo(NameWords.fold("Morvia's")).isEqualTo("morvia");
        assertThat(NameWords.fold("Julien")).as("a first name's short stem keeps its ending").isEqualTo("julien");
    }

    @Test
    void aPossessiveEndsAMentionSoTheOwnerIsNoPartOfWhatItOwns() {
        ArticleActors row = ArticleActors.of("Orlenia accuses Morvalian diplomats of spying",
                "Orlenia's interior ministry accused two employees of the Morvalian embassy of spying.",
                List.of("Orlenia's Security Directorate (OSD) declined to comment.", "Orlenia expelled two diplomats last year, the ministry said."),
                true);
        assertThat(row.keyOf("Orlenia")).contains("orlenia");
        assertThat(row.keyOf("OSD")).isNotEqualTo(row.keyOf("Orlenia"));
    }

    @Test
    void aPersonIsKeyedByTheSurnameThoughQuotesCallHerByHerFirstName() {
        ArticleActors runner = ArticleActors.of("Jana Kordt weist Bericht zurück",
                "Die Läuferin Jana Kordt hat einen Bericht über eine positive Probe zurückgewiesen.",
                List.of("„Wir glauben an Jana“, sagte der Trainer.", "„Jana hat nichts genommen“, sagte ihr Manager."),
                false);
        assertThat(runner.keyOf("Jana")).contains("kordt");
    }

    @Test
    void aDemonymOpeningAHeadlineOrAWireLeadBeforeANounOrAFigureIsNoActor() {
        ArticleActors skater = ArticleActors.of("Dutch skater Veenstra banned for two years",
                "LEEWARDEN, June 3 (Halden Wire) - Dutch 500 metres champion Pim Veenstra was banned for two years, the federation said.",
                List.of("Veenstra's agent declined to comment.", "The Dutch federation said the ban applied from May."),
                true);
        List<String> keys = skater.bySalience().stream().map(ArticleActors.Entity::key).toList();
        assertThat(keys).contains("veenstr").doesNotContain("dutch");
    }

    @Test
    void aFirstNameAloneFindsItsEntityAndTheSurnameNamesIt() {
        assertThat(german.keyOf("Lukas")).contains("morshol");
        assertThat(german.entity("morshol").orElseThrow().name()).isEqualTo("Morsholt");
    }

    @Test
    void anOfficeHolderSpeaksForTheArticlesMainOrganisation() {
        Speaker sportsDirector = new Speaker("Tallhammer", null, "Wiebke Tallhammer", null, SpeakerKind.PERSON);
        assertThat(german.entity("tallham").orElseThrow().holdsRole()).isTrue();
        assertThat(OpenWorldSpeaker.speaksFor(sportsDirector, german, null).map(ArticleActors.Entity::key)).contains("brekelu");
        Speaker club = new Speaker("der Verein", null, null, null, SpeakerKind.ORGANISATION);
        assertThat(OpenWorldSpeaker.speaksFor(club, german, null).map(ArticleActors.Entity::key)).contains("brekelu");
    }

    @Test
    void englishNamesAcrossInflectionsShareAKeyAndAnOutletThatReportsIsNoParty() {
        ArticleActors english = ArticleActors.of("Daskar denies Pelvane Post report of layoffs",
                "Software maker Daskar Labs rejected a report that it plans to cut 900 jobs, the Pelvane Post reported.",
                List.of("The Pelvane Post reported on Monday that Daskar's board approved the plan.",
                        "A company spokesman said the report was false."),
                true);
        assertThat(english.keyOf("Daskar Labs")).contains("daskar");
        assertThat(english.keyOf("Daskar's")).contains("daskar");
        assertThat(english.keyOf("Pelvane Post").flatMap(english::entity).orElseThrow().isReportSource()).isTrue();
        Speaker outlet = new Speaker("the Pelvane Post", null, "Pelvane Post", null, SpeakerKind.ORGANISATION);
        assertThat(OpenWorldSpeaker.speaksFor(outlet, english, null)).isEqualTo(Optional.empty());
        Speaker spokesman = new Speaker("A company spokesman", null, null, null, SpeakerKind.PERSON);
        assertThat(OpenWorldSpeaker.speaksFor(spokesman, english, null).map(ArticleActors.Entity::key)).contains("daskar");
    }

    @Test
    void aBroadcasterIsKeyedByItsNameNotByTheAbbreviationAfterIt() {
        ArticleActors english = ArticleActors.of("Lannick Media in talks to buy Ostrevin TV, sources say",
                "Lannick Media is in talks to buy regional broadcaster Ostrevin TV, two people familiar with the matter said.",
                List.of("A spokeswoman for Ostrevin TV said the company did not comment on rumours."),
                true);
        assertThat(english.keyOf("Ostrevin TV")).contains("ostrevi");
    }

    @Test
    void aQuantityTellsClaimsApartButDatesYearsAndPercentagesDoNot() {
        assertThat(Quantities.keyOf("plans to cut about 2,000 jobs")).containsExactly("qty-2000");
        assertThat(Quantities.keyOf("350 Stellen fallen weg")).containsExactly("qty-350");
        assertThat(Quantities.keyOf("on Oct. 20, 2025 profit rose 12% at 6:12")).isEmpty();
        assertThat(Quantities.keyOf("am 20. Oktober 2025")).isEmpty();
    }

    @Test
    void aSurnameTheDictionaryReadsAsACompoundStillFollowsAFirstName() {
        // "Wegfeld" splits into two German words, but after "Annelie" it is her surname: the entity is keyed by it.
        ArticleActors article = ArticleActors.of("Wegfeld weist Bericht zurück",
                "Die Landeschefin Annelie Wegfeld hat einen Bericht über ein Scheitern der Gespräche zurückgewiesen.",
                List.of("„Wir verhandeln weiter“, sagte Wegfeld am Mittwoch."), false);
        assertThat(article.keyOf("Annelie")).contains("wegfeld");
        assertThat(article.entity("wegfeld").orElseThrow().display()).isEqualTo("Annelie Wegfeld");
    }

    @Test
    void aPaperNamedWithItsNounBeforeTheVerbReportsNews() {
        ArticleActors english = ArticleActors.of("Corvath Motors recalls e-bikes",
                "Corvath Motors is recalling its e-bikes, the company said on Monday.",
                List.of("The Harbour Gazette newspaper reported that Corvath Motors had known about the fault for a year."), true);
        assertThat(english.entity(english.keyOf("Harbour Gazette").orElseThrow()).orElseThrow().isReportSource()).isTrue();
        assertThat(english.entity(english.keyOf("Corvath Motors").orElseThrow()).orElseThrow().isReportSource()).isFalse();
    }

    @Test
    void theAgencyOfADatelineAndAPaperThatHadReportedAreReportSourcesNotParties() {
        ArticleActors english = ArticleActors.of("Quarnish army says drones hit depot",
                "DORVIK, Nov 3 (Pellham Wire) - Quarnia's army said on Monday its drones had struck a depot near Dorvik.",
                List.of("Pellham Wire could not independently verify the footage.",
                        "Residents of Dorvik wrote on social media that they had heard blasts at 2:10 PM."), true);
        assertThat(english.entity(english.keyOf("Pellham Wire").orElseThrow()).orElseThrow().isReportSource()).isTrue();
        assertThat(english.entity("dorvik").orElseThrow().isReportSource()).as("residents writing do not make a town an outlet").isFalse();
        assertThat(english.keyOf("PM")).as("a time of day is no name").isEmpty();

        ArticleActors german = ArticleActors.of("Gespräche in Lindau offenbar gescheitert",
                "Die Verhandlungen im Lindauer Rathaus wurden am Abend abgebrochen.",
                List.of("Der „Lindauer Morgenkurier“ hatte am Dienstagabend unter Berufung auf mehrere Verhandlungsteilnehmer berichtet, die Gespräche seien gescheitert."),
                false);
        assertThat(german.keyOf("Morgenkurier")).isEqualTo(german.keyOf("Lindauer"));
        assertThat(german.entity(german.keyOf("Lindauer").orElseThrow()).orElseThrow().isReportSource()).isTrue();
    }

    @Test
    void anAcronymDefinedInBracketsIsTheSameEntityAsItsName() {
        ArticleActors article = ArticleActors.of("Volksbund und LPV finden nicht zusammen",
                "Die Gespräche zwischen dem Volksbund (VB) und der Liste für Prävention und Vorsorge (LPV) sind gescheitert.",
                List.of("Der VB wollte sich nicht äußern."), false);
        assertThat(article.keyOf("Volksbund")).as("a compound of common words is a name where it spells an acronym").isPresent();
        assertThat(article.keyOf("Volksbund")).isEqualTo(article.keyOf("VB"));
        assertThat(article.keyOf("Liste")).as("the common nouns of a long name stay common nouns").isEmpty();
        assertThat(Acronyms.expansion(List.of("the", "Agency", "for", "Medicinal", "Safety"), "AMS")).containsExactly("Agency", "Medicinal", "Safety");
        assertThat(Acronyms.expansion(List.of("Bundesliga"), "VB")).as("B does not open the word").isEmpty();
    }

    @Test
    void anAcronymSpelledByInitialsAndACompoundIsTheOrganisationNotItsTown() {
        ArticleActors article = ArticleActors.of("Warnstreik bei Tessauer Stadtwerken",
                "Tessau – Die Gewerkschaft ruft die Beschäftigten der Tessauer Stadtwerke (TSW) in Tessau zum Streik auf.",
                List.of("Die TSW wollten sich nicht äußern."), false);
        assertThat(Acronyms.expansion(List.of("Beschäftigten", "der", "Tessauer", "Stadtwerke"), "TSW"))
                .as("T, then S...W within the compound").containsExactly("Tessauer", "Stadtwerke");
        assertThat(article.keyOf("TSW")).isEqualTo(article.keyOf("Tessauer"));
        assertThat(article.keyOf("TSW")).as("keyed by the acronym other articles write").contains("tsw");
    }

    @Test
    void anOfficeHolderStandsForTheOrganisationWhoseOfficeTheyHold() {
        ArticleActors compound = ArticleActors.of("Wegfeld weist Bericht zurück",
                "VB-Landeschefin Annelie Wegfeld hat einen Bericht über ein Scheitern der Gespräche mit dem VB zurückgewiesen.",
                List.of("„Wir verhandeln weiter“, sagte Wegfeld am Mittwoch."), false);
        assertThat(compound.representative("wegfeld")).isEqualTo("vb");

        ArticleActors apposition = ArticleActors.of("Wegfeld weist Bericht zurück",
                "Die Vorsitzende des Volksbunds (VB) in Lindau, Annelie Wegfeld, hat einen Bericht zurückgewiesen.",
                List.of("„Wir verhandeln weiter“, sagte Wegfeld am Mittwoch."), false);
        assertThat(apposition.representative("wegfeld")).isEqualTo(apposition.keyOf("VB").orElseThrow());

        ArticleActors coach = ArticleActors.of("Trennung von Hallbeck?",
                "Beim SV Kollwitz wird es eng für Kollwitz-Trainer Jonas Hallbeck.", List.of("Hallbeck schwieg."), false);
        assertThat(coach.representative("hallbec")).as("a coach is no office that speaks for the club").isEqualTo("hallbec");
    }

    @Test
    void anOfficeThatNamesNoOrganisationSpeaksForTheOneThatSpokeJustBefore() {
        ArticleActors article = ArticleActors.of("Gespräche zwischen VB und LPV gescheitert",
                "Die Gespräche zwischen VB und LPV sind gescheitert, berichtet der Lindauer Kurier. Der VB hat den Bericht zurückgewiesen.",
                List.of("Die LPV wollte den Bericht nicht kommentieren.", "Ihr Landesvorsitzender Malte Oberhain ließ eine Anfrage unbeantwortet."),
                false);
        Speaker chair = new Speaker("Ihr Landesvorsitzender Malte Oberhain", null, "Malte Oberhain", null, SpeakerKind.PERSON);
        assertThat(OpenWorldSpeaker.speaksFor(chair, article, "lpv").map(ArticleActors.Entity::key)).contains("lpv");
        assertThat(OpenWorldSpeaker.speaksFor(chair, article, null).map(ArticleActors.Entity::key))
                .as("without the sentence before, the article's main organisation").contains("vb");
    }

    @Test
    void aNameOnlyEverWrittenAsWhereSomethingHappenedIsAPlaceNotAnActor() {
        ArticleActors german = ArticleActors.of("Quarnien meldet Angriff auf Depot",
                "Dorvik/Velgrad. Die quarnische Armee hat nach eigenen Angaben ein Depot bei Dorvik getroffen.",
                List.of("Am Rand der Kleinstadt Dorvik seien Brände zu sehen.", "Die Regierung von Quarnien spricht von einem Erfolg."), false);
        assertThat(german.entity("dorvik").orElseThrow().place()).as("dateline, 'bei', 'der Kleinstadt'").isTrue();
        assertThat(german.entity(german.keyOf("Quarnien").orElseThrow()).orElseThrow().place()).as("Quarnien speaks").isFalse();
        assertThat(german.keysNamedOrDerived("die quarnische Armee")).as("an adjective derived from a name").contains(german.keyOf("Quarnien").orElseThrow());
        assertThat(FeatureReader.salientNamed(german, "Ein Depot bei Dorvik in Quarnien")).doesNotContain("dorvik");

        ArticleActors english = ArticleActors.of("Drones hit depot near Dorvik",
                "Quarnia's army said its drones struck a depot near the border town of Dorvik.",
                List.of("Residents of Dorvik heard blasts.", "Dorvik's mayor said the town was calm."), true);
        assertThat(english.entity(english.keyOf("Dorvik").orElseThrow()).orElseThrow().place()).as("'Dorvik's mayor' makes the town an actor").isFalse();
    }

    @Test
    void anEnglishDemonymBeforeANounIsNoEntityAndAListedCountryAdjectiveDoesNotTakeOverTheStory() {
        ArticleActors article = ArticleActors.of("Brakmor union says 400 jobs to go at Dutch unit",
                "Brakmor Industries plans to cut 400 jobs at its Dutch subsidiary, the union said.",
                List.of("A Brakmor spokesman confirmed the figure."), true);
        assertThat(article.keyOf("Dutch")).as("'at Dutch unit', 'its Dutch subsidiary'").isEmpty();
        assertThat(article.keyOf("Brakmor")).isPresent();

        // "German" is listed (actors.tsv: Germany); the claim is still about the article's own actor.
        ArticleActors german = ArticleActors.of("Brakmor to cut 400 jobs at German unit",
                "Brakmor Industries plans to cut 400 jobs at its German subsidiary, the union said.",
                List.of("The union said Brakmor had told it on Wednesday."), true);
        Features f = new FeatureReader(ActorCatalog.standard()).read(Given.statement("brakmor", 0, "the union", org.storywire.extract.Stance.CLAIM,
                "Brakmor Industries plans to cut 400 jobs at its German subsidiary, the union said.", Given.day(14)), german, true);
        assertThat(f.sides()).containsExactly(german.keyOf("Brakmor").orElseThrow());
    }

    @Test
    void aDemonymBeforeANounAfterAVerbOrAnAdjectiveIsNoActorUnlessItFoldsLikeANameOfTheArticle() {
        ArticleActors dairy = ArticleActors.of("Tarrow Foods in talks to buy German dairy Edelhove - sources",
                "Tarrow Foods is in talks to acquire Edelhove, a family-owned German dairy, people familiar with the matter said.",
                List.of("Tarrow declined to comment."), true);
        assertThat(dairy.keyOf("German")).as("'to buy German dairy', 'a family-owned German dairy'").isEmpty();
        assertThat(dairy.keyOf("Edelhove")).isPresent();

        // "Torvanian" folds like "Torvania's": the adjective names the country the article is about
        ArticleActors embassy = ArticleActors.of("Lentland accuses Torvanian diplomats of spying",
                "Lentland on Friday accused two Torvanian diplomats of spying for Torvania's intelligence service.",
                List.of("The Torvanian embassy rejected the accusation."), true);
        assertThat(embassy.keyOf("Torvanian")).isPresent().isEqualTo(embassy.keyOf("Torvania's"));
    }

    @Test
    void onATieACompanyIsKeyedByTheWordThatIsNoCommonNounOfEitherLanguage() {
        // "Foods" is an English noun the German dictionary does not know; "Nord" a German one the English does not
        ArticleActors german = ArticleActors.of("Molkerei verhandelt mit Tarrow Foods",
                "Die Molkerei Edelhove verhandelt mit Tarrow Foods über einen Verkauf.",
                List.of("Der Konzern wollte sich nicht äußern."), false);
        assertThat(german.keyOf("Tarrow Foods")).contains("tarrow");
        ArticleActors english = ArticleActors.of("Velsund Nord to build wind farm",
                "Developer Velsund Nord plans twelve turbines near the coast, the company said.",
                List.of("A spokeswoman declined to give a date."), true);
        assertThat(english.keyOf("Velsund Nord")).contains("velsund");
    }

    @Test
    void aTitleWordBetweenTheOrganisationAndTheOfficeStillTiesTheHolderToIt() {
        ArticleActors article = ArticleActors.of("Tarrow agrees deal for Edelhove",
                "Tarrow Foods said on Tuesday it had agreed to buy Edelhove.",
                List.of("\"It is a good fit,\" Tarrow chief executive Aidan Rusholme told analysts.",
                        "A union said on Monday that Tarrow planned to close a plant.", "Rusholme rejected that."), true);
        assertThat(article.representative(article.keyOf("Rusholme").orElseThrow())).isEqualTo(article.keyOf("Tarrow").orElseThrow());
    }

    @Test
    void aGermanNameBeforeTheVerbPlantIsAnActorNotThePlaceOfASite() {
        ArticleActors teaser = ArticleActors.of("Bericht: Konzern Holmsand will Werft schließen",
                "Der Konzern Holmsand plant einem Zeitungsbericht zufolge, seine Werft in Kielsund zu schließen.", List.of(), false);
        ArticleActors.Entity company = teaser.entity("holmsan").orElseThrow();
        assertThat(company.place()).isFalse();
    }
    @Test
    void aSiteNounMarksTheNameRightBeforeItAsAPlaceNotOneFurtherOn() {
        ArticleActors english = ArticleActors.of("Strike hits Corvell Foods",
                "Workers at the Veltrana-owned plant walked out on Monday, Corvell Foods said.",
                List.of("Corvell Foods will also close its Marrowby packing plant."), true);
        assertThat(english.entity(english.keyOf("Marrowby").orElseThrow()).orElseThrow().place()).as("its Marrowby packing plant").isTrue();
        assertThat(english.entity(english.keyOf("Veltrana").orElseThrow()).orElseThrow().place()).as("'-owned plant': no site noun right after").isFalse();
    }

    @Test
    void aNameAfterACourtIsTheCourtsSeatAPlace() {
        ArticleActors trial = ArticleActors.of("Amtsgericht Kelmbach",
                "Vor dem Amtsgericht Kelmbach hat der Prozess gegen den früheren Bauamtsleiter Rüdiger Pankhorst begonnen.",
                List.of("Pankhorst wies die Vorwürfe zurück."), false);
        assertThat(trial.entity(trial.keyOf("Kelmbach").orElseThrow()).orElseThrow().place()).as("Amtsgericht Kelmbach").isTrue();
        assertThat(trial.entity(trial.keyOf("Pankhorst").orElseThrow()).orElseThrow().place()).isFalse();
    }

    /** The body of an organisation a speaker's words name: the first body of the list any word ends in, as written. */
    @Test
    void aBodyIsNamedByAWordEndingInItUnlessItEndsAName() {
        assertThat(NameWords.bodyNamed("der Konzernbetriebsrat von Orvane")).contains("Konzernbetriebsrat");
        assertThat(NameWords.bodyNamed("ein Sprecher der Gewerkschaft Velmor")).contains("Gewerkschaft");
        assertThat(NameWords.bodyNamed("the Orvane works council")).contains("works council");
        assertThat(NameWords.bodyNamed("a union official")).contains("union");
        // "Velmoran Union": the body's word closes a name
        assertThat(NameWords.bodyNamed("the Velmoran Union")).isEmpty();
        assertThat(NameWords.bodyNamed("Sprecherin Ana Kessel")).isEmpty();
        assertThat(NameWords.bodyNamed(null)).isEmpty();
    }

    @Test
    void aTextAskedAgainIsAnsweredFromTheRecentTextsAndAlike() {
        String sentence = "Tallhammer sagte, Morsholt bleibe beim FC Brekelund.";
        List<String> first = german.keysIn(sentence);
        assertThat(german.keysIn(new String(sentence))).as("read once, kept").isSameAs(first).containsExactly("tallham", "morshol", "brekelu");
        assertThat(german.keysIn("Sportvorständin Wiebke Tallhammer")).containsExactly("tallham");
        assertThat(german.keysIn(sentence)).containsExactly("tallham", "morshol", "brekelu");
        assertThat(ArticleActors.NONE.keysIn(sentence)).as("an article naming no one").isEmpty();
    }

    @Test
    void aNameWithASpokespersonActsThoughItAlsoNamesASite() {
        ArticleActors english = ArticleActors.of("Agency finds solvent below Tarnwick plant",
                "Samples taken below a Tarnwick Chemicals plant held a solvent, the agency said.",
                List.of("\"We have shut the line,\" a Tarnwick spokeswoman said."), true);
        assertThat(english.entity(english.keyOf("Tarnwick").orElseThrow()).orElseThrow().place()).as("'a Tarnwick spokeswoman'").isFalse();
        ArticleActors siteOnly = ArticleActors.of("Agency finds solvent below Tarnwick plant",
                "Samples taken below the Tarnwick plant held a solvent, the agency said.",
                List.of("The company said the line was shut."), true);
        assertThat(siteOnly.entity(siteOnly.keyOf("Tarnwick").orElseThrow()).orElseThrow().place()).as("only the plant's place").isTrue();
    }

    @Test
    void aCommonHeadNounAfterAHyphenEndsTheNameAndAModifierWrittenOnlyThereIsNone() {
        ArticleActors article = ArticleActors.of("Fachblatt korrigiert Bericht über Regisseurin Ilvy Strandmark",
                "Das US-Branchenblatt „Filmfront“ hat seine Meldung über Ilvy Strandmark zurückgenommen.",
                List.of("Sie drehe weiter, sagte VGK-Verhandlungsführer Tom Brasch.", "Die VGK bestätigte das."), false);
        List<String> keys = article.bySalience().stream().map(ArticleActors.Entity::key).toList();
        assertThat(keys).contains("strandm", "vgk");
        assertThat(keys).as("neither the trade paper's noun nor the modifier written only before it").doesNotContain("branche", "us");
    }

    @Test
    void aCompoundOfKnownWordsBeforeAHyphenatedOfficeIsTheOrganisationsName() {
        ArticleActors strike = ArticleActors.of("Warnstreik bei der Südbahn",
                "Die Südbahn wolle das Werk schließen, sagte ein Gewerkschafter.",
                List.of("„Es gibt keine solchen Pläne“, sagte Südbahn-Personalchefin Ute Krall.", "Die Südbahn bestreitet das."), false);
        assertThat(strike.keyOf("Südbahn")).as("'Südbahn-Personalchefin'").contains("sudbahn");
        ArticleActors withoutOffice = ArticleActors.of("Warnstreik bei der Südbahn",
                "Die Südbahn wolle das Werk schließen, sagte ein Gewerkschafter.",
                List.of("„Es gibt keine solchen Pläne“, sagte Personalchefin Ute Krall."), false);
        assertThat(withoutOffice.keyOf("Südbahn")).as("Süd|bahn alone is a compound of known words").isEmpty();
    }

    @Test
    void anUnknownNounAfterAnIndefiniteArticleOrPossessiveIsNoNameUnlessItModifiesAHyphenatedCompound() {
        ArticleActors article = ArticleActors.of("Kessenbrink prüft Verkauf der Futtersparte",
                "Der Landmaschinenhersteller will sich offenbar von seiner Futtersparte trennen.",
                List.of("Eine Kessenbrink-Sprecherin wollte sich nicht äußern.", "Ein Erdkabel sei zu teuer, sagte Ole Fenske."), false);
        List<String> keys = article.bySalience().stream().map(ArticleActors.Entity::key).toList();
        assertThat(keys).as("a name before a hyphenated office after 'Eine'").contains("kessenb", "fenske");
        assertThat(keys).as("'seiner Futtersparte', 'Ein Erdkabel'").doesNotContain("futters", "erdkabe");
    }
}
