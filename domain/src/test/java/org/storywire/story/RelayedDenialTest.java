package org.storywire.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storywire.story.Given.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.TimePrecision;
import org.storywire.extract.Attribution;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Span;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;

/** A denial relayed by an outlet is the denier's position; the outlet is a source, no party. Texts written for this test with invented names. */
class RelayedDenialTest {

    @Test
    void theRelayingOutletTakesNoPositionInTheStory() {
        StoryBook book = StoryBook.standard();
        String denial = "According to the Harbour Post, Calder United denied the report about Jonah Pell.";
        Span all = new Span(0, denial.length());
        Statement relayed = new Statement("pell-denial", 0, new Speaker("Calder United", new Span(30, 43), "Calder United", null, SpeakerKind.ORGANISATION),
                Stance.DENIAL, Attribution.INDIRECT_SPEECH, null, "denied", all, all, denial, day(6), TimePrecision.DAY, 1.0,
                new Speaker("the Harbour Post", new Span(13, 29), "Harbour Post", null, SpeakerKind.MEDIA));
        book.ingest(new ArticleInfo("pell-denial", "Harbour Post", null, "Calder United denies Pell report", null, day(6), "en"), List.of(relayed));

        var positions = book.story(book.storyOf("pell-denial", 0).orElseThrow()).orElseThrow().positions();
        assertThat(positions).anySatisfy(p -> assertThat(p.stance()).isEqualTo(Stance.DENIAL));
        assertThat(positions).noneSatisfy(p -> assertThat(p.party()).contains("Harbour Post"));
    }
}
