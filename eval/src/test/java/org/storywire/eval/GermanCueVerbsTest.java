package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GermanCueVerbsTest {
    private static QuotesEvaluation.Spans at(String text, String part) {
        int b = text.indexOf(part);
        return new QuotesEvaluation.Spans(List.of(new int[] {b, b + part.length()}));
    }

    @Test
    void countsVerbLemmasWithTheirSplitParticleAndWhichOccurrencesAreAnnotatedAndMissed() {
        String text = "Die Ministerin entgegnete, der Plan sei gut. Der Wirt entgegnete nichts. Der Prüfer stellte am Montag fest, dass die Waage stimmt. "
                + "Ein Fehler wurde nicht festgestellt. Der Bürgermeister sagte, er komme.";
        QuotesEvaluation.GoldQuote entgegnete = new QuotesEvaluation.GoldQuote(at(text, "der Plan sei gut"), at(text, "Die Ministerin"), at(text, "entgegnete"));
        QuotesEvaluation.GoldQuote stellte = new QuotesEvaluation.GoldQuote(at(text, "dass die Waage stimmt"), at(text, "Der Prüfer"), at(text, "stellte"));
        QuotesEvaluation.GoldQuote sagte = new QuotesEvaluation.GoldQuote(at(text, "er komme"), at(text, "Der Bürgermeister"), at(text, "sagte"));
        GermanCueVerbs verbs = new GermanCueVerbs(GermanCueVerbs.listedForms(List.of("COMMENT\tsagt sagte")));
        verbs.add(new QuotesEvaluation.Document("d", text, List.of(entgegnete, stellte, sagte)), List.of(stellte));

        CueForms.Count entgegnen = verbs.counts().get(new GermanCueVerbs.Lemma("entgegnen", null));
        assertThat(entgegnen.occurrences).isEqualTo(2);
        assertThat(entgegnen.annotated).isEqualTo(1);
        assertThat(entgegnen.missed).isZero();
        // the finite form with its particle closing the clause counts under the whole verb, the participle joined
        CueForms.Count split = verbs.counts().get(new GermanCueVerbs.Lemma("feststellen", "fest"));
        assertThat(split.occurrences).isEqualTo(1);
        assertThat(split.missed).isEqualTo(1);
        assertThat(verbs.counts().get(new GermanCueVerbs.Lemma("feststellen", null)).annotated).isZero();
        assertThat(verbs.counts()).doesNotContainKey(new GermanCueVerbs.Lemma("stellen", null));
        // a form the hand list spells is the list's: not counted
        assertThat(verbs.counts()).doesNotContainKey(new GermanCueVerbs.Lemma("sagen", null));
        assertThat(verbs.select(1, 0.5, 0)).containsExactly(new GermanCueVerbs.Lemma("entgegnen", null), new GermanCueVerbs.Lemma("feststellen", "fest"));
    }

    @Test
    void listedFormsAreTheFormsOfEachLine() {
        assertThat(GermanCueVerbs.listedForms(List.of("CLAIM\tteilte teilt\tmit", "DENIAL\tBestritt"))).isEqualTo(Set.of("teilte", "teilt", "bestritt"));
    }

    @Test
    void writesTheSelectedLemmasWithTheirParticleUnderAHeaderNamingTheCommand() {
        CueFormsEvalCommand command = new CueFormsEvalCommand();
        command.data = Path.of("corpus/train");
        command.minOccurrences = 2;
        command.minShare = 0.3;
        command.confidence = 1;
        String file = command.learnedCues(List.of(new GermanCueVerbs.Lemma("entgegnen", null), new GermanCueVerbs.Lemma("feststellen", "fest")));
        assertThat(file).contains("#   ./storywire eval cue-forms --german --data corpus/train --min-occurrences 2 --min-share 0.30 --confidence 1.00 --write");
        assertThat(file.lines().filter(l -> !l.startsWith("#")).toList()).containsExactly("entgegnen", "feststellen\tfest");
    }
}
