package org.storywire.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storywire.clean.Article;
import org.storywire.clean.Cleaner;
import org.storywire.clean.Lexicon;
import org.storywire.extract.StatementExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval cue-forms}: per English verb lemma and complement form, how often the corpus annotates it as an
 * attribution and how many of those the extraction misses; with the thresholds, the lemmas to list in
 * the lexicon's phrase-cues-en.txt. Choose the thresholds on the train split only; the defaults are those the
 * shipped phrase-cues-en.txt was learned with, so that relearning without options rewrites it as shipped.
 */
@Command(name = "cue-forms", mixinStandardHelpOptions = true,
        description = "Count verb lemmas + complement form (to-infinitive, wh-clause) as attribution cues in a quotation corpus (with --german: German verb lemmas as cue heads).")
final class CueFormsEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "directory of corpus .json files") Path data;
    @Option(names = "--german", description = "count German verb lemmas as cue heads instead, and write the lemmas selected as the lexicon's learned-cues-de.txt (its header names the options it was learned with)") boolean german;
    @Option(names = "--min-occurrences", defaultValue = "3", description = "fewest occurrences of a lemma with a form to select it (default ${DEFAULT-VALUE})") int minOccurrences;
    @Option(names = "--min-share", defaultValue = "0.11", description = "smallest annotated share (with --confidence: its lower bound) to select it (default ${DEFAULT-VALUE})") double minShare;
    @Option(names = "--confidence", defaultValue = "0.50", description = "compare the Wilson lower bound of the share at this many standard deviations with --min-share (default ${DEFAULT-VALUE}; 0: the share itself)") double confidence;
    @Option(names = "--verbnoun-min-share", defaultValue = "0.20", description = "--min-share for the form verbnoun, whose noun is a weaker cue than a verb (default ${DEFAULT-VALUE})") double verbNounMinShare;
    @Option(names = "--write", description = "write the selected forms to, predicative, adjective, object, verb, possessed, verbnoun and particle as the lexicon's phrase-cues-en.txt (with --german: the lemmas as learned-cues-de.txt) to this file") Path write;

    @Override
    public Integer call() throws IOException {
        if (german) return learnGerman();
        List<Path> files = QuotePredictions.corpusFiles(data);
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        CueForms forms = new CueForms();
        ProgressBar bar = new ProgressBar(System.err, "cue-forms", files.size());
        int done = 0;
        for (Path file : files) {
            QuotesEvaluation.Document doc = QuotesEvaluation.read(file);
            List<QuotesEvaluation.Predicted> predicted = QuotePredictions.predict(cleaner, extractor, new Article(file.getFileName().toString(), null, null, null, doc.text(), null, null, null));
            forms.add(doc, QuotesEvaluation.score(doc, predicted).missed());
            bar.step(++done);
        }
        System.out.println("form\tlemma\toccurrences\tannotated\tshare\tmissed");
        int[] selected = new int[3];
        forms.counts().forEach((key, count) -> {
            if (count.annotated == 0) return;
            System.out.println(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%.2f\t%d", key.form(), key.lemma(), count.occurrences, count.annotated, count.share(), count.missed));
            if (CueForms.selects(count, minOccurrences, minShare(key.form()), confidence)) {
                selected[0] += count.occurrences;
                selected[1] += count.annotated;
                selected[2] += count.missed;
            }
        });
        System.out.println(String.format(Locale.ROOT, "# selected (occurrences >= %d, share bound at z=%.2f >= %.2f, verbnoun %.2f): occurrences=%d annotated=%d missed=%d",
                minOccurrences, confidence, minShare, verbNounMinShare, selected[0], selected[1], selected[2]));
        for (Map.Entry<CueForms.Form, List<String>> e : forms.select(minOccurrences, this::minShare, confidence).entrySet()) {
            System.out.println(e.getKey() + "\t" + String.join(" ", e.getValue()));
        }
        if (write != null) Files.writeString(write, phraseCues(forms.select(minOccurrences, this::minShare, confidence)));
        return 0;
    }

    private Integer learnGerman() throws IOException {
        List<Path> files = QuotePredictions.corpusFiles(data);
        Cleaner cleaner = new Cleaner();
        StatementExtractor extractor = new StatementExtractor();
        GermanCueVerbs verbs = new GermanCueVerbs(GermanCueVerbs.listedForms(Lexicon.lines("speech-cues-de.txt")));
        ProgressBar bar = new ProgressBar(System.err, "cue-forms", files.size());
        int done = 0;
        for (Path file : files) {
            QuotesEvaluation.Document doc = QuotesEvaluation.read(file);
            List<QuotesEvaluation.Predicted> predicted = QuotePredictions.predict(cleaner, extractor, new Article(file.getFileName().toString(), null, null, null, doc.text(), null, null, null));
            verbs.add(doc, QuotesEvaluation.score(doc, predicted).missed());
            bar.step(++done);
        }
        System.out.println("lemma\tparticle\toccurrences\tannotated\tshare\tbound\tmissed\tselected");
        verbs.counts().forEach((lemma, count) -> {
            if (count.annotated == 0) return;
            System.out.println(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%.2f\t%.2f\t%d\t%s", lemma.lemma(), lemma.particle() == null ? "" : lemma.particle(),
                    count.occurrences, count.annotated, count.share(), count.lowerBound(confidence), count.missed, CueForms.selects(count, minOccurrences, minShare, confidence) ? "yes" : ""));
        });
        if (write != null) Files.writeString(write, learnedCues(verbs.select(minOccurrences, minShare, confidence)));
        return 0;
    }

    /** The lexicon file of the German lemmas selected: a header naming the command that wrote it, then one lemma (and particle) a line. */
    String learnedCues(List<GermanCueVerbs.Lemma> selected) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                # German verbs that a quotation corpus annotates as the head of a quotation's cue often enough, learned from
                # lemma counts alone (no corpus text); extraction reads a form of one as a claim where speech-cues-de.txt lists no form of it.
                # Written by:
                #   ./storywire eval cue-forms --german --data %s --min-occurrences %d --min-share %.2f --confidence %.2f --write <this file>
                # Format: lemma, then TAB and the separable particle where the verb is counted with its particle split off.
                """, data, minOccurrences, minShare, confidence));
        for (GermanCueVerbs.Lemma lemma : selected) {
            out.append(lemma.lemma());
            if (lemma.particle() != null) out.append('\t').append(lemma.particle());
            out.append('\n');
        }
        return out.toString();
    }

    private double minShare(CueForms.Form form) {
        return form == CueForms.Form.verbnoun ? verbNounMinShare : minShare;
    }

    /** The lexicon file of the short forms selected: a header naming the command that wrote it, then one form and lemma a line. */
    String phraseCues(Map<CueForms.Form, List<String>> selected) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                # English verbs with a to-infinitive ("appeared to waver"), a predicative adjective ("seemed unconvinced"),
                # a noun-phrase object ("endorsed Hale") or a preposition and its phrase ("voted for Hale"), adjectives
                # after a copula with a preposition and its phrase ("was critical of Hale"), and nouns behind a possessive
                # with a preposition and its phrase ("his attacks on Hale"), nouns ending a verb's object with a preposition
                # and its phrase ("voiced strong criticism of Hale"), and phrasal verbs with their particle and a preposition
                # or an object ("lashed out at Hale", "shrugged off the report"), that a quotation corpus annotates as
                # attributions often enough, learned from lemma and form counts alone (no corpus text).
                # Written by:
                #   ./storywire eval cue-forms --data %s --min-occurrences %d --min-share %.2f --confidence %.2f --verbnoun-min-share %.2f --write <this file>
                # Format: form TAB lemma (with its preposition for the forms adjective, verb, possessed and verbnoun; with its
                # particle, and its preposition where it takes one, for the form particle).
                """, data, minOccurrences, minShare, confidence, verbNounMinShare));
        selected.forEach((form, lemmas) -> {
            if (!CueForms.PHRASE.contains(form)) return;
            for (String lemma : lemmas) out.append(form).append('\t').append(lemma).append('\n');
        });
        return out.toString();
    }
}
