package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storywire.clean.Article;

class LeadCutTest {
    private static Article article(String title, String body) {
        return new Article("a", null, null, title, body, "de", null, null);
    }

    @Test
    void keepsTheHeadlineLinesAndTheFirstSentences() {
        String body = """
                Wirtschaft
                Werft Nordholm stoppt Bau der Fähre Seeadler
                Die Werft Nordholm hat den Bau der Fähre Seeadler gestoppt. Das sagte Werftchef Arvid Lensing am Montag.

                Die Stadt Kielsund prüft eine Bürgschaft für die Werft. Sie will die Arbeitsplätze retten.
                """;
        assertThat(new LeadCut(1).cut(article(null, body)).body()).endsWith("Seeadler gestoppt.").contains("Wirtschaft\nWerft Nordholm stoppt");
        assertThat(new LeadCut(2).cut(article(null, body)).body()).endsWith("am Montag.");
        assertThat(new LeadCut(3).cut(article(null, body)).body()).endsWith("für die Werft.");
        assertThat(new LeadCut(4).cut(article(null, body)).body()).isEqualTo(body);
    }

    @Test
    void aFirstLineOfOneSentenceIsTheHeadlineEvenWithAFullStopButNoLineAfterIt() {
        String body = """
                Werft Nordholm stoppt Bau der Fähre Seeadler.

                Die Werft Nordholm hat den Bau der Fähre Seeadler gestoppt.

                Das sagte Werftchef Arvid Lensing am Montag.
                """;
        assertThat(new LeadCut(1).cut(article(null, body)).body()).endsWith("Seeadler gestoppt.");
    }

    @Test
    void aTitleGivenApartFromTheTextIsTheHeadline() {
        String body = "Die Werft Nordholm hat den Bau der Fähre Seeadler gestoppt. Das sagte Werftchef Arvid Lensing am Montag.";
        assertThat(new LeadCut(1).cut(article("Werft Nordholm stoppt Bau der Fähre", body)).body()).isEqualTo(
                "Die Werft Nordholm hat den Bau der Fähre Seeadler gestoppt.");
    }

    @Test
    void theGoldOfTheLeadsScoresWhatTheyHoldAndTheHeadlineWhenTheBodyWasCut() {
        String whole = "Werft dementiert Baustopp\nDie Werft wies den Bericht zurück. Werftchef Lensing sagte, die Arbeiten liefen weiter.";
        String lead = "Werft dementiert Baustopp\n";
        SeedsGold gold = new SeedsGold(List.of(new SeedsGold.GoldArticle("a", null, List.of())),
                List.of(new SeedsGold.GoldStory("bau", List.of("Werft"), "DENIED"), new SeedsGold.GoldStory("other", List.of(), "CLAIMED")),
                List.of(row(0, "bau", "DENIAL", "Werft dementiert Baustopp", false),
                        row(1, "bau", "DENIAL", "Die Werft wies den Bericht zurück", true),
                        row(2, "other", "CLAIM", "die Arbeiten liefen weiter", true)),
                List.of(new SeedsGold.GoldTransition(List.of("a"), "bau", "DENIED"), new SeedsGold.GoldTransition(List.of("a"), "other", "CLAIMED")));
        SeedsGold kept = LeadCut.within(gold, Map.of("a", whole), Map.of("a", lead));
        assertThat(kept.statements()).extracting(SeedsGold.GoldStatement::row, SeedsGold.GoldStatement::core)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, true));
        assertThat(kept.stories()).extracting(SeedsGold.GoldStory::id).containsExactly("bau");
        assertThat(kept.transitions()).extracting(SeedsGold.GoldTransition::story).containsExactly("bau");

        // the lead holds the body's denial too: the headline stays unscored; a row the cut runs through is unscored
        SeedsGold longer = LeadCut.within(gold, Map.of("a", whole), Map.of("a", whole.substring(0, whole.indexOf("die Arbeiten") + 8)));
        assertThat(longer.statements()).extracting(SeedsGold.GoldStatement::row, SeedsGold.GoldStatement::core).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, false), org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
    }

    private static SeedsGold.GoldStatement row(int n, String story, String stance, String evidence, boolean core) {
        return new SeedsGold.GoldStatement(n, "a", story, stance, null, List.of(), "PARTY", evidence, core);
    }
}
