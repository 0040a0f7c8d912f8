package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Span;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/** "Der Verein dementierte.": a denial that names nothing answers the report just before it. A teaser written for this test. */
class BareDenialTest {

    private static Statement said(int ordinal, String speaker, Stance stance, String cue, String sentence, int begin) {
        Span span = new Span(begin, begin + sentence.length());
        return new Statement("ortenfeld", ordinal, new Speaker(speaker, null, speaker, null, SpeakerKind.ORGANISATION), stance,
                Attribution.INDIRECT_SPEECH, null, cue, span, span, sentence, day(5), TimePrecision.DAY, 1.0);
    }

    @Test
    void aDenialWithNothingButItsSpeakerAndVerbAnswersTheReportBeforeIt() {
        String report = "Nach Informationen der Sportwelt steht Trainer Jens Halsberg beim SC Ortenfeld vor der Entlassung.";
        String denial = "Der Verein dementierte am Montag.";
        List<StoryStatement> grouped = Given.grouped(new ArticleInfo("ortenfeld", "Tagespost", null, "Trainer Halsberg vor dem Aus?", null, day(5), "de"),
                said(0, "Sportwelt", Stance.CLAIM, "Nach Informationen", report, 0),
                said(1, "Der Verein", Stance.DENIAL, "dementierte", denial, report.length() + 1));
        assertThat(grouped.get(1).storyId()).isEqualTo(grouped.get(0).storyId());
    }
}
