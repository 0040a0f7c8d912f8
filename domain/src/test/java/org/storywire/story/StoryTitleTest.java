package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storywire.extract.Stance;

class StoryTitleTest {
    private static TimelineEntry entry(String speaker, String sentence, String content) {
        int begin = 1000;
        int from = begin + sentence.indexOf(content);
        Evidence ev = new Evidence("a1", sentence, begin, begin + sentence.length(), from, from + content.length());
        return new TimelineEntry(Instant.parse("2026-03-09T10:00:00Z"), speaker, speaker, Stance.CLAIM, Standing.THIRD_PARTY,
                "Hafenbote", null, 0, ev);
    }

    @Test
    void theTitleSaysWhoClaimsWhatWithoutTheReportingFrame() {
        String sentence = "Der Hafenbote hatte am Montag unter Berufung auf zwei Insider berichtet, beide Reedereien verhandelten über eine Fusion.";
        assertThat(StoryTitle.of(entry("Hafenbote", sentence, "beide Reedereien verhandelten über eine Fusion")))
                .isEqualTo("Hafenbote: Beide Reedereien verhandelten über eine Fusion");
    }

    @Test
    void quoteMarksAroundTheContentAreDroppedAndAnUnattributedSpeakerIsNotNamed() {
        String sentence = "„Eine Fusion steht nicht zur Debatte“, hieß es.";
        assertThat(StoryTitle.of(entry("(unattributed)", sentence, "„Eine Fusion steht nicht zur Debatte“,")))
                .isEqualTo("Eine Fusion steht nicht zur Debatte");
    }

    @Test
    void aLongClaimIsCutAtAWord() {
        String content = "the harbour board will close the northern quay for container ships by the end of next year and move "
                + "every berth, crane and worker to the southern terminal, which is to be deepened for the largest vessels";
        String title = StoryTitle.of(entry("Port authority", "The port authority said " + content + ".", content));
        String full = "Port authority: The h" + content.substring(5);
        assertThat(title).hasSizeLessThanOrEqualTo(StoryTitle.MAX_LENGTH).endsWith("…");
        String kept = title.substring(0, title.length() - 1);
        assertThat(full).startsWith(kept);
        assertThat(full.charAt(kept.length())).isEqualTo(' ');
    }

    @Test
    void aContentSpanStartingInsideANumberStartsAtTheNumber() {
        String sentence = "Die Gewerkschaft fordert 8,5 Prozent mehr Lohn für die Fährleute.";
        assertThat(StoryTitle.of(entry("Gewerkschaft", sentence, ",5 Prozent mehr Lohn für die Fährleute")))
                .isEqualTo("Gewerkschaft: 8,5 Prozent mehr Lohn für die Fährleute");
    }

    @Test
    void offsetsOutsideTheSentenceFallBackToTheSentence() {
        Evidence ev = new Evidence("a1", "The union called a strike for Wednesday.", 0, 40, 500, 520);
        TimelineEntry e = new TimelineEntry(Instant.EPOCH, "union", "union", Stance.CLAIM, Standing.PARTY, null, null, 0, ev);
        assertThat(StoryTitle.of(e)).isEqualTo("The union called a strike for Wednesday");
    }
}
