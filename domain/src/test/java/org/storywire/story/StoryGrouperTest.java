package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.article;
import static org.storywire.story.Given.day;
import static org.storywire.story.Given.grouped;
import static org.storywire.story.Given.statement;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

class StoryGrouperTest {

    @Test
    void aCallThatHappenedAndReadinessToTalkAreDifferentStoriesAlthoughTheActorsAreTheSame() {
        var a = article("a1", "Reuters", "Scholz und Selenskyj", 5);
        List<StoryStatement> s = grouped(a,
                statement("a1", 1, "Reuters", Stance.CLAIM, "Laut Reuters haben Scholz und Selenskyj am Montag miteinander telefoniert.", day(4)),
                statement("a1", 2, "Olaf Scholz", Stance.CLAIM, "Scholz sagte, er sei jederzeit bereit für weitere Gespräche mit Selenskyj.", day(5)));
        assertThat(s.get(0).storyId()).isNotEqualTo(s.get(1).storyId());
        assertThat(s.get(0).key().sides()).containsExactly("DE", "UA");
        assertThat(s.get(1).key().intention()).isTrue();
    }

    @Test
    void whatWasReportedlySaidInACallBelongsToTheCallsStory() {
        var a = article("a2", "AFP", "Bericht über Telefonat von Scholz mit Selenskyj", 6);
        List<StoryStatement> s = grouped(a,
                statement("a2", 1, "Reuters", Stance.CLAIM, "Wie Reuters berichtet, haben Scholz und Selenskyj am Montag telefoniert.", day(4)),
                statement("a2", 2, "Reuters", Stance.CLAIM, "Dabei soll Scholz vor einer Ausweitung der Kämpfe gewarnt haben.", day(4)),
                statement("a2", 3, "Reuters", Stance.CLAIM, "Zudem sei über Flugabwehr für die Ukraine beraten worden.", day(4)));
        assertThat(s).extracting(StoryStatement::storyId).containsOnly(s.get(0).storyId());
        assertThat(s.get(0).key().source()).isEqualTo("Reuters");
    }

    @Test
    void aDenialThatPointsBackJoinsTheStoryItDenies() {
        var a = article("a3", "dpa", "Streit um Bericht", 7);
        List<StoryStatement> s = grouped(a,
                statement("a3", 1, "Reuters", Stance.CLAIM, "Reuters zufolge hat Selenskyj Scholz um weitere Sanktionen gebeten.", day(6)),
                statement("a3", 2, "Bundesregierung", Stance.DENIAL, "Die Bundesregierung wies dies am Abend zurück.", day(7)));
        assertThat(s.get(1).storyId()).isEqualTo(s.get(0).storyId());
        assertThat(s.get(1).standing()).isEqualTo(Standing.PARTY);
        assertThat(s.get(0).standing()).isEqualTo(Standing.THIRD_PARTY);
    }

    @Test
    void aDenialRelayedByAnOutletCountsForTheActorThatGaveIt() {
        var a = article("a7", "dpa", "Bericht über Treffen", 8);
        List<StoryStatement> s = grouped(a,
                statement("a7", 1, "Reuters", Stance.CLAIM, "Reuters zufolge haben sich Scholz und Selenskyj heimlich getroffen.", day(7)),
                statement("a7", 2, "Interfax", Stance.DENIAL, "Laut Interfax dementierte die Bundesregierung den Bericht.", day(8)));
        assertThat(s.get(1).storyId()).isEqualTo(s.get(0).storyId());
        assertThat(s.get(1).party()).isEqualTo("Olaf Scholz");
        assertThat(s.get(1).standing()).isEqualTo(Standing.PARTY);
    }

    @Test
    void aSpokespersonSpeaksForThePrincipalAndIsAParty() {
        var a = article("a4", "AP", "Trump and Putin", 8);
        List<StoryStatement> s = grouped(a,
                statement("a4", 1, "Reuters", Stance.CLAIM, "Trump and Putin spoke by phone on Sunday, Reuters reported.", day(7)),
                statement("a4", 2, "Steven Cheung", Stance.NO_COMMENT, "Steven Cheung declined to comment on the report.", day(8)));
        assertThat(s.get(1).storyId()).isEqualTo(s.get(0).storyId());
        assertThat(s.get(1).party()).isEqualTo("Donald Trump");
        assertThat(s.get(1).standing()).isEqualTo(Standing.PARTY);
    }

    @Test
    void germanAndEnglishReportsOfTheSameEventLandInTheSameStory() {
        var de = article("de1", "dpa", "Glückwünsche aus Berlin", 9);
        var en = article("en1", "AP", "Congratulations from Berlin", 9);
        var german = grouped(de, statement("de1", 1, "Olaf Scholz", Stance.CLAIM, "Scholz gratulierte Selenskyj am Freitag zum Jahrestag.", day(8)));
        var english = grouped(en, statement("en1", 1, "Olaf Scholz", Stance.CLAIM, "Scholz congratulated Zelensky on Friday.", day(8)));
        assertThat(english.get(0).storyId()).isEqualTo(german.get(0).storyId());
    }

    @Test
    void aCountryUsedAsPlaceOrCompoundIsNotAnActorOfTheEvent() {
        var a = article("a5", "dpa", "Kriegsende", 10);
        List<StoryStatement> s = grouped(a,
                statement("a5", 1, "Donald Trump", Stance.CLAIM, "Trump sagte, er werde den Krieg in der Ukraine rasch beenden.", day(10)),
                statement("a5", 2, "Donald Trump", Stance.CLAIM, "Trump erklärte erneut, er könne den Ukraine-Krieg binnen eines Tages beenden.", day(10)));
        assertThat(s.get(0).key().sides()).containsExactly("US");
        assertThat(s.get(1).storyId()).isEqualTo(s.get(0).storyId());
    }

    @Test
    void aSentenceThatNamesTooFewActorsTakesThemFromTheHeadline() {
        var a = article("a6", "dpa", "Telefonat zwischen Scholz und Selenskyj", 11);
        var s = grouped(a, statement("a6", 1, "Bundesregierung", Stance.DENIAL, "„Es gab kein Telefonat“, sagte ein Sprecher der Bundesregierung.", day(11)));
        assertThat(s.get(0).key().sides()).containsExactly("DE", "UA");
    }

    @Test
    void storyIdsAreFunctionsOfContentNotOfArrival() {
        var first = article("x1", "dpa", "Scholz und Selenskyj", 12);
        var second = article("x2", "AFP", "Scholz und Selenskyj", 12);
        var claim = statement("x1", 1, "Reuters", Stance.CLAIM, "Reuters zufolge trafen sich Scholz und Selenskyj heimlich in Rom.", day(12));
        var other = statement("x2", 1, "Reuters", Stance.CLAIM, "Laut Reuters haben sich Scholz und Selenskyj in Rom getroffen.", day(12));
        String alone = grouped(second, other).get(0).storyId();
        grouped(first, claim);
        assertThat(grouped(second, other).get(0).storyId()).isEqualTo(alone).isEqualTo(grouped(first, claim).get(0).storyId());
    }
}
