package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English cue verbs in the passive with a by-agent: the agent speaks, the passive subject opens what was said. Sentences written for this test. */
class EnglishPassiveAgentTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void thePassiveSubjectOpensTheContentNotTheByPhrase() {
        List<Statement> statements = english.extract("The harbour levy was criticized by Ada Voss on Monday, and Tom Reed said the quay would close.");
        Statement s = english.withCue(statements, "criticized");
        assertThat(s.speaker().mention()).isEqualTo("Ada Voss");
        assertThat(english.content(s)).startsWith("The harbour levy");
    }

    @Test
    void aRelativePronounInThePassiveLeavesTheAgentSpeaking() {
        Statement s = english.withCue(english.extract("The harbour levy, which was praised by the dockworkers' union, takes effect in May."), "praised");
        assertThat(s.speaker().mention()).isEqualTo("the dockworkers' union");
        assertThat(english.content(s)).startsWith("which");
    }

    @Test
    void aDenialVerbInThePassiveWithAnAgentStillDenies() {
        Statement s = english.withCue(english.extract("The report about the ferry was denied by the port authority."), "denied");
        assertThat(s.speaker().mention()).isEqualTo("the port authority");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aVerbNotLearnedWithAnObjectReportsNothingInThePassive() {
        List<Statement> statements = english.extract("The ferry timetable, which is maintained by the harbour office, changes in May.");
        assertThat(statements).noneMatch(s -> "maintained".equals(s.cue()));
    }
}
