package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English speaker phrases teasers lean on: an inverted "says X" after the said part, possessives inside the phrase, a bracket after the name. Sentences written for this test. */
class EnglishSpeakerPhraseTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aSpeakerPhraseNeverTakesTheQuotationMarkBehindIt() {
        List<Statement> found = english.extract("Dana Holt called both Vessel and Marr “reckless” and said the levy would fail.");
        assertThat(found).extracting(s -> s.speaker().mention()).noneMatch(m -> m.contains("“") || m.contains("”"));
        assertThat(english.withCue(found, "said").speaker().mention()).isEqualTo("Dana Holt");
    }

    @Test
    void aFiniteAuxiliaryBehindTheNounOpensTheVerbGroup() {
        // "have" is also a noun, but behind one it is the verb's auxiliary
        assertThat(english.extract("The unions have warned that the plant will close.").get(0).speaker().mention()).isEqualTo("The unions");
        assertThat(english.extract("The residents have long said that the road is closed.").get(0).speaker().mention()).isEqualTo("The residents");
    }

    @Test
    void aQuantifierOpeningTheSentenceNamesNoOne() {
        Statement s = english.extract("One man told reporters the Dunmere bridge had been closed since Monday.").get(0);
        assertThat(s.speaker().canonical()).isEqualTo("One man");
        assertThat(s.speaker().kind()).isNotEqualTo(SpeakerKind.ORGANISATION);
        assertThat(english.extract("Some passengers said the ferry had left early.").get(0).speaker().canonical())
                .isEqualTo("Some passengers");
    }

    @Test
    void aNamingVerbTakesAPairOfNamedObjects() {
        List<Statement> found = english.extract("Dana Holt called both Vessel and Marr “reckless” and said the levy would fail.");
        assertThat(english.withCue(found, "called").speaker().mention()).isEqualTo("Dana Holt");
        List<Statement> plain = english.extract("The mayor called Vessel and Marr “reckless” on Friday.");
        assertThat(english.withCue(plain, "called").speaker().mention()).isEqualTo("The mayor");
    }

    @Test
    void theSubjectAfterAnInvertedClosingSaysIsTheSpeaker() {
        String title = "Dunmere ferry to stop, says council";
        List<Statement> found = english.extract(title, "The last crossing leaves on Sunday.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).speaker().mention()).isEqualTo("council");
        Span said = found.get(0).content();
        assertThat(title.substring(said.begin(), said.end())).isEqualTo("Dunmere ferry to stop");
    }

    @Test
    void aClauseBehindTheVerbLeavesTheSubjectBeforeAnAppositionHoldingCommas() {
        // a place with its state, a relative clause: the comma before "said" closes the apposition, the verb is not inverted
        List<Statement> place = english.extract("Tom Reed, a harbour pilot from Marlow, Maine, said the storm at this week's regatta was all part of the season.");
        assertThat(english.withCue(place, "said").speaker().mention()).isEqualTo("Tom Reed");
        List<Statement> relative = english.extract("Ada Croft, an official at the Marlow Housing Authority, which has a backlog of repairs, said the burden of the new rule would force her to cut staff.");
        assertThat(english.withCue(relative, "said").speaker().mention()).isEqualTo("Ada Croft");
        // after a said part the verb still inverts
        List<Statement> inverted = english.extract("The storm was all part of the season, said Tom Reed, a harbour pilot from Marlow, Maine.");
        assertThat(english.withCue(inverted, "said").speaker().mention()).isEqualTo("Tom Reed");
    }

    @Test
    void aPastTenseVerbBehindTheVerbShowsAClauseThere() {
        List<Statement> found = english.extract("Another pilot, Tom Reed of Marlow College, said his survey of captains showed support holding steady.");
        assertThat(english.withCue(found, "said").speaker().mention()).isEqualTo("Tom Reed");
    }

    @Test
    void anInvertedSubjectMayHaveARelativeClauseOfItsOwn() {
        Statement said = english.withCue(english.extract("The pier is unsafe, said a pilot who was there on Monday."), "said");
        assertThat(said.speaker().mention()).isEqualTo("a pilot");
        assertThat(english.content(said)).isEqualTo("The pier is unsafe");
    }

    @Test
    void aNounBehindAVerbAfterAnAppositionIsItsObject() {
        List<Statement> found = english.extract("One by one, ferry firms, including Orvel Lines, declared bankruptcy.");
        assertThat(found).extracting(s -> s.speaker().mention()).doesNotContain("bankruptcy");
    }

    @Test
    void aPluralPossessiveBelongsToTheSpeakerPhrase() {
        List<Statement> found = english.extract("Quarry drivers' delegates said the new tolls would ruin them.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Quarry drivers' delegates");
    }

    @Test
    void aSingularPossessiveBelongsToTheSpeakerPhrase() {
        List<Statement> found = english.extract("Tarsland's transport ministry said the bridge would reopen in June.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).isEqualTo("Tarsland's transport ministry");
        // the ministry speaks, not Tarsland
        assertThat(found.get(0).speaker().canonical()).isEqualTo("Tarsland's transport ministry");
    }

    @Test
    void aPossessivePhraseBehindAnInvertedSaysIsTheSpeaker() {
        List<Statement> found = english.extract("Dunmere ferry to stop, says Tarsland's transport ministry", "The last crossing leaves on Sunday.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).speaker().mention()).isEqualTo("Tarsland's transport ministry");
    }

    @Test
    void aPossessivePhraseBehindACoordinatedOrApposedVerbIsItsObject() {
        assertThat(english.extract("Ned Colby praises, laments Tarsland's harbour plan", "The pilot spoke on Monday."))
                .extracting(s -> s.speaker().mention()).doesNotContain("Tarsland's harbour plan");
        assertThat(english.extract("Ada Voss, a dock worker, and Ned Colby, a pilot, praised Tarsland's harbour plan."))
                .extracting(s -> s.speaker().mention()).doesNotContain("Tarsland's harbour plan");
    }

    @Test
    void aBracketAfterTheNameEndsTheSpeakerNotTheSaidPart() {
        List<Statement> found = english.extract("\u201cWe will not sell the docks,\u201d Harbour Chairman Ned Colby (R-Avon) said in a statement.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).startsWith("Harbour Chairman Ned Colby");
        assertThat(english.content(found.get(0))).isEqualTo("\u201cWe will not sell the docks,\u201d");
    }

    @Test
    void aNameBetweenAfterAndItsVerbIsTheSubjectOfAClauseNotTheObjectOfAPreposition() {
        List<Statement> found = english.extract("Tom Reed left the meeting after Ada Voss said the harbour could not pay for the ferry.");
        Statement said = english.withCue(found, "said");
        assertThat(said.speaker().mention()).isEqualTo("Ada Voss");
        assertThat(english.content(said)).contains("the harbour could not pay for the ferry");
    }

    @Test
    void aCompoundSubjectEndsBeforeAVerbInS() {
        Statement s = EnglishExtraction.about(english.extract("The ferry captain claims that the tide turned early."), "tide turned");
        assertThat(s.speaker().mention()).isEqualTo("The ferry captain");
    }

    @Test
    void aRelativeClauseWithAListBeforeTheVerbDescribesTheSpeakerBeforeIt() {
        List<Statement> found = english.extract("Corvale Transit, which runs the valley's trams, buses and night coaches, said on Tuesday that fares would rise.");
        assertThat(english.withCue(found, "said").speaker().mention()).isEqualTo("Corvale Transit");
        List<Statement> person = english.extract("The harbour master, who met the pilots, the crews and their unions on Monday, said the quay would stay shut.");
        assertThat(english.withCue(person, "said").speaker().mention()).isEqualTo("The harbour master");
    }

    @Test
    void aPossessiveDeterminerOpeningTheSentenceIsNoName() {
        List<Statement> found = english.extract("Police are questioning Ola Brandt over the fire. His lawyer denied the allegations.");
        Speaker lawyer = english.withCue(found, "denied").speaker();
        assertThat(lawyer.canonical()).isNotEqualTo("His");
        assertThat(lawyer.kind()).isNotEqualTo(SpeakerKind.ORGANISATION);
    }

    @Test
    void aCapitalisedAdjectiveBeforeACommonNounOpensTheSpeakerPhrase() {
        Statement local = english.extract("Local police said two men had been arrested near the quay.").get(0);
        assertThat(local.speaker().mention()).isEqualTo("Local police");
        // the phrase names no one by name, so it is all the name the speaker has
        assertThat(local.speaker().canonical()).isEqualTo("Local police");
        assertThat(english.extract("Chilean officials said the border would stay open.").get(0).speaker().mention())
                .isEqualTo("Chilean officials");
        assertThat(english.extract("Democratic leaders warned that the levy would fail.").get(0).speaker().mention())
                .isEqualTo("Democratic leaders");
        // a name behind the common nouns makes them its title
        assertThat(english.extract("Republican mayoral candidate Dana Holt said the levy would fail.").get(0).speaker().canonical())
                .isEqualTo("Dana Holt");
    }
}

