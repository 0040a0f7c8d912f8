package org.storywire.extract;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.storywire.clean.GatedAlternation;
import org.storywire.clean.Lexicon;
import org.storywire.clean.MonthNames;
import org.storywire.clean.TimePrecision;

/**
 * Builds what a statement is about (actors, event label, stemmed terms via Lucene's German and
 * English analyzers, modality) and when it was made (a time expression in its sentence resolved
 * against the publication time). One instance per thread (Lucene analyzers reuse per-thread state).
 */
final class Propositions {
    record When(String expression, Instant instant, TimePrecision precision) {}

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int MAX_TERMS = 24;
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    private static final Map<String, Integer> MONTHS = MonthNames.fullNames();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
    private static final Pattern DATE = Pattern.compile("(?iu)\\b(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)\\b(?:am|on|last)\\s+(" + String.join("|", WEEKDAYS.keySet()) + ")\\b");
    private static final Map<String, Integer> MONTH_PARTS = numbers("month-parts.txt");
    private static final Map<String, Integer> RELATIVE_DAYS = numbers("relative-days.txt");
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?iu)\\b(" + String.join("|", MONTH_PARTS.keySet()) + ")[\\s-]+" + MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?iu)\\b(" + String.join("|", RELATIVE_DAYS.keySet()).replace(" ", "\\s+") + ")\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // INTENTION and PAST are matched on lower-cased content: case-insensitive Unicode matching costs several times more.
    // Each word tried alone, only on content holding it (GatedAlternation): as one alternation it was tried at every
    // offset of every statement's content. The alternation occurs iff one of its words does.
    private static final GatedAlternation INTENTION = GatedAlternation.of("(?u)", Stream.of("will", "wolle", "wollen", "wollte", "werde",
            "werden", "plane", "plant", "planen", "vorgenommen", "bereit", "beabsichtig\\w*", "demnächst", "möchte", "intend\\w*", "plans? to", "going to",
            "would", "ready").map(w -> "\\b" + w + "\\b").toList());
    // "On Wednesday,", "Noch am Freitag hatte", "Last Tuesday": a time adverbial at the very start of a sentence.
    private static final Pattern LEADING_TIME = Pattern.compile("(?iu)\\s*(?:noch|bereits|schon|erst|earlier|only)?\\s*(?:am|on|last)\\s+\\p{L}+\\b");
    private static final Pattern PAST = Pattern.compile("(?u)\\b(habe|haben|hätten|hätte|hat|hatte|sei|seien|gab|war|wurde|had|has|have|was|were|did)\\b[^.!?]{0,160}\\b(ge\\p{L}+(t|en)|\\p{L}+iert|\\p{L}{3,}ed|worden|gewesen)\\b|\\bsoll\\w*\\b[^.!?]{0,160}\\bhaben\\b");

    private record EventLabel(String prefix, String label) {}
    private static final int[] NO_EVENTS = {};

    private final List<EventLabel> events = new ArrayList<>();
    /** Indices into events by the first letter of their prefix, ascending: a word is tried only against its own letter's labels. */
    private final Map<Character, int[]> eventsByFirstLetter = new HashMap<>();
    private final Analyzer german = new GermanAnalyzer();
    private final Analyzer englishAnalyzer = new EnglishAnalyzer();

    /** A weekday name of weekdays.txt, lower case ("monday", "montag"). */
    static boolean weekday(String lower) {
        return WEEKDAYS.containsKey(lower);
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        for (String line : Lexicon.lines("weekdays.txt")) {
            String[] f = line.split("\t");
            days.put(f[0], DayOfWeek.valueOf(f[1]));
        }
        return days;
    }

    /** A lexicon file of words with a number each, in file order (the order of the pattern's alternatives). */
    private static Map<String, Integer> numbers(String resource) {
        Map<String, Integer> table = new LinkedHashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] f = line.split("\t");
            table.put(f[0], Integer.parseInt(f[1]));
        }
        return table;
    }

    Propositions(Lexicons lex) {
        for (Lexicon.Entry e : Lexicon.entries("events.txt")) events.add(new EventLabel(e.words().get(0), e.kind()));
        Map<Character, List<Integer>> byLetter = new HashMap<>();
        for (int i = 0; i < events.size(); i++) byLetter.computeIfAbsent(events.get(i).prefix().charAt(0), k -> new ArrayList<>()).add(i);
        byLetter.forEach((letter, indices) -> eventsByFirstLetter.put(letter, indices.stream().mapToInt(Integer::intValue).toArray()));
    }

    // Each loop over the content's words is a method of its own: with the loops inline, the JIT compiled this method on the
    // stack at each loop (on-stack replacement, with all that follows inlined) besides compiling it whole, four times in a
    // bench run of a few thousand articles.
    Proposition of(String content, EntityMemory memory, boolean english, String timeExpression) {
        Set<String> actors = actorsNamed(content, memory);
        String lower = content.toLowerCase(Locale.ROOT);
        String event = eventLabel(lower);
        List<String> terms = terms(content, english);
        if (event == null && !terms.isEmpty()) event = terms.get(0);
        Modality modality = INTENTION.find(lower) ? Modality.INTENTION
                : PAST.matcher(lower).find() ? Modality.PAST_EVENT : Modality.ASSESSMENT;
        return new Proposition(new ArrayList<>(actors), event, terms, timeExpression, modality);
    }

    /** The people and organisations the article's memory knows among the content's capitalised words, in order. */
    private static Set<String> actorsNamed(String content, EntityMemory memory) {
        Set<String> actors = new LinkedHashSet<>();
        // the words are the runs of letters and hyphens, read in place: only a capitalised one of three or more is cut out
        for (int begin = 0, end; begin < content.length(); begin = end) {
            end = runEnd(content, begin, Propositions::isNameChar);
            if (end == begin) {
                end += Character.charCount(content.codePointAt(begin));
                continue;
            }
            if (end - begin < 3 || !Character.isUpperCase(content.charAt(begin))) continue;
            String word = content.substring(begin, end);
            EntityMemory.Entity e = memory.byNameOrSurname(word);
            if (e != null && (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.UNKNOWN)) actors.add(e.name);
            else {
                Lexicons.Org org = memory.organisation(word);
                if (org != null) actors.add(org.canonical());
            }
        }
        return actors;
    }

    /** Where the run of code points {@code inRun} accepts, starting at {@code begin}, ends ({@code begin} if none does). */
    private static int runEnd(String text, int begin, IntPredicate inRun) {
        int end = begin;
        while (end < text.length() && inRun.test(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
        return end;
    }

    /** A character of a name's word: a letter or a hyphen. */
    private static boolean isNameChar(int codePoint) {
        return codePoint == '-' || Character.isLetter(codePoint);
    }

    /** The first label in file order whose prefix starts any word of the lower-case content, as trying every label on every word found it; or null. */
    private String eventLabel(String lower) {
        int first = events.size();
        // the words are the runs of letters, read in place: a split into strings per statement was a large allocation
        for (int w = 0, end; w < lower.length(); w = end) {
            end = runEnd(lower, w, Character::isLetter);
            if (end == w) {
                end += Character.charCount(lower.codePointAt(w));
                continue;
            }
            for (int i : eventsByFirstLetter.getOrDefault(lower.charAt(w), NO_EVENTS)) {
                if (i >= first) break;
                String prefix = events.get(i).prefix();
                if (prefix.length() <= end - w && lower.startsWith(prefix, w)) { first = i; break; }
            }
        }
        return first < events.size() ? events.get(first).label() : null;
    }

    private List<String> terms(String content, boolean english) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = (english ? englishAnalyzer : german).tokenStream("content", new StringReader(content))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS) {
                String t = term.toString();
                if (t.length() > 2 && !terms.contains(t)) terms.add(t);
            }
            ts.end();
        } catch (IOException e) {
            // a StringReader does not fail; no terms is an acceptable answer
        }
        return terms;
    }

    /** When the statement was made: a time expression outside its content if there is one, else the publication time. */
    When when(String text, int evidenceBegin, int evidenceEnd, int contentBegin, int contentEnd, Instant published, TimePrecision precision) {
        // The content may reach past the evidence (a quote running on into the next sentence): the
        // frame is what is left of the evidence around it, never an inverted range.
        int before = Math.max(evidenceBegin, Math.min(contentBegin, evidenceEnd));
        int after = Math.min(evidenceEnd, Math.max(contentEnd, before));
        String frame = contentEnd - contentBegin < evidenceEnd - evidenceBegin
                ? text.substring(evidenceBegin, before) + " " + text.substring(after, evidenceEnd)
                : "";
        // "On Wednesday, a spokesperson had declined to comment": a time adverbial that opens the sentence frames all of it.
        boolean wholeSentenceIsTheAct = frame.chars().noneMatch(Character::isLetter);
        frame = leadingAdverbial(text, evidenceBegin, wholeSentenceIsTheAct ? evidenceEnd : contentBegin) + " " + frame;
        TimePrecision basePrecision = precision == null ? TimePrecision.UNKNOWN : precision;
        if (published == null) return new When(null, null, TimePrecision.UNKNOWN);
        ZonedDateTime base = published.atZone(BERLIN);
        Matcher m = DATE.matcher(frame);
        if (m.find()) {
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : base.getYear();
            LocalDate date = safeDate(year, MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(1)));
            if (date != null) {
                if (m.group(3) == null && date.isAfter(base.toLocalDate())) date = date.minusYears(1);
                return new When(m.group(), date.atStartOfDay(BERLIN).toInstant(), TimePrecision.DAY);
            }
        }
        m = WEEKDAY.matcher(frame);
        if (m.find()) {
            LocalDate date = base.toLocalDate().with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT))));
            return new When(m.group(), date.atStartOfDay(BERLIN).toInstant(), TimePrecision.DAY);
        }
        m = RELATIVE_DAY.matcher(frame);
        if (m.find()) {
            int back = RELATIVE_DAYS.get(SPACES.matcher(Lexicon.key(m.group(1))).replaceAll(" "));
            return new When(m.group(), base.toLocalDate().minusDays(back).atStartOfDay(BERLIN).toInstant(), TimePrecision.DAY);
        }
        m = PART_OF_MONTH.matcher(frame);
        if (m.find()) {
            int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : base.getYear();
            int day = MONTH_PARTS.get(Lexicon.key(m.group(1)));
            LocalDate date = safeDate(year, month, day);
            if (date != null) {
                if (m.group(3) == null && date.isAfter(base.toLocalDate())) date = date.minusYears(1);
                return new When(m.group(), date.atStartOfDay(BERLIN).toInstant(), TimePrecision.MONTH);
            }
        }
        return new When(null, published, basePrecision);
    }

    /**
     * A time adverbial that opens the sentence and ends before {@code frameEnd} frames the whole
     * sentence: its day is the statement's ("On Wednesday, a spokesperson had declined to comment",
     * where the sentence is the act itself). One inside content apart from the act ("Am Mittwoch sei
     * der Angriff erfolgt, sagte X") is what was said, not when.
     */
    private static String leadingAdverbial(String text, int evidenceBegin, int frameEnd) {
        int start = evidenceBegin;
        while (start > 0 && evidenceBegin - start < MAX_LEAD && ".!?\n".indexOf(text.charAt(start - 1)) < 0) start--;
        Matcher m = LEADING_TIME.matcher(text).region(start, Math.min(text.length(), Math.max(evidenceBegin, start + MAX_LEAD)));
        return m.lookingAt() && m.end() <= frameEnd ? m.group() : "";
    }

    private static final int MAX_LEAD = 200;

    private static LocalDate safeDate(int year, Integer month, int day) {
        try {
            return month == null ? null : LocalDate.of(year, month, day);
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
