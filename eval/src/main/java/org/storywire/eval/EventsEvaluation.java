package org.storywire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storywire.clean.Article;
import org.storywire.clean.CleanArticle;
import org.storywire.clean.Cleaner;
import org.storywire.event.ArticleSignature;
import org.storywire.event.EventAssignment;
import org.storywire.event.EventIndex;
import org.storywire.event.EventSettings;
import org.storywire.event.EventSignatures;
import org.storywire.event.InMemoryEventStore;
import org.storywire.extract.Document;
import org.storywire.extract.StatementExtractor;

/**
 * Event grouping scored against gold event labels ({@code ../eval/README.md}, "Event grouping on
 * real news"): pair precision/recall/F1 and BCubed over articles, plus the agreement between
 * clusterings of the same articles in different orders.
 */
public final class EventsEvaluation {
    private EventsEvaluation() {}

    /** One article, cleaned and read into its document model as extraction reads it, with its gold event label. */
    public record Item(Document document, String gold) {
        public CleanArticle article() {
            return document.article();
        }
    }

    public record Scores(double pairsP, double pairsR, double pairsF1, double bcubedP, double bcubedR, double bcubedF1,
                         int articles, int events, int goldEvents) {
        public String summaryLine() {
            return String.format(Locale.ROOT, "events: pairs_p=%.2f pairs_r=%.2f pairs_f1=%.2f bcubed_p=%.2f bcubed_r=%.2f bcubed_f1=%.2f articles=%d events=%d gold_events=%d",
                    pairsP, pairsR, pairsF1, bcubedP, bcubedR, bcubedF1, articles, events, goldEvents);
        }
    }

    /** The result of one run: article id -> event id after all merges, and the assignments. */
    public record Run(Map<String, String> eventOf, List<EventAssignment> assignments, Map<String, String> labels, double seconds, double cpuSeconds) {}

    // ---------------------------------------------------------------- loading

    /**
     * Reads a folder: {@code articles.jsonl} + {@code gold-events.json} (newscluster layout), else
     * {@code *.json} files with {@code originalText} (wikinews layout: each its own gold event unless
     * {@code goldMode} says otherwise), else {@code *.txt} files.
     *
     * @param goldMode {@code file} (gold-events.json), {@code each} (every article its own event),
     *                 {@code one} (all one event), {@code prefix} (the leading letters of the file name)
     */
    public static List<Item> read(Path dir, String goldMode) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Cleaner cleaner = new Cleaner();
        StatementExtractor reader = new StatementExtractor();
        List<Item> items = new ArrayList<>();
        Path jsonl = dir.resolve("articles.jsonl");
        if (Files.exists(jsonl)) {
            Map<String, String> gold = new HashMap<>();
            Path goldFile = dir.resolve("gold-events.json");
            if (Files.exists(goldFile)) mapper.readTree(goldFile.toFile()).fields().forEachRemaining(e -> gold.put(e.getKey(), e.getValue().asText()));
            for (String line : Files.readAllLines(jsonl)) {
                if (line.isBlank()) continue;
                JsonNode n = mapper.readTree(line);
                String id = n.path("id").asText();
                String body = n.hasNonNull("body") ? n.get("body").asText() : n.path("text").asText("");
                Article a = new Article(id, text(n, "outlet"), text(n, "url"), text(n, "title"), body, text(n, "language"), parseTime(text(n, "published")), null);
                items.add(new Item(reader.read(cleaner.clean(a)), goldLabel(goldMode, id, gold.get(id))));
            }
            return items;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            Article a;
            if (name.endsWith(".json")) {
                JsonNode n = mapper.readTree(f.toFile());
                String text = n.hasNonNull("originalText") ? n.get("originalText").asText() : n.path("text").asText("");
                String title = null;
                Instant published = null;
                Matcher m = DOCUMENT_NAME.matcher(n.path("documentName").asText(""));
                if (m.matches()) {
                    title = m.group(1).strip();
                    published = parseTime(m.group(2));
                }
                a = new Article(id, "wikinews", null, title, text, "de", published, null);
            } else {
                a = new Article(id, null, null, null, Files.readString(f), null, null, null);
            }
            items.add(new Item(reader.read(cleaner.clean(a)), goldLabel(goldMode, id, null)));
        }
        return items;
    }

    private static final Pattern DOCUMENT_NAME = Pattern.compile("(?s)\\s*\\d+\\s+-\\s+(.*)\\((\\d{4}-\\d{2}-\\d{2})\\)\\s*");
    private static final Pattern LEADING_LETTERS = Pattern.compile("^\\p{L}+");

    private static String goldLabel(String mode, String id, String fromFile) {
        return switch (mode) {
            case "one" -> "all";
            case "each" -> id;
            case "prefix" -> {
                Matcher m = LEADING_LETTERS.matcher(id);
                yield m.find() ? m.group() : id;
            }
            default -> fromFile != null ? fromFile : id;
        };
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    static Instant parseTime(String s) {
        if (s == null || s.isBlank()) return null;
        s = s.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException ignored) { /* next form */ }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (RuntimeException ignored) { /* next form */ }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException ignored) { /* next form */ }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (RuntimeException ignored) { /* next form */ }
        if (s.matches("\\d{9,13}")) {
            long v = Long.parseLong(s);
            return v > 10_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        return null;
    }

    /** Publication order, ties (and unknown times, last) by id. */
    public static List<Item> publicationOrder(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Item i) -> i.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.article().id()));
        return sorted;
    }

    // ---------------------------------------------------------------- running

    /** Signatures are built once per article (the same for every order). */
    public static Map<String, ArticleSignature> signatures(List<Item> items) {
        EventSignatures signatures = new EventSignatures();
        Map<String, ArticleSignature> out = new LinkedHashMap<>();
        for (Item i : items) out.put(i.article().id(), signatures.of(i.document()));
        return out;
    }

    public static Run run(List<Item> order, Map<String, ArticleSignature> signatures, EventSettings settings) {
        EventIndex index = new EventIndex(settings, new InMemoryEventStore());
        Map<String, String> eventOf = new LinkedHashMap<>();
        Map<String, String> redirect = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        List<EventAssignment> assignments = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        for (Item i : order) {
            EventAssignment a = index.assign(signatures.get(i.article().id()));
            assignments.add(a);
            eventOf.put(i.article().id(), a.eventId());
            for (String old : a.mergedFrom()) redirect.put(old, a.eventId());
            labels.put(a.eventId(), a.label());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        // Follow merges: an article's event is where its event was merged into, transitively.
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : eventOf.entrySet()) {
            String ev = e.getValue();
            for (int hops = 0; redirect.containsKey(ev) && hops < 1000; hops++) ev = redirect.get(ev);
            resolved.put(e.getKey(), ev);
        }
        return new Run(resolved, assignments, labels, seconds, cpuSeconds);
    }

    /** CPU time of this thread: throughput per CPU-second does not depend on how busy the machine is. */
    public static long cpuNanos() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    // ---------------------------------------------------------------- scoring

    public static Scores score(Map<String, String> predicted, Map<String, String> gold) {
        List<String> ids = new ArrayList<>(gold.keySet());
        ids.sort(null);
        long tp = 0, predPairs = 0, goldPairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean p = predicted.get(ids.get(i)).equals(predicted.get(ids.get(j)));
                boolean g = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
                if (p) predPairs++;
                if (g) goldPairs++;
                if (p && g) tp++;
            }
        }
        double pp = predPairs == 0 ? 1 : tp / (double) predPairs;
        double pr = goldPairs == 0 ? 1 : tp / (double) goldPairs;
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String id : ids) {
            predSize.merge(predicted.get(id), 1, Integer::sum);
            goldSize.merge(gold.get(id), 1, Integer::sum);
            both.merge(predicted.get(id) + "\u0000" + gold.get(id), 1, Integer::sum);
        }
        double bp = 0, br = 0;
        for (String id : ids) {
            int b = both.get(predicted.get(id) + "\u0000" + gold.get(id));
            bp += b / (double) predSize.get(predicted.get(id));
            br += b / (double) goldSize.get(gold.get(id));
        }
        bp /= Math.max(1, ids.size());
        br /= Math.max(1, ids.size());
        return new Scores(pp, pr, f1(pp, pr), bp, br, f1(bp, br), ids.size(), predSize.size(), goldSize.size());
    }

    /** Agreement of two clusterings of the same articles: Rand index and pair F1 (symmetric). */
    public record Agreement(double rand, double pairF1) {}

    public static Agreement agreement(Map<String, String> a, Map<String, String> b) {
        List<String> ids = new ArrayList<>(a.keySet());
        ids.sort(null);
        long agree = 0, total = 0, both = 0, inA = 0, inB = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean x = a.get(ids.get(i)).equals(a.get(ids.get(j)));
                boolean y = b.get(ids.get(i)).equals(b.get(ids.get(j)));
                total++;
                if (x == y) agree++;
                if (x) inA++;
                if (y) inB++;
                if (x && y) both++;
            }
        }
        double p = inA == 0 ? 1 : both / (double) inA;
        double r = inB == 0 ? 1 : both / (double) inB;
        return new Agreement(total == 0 ? 1 : agree / (double) total, f1(p, r));
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
