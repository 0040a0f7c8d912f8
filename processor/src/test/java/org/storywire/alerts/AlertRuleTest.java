package org.storywire.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storywire.query.Dtos;

/** What a rule matches: a change to its status, an actor, words, a language; every criterion set must hold. */
class AlertRuleTest {
    private static final Dtos.TimelineEntry DENIAL = new Dtos.TimelineEntry(Instant.EPOCH, null, "Jana Petersen", "Nordlicht Lines",
            "DENIAL", "PARTY", "Harbour Times", null,
            new Dtos.Evidence("a1", "Nordlicht Lines denied that it is selling its ferry business.", 0, 60, 0, 60));

    private static Dtos.Update update(String status, String previous) {
        return new Dtos.Update("s1", 2, "Nordlicht to sell ferries", status, previous, List.of("status"), DENIAL, Instant.EPOCH);
    }

    private static AlertRule rule(String status, String actor, String text, String language) {
        return new AlertRule("r", "n", status, actor, text, language, null, "0123456789abcdef", Instant.EPOCH);
    }

    private static boolean matches(AlertRule rule, Dtos.Update update) {
        return rule.matches(AlertSubject.of(update, Optional.empty()));
    }

    @Test
    void aStatusCriterionMatchesAChangeToThatStatusOnly() {
        assertThat(matches(rule("DENIED", null, null, null), update("DENIED", "CLAIMED"))).isTrue();
        assertThat(matches(rule("DENIED", null, null, null), update("DENIED", null))).as("a new story that is denied").isTrue();
        assertThat(matches(rule("DENIED", null, null, null), update("DENIED", "DENIED"))).as("still denied is no change").isFalse();
        assertThat(matches(rule("DENIED", null, null, null), update("CLAIMED", "DENIED"))).isFalse();
    }

    @Test
    void actorTextAndLanguageMustAllHold() {
        Dtos.Update denied = update("DENIED", "CLAIMED");
        assertThat(matches(rule(null, "nordlicht", null, null), denied)).as("the cause's party, any case").isTrue();
        assertThat(matches(rule(null, "Kerbach", null, null), denied)).isFalse();
        assertThat(matches(rule(null, null, "ferry business", null), denied)).as("the cause's sentence").isTrue();
        assertThat(matches(rule(null, null, "ferries", "en"), denied)).as("the title, in English").isTrue();
        assertThat(matches(rule(null, null, "ferries", "de"), denied)).as("not German").isFalse();
        assertThat(matches(rule("DENIED", "Petersen", "ferr", "en"), denied)).isTrue();
        assertThat(matches(rule("CLAIMED", "Petersen", "ferr", "en"), denied)).isFalse();
    }

    @Test
    void theStorysActorsAndEventCountWhenTheStoryIsKnown() {
        Dtos.Story story = new Dtos.Story("s1", "t", "DENIED", "sale of the ferry arm", List.of("Wesermark Gazette", "Nordlicht Lines"),
                List.of(), List.of(), 0, 1, java.util.Map.of(), 0, 1, null, null, null, null, 2, null, null);
        AlertSubject subject = AlertSubject.of(update("DENIED", "CLAIMED"), Optional.of(story));
        assertThat(rule(null, "Wesermark", null, null).matches(subject)).isTrue();
        assertThat(rule(null, null, "ferry arm", null).matches(subject)).isTrue();
    }
}
