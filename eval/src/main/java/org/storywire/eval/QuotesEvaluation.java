package org.storywire.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores statements against a quotation corpus (German wikinews, English PolNeAR) as the eval
 * README describes: a statement's content and a gold quote match when they intersect over at
 * least half of the shorter; matching is one to one and maximal; speaker accuracy counts matched
 * quotes with a gold speaker whose statement's speaker mention overlaps the gold speaker span.
 * All offsets are in the corpus's original text.
 */
public final class QuotesEvaluation {
    /** Half-open character ranges; a role may be discontinuous. */
    public record Spans(List<int[]> ranges) {
        int length() {
            int n = 0;
            for (int[] r : ranges) n += r[1] - r[0];
            return n;
        }

        int intersection(int begin, int end) {
            int n = 0;
            for (int[] r : ranges) n += Math.max(0, Math.min(r[1], end) - Math.max(r[0], begin));
            return n;
        }

        String text(String document) {
            StringBuilder sb = new StringBuilder();
            for (int[] r : ranges) sb.append(sb.length() > 0 ? " ... " : "").append(document, r[0], r[1]);
            return sb.toString();
        }

        int begin() {
            return ranges.stream().mapToInt(r -> r[0]).min().orElse(0);
        }

        int end() {
            return ranges.stream().mapToInt(r -> r[1]).max().orElse(0);
        }

        boolean overlaps(int begin, int end) {
            for (int[] r : ranges) if (r[0] < end && begin < r[1]) return true;
            return false;
        }
    }

    /** A gold attribution: its content, its source and its cue ("said", "according to"). */
    public record GoldQuote(Spans quote, Spans speaker, Spans cue) {
        public GoldQuote(Spans quote, Spans speaker) {
            this(quote, speaker, new Spans(List.of()));
        }
    }

    public record Document(String name, String text, List<GoldQuote> quotes) {}

    /** A statement in original offsets: its content span and speaker mention span (null when implicit). */
    public record Predicted(int contentBegin, int contentEnd, int speakerBegin, int speakerEnd, String label) {
        boolean hasSpeaker() { return speakerEnd > speakerBegin; }
    }

    public record DocumentScore(String name, int gold, int predicted, int matched, int speakerGold, int speakerRight,
                                List<GoldQuote> missed, List<Predicted> unmatched, List<Predicted> wrongSpeaker,
                                List<Predicted> matchedStatements) {}

    public static Document read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        String text = root.path("originalText").asText("");
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode a : root.path("annotations")) {
            Spans quote = spans(a.path("quote"), text);
            if (quote.ranges().isEmpty()) continue;
            quotes.add(new GoldQuote(quote, spans(a.path("speaker"), text), spans(a.path("cue"), text)));
        }
        String name = root.path("documentName").asText(file.getFileName().toString());
        return new Document(name, text, quotes);
    }

    /** Corpus offsets count code points; Java strings count UTF-16 units. */
    private static Spans spans(JsonNode role, String text) {
        List<int[]> ranges = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (JsonNode s : role.path("spans")) {
            int b = s.path("charBegin").asInt(-1);
            int e = s.path("charEnd").asInt(-1);
            if (b < 0 || e <= b || e > codePoints) continue;
            ranges.add(new int[] {text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e)});
        }
        return new Spans(ranges);
    }

    public static DocumentScore score(Document doc, List<Predicted> predicted) {
        List<List<Integer>> edges = new ArrayList<>();
        for (GoldQuote q : doc.quotes()) {
            List<Integer> candidates = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) if (matches(q, predicted.get(p))) candidates.add(p);
            // best first: a statement naming the quotation's own speaker, so that where two gold attributions share a
            // span (the quoted and the outlet relaying the words) each pairs with the statement that names it
            candidates.sort(Comparator.comparing((Integer p) -> !speakerRight(q, predicted.get(p))));
            edges.add(candidates);
        }
        int[] match = BipartiteMatching.match(edges, predicted.size(), null);
        int matched = 0;
        int speakerGold = 0;
        int speakerRight = 0;
        boolean[] used = new boolean[predicted.size()];
        List<GoldQuote> missed = new ArrayList<>();
        List<Predicted> wrongSpeaker = new ArrayList<>();
        List<Predicted> matchedStatements = new ArrayList<>();
        for (int i = 0; i < match.length; i++) {
            GoldQuote q = doc.quotes().get(i);
            if (match[i] < 0) { missed.add(q); continue; }
            matched++;
            used[match[i]] = true;
            matchedStatements.add(predicted.get(match[i]));
            if (!q.speaker().ranges().isEmpty()) {
                speakerGold++;
                Predicted s = predicted.get(match[i]);
                if (speakerRight(q, s)) speakerRight++;
                // the gold mention goes into the label: the verbose listing shows who should have been found
                else wrongSpeaker.add(new Predicted(s.contentBegin(), s.contentEnd(), s.speakerBegin(), s.speakerEnd(),
                        s.label() + " gold=[" + q.speaker().text(doc.text()) + "]"));
            }
        }
        List<Predicted> unmatched = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) if (!used[p]) unmatched.add(predicted.get(p));
        return new DocumentScore(doc.name(), doc.quotes().size(), predicted.size(), matched, speakerGold, speakerRight, missed, unmatched, wrongSpeaker,
                matchedStatements);
    }

    /**
     * The relaying source's own attribution of a statement it relays, at {@code [relayBegin, relayEnd)}: the source reports
     * what the speaker said, so its content is the statement's with the speaker's mention (and the cue between them), its
     * speaker the source's mention. None when the source stands inside the statement's content ("Laut Tass dementierte der
     * Kreml den Bericht", the whole clause): the corpora annotate such a clause once (docs/attribution.md).
     */
    static Optional<Predicted> relayed(Predicted said, int relayBegin, int relayEnd) {
        if (relayBegin < said.contentEnd() && said.contentBegin() < relayEnd) return Optional.empty();
        int begin = said.hasSpeaker() ? Math.min(said.contentBegin(), said.speakerBegin()) : said.contentBegin();
        int end = said.hasSpeaker() ? Math.max(said.contentEnd(), said.speakerEnd()) : said.contentEnd();
        return Optional.of(new Predicted(begin, end, relayBegin, relayEnd, said.label() + " relayed"));
    }

    /**
     * Words the statement quotes inside its content, {@code [begin, end)}, as an attribution of their own: the corpora
     * annotate a quoted fragment inside reported speech as a quotation (Wikinews), and its speaker is the statement's.
     */
    static Predicted quoted(Predicted said, int begin, int end) {
        return new Predicted(begin, end, said.speakerBegin(), said.speakerEnd(), said.label() + " quoted");
    }

    /** The question an answer answers, {@code [begin, end)}, as an attribution of its own (PolNeAR's "Asked ..."): no one named puts it. */
    static Predicted question(Predicted answer, int begin, int end) {
        return new Predicted(begin, end, 0, 0, answer.label() + " asked");
    }

    /** The statement's speaker mention overlaps the quotation's gold speaker. */
    static boolean speakerRight(GoldQuote q, Predicted s) {
        return s.hasSpeaker() && q.speaker().overlaps(s.speakerBegin(), s.speakerEnd());
    }

    /** Content and quote intersect over at least half of the shorter of the two. */
    static boolean matches(GoldQuote q, Predicted s) {
        int inter = q.quote().intersection(s.contentBegin(), s.contentEnd());
        int shorter = Math.min(q.quote().length(), s.contentEnd() - s.contentBegin());
        return shorter > 0 && inter * 2 >= shorter;
    }

    /**
     * Scores the text before {@code end} alone, as a lead cut there ({@code --lead-sentences}): the quotes
     * that lie inside it are scored; a quote the cut runs through is not, and a statement that matches
     * no scored quote but such a cut one is neither right nor wrong (a lead may well end inside a quotation).
     */
    public static DocumentScore scoreBefore(Document doc, List<Predicted> predicted, int end) {
        List<GoldQuote> inside = new ArrayList<>();
        List<GoldQuote> cut = new ArrayList<>();
        for (GoldQuote q : doc.quotes()) {
            if (q.quote().end() <= end) inside.add(q);
            else if (q.quote().begin() < end) cut.add(q);
        }
        DocumentScore all = score(new Document(doc.name(), doc.text(), inside), predicted);
        List<Predicted> unmatched = all.unmatched().stream().filter(p -> cut.stream().noneMatch(q -> matches(q, p))).toList();
        int excused = all.unmatched().size() - unmatched.size();
        return new DocumentScore(all.name(), all.gold(), all.predicted() - excused, all.matched(), all.speakerGold(), all.speakerRight(),
                all.missed(), unmatched, all.wrongSpeaker(), all.matchedStatements());
    }

    /** Totals over documents and the fixed summary line of {@code eval quotes}. */
    public record Totals(int docs, int gold, int predicted, int matched, int speakerGold, int speakerRight) {
        public static Totals of(List<DocumentScore> scores) {
            int gold = 0, predicted = 0, matched = 0, speakerGold = 0, speakerRight = 0;
            for (DocumentScore s : scores) {
                gold += s.gold();
                predicted += s.predicted();
                matched += s.matched();
                speakerGold += s.speakerGold();
                speakerRight += s.speakerRight();
            }
            return new Totals(scores.size(), gold, predicted, matched, speakerGold, speakerRight);
        }

        public double recall() { return gold == 0 ? 0 : (double) matched / gold; }

        public double precision() { return predicted == 0 ? 0 : (double) matched / predicted; }

        public double speaker() { return speakerGold == 0 ? 0 : (double) speakerRight / speakerGold; }

        public String summaryLine() {
            return String.format(Locale.ROOT, "quotes: recall=%.2f precision=%.2f speaker=%.2f docs=%d", recall(), precision(), speaker(), docs);
        }
    }
}
