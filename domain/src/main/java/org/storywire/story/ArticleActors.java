package org.storywire.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storywire.extract.Document;
import org.storywire.extract.Span;
import org.storywire.extract.Statement;
import org.storywire.extract.Token;
import org.storywire.story.ArticleWords.Piece;
import org.storywire.story.ArticleWords.Word;

/**
 * The people, organisations and places one article names, recognised from the text alone: no list
 * of known names is needed. A name is a capitalised word that is not an ordinary word of the
 * language: in English, capitalised inside a sentence (or, at a sentence start, capitalised inside
 * a sentence elsewhere in the article); in German, where every noun is capitalised, also one the
 * morphology dictionary does not know as a common noun. Adjacent name words form one mention
 * ("Orvane Systems"); mentions that share a word are one entity ("Tarek Brunnholz", "Brunnholz",
 * "Tarek"), so a surname alone or a company's short name finds its entity.
 *
 * <p>An entity is identified by a {@linkplain NameWords#fold folded} form of its most frequent word: the
 * same in every article that names it and, for most names, across German and English inflections
 * ("Velmora", "Velmoran"; "Tarsenia", "Tarsenien"). Salience counts mentions, the headline's most.
 *
 * <p>An article is read as its document's words ({@link #of(ArticleInfo, SentenceIndex, List)}):
 * the words of its headline, lead and statement sentences are the document's tokens, not a second
 * cut of the text. {@link NameWords#WORD} cuts only text that has no document: names as a caller writes them
 * (a speaker's mention, a statement's content) and articles known without their document (tests).
 *
 * <p>The steps: {@link ArticleWords} reads each passage's words with their neighbours' context, {@link NameWords}
 * judges which are names, {@link NameMentions} joins them into mentions and {@link MentionTally} counts the mentions
 * into entities; this class holds the result and answers the grouper's questions about it.
 */
public final class ArticleActors {

    /**
     * One entity of the article: its key; its name (its most frequent word as written, the same in
     * every article that names it the same way: "Orvane", "Kollmerau"); how it is written most
     * fully; how salient it is; and whether the article gives it an office ("Sprecherin Ana Ruiz").
     */
    public record Entity(String key, String name, String display, int salience, boolean holdsRole, boolean reportsNews, boolean person,
                         boolean place) {
        /** An outlet or newsletter whose report the article relays: a source of claims, never a party to them. */
        public boolean isReportSource() { return reportsNews && !holdsRole; }
    }

    private final Map<String, Entity> byKey;
    /** Every folded name word of the article, to the key of its entity. */
    private final Map<String, String> keyOfWord;
    private final List<Entity> bySalience;
    /** Office holders to the organisation they speak for, by entity key. */
    private final Map<String, String> speaksFor;

    /** Office words written before a name ("finanzministerin"), lower case, to the key of the one who holds the office. */
    private final Map<String, String> officeHolders;

    private ArticleActors(Map<String, Entity> byKey, Map<String, String> keyOfWord, Map<String, String> speaksFor, Map<String, String> officeHolders) {
        this.byKey = byKey;
        this.officeHolders = officeHolders;
        this.keyOfWord = keyOfWord;
        this.speaksFor = speaksFor;
        this.bySalience = byKey.values().stream()
                .sorted(Comparator.comparingInt(Entity::salience).reversed().thenComparing(Entity::key)).toList();
    }

    public static final ArticleActors NONE = new ArticleActors(Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * Recognises the entities of an article known without its document from its headline (weighted
     * three times), its lead (twice) and the rest of its text, sentence by sentence, as written.
     */
    public static ArticleActors of(String title, String lead, List<String> sentences, boolean english) {
        List<Piece> pieces = new ArrayList<>();
        if (title != null) pieces.add(Piece.written(title, 3, true));
        if (lead != null) pieces.add(Piece.written(lead, 2, false));
        for (String s : sentences) if (s != null) pieces.add(Piece.written(s, 1, false));
        return of(pieces, english);
    }

    /**
     * The entities of the article whose statements are given, from its headline, lead and statement
     * sentences ({@link ArticleInfo#of}), read as its document's tokens; as written when the article is
     * known without its document.
     */
    static ArticleActors of(ArticleInfo article, SentenceIndex sentences, List<Statement> statements) {
        Document document = article.document();
        List<String> sentenceTexts = statements.stream().map(Statement::sentenceText).distinct().toList();
        if (document == null) return of(article.title(), article.lead(), sentenceTexts, article.english());
        List<Piece> pieces = new ArrayList<>();
        String text = document.text();
        if (document.title() != null) {
            pieces.add(Piece.read(document.title(), 0, document.title().length(), document.titleTokens(), 3, true));
        } else if (!document.paragraphs().isEmpty()) {
            Document.Paragraph first = document.paragraphs().get(0);
            pieces.add(Piece.read(text, first.begin(), first.end(), first.tokens(), 3, true));
        }
        Span lead = ArticleInfo.leadSpan(document);
        if (lead != null) pieces.add(Piece.read(text, lead.begin(), lead.end(), tokensIn(document, lead), 2, false));
        Set<String> seen = new java.util.HashSet<>();
        for (Statement s : statements) {
            if (s.sentenceText() == null || s.sentence() == null || !seen.add(s.sentenceText())) continue;
            Span span = sentences.inDocument(s);
            pieces.add(Piece.read(text, span.begin(), span.end(), tokensIn(document, span), 1, false));
        }
        return of(pieces, article.english());
    }

    /** The document's tokens that begin inside {@code span}. */
    private static List<Token> tokensIn(Document document, Span span) {
        List<Token> out = new ArrayList<>();
        for (Document.Sentence s : document.sentences()) {
            if (s.end() <= span.begin()) continue;
            if (s.begin() >= span.end()) break;
            for (Token t : s.tokens()) if (t.begin() >= span.begin() && t.begin() < span.end()) out.add(t);
        }
        return out;
    }

    // Each loop over an article's words or mentions is a method of its own, called once a piece or a mention: with its
    // loops inline this method was compiled by the JIT at each loop (on-stack replacement, taking in all that follows the
    // loop) and again whole, at 100-150 kB each time, the C2 compiler's largest item in a run of a few thousand articles.
    private static ArticleActors of(List<Piece> pieces, boolean english) {
        // Pass 1: words that are names wherever they stand mid-sentence; pass 2 admits the same words at sentence starts.
        // Each word is split out and judged once: the dictionary look-ups are the cost of this step.
        Map<String, Acronyms.Definition> acronymOfWord = new HashMap<>();
        for (Piece p : pieces) acronymOfWord.putAll(Acronyms.defined(p.text()));
        List<List<Word>> wordsPerPiece = pieces.stream().map(p -> ArticleWords.words(p, english, !acronymOfWord.isEmpty())).toList();
        Map<String, Boolean> nameWords = new HashMap<>();
        Set<String> namedByOffice = english ? Set.of() : CompoundNames.namedByOffice(wordsPerPiece);
        Set<String> commonByDeterminer = english ? Set.of() : DeterminedNouns.commonNouns(wordsPerPiece);
        // made once, not at each test: a capturing lambda inside the predicate was allocated for every word tested
        Function<String, Boolean> judge =
                t -> NameWords.isNameWordSeen(t, english) && !commonByDeterminer.contains(t) || namedByOffice.contains(t)
                        || (!acronymOfWord.isEmpty() && acronymOfWord.containsKey(NameWords.fold(t)) && acronymOfWord.get(NameWords.fold(t)).wholeName());
        Predicate<Word> isName = w -> nameWords.computeIfAbsent(w.text(), judge);
        Set<String> confirmed = new java.util.HashSet<>();
        // An acronym defined in brackets is a name, though a bracket opens a phrase like a sentence start.
        acronymOfWord.values().forEach(d -> confirmed.add(d.acronym()));
        for (List<Word> words : wordsPerPiece) NameMentions.confirmUnambiguous(words, isName, confirmed);
        for (List<Word> words : wordsPerPiece) NameMentions.confirmJoinedStarts(words, isName, confirmed);
        // English demonyms ("German", "Velmoran", "Dutch") only ever stand before a noun; a name also stands alone.
        Set<String> standsAloneSomewhere = new java.util.HashSet<>();
        Set<String> beforeNoun = new java.util.HashSet<>();
        Set<String> hyphenModifiers = new java.util.HashSet<>();
        List<List<List<Word>>> mentionsPerPiece = new ArrayList<>();
        for (List<Word> words : wordsPerPiece) {
            mentionsPerPiece.add(NameMentions.mentionsOf(words, w -> NameMentions.isMentionWord(w, isName, confirmed, english), english, beforeNoun,
                    standsAloneSomewhere, hyphenModifiers));
        }
        if (english) NameMentions.dropDemonyms(mentionsPerPiece, beforeNoun, standsAloneSomewhere);
        else NameMentions.dropHyphenModifiers(mentionsPerPiece, hyphenModifiers, standsAloneSomewhere, beforeNoun);
        NameMentions.splitSurnamePairs(mentionsPerPiece);

        MentionTally tally = new MentionTally(english);
        for (Piece p : pieces) tally.roleOf.putAll(MentionTally.officesOf(p.text()));
        for (Piece p : pieces) MentionTally.addReporters(p.text(), tally.reporters);
        for (int i = 0; i < pieces.size(); i++) tally.addAll(mentionsPerPiece.get(i), pieces.get(i).weight());
        // "Bürgerallianz (BA)": the name and its acronym are one entity, wherever either stands alone.
        acronymOfWord.forEach((word, definition) -> {
            if (tally.count.containsKey(word) && tally.count.containsKey(definition.acronym())) MentionTally.union(tally.parent, word, definition.acronym());
        });
        if (!english) tally.joinGenitives();
        Set<String> acronyms = new java.util.HashSet<>();
        acronymOfWord.values().forEach(d -> acronyms.add(d.acronym()));
        Map<String, Entity> byKey = new LinkedHashMap<>();
        Map<String, String> keyOfWord = new HashMap<>();
        for (List<String> words : tally.members()) {
            String key = tally.keyOf(words, acronyms);
            byKey.merge(key, tally.entity(key, words), ArticleActors::mergeEntities);
            for (String w : words) keyOfWord.put(w, key);
        }
        Map<String, String> speaksFor = new HashMap<>();
        tally.roleOf.forEach((word, organisationWord) -> {
            String person = keyOfWord.get(word);
            String organisation = keyOfWord.get(organisationWord);
            // A newsroom publishes; its name may fold like a place's ("Wesermarks", "Wesermärker Tagblatt"): no office is of it here.
            if (person != null && organisation != null && !person.equals(organisation) && !byKey.get(organisation).isReportSource()) {
                speaksFor.putIfAbsent(person, organisation);
            }
        });
        Map<String, String> holders = new HashMap<>();
        tally.officeOf.forEach((office, word) -> { if (keyOfWord.containsKey(word)) holders.put(office, keyOfWord.get(word)); });
        return new ArticleActors(Map.copyOf(byKey), Map.copyOf(keyOfWord), Map.copyOf(speaksFor), Map.copyOf(holders));
    }

    /** Two groups of words that chose the same key are one entity. */
    private static Entity mergeEntities(Entity merged, Entity entity) {
        return new Entity(merged.key(), merged.name(), merged.display().length() >= entity.display().length() ? merged.display() : entity.display(),
                merged.salience() + entity.salience(), merged.holdsRole() || entity.holdsRole(), merged.reportsNews() || entity.reportsNews(),
                merged.person() || entity.person(), merged.place() && entity.place());
    }

    /**
     * Whom an entity stands for in a story: the organisation whose office it holds ("BA-Landeschefin
     * Konstanze Rehfeld", "Orvane spokeswoman Delphine Arcourt", "die Vorsitzende der Bürgerallianz,
     * Konstanze Rehfeld") where the article names that organisation, else itself. A person named
     * with a role that is no office ("Kollmerau-Trainer Tarek Brunnholz") stands for themselves.
     */
    public String representative(String key) {
        return speaksFor.getOrDefault(key, key);
    }

    /**
     * The holder of the ministry {@code words} name: "das Finanzministerium", "ein Sprecher des
     * Innenministeriums" speak for the article's "Finanzministerin Dagmar Lohfeld", "Innenminister ..."; "the foreign ministry" for "Foreign Minister ...".
     * A ministry is its minister's office. A bare "Ministerium" ("ein Sprecher des Ministeriums") names no particular one:
     * it is the ministry of the article's minister when the article names exactly one.
     */
    public Optional<String> holderOfMinistry(String words) {
        if (words == null) return Optional.empty();
        Matcher m = NameWords.WORD.matcher(words);
        String previous = null;
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            int at = lower.indexOf(MINISTRY_DE);
            String minister = at > 0 ? lower.substring(0, at) + "minister"
                    : lower.equals(MINISTRY_EN) && previous != null ? previous + " minister" : null;
            previous = lower;
            if (lower.equals("ministerium") || lower.equals("ministeriums")) return soleMinister();
            if (minister == null) continue;
            Optional<String> holder = officeHolders.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(minister) || e.getKey().contains(" " + minister))
                    .map(Map.Entry::getValue).sorted().findFirst();
            if (holder.isPresent()) return holder;
        }
        return Optional.empty();
    }

    /** The article's one holder of a minister's office ("Bauministerin Frauke Hollmann"), if it names exactly one. */
    private Optional<String> soleMinister() {
        return soleHolder(office -> Arrays.stream(office.split(" ")).anyMatch(w -> w.endsWith("minister") || w.endsWith("ministerin")));
    }

    /** The article's one holder of an office the test accepts (by the office's words), if it names exactly one. */
    private Optional<String> soleHolder(Predicate<String> office) {
        List<String> holders = officeHolders.entrySet().stream().filter(e -> office.test(e.getKey()))
                .map(Map.Entry::getValue).distinct().toList();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /**
     * The head of the administration {@code words} name by its common noun: "die Stadtverwaltung", "das Rathaus" speak
     * for the article's "Oberbürgermeisterin Dagmar Feltz", as a ministry speaks for its minister. Only when the article
     * names exactly one holder of that office; an administration no holder is named for stays nobody.
     */
    public Optional<String> headOfAdministration(String words) {
        if (words == null || officeHolders.isEmpty()) return Optional.empty();
        for (String token : TextAnalysis.tokens(words)) {
            String office = ADMINISTRATIONS.get(token);
            if (office == null) continue;
            Optional<String> head = soleHolder(held -> TextAnalysis.tokens(held).stream().anyMatch(w -> w.contains(office)));
            if (head.isPresent()) return head;
        }
        return Optional.empty();
    }

    /** Administration nouns to the office word of their head ("stadtverwaltung" -> "burgermeister"), from story-cues.txt. */
    private static final Map<String, String> ADMINISTRATIONS = StoryWords.phrases("administration").stream()
            .collect(Collectors.toUnmodifiableMap(p -> p.get(0), p -> p.get(1)));

    /** Whether the entity holds an office named with {@code word} ("Finanzministerin Dagmar Lohfeld": "minister"). */
    public boolean holdsOffice(String key, String word) {
        return officeHolders.entrySet().stream().anyMatch(e -> e.getValue().equals(key) && e.getKey().contains(word));
    }

    // "Finanzministerium(s)"; "the foreign ministry".
    private static final String MINISTRY_DE = "ministeri";
    private static final String MINISTRY_EN = "ministry";

    /** Entities by salience, most salient first. */
    public List<Entity> bySalience() { return bySalience; }

    public Optional<Entity> entity(String key) { return Optional.ofNullable(byKey.get(key)); }

    /** The article's most salient entity, if it names any. */
    public Optional<Entity> main() { return bySalience.stream().findFirst(); }

    /**
     * The most salient entity that is not a person (no first name, no office), publishes no report and is no place:
     * the organisation an office holder or "the company" most likely stands for.
     */
    public Optional<Entity> mainOrganisation() {
        return bySalience.stream().filter(e -> !e.person() && !e.isReportSource() && !e.place()).findFirst();
    }

    /** Keys of the entities named in {@code text} (as a caller writes it: no document tokens), in order of first mention. */
    public List<String> keysIn(String text) {
        if (text == null || text.isEmpty() || keyOfWord.isEmpty()) return List.of();
        int slot = Math.floorMod(text.hashCode(), recentKeys.length);
        KeysIn known = recentKeys[slot];
        if (known != null && known.text().equals(text)) return known.keys();
        List<String> keys = readKeysIn(text);
        recentKeys[slot] = new KeysIn(text, keys);
        return keys;
    }

    /**
     * The last texts keysIn read, by their hash: a statement's content, sentence and speaker are asked about by several
     * steps of the grouper, and an article's speakers recur. Entries are immutable, so threads sharing an article at
     * worst read again what another just read.
     */
    private final KeysIn[] recentKeys = new KeysIn[16];

    private record KeysIn(String text, List<String> keys) {}

    private List<String> readKeysIn(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (int start = WordScan.start(text, 0), end; start >= 0; start = WordScan.start(text, end)) {
            end = WordScan.end(text, start);
            // A name is capitalised; NameWords.WORD holds no hyphen, so a word is one part of a hyphenated name. Judged before the
            // word is cut out: most words are lower-case.
            if (!Character.isUpperCase(text.codePointAt(start))) continue;
            // "der „Selkenroder Anzeiger“": the word before a title noun names the paper, not the town (see withoutTownOfTitle)
            if (titleFollows(text, end)) continue;
            String key = keyOfWord.get(NameWords.fold(text.substring(start, end)));
            if (key != null) keys.add(key);
        }
        return List.copyOf(keys);
    }

    /** How far after a word its title noun is looked for: the space and the noun, a longer one cut here. */
    private static final int TITLE_WINDOW = 24;

    /**
     * Whether a space and a title noun follow the word ending at {@code wordEnd}: a capital letter, then letters, marks
     * and apostrophes, within {@value #TITLE_WINDOW} characters. A scan, not a pattern on a cut of the text: it runs
     * for every word {@link #keysIn} reads.
     */
    private static boolean titleFollows(String text, int wordEnd) {
        int limit = Math.min(text.length(), wordEnd + TITLE_WINDOW);
        int begin = wordEnd + 1;
        if (begin >= limit || text.charAt(wordEnd) != ' ') return false;
        int first = text.codePointAt(begin);
        int end = begin + Character.charCount(first);
        if (end > limit || Character.getType(first) != Character.UPPERCASE_LETTER) return false;
        while (end < limit) {
            int c = text.codePointAt(end);
            int next = end + Character.charCount(c);
            if (next > limit || !(Character.isLetter(c) || isMark(c) || c == '\'' || c == '’')) break;
            end = next;
        }
        return NameWords.isTitleNoun(text.substring(begin, end));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    // "tarsenische", "quarnischen": the stem before -isch is the name's ("Tarsenien", "Quarnien").
    private static final Pattern ADJECTIVE_FROM_NAME = Pattern.compile("(?u)\\b(\\p{Ll}{4,})isch(?:e|en|er|es|em)?\\b");

    /**
     * Keys of the entities {@code text} names, and of those a lower-case adjective in it is derived from
     * ("die tarsenische Armee": Tarsenien): German writes such adjectives in lower case, and their
     * stem folds like the name's.
     */
    public List<String> keysNamedOrDerived(String text) {
        if (text == null || text.isEmpty()) return List.of();
        Set<String> keys = new LinkedHashSet<>(keysIn(text));
        Matcher m = ADJECTIVE_FROM_NAME.matcher(text);
        while (m.find()) {
            String stem = NameWords.fold(m.group(1));
            bySalience.stream().map(Entity::key).filter(k -> k.startsWith(stem)).findFirst().ifPresent(keys::add);
        }
        return List.copyOf(keys);
    }

    /** The entity a name as written refers to ("Brunnholz", "an Orvane spokeswoman"), if the article names it. */
    public Optional<String> keyOf(String name) {
        return keysIn(name).stream().findFirst();
    }

}
