package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.extract.Attribution;
import org.storywire.extract.Document;
import org.storywire.extract.Span;
import org.storywire.extract.Speaker;
import org.storywire.extract.SpeakerKind;
import org.storywire.extract.Stance;
import org.storywire.extract.Statement;
import org.storywire.extract.StatementExtractor;
import picocli.CommandLine;

/**
 * Runs the evaluation commands: on fixtures written here, whose scores are worked out by hand, and
 * on the shared data when it is there (the fixed last line, not the numbers, which change as the
 * extractor does).
 */
class EvalCommandTest {
    private static final String HARBOUR = """
            Hafenblatt
            Die Werft Nordholm in Kielsund hat am Dienstag den Bau der Fähre Seeadler eingestellt.
            Werftchef Arvid Lensing sagte, der Stahl für die Fähre Seeadler fehle seit Wochen.
            Die Stadt Kielsund prüft eine Bürgschaft für die Werft Nordholm.
            """;

    /**
     * Two reports of one shipyard story and one of a football match, scored as if all three were one
     * event ({@code --gold one}). Expected by hand: predicted events {a1, a2} and {b1}; of the three gold
     * pairs one is predicted, and it is right: pairs P = 1/1, R = 1/3, F1 = 0.50; BCubed P = 1 for every
     * article, R = (2/3 + 2/3 + 1/3) / 3 = 0.56, F1 = 2 * 0.56 / 1.56 = 0.71.
     */
    @Test
    void eventsScoresAFixtureAsWorkedOutByHand(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a1.txt"), HARBOUR);
        Files.writeString(dir.resolve("a2.txt"), HARBOUR.replace("am Dienstag", "gestern"));
        Files.writeString(dir.resolve("b1.txt"), """
                Sportbote
                Der FC Lindenau gewann das Pokalfinale gegen Eintracht Moorbach mit drei zu eins.
                Trainerin Greta Vollmer lobte die Abwehr ihrer Mannschaft nach dem Schlusspfiff.
                """);
        List<String> lines = run("events", "--data", dir.toString(), "--gold", "one");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "events: pairs_p=1.00 pairs_r=0.33 pairs_f1=0.50 bcubed_p=1.00 bcubed_r=0.56 bcubed_f1=0.71 articles=3 events=2 gold_events=1");
    }

    private static Path shared() {
        String property = System.getProperty("storywire.shared");
        Path path = property == null ? null : Path.of(property);
        assumeTrue(path != null && Files.isDirectory(path.resolve("eval")), "shared data not available");
        return path;
    }

    private static List<String> run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(new CommandLine(new EvalCommand()).execute(args)).isZero();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * A shipyard story in two articles, scored against a gold written for it: a reporter's claim, a claim
     * of the yard's in a sentence with no cue (a miss by design), the yard's denial; the yard chief's own
     * statement is not in the gold (a false positive by design). Expected by hand: 3 predictions, 2 match
     * (P = R = F1 = 0.67), both with the gold's stance and speaker, both in one story (BCubed 1.00), the
     * story DENIED (1/1), UNCONFIRMED after the report alone and DENIED after both (2/2). With the gold
     * statements every row is predicted (1.00), but the yard's own claim then makes the story CLAIMED
     * after the first article, against the gold's UNCONFIRMED (transitions 1/2).
     */
    @Test
    void seedsScoresAFixtureAsWorkedOutByHand(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a1.txt"), """
                date 2026-03-02T09:00:00+01:00
                Fähre Seeadler in Kielsund
                Hafenblatt-Reporter Tim Varga berichtete am Montag, die Werft Nordholm stelle den Bau der Fähre Seeadler ein. \
                Die Fähre sollte im Herbst fertig sein.
                """);
        Files.writeString(dir.resolve("a2.txt"), """
                date 2026-03-03T11:00:00+01:00
                Neue Lage bei der Werft Nordholm
                Die Werft Nordholm wies den Bericht über einen Baustopp der Fähre Seeadler am Dienstag zurück. \
                Werftchef Arvid Lensing sagte, die Arbeiten an der Seeadler liefen weiter.
                """);
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"articles": [{"file": "a1.txt", "published": "2026-03-02T09:00:00+01:00", "boilerplate": []},
                              {"file": "a2.txt", "published": "2026-03-03T11:00:00+01:00", "boilerplate": []}],
                 "stories": [{"id": "seeadler", "actors": ["Werft Nordholm"], "final_status": "DENIED"}],
                 "statements": [
                  {"article": "a1.txt", "story": "seeadler", "stance": "CLAIM", "speaker": "Tim Varga", "speaker_match": ["Varga"],
                   "standing": "THIRD_PARTY", "evidence": "die Werft Nordholm stelle den Bau", "core": true},
                  {"article": "a1.txt", "story": "seeadler", "stance": "CLAIM", "speaker": "Werft Nordholm", "speaker_match": ["Nordholm"],
                   "standing": "PARTY", "evidence": "Die Fähre sollte im Herbst fertig sein", "core": true},
                  {"article": "a2.txt", "story": "seeadler", "stance": "DENIAL", "speaker": "Werft Nordholm", "speaker_match": ["Nordholm"],
                   "standing": "PARTY", "evidence": "wies den Bericht über einen Baustopp", "core": true}],
                 "transitions": [{"after": ["a1.txt"], "story": "seeadler", "status": "UNCONFIRMED"},
                                 {"after": ["a1.txt", "a2.txt"], "story": "seeadler", "status": "DENIED"}]}
                """);
        List<String> extracted = run("seeds", "--articles", dir.toString(), "--gold", gold.toString());
        assertThat(extracted.get(extracted.size() - 1)).isEqualTo(
                "seeds: P=0.67 R=0.67 F1=0.67 stance=1.00 speaker=1.00 bcubed=1.00 status=1/1 transitions=2/2");
        List<String> fromGold = run("seeds", "--articles", dir.toString(), "--gold", gold.toString(), "--gold-statements");
        assertThat(fromGold.get(fromGold.size() - 1)).isEqualTo(
                "seeds: P=1.00 R=1.00 F1=1.00 stance=1.00 speaker=1.00 bcubed=1.00 status=1/1 transitions=1/2");
        // cut to headline and first sentence: a1 keeps Varga's report, a2 the denial; the row without a cue and Lensing's sentence are cut off
        List<String> leads = run("seeds", "--articles", dir.toString(), "--gold", gold.toString(), "--lead-sentences", "1");
        assertThat(leads.get(leads.size() - 1)).isEqualTo(
                "seeds: P=1.00 R=1.00 F1=1.00 stance=1.00 speaker=1.00 bcubed=1.00 status=1/1 transitions=2/2");
    }

    /**
     * One document in the corpora's layout with three gold quotations: one found with a speaker span the
     * gold puts elsewhere ("Montag", scored as if), one with no cue (missed), one found with its speaker.
     * Expected by hand: recall 2/3, precision 2/2, speaker 1/2.
     */
    @Test
    void quotesScoresAFixtureAsWorkedOutByHand(@TempDir Path dir) throws IOException {
        String text = "Bürgermeisterin Hanna Selve sagte am Montag, die Brücke werde im Mai eröffnet. Die Stadt hat 40.000 Einwohner."
                + " Stadtrat Jonas Kelber kritisierte: „Das Geld fehlt für die Schulen.“";
        String annotations = String.join(",",
                annotation(text, "die Brücke werde im Mai eröffnet", "Montag"),
                annotation(text, "Die Stadt hat 40.000 Einwohner", null),
                annotation(text, "Das Geld fehlt für die Schulen.", "Jonas Kelber"));
        Files.writeString(dir.resolve("doc.json"),
                "{\"documentName\": \"fixture\", \"originalText\": \"" + text + "\", \"annotations\": [" + annotations + "]}");
        List<String> lines = run("quotes", "--data", dir.toString());
        assertThat(lines.get(lines.size() - 1)).isEqualTo("quotes: recall=0.67 precision=1.00 speaker=0.50 docs=1");
        // the first sentence alone: one quote there, found, its speaker span elsewhere
        List<String> lead = run("quotes", "--data", dir.toString(), "--lead-sentences", "1");
        assertThat(lead.get(lead.size() - 1)).isEqualTo("quotes: recall=1.00 precision=1.00 speaker=0.00 docs=1 lead=1");
    }

    /**
     * A statement carrying a quoted fragment and the question it answers is three attributions for the quotes eval: the
     * statement, the fragment (its speaker's), the question (no one named), each in the corpus's offsets.
     */
    @Test
    void quotesScoresWhatAStatementCarriesAsAttributionsOfTheirOwn() {
        String text = "Asked about the quay, Mayor Reed said the delay was a “grave mistake” of the yard.";
        Cleaner.Result clean = new Cleaner().cleanMapped(new Article("doc", null, null, null, text, "en", null, null));
        Document read = new StatementExtractor().read(clean.article());
        int said = text.indexOf("the delay");
        int quoted = text.indexOf("“grave");
        Statement statement = new Statement("doc", 0, new Speaker("Mayor Reed", new Span(22, 32), "Reed", null, SpeakerKind.PERSON),
                Stance.CLAIM, Attribution.INDIRECT_SPEECH, null, "said", new Span(said, text.length() - 1), new Span(0, text.length()), text,
                null, null, 0.8, null, List.of(new Span(quoted, quoted + "“grave mistake”".length())), new Span(6, 20));

        List<QuotesEvaluation.Predicted> predicted = QuotePredictions.predicted(clean, read, List.of(statement));

        assertThat(predicted).extracting(p -> text.substring(p.contentBegin(), p.contentEnd()))
                .containsExactly("the delay was a “grave mistake” of the yard", "“grave mistake”", "about the quay");
        assertThat(predicted).extracting(p -> p.hasSpeaker() ? text.substring(p.speakerBegin(), p.speakerEnd()) : null)
                .containsExactly("Mayor Reed", "Mayor Reed", null);
    }

    @Test
    void aCorpusDocumentsNameHoldsItsHeadline() {
        assertThat(QuotesEvalCommand.headline("4711 - Werft stoppt Bau: Stadt prüft Hilfe (2026-03-02)")).isEqualTo("Werft stoppt Bau: Stadt prüft Hilfe");
        assertThat(QuotesEvalCommand.headline("fixture")).isNull();
    }

    private static String annotation(String text, String quote, String speaker) {
        return "{\"quote\": " + role(text, quote) + ", \"speaker\": " + role(text, speaker) + "}";
    }

    private static String role(String text, String part) {
        if (part == null) return "{\"spans\": []}";
        int begin = text.indexOf(part);
        return "{\"spans\": [{\"charBegin\": " + begin + ", \"charEnd\": " + (begin + part.length()) + "}]}";
    }

    @Test
    void seedsOnTheSharedDataEndsWithTheSummaryLine() {
        Path shared = shared();
        List<String> lines = run("seeds", "--articles", shared.resolve("corpus/seeds").toString(), "--gold", shared.resolve("eval/seeds-gold.json").toString());
        assertThat(lines.get(lines.size() - 1))
                .matches("seeds: P=\\d\\.\\d\\d R=\\d\\.\\d\\d F1=\\d\\.\\d\\d stance=\\d\\.\\d\\d speaker=\\d\\.\\d\\d bcubed=\\d\\.\\d\\d status=\\d+/9 transitions=\\d+/7");
    }
}
