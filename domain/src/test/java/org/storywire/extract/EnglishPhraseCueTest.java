package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs that phrase-cues-en.txt (learned by eval cue-forms) lists with a to-infinitive, a predicative adjective, a noun-phrase
 * object or a preposition and its phrase: the complement or phrase is what the subject holds, said or seemed. Sentences written for this test.
 */
class EnglishPhraseCueTest {
    private final EnglishExtraction english = new EnglishExtraction();

    @Test
    void aLearnedVerbWithAnObjectAttributesTheObjectToItsSubject() {
        Statement s = single(english.extract("The district judge ordered a recount of the harbour ballots."));
        assertThat(s.cue()).isEqualTo("ordered");
        assertThat(s.speaker().mention()).isEqualTo("The district judge");
        assertThat(english.content(s)).contains("a recount of the harbour ballots");
    }

    @Test
    void aVerbSeenSixTimesInTheCorpusIsLearnedToo() {
        Statement s = single(english.extract("Senator Ada Croft chided the harbour board on Tuesday."));
        assertThat(s.cue()).isEqualTo("chided");
        assertThat(english.content(s)).contains("the harbour board");
    }

    @Test
    void aVerbFormSeenThreeTimesInTheCorpusIsLearnedToo() {
        Statement s = single(english.extract("The harbour traders complained about the new ferry fares."));
        assertThat(s.cue()).isEqualTo("complained");
        assertThat(s.speaker().mention()).isEqualTo("The harbour traders");
        assertThat(english.content(s)).contains("the new ferry fares");
        assertThat(single(english.extract("Mayor Tom Reed lauded the harbour crew on Tuesday.")).cue()).isEqualTo("lauded");
    }

    @Test
    void aLearnedVerbWithItsPrepositionAttributesThePhraseBehindIt() {
        Statement s = single(english.extract("Senator Ada Croft advocated for a harbour tax on Tuesday."));
        assertThat(s.cue()).isEqualTo("advocated");
        assertThat(s.speaker().mention()).isEqualTo("Senator Ada Croft");
        assertThat(english.content(s)).contains("a harbour tax");
    }

    @Test
    void aFrequentVerbWithALowerShareIsLearnedByItsConfidenceBound() {
        Statement s = single(english.extract("Mayor Tom Reed favors a new harbour tax."));
        assertThat(s.cue()).isEqualTo("favors");
        assertThat(s.speaker().mention()).isEqualTo("Mayor Tom Reed");
        assertThat(english.content(s)).contains("a new harbour tax");
    }

    @Test
    void aLearnedAttitudeInsideWhatASpeechVerbSaysIsPartOfThatStatement() {
        Statement closing = single(english.extract("Harbour Freight plans to close two depots, the dockers' union said on Monday."));
        assertThat(closing.cue()).isEqualTo("said");
        assertThat(closing.speaker().mention()).isEqualTo("the dockers' union");
        assertThat(english.content(closing)).contains("plans to close two depots");
        Statement reported = single(english.extract("The Harbour Gazette reported on Monday, citing two dockers, that the ferry line planned to sell its oldest boat."));
        assertThat(reported.cue()).isEqualTo("reported");
    }

    @Test
    void aLearnedVerbWithABareNounOrAdjectiveBehindItAttributesThatObject() {
        Statement s = single(english.extract("The district judge ordered new elections in the harbour ward."));
        assertThat(s.cue()).isEqualTo("ordered");
        assertThat(s.speaker().mention()).isEqualTo("The district judge");
        assertThat(english.content(s)).contains("new elections in the harbour ward");
        assertThat(single(english.extract("Senator Ada Croft trashed public subsidies for the ferry line.")).cue()).isEqualTo("trashed");
    }

    @Test
    void aWordThatMayBeAFiniteVerbOrParticipleOpensNoBareObject() {
        assertThat(english.extract("Harbour Freight shares closed lower on Friday.")).isEmpty();
    }

    @Test
    void aVerbBehindAnAuxiliaryThatMayAlsoBeANounIsAVerb() {
        Statement s = single(english.extract("Councillor Ada Croft can support the candidate of their choice."));
        assertThat(s.cue()).isEqualTo("support");
        assertThat(s.speaker().mention()).isEqualTo("Councillor Ada Croft");
        assertThat(english.content(s)).contains("the candidate of their choice");
        assertThat(single(english.extract("The senator may favor a ferry tax.")).cue()).isEqualTo("favor");
    }

    @Test
    void aReflexivePronounOpensTheObjectOfALearnedVerb() {
        Statement s = single(english.extract("Senator Ada Croft painted herself as the harbour's only friend."));
        assertThat(s.cue()).isEqualTo("painted");
        assertThat(s.speaker().mention()).isEqualTo("Senator Ada Croft");
        assertThat(english.content(s)).contains("herself as the harbour's only friend");
    }

    @Test
    void aVerbTheListDoesNotNameStaysNoCue() {
        assertThat(english.extract("The harbour crew repaired the northern pier.")).isEmpty();
    }

    @Test
    void aPassiveOrANamingParticipleBehindANounHasNoObjectThatIsSaid() {
        assertThat(english.extract("Tom Reed was named the club's new coach.")).isEmpty();
        assertThat(english.extract("Ada Croft joined a group called Harbour Watch.")).isEmpty();
    }

    @Test
    void aLearnedNounBehindAPossessiveAttributesThePhraseAfterItsPrepositionToThePossessor() {
        Statement s = single(english.extract("Tom Reed has sharpened his attacks on the harbour board, which began in May."));
        assertThat(s.speaker().mention()).isEqualTo("his");
        assertThat(english.content(s)).isEqualTo("the harbour board");
        assertThat(english.extract("The attacks on the harbour board went on for a week.")).isEmpty();
    }

    @Test
    void aVerbWhoseObjectEndsOnALearnedNounAndItsPrepositionAttributesThePhraseToItsSubject() {
        Statement s = single(english.extract("Mayor Tom Reed raised fresh concerns about the ferry deal on Monday."));
        assertThat(s.cue()).isEqualTo("raised");
        assertThat(s.speaker().mention()).isEqualTo("Mayor Tom Reed");
        assertThat(english.content(s)).contains("the ferry deal");
        // a determiner or possessive and adjectives may stand before the noun
        Statement swipe = single(english.extract("Councillor Ada Croft took a sharp swipe at the harbour board."));
        assertThat(swipe.cue()).isEqualTo("took");
        assertThat(swipe.speaker().mention()).isEqualTo("Councillor Ada Croft");
        Statement support = single(english.extract("The dockers' union renewed its support for the ferry tax."));
        assertThat(support.cue()).isEqualTo("renewed");
        assertThat(english.content(support)).contains("the ferry tax");
    }

    @Test
    void aNounTheListDoesNotNameOrAParticleBeforeTheObjectOpensNoStatement() {
        assertThat(english.extract("The harbour crew repaired the roof of the old pier.")).isEmpty();
        // "out" is no verb of its own: "sent out" is not listed
        assertThat(english.extract("The harbour board sent out a message about the ferry timetable.")).isEmpty();
    }

    @Test
    void aLearnedVerbWithAToInfinitiveAttributesTheInfinitiveToItsSubject() {
        Statement s = single(english.extract("The mayor's new ferry plan appeared to lose support among harbour traders."));
        assertThat(s.cue()).isEqualTo("appeared");
        assertThat(english.content(s)).contains("to lose support among harbour traders");
        assertThat(single(english.extract("Councillor Ada Croft seemed to doubt the figures on Tuesday.")).cue()).isEqualTo("seemed");
    }

    @Test
    void aVerbTheListDoesNotNameWithAToInfinitiveStaysNoCue() {
        assertThat(english.extract("The harbour crew managed to repair the northern pier.")).isEmpty();
        assertThat(english.extract("The ferry appeared to the crowd at noon.")).isEmpty();
    }

    @Test
    void aLearnedVerbWithAPredicativeAdjectiveAttributesHowTheSubjectSeemed() {
        Statement s = single(english.extract("The councillor seemed quite nervous about the ferry figures."));
        assertThat(s.cue()).isEqualTo("seemed");
        assertThat(english.content(s)).contains("nervous about the ferry figures");
        assertThat(single(english.extract("Mayor Tom Reed appeared tired after the harbour vote.")).cue()).isEqualTo("appeared");
    }

    @Test
    void aPrepositionOrAnAdjectiveBeforeItsNounIsNoPredicativeComplement() {
        assertThat(english.extract("The harbour ferry appeared on the horizon at noon.")).isEmpty();
        assertThat(english.extract("The old lighthouse sounded empty rooms and dust.")).isEmpty();
    }

    @Test
    void aCopulaWithALearnedAdjectiveAndItsPrepositionAttributesThePhraseToItsSubject() {
        Statement s = single(english.extract("Senator Ada Croft was critical of the new harbour tax."));
        assertThat(s.cue()).isEqualTo("was");
        assertThat(s.speaker().mention()).isEqualTo("Senator Ada Croft");
        assertThat(english.content(s)).contains("the new harbour tax");
        // a word between copula and adjective, a degree adverb before the adjective
        Statement also = single(english.extract("The dockers' union is also very skeptical of the ferry plan."));
        assertThat(also.speaker().mention()).isEqualTo("The dockers' union");
        assertThat(english.content(also)).contains("the ferry plan");
    }

    @Test
    void aCopulaWithAnAdjectiveTheListDoesNotNameWithThatPrepositionSaysNothing() {
        assertThat(english.extract("The harbour was full of ferries on Tuesday.")).isEmpty();
        assertThat(english.extract("Mayor Tom Reed was critical in the final match.")).isEmpty();
    }

    @Test
    void aLearnedPhrasalVerbAttributesThePhraseBehindItsParticleAndPreposition() {
        Statement s = single(english.extract("Senator Ada Croft lashed out at the harbour board on Tuesday."));
        assertThat(s.cue()).isEqualTo("lashed");
        assertThat(s.speaker().mention()).isEqualTo("Senator Ada Croft");
        assertThat(english.content(s)).contains("the harbour board");
        // with no preposition, the particle's object
        Statement object = single(english.extract("Mayor Tom Reed played down the report of a ferry strike."));
        assertThat(object.cue()).isEqualTo("played");
        assertThat(object.speaker().mention()).isEqualTo("Mayor Tom Reed");
        assertThat(english.content(object)).contains("the report of a ferry strike");
    }

    @Test
    void aPhrasalVerbTheListDoesNotNameSaysNothing() {
        assertThat(english.extract("The harbour crew handed out the new ferry tickets.")).isEmpty();
        assertThat(english.extract("Mayor Tom Reed spoke in Dunmore on Tuesday.")).isEmpty();
    }

    private static Statement single(List<Statement> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
