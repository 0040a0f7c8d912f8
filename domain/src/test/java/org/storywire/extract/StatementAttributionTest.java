package org.storywire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.TimePrecision;

/** Issue 15: stance from the construction, speakers that can speak, morphology; sentences written for this test. */
class StatementAttributionTest {
    private final StatementExtractor extractor = FailingExtractor.create();

    private List<Statement> extract(String text, String language) {
        return extractor.extract(new CleanArticle("t", "outlet", null, null, text, language, Instant.parse("2024-03-05T10:00:00Z"), TimePrecision.DAY));
    }

    private static Statement about(List<Statement> statements, String words) {
        return statements.stream().filter(s -> s.sentenceText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement about \"" + words + "\" in " + statements));
    }

    private static boolean none(List<Statement> statements, String words, Stance stance) {
        return statements.stream().noneMatch(s -> s.sentenceText().contains(words) && s.stance() == stance);
    }

    @Test
    void notInAPositionToCommentIsNoComment() {
        List<Statement> st = extract("“We are not in a position to comment at this time,” a spokeswoman for the bakery chain told reporters.", "en");
        assertThat(about(st, "position to comment").stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void noImpactIsNotANoComment() {
        List<Statement> st = extract("Harbour officials say the storm is having no impact on the ferry timetable.", "en");
        assertThat(about(st, "no impact").stance()).isEqualTo(Stance.CLAIM);
    }

    @Test
    void didNotRespondToARequestForComment() {
        List<Statement> st = extract("The Marlow Brewing Company did not respond to a request for comment on Tuesday.", "en");
        assertThat(about(st, "request for comment").stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void germanNegatedExistenceIsADenial() {
        List<Statement> st = extract("„Es gibt keine Gespräche mit dem Zulieferer“, sagte der Konzernsprecher am Montag.", "de");
        assertThat(about(st, "keine Gespräche").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void englishNegatedPlansAndCorrectionsAreDenials() {
        List<Statement> st = extract("“There are no such plans,” said Lara Fenwick, a spokeswoman for the mill. "
                + "Its chief executive Omar Pell said the mill was “growing, not shrinking”.", "en");
        assertThat(about(st, "no such plans").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(st, "growing").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aDenialDeniesAReportNotALawsuitOrAnApplicant() {
        List<Statement> st = extract("The rail operator denied the report on Friday. "
                + "The tenant group voluntarily dismissed the lawsuit last week. "
                + "The two brothers were rejected for asylum in May.", "en");
        assertThat(about(st, "denied the report").stance()).isEqualTo(Stance.DENIAL);
        assertThat(none(st, "dismissed the lawsuit", Stance.DENIAL)).isTrue();
        assertThat(none(st, "rejected for asylum", Stance.DENIAL)).isTrue();
    }

    @Test
    void germanReportRejectedAndRequestLeftUnanswered() {
        List<Statement> st = extract("Der Handballverein TuS Wendelbach 09 hat Berichte über eine Insolvenz zurückgewiesen. "
                + "Die Stadtwerke ließen eine Anfrage unserer Redaktion unbeantwortet.", "de");
        Statement denial = about(st, "zurückgewiesen");
        assertThat(denial.stance()).isEqualTo(Stance.DENIAL);
        assertThat(denial.speaker().mention()).contains("Wendelbach");
        assertThat(about(st, "unbeantwortet").stance()).isEqualTo(Stance.NO_COMMENT);
    }

    @Test
    void quantitiesAndAbstractNounsDoNotSpeak() {
        List<Statement> st = extract("Eine Schließung stehe nicht zur Debatte, betonte die 58-Jährige.", "de");
        Statement s = about(st, "Schließung");
        assertThat(s.speaker().mention()).isEqualTo("die 58-Jährige");
        assertThat(s.stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void lowerCaseSubjectsAndAnonymousSourcesInEnglish() {
        List<Statement> st = extract("The toy maker will close two plants, one of the people said. "
                + "The regulator said it had opened an inquiry.", "en");
        assertThat(about(st, "close two plants").speaker().mention()).isEqualTo("one of the people");
        assertThat(about(st, "opened an inquiry").speaker().mention()).isEqualTo("The regulator");
    }

    @Test
    void reportingVerbFoundByItsLemma() {
        // "reiterates" is not in the cue list; "reiterated" is
        List<Statement> st = extract("Mayor Lena Ortiz reiterates that the bridge is safe.", "en");
        assertThat(about(st, "bridge is safe").speaker().mention()).contains("Lena Ortiz");
    }

    @Test
    void konjunktivIFromTheDictionaryContinuesReportedSpeech() {
        Morphology m = new Morphology();
        assertThat(m.distinctiveKonjunktivI("bestehe")).isTrue();
        assertThat(m.distinctiveKonjunktivI("seien")).isTrue();
        assertThat(m.distinctiveKonjunktivI("haben")).isFalse();
        assertThat(m.distinctiveKonjunktivI("sagte")).isFalse();
        assertThat(m.distinctiveKonjunktivI("einige")).isFalse();
        assertThat(m.englishVerbLemma("told")).isEqualTo("tell");
    }

    @Test
    void aSpeakerWhoDeniesKeepsDenying() {
        List<Statement> st = extract("Die Bäckerei Kornfeld hat einen Zeitungsbericht über eine Schließung zurückgewiesen. "
                + "„Wir backen weiter“, sagte Inhaberin Greta Lindholm am Mittwoch. "
                + "Es gebe keine Pläne für eine Schließung, sagte Lindholm.", "de");
        assertThat(about(st, "keine Pläne").stance()).isEqualTo(Stance.DENIAL);
        assertThat(about(st, "backen weiter").stance()).isEqualTo(Stance.DENIAL);
    }

    @Test
    void aQuotedTitleIsNoQuotation() {
        List<Statement> st = extract("Der Kürbis aus Wendelbach steht nun im „Handbuch der Riesengemüse“, sagte der Züchter Paul Amsel. "
                + "Die Band spielte ihr Album „Songs for a Rainy Harbour“ zum ersten Mal live.", "de");
        assertThat(st).noneMatch(s -> s.attribution() == Attribution.DIRECT_QUOTE && s.sentenceText().contains("Handbuch")
                && s.content().length() <= "„Handbuch der Riesengemüse“".length());
        assertThat(st).noneMatch(s -> s.sentenceText().contains("Rainy Harbour"));
    }
}
