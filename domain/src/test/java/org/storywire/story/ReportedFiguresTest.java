package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X reported" with an object after it is X giving its own figures or notifying an authority, not a newsroom (invented sentences). */
class ReportedFiguresTest {

    private static boolean reportsNews(ArticleActors article, String name) {
        return article.entity(article.keyOf(name).orElseThrow()).orElseThrow().isReportSource();
    }

    @Test
    void aCompanyThatReportedCasesToTheAuthoritiesIsNoNewsroom() {
        ArticleActors english = ArticleActors.of("Watchdog says Tolvane reported faulty valves late",
                "Pump maker Tolvane Industries reported suspected defects to the authorities weeks after it learned of them, the watchdog said.",
                List.of("Tolvane acknowledged the delay.", "The Corrin Ledger reported on Monday that the watchdog would fine the company."), true);
        assertThat(reportsNews(english, "Tolvane Industries")).isFalse();
        assertThat(reportsNews(english, "Corrin Ledger")).isTrue();
    }

    @Test
    void aCompanyThatReportedItsFiguresIsNoNewsroomButAPaperThatReportedWithoutAnObjectIs() {
        ArticleActors english = ArticleActors.of("Brevik Foods reported a 12 percent drop in sales",
                "Brevik Foods reported a 12 percent drop in quarterly sales, and the Ostley Courier reported earlier that its chief would leave.",
                List.of("A Brevik spokesman declined to comment."), true);
        assertThat(reportsNews(english, "Brevik Foods")).isFalse();
        assertThat(reportsNews(english, "Ostley Courier")).isTrue();
    }

    @Test
    void aGermanCompanyThatReportedAFigureIsNoNewsroom() {
        ArticleActors german = ArticleActors.of("Qualvorn meldete einen Verlust",
                "Der Maschinenbauer Qualvorn meldete einen Verlust von 40 Millionen Euro, wie der „Talheimer Bote“ berichtete.",
                List.of("Ein Sprecher wollte sich nicht äußern."), false);
        assertThat(reportsNews(german, "Qualvorn")).isFalse();
    }
}
