package org.storywire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;

/**
 * The bench's input: real article texts (the wikinews corpus, else the project's samples), turned
 * into as many articles as asked for, each with an id of its own and a publication time of its own,
 * spread evenly and in order, the way a wire feed brings them. Texts are read from where they lie
 * and never written into the repository.
 */
public final class BenchCorpus {
    /** One source text: a title and the body as received. */
    public record SourceText(String title, String body, String language) {}

    /** Outlets the copies are spread over: a re-report by another outlet is what a wire feed brings. */
    static final int OUTLETS = 50;

    private BenchCorpus() {}

    /** The wikinews {@code {train,dev}/*.json} files under {@code dir} (fields {@code documentName}, {@code originalText}). */
    public static List<SourceText> wikinews(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<SourceText> texts = new ArrayList<>();
        for (Path file : files) {
            JsonNode doc = json.readTree(file.toFile());
            String body = doc.path("originalText").asText("");
            if (body.isBlank()) continue;
            texts.add(new SourceText(title(doc.path("documentName").asText(file.getFileName().toString())), body, "de"));
        }
        if (texts.isEmpty()) throw new IOException("no articles (.json with originalText) under " + dir);
        return texts;
    }

    /** The project's samples ({@code samples/articles.jsonl}: title, body, language per line). */
    public static List<SourceText> jsonLines(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<SourceText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            texts.add(new SourceText(n.path("title").asText(null), n.get("body").asText(), n.path("language").asText(null)));
        }
        return texts;
    }

    /** "12325 - Hurrikan Katrina: ... (2005-09-10)" -> "Hurrikan Katrina: ...". */
    static String title(String documentName) {
        return documentName.replaceFirst("^\\d+\\s*-\\s*", "").replaceFirst("\\s*\\(\\d{4}-\\d{2}-\\d{2}\\)$", "");
    }

    /**
     * {@code count} articles cycling through {@code texts}: ids {@code <runId>-<n>} (unique), publication
     * times {@code start + n * spacing} (strictly increasing), outlets spread over {@link #OUTLETS}.
     */
    public static List<RawArticle> generate(List<SourceText> texts, int count, String runId, Instant start, Duration spacing) {
        return generate(texts, 0, count, runId, start, spacing);
    }

    /** Articles number {@code from} to {@code from + count - 1} of that sequence: a long log made in parts. */
    public static List<RawArticle> generate(List<SourceText> texts, int from, int count, String runId, Instant start, Duration spacing) {
        if (texts.isEmpty()) throw new IllegalArgumentException("no source texts");
        List<RawArticle> articles = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            articles.add(article(texts.get(n % texts.size()), runId + "-" + n, n, start.plus(spacing.multipliedBy(n))));
        }
        return articles;
    }

    /** Article number {@code n} with the given id and time; used by the live-rate run to make them on the fly. */
    public static RawArticle article(SourceText text, String id, int n, Instant published) {
        String outlet = "Bench Outlet " + (n % OUTLETS);
        return RawArticle.newBuilder()
                .setId(id).setSource("bench").setOutlet(outlet).setUrl("https://bench.example.org/" + id)
                .setTitle(text.title()).setBody(text.body()).setLanguage(text.language())
                .setPublished(published).setPublishedPrecision(TimePrecision.MINUTE)
                .setFetched(published).setContentHash(Integer.toHexString((outlet + "\n" + text.title() + "\n" + text.body()).hashCode()))
                .build();
    }

    /**
     * Article number {@code n} of a synthetic feed in which every article is a story and an event of its
     * own: a short German agency report whose statements are about a project with an invented name no
     * other article shares, and whose last paragraph lists partners with invented names of their own.
     * The memory run needs this: stories and events grow with distinct reports, and a corpus of 850
     * texts gives at most a few thousand however many copies are made.
     *
     * <p>What makes it distinct is what the story and event layers key on. A story's sides are entity
     * keys, a name's first {@code NameWords.KEY_LENGTH} (7) letters, so the project's name differs
     * from every other article's within them. An event is found through shared terms and joined on their
     * cosine; the agency wording is the same in every article, so the partner list outweighs it with
     * terms no other article has (the list stands after the statements: grouping into stories does not
     * read it).
     */
    public static RawArticle distinctStory(String runId, int n, Instant published) {
        String project = name(n);
        StringBuilder partners = new StringBuilder();
        for (int i = 0; i < PARTNERS; i++) {
            partners.append(i == 0 ? "" : i == PARTNERS - 1 ? " und " : ", ").append(name(FOUR_SYLLABLES + (long) n * PARTNERS + i));
        }
        String body = "Hamburg (bench) – Der Sprecher des Verbands erklärte am Montag, das Vorhaben " + project
                + " werde vorerst nicht weiterverfolgt.\n\n"
                + "„Für " + project + " gibt es derzeit keine Finanzierung“, sagte der Sprecher. Eine Entscheidung über "
                + project + " solle im Herbst fallen, hieß es weiter.\n\n"
                + "Beteiligt waren bisher " + partners + ".";
        return article(new SourceText("Vorhaben " + project + " gestoppt", body, "de"), runId + "-" + n, n, published);
    }

    /** {@code count} such articles from number {@code from}, spaced like {@link #generate}. */
    public static List<RawArticle> distinctStories(int from, int count, String runId, Instant start, Duration spacing) {
        List<RawArticle> articles = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) articles.add(distinctStory(runId, n, start.plus(spacing.multipliedBy(n))));
        return articles;
    }

    /** Invented names per article after its project's: enough that terms no other article has outweigh the shared wording. */
    static final int PARTNERS = 40;
    private static final String CONSONANTS = "bdfgklmnprstvwz";
    private static final String VOWELS = "aeiou";

    /** Numbers below this are spelt in four syllables, the rest in more: projects' names and partners' never meet. */
    private static final long FOUR_SYLLABLES = (long) Math.pow(CONSONANTS.length() * VOWELS.length(), 4);

    /**
     * A pronounceable, unique word for {@code x}: its digits in mixed radix as consonant-vowel syllables,
     * lowest digit first, at least four. The first seven letters (three syllables and a consonant) tell
     * apart 75^3 * 15, about 6.3 million, numbers, so every project below that is a side of its own.
     */
    static String name(long x) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4 || x != 0; i++) {
            word.append(CONSONANTS.charAt((int) (x % CONSONANTS.length())));
            x /= CONSONANTS.length();
            word.append(VOWELS.charAt((int) (x % VOWELS.length())));
            x /= VOWELS.length();
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }
}
