package org.storywire.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical actors and how they are written: the gazetteer behind speaker resolution and story
 * grouping. Every actor has a side (the state or bloc it acts for), so that "Moskau", "der Kreml",
 * Peskow and Lawrow all land on RU; media and journalists have no side and so are never parties.
 */
public final class ActorCatalog {

    public enum Kind { PERSON, OFFICE, GOVERNMENT, COUNTRY, MEDIA, JOURNALIST }

    /**
     * One actor. {@code side} is null for media and journalists; {@code principals} is empty when it speaks for
     * itself, else whom it speaks for over time (a government for its head in office: holders change).
     */
    public record Actor(String canonical, String side, Kind kind, List<Tenure> principals) {
        public boolean hasSide() { return side != null; }

        /** Whom it speaks for at {@code at} (the latest principal when the time is unknown); null: itself. */
        public String speaksFor(Instant at) {
            for (Tenure t : principals) {
                if (at == null ? t.until() == null : t.until() == null || at.isBefore(t.until())) return t.principal();
            }
            return null;
        }

        /** Whom it speaks for now. */
        public String speaksFor() { return speaksFor(null); }

        /** Media and journalists originate reports; a story about a report is keyed by its source. */
        public boolean isReportSource() { return kind == Kind.MEDIA || kind == Kind.JOURNALIST; }
    }

    /** Speaks for {@code principal} until the instant {@code until} (exclusive; null: still). */
    public record Tenure(String principal, Instant until) {}

    /** Where an actor is named in a text. */
    public record Mention(Actor actor, int begin, int end) {}

    /** One way of writing an actor: lower-cased unless case matters ("US", "AP"); a prefix when it ends in *. */
    private record Alias(Actor actor, String text, boolean prefix, boolean caseSensitive) {
        String firstWord() {
            int end = 0;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) end++;
            return text.substring(0, end).toLowerCase(Locale.ROOT);
        }
    }

    // "in der Ukraine", "im Iran": a country as a place, not as an actor of the event.
    private static final Pattern LOCATIVE_BEFORE =
            Pattern.compile("(?iu)(?:^|\\s)(?:in|im|in der|in den|aus|aus der|nach|across|in the)\\s+$");
    private static final String RESOURCE = "/org/storywire/story/actors.tsv";
    private static volatile ActorCatalog standard;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<String, Actor> byCanonical;
    /** Aliases by their first word, longest first: one dictionary look-up per word of the text. */
    private final Map<String, List<Alias>> byFirstWord;
    private final List<Alias> prefixes;

    private ActorCatalog(Map<String, Actor> byCanonical, List<Alias> aliases) {
        this.byCanonical = byCanonical;
        Map<String, List<Alias>> index = new HashMap<>();
        List<Alias> prefixAliases = new ArrayList<>();
        for (Alias a : aliases) {
            if (a.prefix()) prefixAliases.add(a);
            else index.computeIfAbsent(a.firstWord(), k -> new ArrayList<>()).add(a);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
        this.prefixes = List.copyOf(prefixAliases);
    }

    /** The catalog shipped with the processor (resource {@value #RESOURCE}). */
    public static ActorCatalog standard() {
        ActorCatalog catalog = standard;
        if (catalog == null) {
            try (var in = ActorCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing " + RESOURCE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                catalog = parse(reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = catalog;
        }
        return catalog;
    }

    /** Parses the tab-separated format described in the resource's header. */
    public static ActorCatalog parse(List<String> lines) {
        Map<String, Actor> byCanonical = new HashMap<>();
        List<Alias> aliases = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length != 5) throw new IllegalArgumentException("expected 5 columns: " + line);
            Actor actor = new Actor(cols[0], dash(cols[1]), Kind.valueOf(cols[2]), tenures(cols[3]));
            byCanonical.put(actor.canonical(), actor);
            for (String alias : cols[4].split("\\|")) aliases.add(alias(actor, alias.strip()));
        }
        // Longest alias first, so "Washington Post" is not read as "Washington".
        aliases.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed().thenComparing(Alias::text));
        return new ActorCatalog(Map.copyOf(byCanonical), List.copyOf(aliases));
    }

    private static String dash(String s) { return s.equals("-") ? null : s; }

    /** "Olaf Scholz until 2025-05-06, Friedrich Merz": principals in the order they held the office. */
    private static List<Tenure> tenures(String column) {
        if (column.equals("-")) return List.of();
        List<Tenure> out = new ArrayList<>();
        String[] parts = column.split(",");
        for (int i = 0; i < parts.length; i++) {
            Matcher m = TENURE.matcher(parts[i].strip());
            if (!m.matches() || (m.group(2) == null) != (i == parts.length - 1)) {
                throw new IllegalArgumentException("speaks-for: every principal but the last needs 'until YYYY-MM-DD': " + column);
            }
            out.add(new Tenure(m.group(1), m.group(2) == null ? null : LocalDate.parse(m.group(2)).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return List.copyOf(out);
    }

    private static final Pattern TENURE = Pattern.compile("(.+?)(?: until (\\d{4}-\\d{2}-\\d{2}))?");

    private static Alias alias(Actor actor, String alias) {
        boolean prefix = alias.endsWith("*");
        String word = prefix ? alias.substring(0, alias.length() - 1) : alias;
        // An alias written with capitals ("US", "AP") is matched case-sensitively: "us" is an English pronoun.
        boolean caseSensitive = !word.equals(word.toLowerCase(Locale.ROOT));
        return new Alias(actor, word, prefix, caseSensitive);
    }

    public Optional<Actor> byCanonical(String canonical) {
        return Optional.ofNullable(canonical == null ? null : byCanonical.get(canonical));
    }

    /**
     * Actors named in {@code text}, longest alias first and without overlaps, in text order. A country
     * used as a compound modifier ("Ukraine-Krieg", "US-Wahl") or as a place ("in der Ukraine") is
     * not an actor of what the sentence reports.
     */
    public List<Mention> find(String text) {
        if (text == null || text.isEmpty()) return List.of();
        Map<String, List<Mention>> recent = recentFinds.get();
        List<Mention> found = recent.get(text);
        if (found == null) {
            found = List.copyOf(find(text, false));
            recent.put(text, found);
        }
        return found;
    }

    /**
     * The mentions of the texts read last, per thread: the grouper reads a statement's sentence for its actors, for
     * a report's source and for a relayed responder, once for each statement the sentence holds. A few dozen cover an article.
     */
    private static final int RECENT_KEPT = 64;
    private final ThreadLocal<Map<String, List<Mention>>> recentFinds = ThreadLocal.withInitial(() -> new LinkedHashMap<>(RECENT_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Mention>> eldest) {
            return size() > RECENT_KEPT;
        }
    });

    /** {@code aName}: the text is a name ("Deutsche Wetterdienst"), not a sentence, so its first word opens no sentence. */
    private List<Mention> find(String text, boolean aName) {
        if (text == null || text.isEmpty()) return List.of();
        List<Mention> found = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int taken = 0;
        while (word.find()) {
            if (word.start() < taken) continue;
            Mention m = longestAt(text, word.start(), word.group().toLowerCase(Locale.ROOT), aName);
            if (m == null) continue;
            taken = m.end();
            if (m.actor().kind() == Kind.COUNTRY && isModifierOrPlace(text, m.begin(), m.end())) continue;
            found.add(m);
        }
        return found;
    }

    private Mention longestAt(String text, int at, String firstWord, boolean aName) {
        for (Alias a : byFirstWord.getOrDefault(firstWord, List.of())) {
            int end = at + a.text().length();
            if (end <= text.length() && text.regionMatches(!a.caseSensitive(), at, a.text(), 0, a.text().length()) && !isWordChar(text, end)) {
                return new Mention(a.actor(), at, end);
            }
        }
        for (Alias a : prefixes) {
            if (!text.regionMatches(true, at, a.text(), 0, a.text().length())) continue;
            int end = at + a.text().length();
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            if (partOfGermanName(text, at, a.text().length(), end, aName)) return null;
            return new Mention(a.actor(), at, end);
        }
        return null;
    }

    /**
     * "Der Deutsche Wetterdienst", "die Deutsche Bahn": German writes an adjective in lower case ("die deutsche Regierung")
     * unless it is part of a name, so an inflected adjective alias written capitalised inside a sentence names an
     * organisation, not the country, when a capitalised word of the name follows ("die Deutschen wählen" is the country).
     * English adjectives ("German officials") carry no inflection and stay the country.
     */
    private static boolean partOfGermanName(String text, int at, int prefixLength, int end, boolean aName) {
        if (!Character.isUpperCase(text.charAt(at)) || !GERMAN_ADJECTIVE_ENDINGS.contains(text.substring(at + prefixLength, end))) return false;
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) return false;
        int k = at - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || "„“\"»«(".indexOf(text.charAt(k)) >= 0)) k--;
        // a sentence's first word is capitalised whatever it is
        return k < 0 ? aName : ".!?:".indexOf(text.charAt(k)) < 0;
    }

    private static final Set<String> GERMAN_ADJECTIVE_ENDINGS = Set.of("e", "en", "er", "es", "em");

    private static boolean isWordChar(String text, int i) {
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean isModifierOrPlace(String text, int begin, int end) {
        boolean compoundModifier = end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
        return compoundModifier || LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, begin - 12), begin)).find();
    }

    /** The first actor named in a speaker string ("Kremlsprecher Dmitri Peskow", "ukrainische Außenministerium"). */
    public Optional<Actor> resolve(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        Actor exact = byCanonical.get(name.strip());
        if (exact != null) return Optional.of(exact);
        return find(name, true).stream().findFirst().map(Mention::actor);
    }

    /** Follows "speaks for" to the principal now: Peskow -> Kreml -> Wladimir Putin. */
    public Actor principal(Actor actor) {
        return principal(actor, null);
    }

    /** Follows "speaks for" to the principal at {@code at}: the government of 2024 speaks for another chancellor than today's. */
    public Actor principal(Actor actor, Instant at) {
        Actor current = actor;
        for (int depth = 0; depth < 8 && current.speaksFor(at) != null; depth++) {
            Actor next = byCanonical.get(current.speaksFor(at));
            if (next == null) break;
            current = next;
        }
        return current;
    }
}
