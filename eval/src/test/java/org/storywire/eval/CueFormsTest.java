package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueFormsTest {
    private static QuotesEvaluation.Spans at(String text, String part) {
        int b = text.indexOf(part);
        return new QuotesEvaluation.Spans(List.of(new int[] {b, b + part.length()}));
    }

    @Test
    void countsLemmaAndFormAndWhichOccurrencesAreAnnotatedAndMissed() {
        String text = "Mayor Tull plans to widen the bridge. The council planned to rest. Orla wondered whether it would hold. Orla asked where the key was. The pier seems to sink.";
        QuotesEvaluation.GoldQuote plans = new QuotesEvaluation.GoldQuote(at(text, "to widen the bridge"), at(text, "Mayor Tull"), at(text, "plans"));
        QuotesEvaluation.GoldQuote wondered = new QuotesEvaluation.GoldQuote(at(text, "whether it would hold"), at(text, "Orla"), at(text, "wondered"));
        // "seems": no speaker, the content is the subject and the complement
        QuotesEvaluation.GoldQuote seems = new QuotesEvaluation.GoldQuote(new QuotesEvaluation.Spans(List.of(
                at(text, "The pier").ranges().get(0), at(text, "to sink").ranges().get(0))), new QuotesEvaluation.Spans(List.of()), at(text, "seems"));
        QuotesEvaluation.Document doc = new QuotesEvaluation.Document("d", text, List.of(plans, wondered, seems));
        CueForms forms = new CueForms();
        forms.add(doc, List.of(wondered));

        CueForms.Count plan = forms.counts().get(new CueForms.Key(CueForms.Form.to, "plan"));
        assertThat(plan.occurrences).isEqualTo(2);
        assertThat(plan.annotated).isEqualTo(1);
        assertThat(plan.missed).isZero();
        CueForms.Count wonder = forms.counts().get(new CueForms.Key(CueForms.Form.wh, "wonder"));
        assertThat(wonder.annotated).isEqualTo(1);
        assertThat(wonder.missed).isEqualTo(1);
        assertThat(forms.counts().get(new CueForms.Key(CueForms.Form.wh, "ask")).annotated).isZero();
        assertThat(forms.counts().get(new CueForms.Key(CueForms.Form.to, "seem")).annotated).isEqualTo(1);
        // "to the" is no to-infinitive: no count for it
        assertThat(forms.select(1, form -> 0.5, 0)).isEqualTo(Map.of(CueForms.Form.to, List.of("plan", "seem"), CueForms.Form.wh, List.of("wonder")));
    }

    @Test
    void countsVerbsWithAnObjectOrAPrepositionAndNounsWithOne() {
        String text = "Mayor Tull endorsed Ada Croft. The club endorsed the plan. Orla voted for the harbour tax. His attacks on the mayor went on.";
        QuotesEvaluation.GoldQuote endorsed = new QuotesEvaluation.GoldQuote(at(text, "Ada Croft"), at(text, "Mayor Tull"), at(text, "endorsed"));
        QuotesEvaluation.GoldQuote voted = new QuotesEvaluation.GoldQuote(at(text, "the harbour tax"), at(text, "Orla"), at(text, "voted for"));
        QuotesEvaluation.GoldQuote attacks = new QuotesEvaluation.GoldQuote(at(text, "the mayor"), at(text, "His"), at(text, "attacks on"));
        CueForms forms = new CueForms();
        forms.add(new QuotesEvaluation.Document("d", text, List.of(endorsed, voted, attacks)), List.of(voted));

        CueForms.Count endorse = forms.counts().get(new CueForms.Key(CueForms.Form.object, "endorse"));
        assertThat(endorse.occurrences).isEqualTo(2);
        assertThat(endorse.annotated).isEqualTo(1);
        CueForms.Count vote = forms.counts().get(new CueForms.Key(CueForms.Form.verb, "vote for"));
        assertThat(vote.annotated).isEqualTo(1);
        assertThat(vote.missed).isEqualTo(1);
        // "attacks" after a possessive is a noun, not a verb with an object
        assertThat(forms.counts().get(new CueForms.Key(CueForms.Form.noun, "attack on")).annotated).isEqualTo(1);
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.verb, "attack on"));
        // behind a possessive, which names who holds it, the noun form is counted once more
        assertThat(forms.counts().get(new CueForms.Key(CueForms.Form.possessed, "attack on")).annotated).isEqualTo(1);
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.possessed, "vote for"));
    }

    @Test
    void countsAVerbWithItsParticleAndAPrepositionOrAnObjectAsOnePhrasalVerb() {
        String text = "Senator Croft lashed out at the mayor. Tull shrugged off the report. The crew spoke in Dunmore. Orla weighed in on the plan.";
        QuotesEvaluation.GoldQuote lashed = new QuotesEvaluation.GoldQuote(at(text, "the mayor"), at(text, "Senator Croft"), at(text, "lashed out at"));
        QuotesEvaluation.GoldQuote shrugged = new QuotesEvaluation.GoldQuote(at(text, "the report"), at(text, "Tull"), at(text, "shrugged off"));
        CueForms forms = new CueForms();
        forms.add(new QuotesEvaluation.Document("d", text, List.of(lashed, shrugged)), List.of(shrugged));

        CueForms.Count lash = forms.counts().get(new CueForms.Key(CueForms.Form.particle, "lash out at"));
        assertThat(lash.annotated).isEqualTo(1);
        assertThat(lash.missed).isZero();
        CueForms.Count shrug = forms.counts().get(new CueForms.Key(CueForms.Form.particle, "shrug off"));
        assertThat(shrug.annotated).isEqualTo(1);
        assertThat(shrug.missed).isEqualTo(1);
        // "in" is a particle only before a preposition: "spoke in Dunmore" is a verb and its place
        assertThat(forms.counts().get(new CueForms.Key(CueForms.Form.particle, "weigh in on")).occurrences).isEqualTo(1);
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.particle, "speak in"));
        // the particle is no object of the verb
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.object, "shrug"));
    }

    @Test
    void countsAVerbWithABareNounOrAdjectiveAsItsObjectButNotWithAFiniteVerbOrParticiple() {
        String text = "The club backed higher fees. Tull backed public transport. Harbour shares closed lower.";
        QuotesEvaluation.GoldQuote backed = new QuotesEvaluation.GoldQuote(at(text, "higher fees"), at(text, "The club"), at(text, "backed"));
        CueForms forms = new CueForms();
        forms.add(new QuotesEvaluation.Document("d", text, List.of(backed)), List.of(backed));

        CueForms.Count back = forms.counts().get(new CueForms.Key(CueForms.Form.object, "back"));
        assertThat(back.occurrences).isEqualTo(2);
        assertThat(back.annotated).isEqualTo(1);
        assertThat(back.missed).isEqualTo(1);
        // "closed" may be the next clause's verb: "shares" has no object here
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.object, "share"));
    }

    @Test
    void countsVerbsWithAPredicativeAdjectiveButNotWithAPrepositionOrAnAdjectiveBeforeItsNoun() {
        String text = "Mayor Tull seemed very tired. The ferry appeared on the horizon. The crew seemed calm people.";
        QuotesEvaluation.GoldQuote seemed = new QuotesEvaluation.GoldQuote(new QuotesEvaluation.Spans(List.of(
                at(text, "Mayor Tull").ranges().get(0), at(text, "very tired").ranges().get(0))), new QuotesEvaluation.Spans(List.of()), at(text, "seemed"));
        CueForms forms = new CueForms();
        forms.add(new QuotesEvaluation.Document("d", text, List.of(seemed)), List.of());

        CueForms.Count seem = forms.counts().get(new CueForms.Key(CueForms.Form.predicative, "seem"));
        assertThat(seem.occurrences).isEqualTo(1);
        assertThat(seem.annotated).isEqualTo(1);
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.predicative, "appear"));
    }

    @Test
    void writesTheSelectedToObjectVerbAndPossessedFormsUnderAHeaderNamingTheCommand() {
        CueFormsEvalCommand command = new CueFormsEvalCommand();
        command.data = Path.of("corpus/train");
        command.minOccurrences = 8;
        command.minShare = 0.2;
        command.verbNounMinShare = 0.3;
        String file = command.phraseCues(Map.of(CueForms.Form.object, List.of("endorse"), CueForms.Form.verb, List.of("vote for"),
                CueForms.Form.noun, List.of("attack on"), CueForms.Form.possessed, List.of("attack on"), CueForms.Form.to, List.of("plan"), CueForms.Form.wh, List.of("wonder")));
        assertThat(file).contains("#   ./storywire eval cue-forms --data corpus/train --min-occurrences 8 --min-share 0.20 --confidence 0.00 --verbnoun-min-share 0.30 --write");
        assertThat(file.lines().filter(l -> !l.startsWith("#")).sorted().toList()).containsExactly("object\tendorse", "possessed\tattack on", "to\tplan", "verb\tvote for");
    }

    private static CueForms.Count count(int occurrences, int annotated) {
        CueForms.Count count = new CueForms.Count();
        count.occurrences = occurrences;
        count.annotated = annotated;
        return count;
    }

    @Test
    void aConfidenceBoundAsksMoreShareOfARareLemmaThanOfAFrequentOne() {
        CueForms.Count rare = count(3, 1);
        CueForms.Count frequent = count(200, 50);
        // by share alone the rare lemma (0.33) beats the frequent one (0.25)
        assertThat(CueForms.selects(rare, 3, 0.2, 0)).isTrue();
        assertThat(CueForms.selects(frequent, 3, 0.2, 0)).isTrue();
        // one standard deviation down, only the frequent one keeps a share of 0.2
        assertThat(CueForms.selects(rare, 3, 0.2, 1)).isFalse();
        assertThat(CueForms.selects(frequent, 3, 0.2, 1)).isTrue();
        assertThat(rare.lowerBound(0)).isEqualTo(rare.share());
    }

    @Test
    void countsANounEndingAVerbsObjectWithItsPrepositionButNotBehindACopulaAnAuxiliaryOrAListedVerb() {
        String text = "Mayor Tull raised strong concerns about the harbour tax. The crew raised the concerns about Orla. Orla was a critic of the tax. Tull said four of the boats sank. Orla has expressed doubts about the pier.";
        QuotesEvaluation.GoldQuote raised = new QuotesEvaluation.GoldQuote(at(text, "the harbour tax"), at(text, "Mayor Tull"), at(text, "concerns about"));
        CueForms forms = new CueForms();
        forms.add(new QuotesEvaluation.Document("d", text, List.of(raised)), List.of(raised));

        // the corpus's cue may be the noun alone: it lies between the verb and the preposition
        CueForms.Count concern = forms.counts().get(new CueForms.Key(CueForms.Form.verbnoun, "concern about"));
        assertThat(concern.occurrences).isEqualTo(2);
        assertThat(concern.annotated).isEqualTo(1);
        assertThat(concern.missed).isEqualTo(1);
        // a copula's noun names its subject; "said" and "expressed" are cues by themselves, "has" their auxiliary
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.verbnoun, "critic of"));
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.verbnoun, "four of"));
        assertThat(forms.counts()).doesNotContainKey(new CueForms.Key(CueForms.Form.verbnoun, "doubt about"));
    }

    @Test
    void countsAnAdjectiveWithItsPrepositionAfterACopula() {
        String text = "Orla was critical of the harbour tax. Mayor Tull is not critical of Orla. The crew was critical about the final.";
        QuotesEvaluation.GoldQuote orla = new QuotesEvaluation.GoldQuote(at(text, "the harbour tax"), at(text, "Orla"), at(text, "was critical of"));
        CueForms forms = new CueForms();
        forms.add(new QuotesEvaluation.Document("d", text, List.of(orla)), List.of(orla));

        CueForms.Count critical = forms.counts().get(new CueForms.Key(CueForms.Form.adjective, "critical of"));
        assertThat(critical.occurrences).isEqualTo(2);
        assertThat(critical.annotated).isEqualTo(1);
        assertThat(critical.missed).isEqualTo(1);
        // "about the final": the preposition is counted with its adjective as a lemma of its own
        assertThat(forms.counts().get(new CueForms.Key(CueForms.Form.adjective, "critical about")).annotated).isZero();
    }
}
