package org.storywire.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storywire.analyse.CountryNames;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * What one article tells about its people and organisations: full names, the roles they are
 * introduced with ("Kremlsprecher Dmitri Peskow", "Dmitri Peskow, Sprecher des Kremls", "Trumps
 * Sprecher Steven Cheung") and whom they speak for. Learnt from the text in one pass, so that
 * "Peskow", "der Kremlsprecher" and "er" resolve to the same canonical name without a fixed list.
 */
final class EntityMemory {
    static final class Entity {
        final String name;
        String role;
        String affiliation;
        SpeakerKind kind;
        /** "Millionen Euro", "Deutsche Wetterdienst": every word a common noun or adjective the dictionary knows, so no one's name. */
        boolean commonWords;
        /** English "Savoy Hotel", "Cannes Film Festival": headed by a common noun, with no first name, so no "he" or "she". */
        boolean thingHeaded;
        /** Given by a first name, a form of address or a role ("Ms Reed", "Sprecherin Anna Vogt"), else UNKNOWN. */
        PersonGender gender = PersonGender.UNKNOWN;
        final List<Integer> mentions = new ArrayList<>();

        Entity(String name, SpeakerKind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private final Lexicons lex;
    private final TextModel model;
    private final boolean english;
    final Map<String, Entity> byName = new HashMap<>();
    /** Normalised role ("kremlchef") -> entity introduced with it. */
    private final Map<String, Entity> byRole = new HashMap<>();
    /** Last word of each name ("peskow") -> entities, so that surname lookups do not scan every entity. */
    private final Map<String, List<Entity>> byLastWord = new HashMap<>();
    /** Mentions in text order: token index and entity, for "the person mentioned last". */
    private final List<int[]> mentionOrder = new ArrayList<>();
    private final List<Entity> mentionEntities = new ArrayList<>();
    /** English runs opening with a word that describes the bearer ("actress uma reed") -> the name proper ("Uma Reed"). */
    private final Map<String, String> described = new HashMap<>();
    /** One-word names that are no entity -> the sex the sentences they open give them, read when first asked. */
    private final Map<String, PersonGender> loneNames = new HashMap<>();
    /** Garbage can hold thousands of capitalised runs; an article does not. */
    private static final int MAX_ENTITIES = 2_000;

    EntityMemory(TextModel model, Lexicons lex, boolean english) {
        this.model = model;
        this.lex = lex;
        this.english = english;
        learn();
        if (english) learnSexFromPronouns();
    }

    private void learn() {
        // runs found once: English reads every run of the article before it learns any name from them
        List<int[]> runs = new ArrayList<>();
        for (TextModel.Sentence s : model.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); ) {
                int j = runEnd(i, s);
                if (j > i) runs.add(new int[] {i, j, s.index()});
                i = Math.max(j, i + 1);
            }
        }
        EnglishNameOpening opening = english ? new EnglishNameOpening(model, lex.mediaNames) : null;
        if (english) for (int[] run : runs) opening.note(run[0], run[1]);
        for (int[] run : runs) {
            if (!quotedTitle(run[0], run[1])) learnRun(run[0], run[1], model.sentences.get(run[2]), opening);
        }
    }

    /** The end of the run of capitalised words a name may open at token {@code i}; {@code i} when none starts there. */
    private int runEnd(int i, TextModel.Sentence s) {
        if (!startsName(i, s)) return i;
        int j = i;
        while (j < s.endToken() && model.token(j).word() && model.token(j).capitalised() && (j == i || !english || !endsName(model.token(j)))) j++;
        return j;
    }

    /**
     * "Ethan Reed said he ...": a person whose name gives no sex takes the one the article's own pronouns give, where a
     * sentence opens with that person's name, names no one else, and "he"/"his" or "she" follows outside quotation
     * marks, in it or opening the next sentence; twice at least and never the other sex. The dictionary knows many
     * first names, not all. English only: German "sie" is also "they".
     */
    private void learnSexFromPronouns() {
        Map<Entity, int[]> votes = new HashMap<>();
        int m = 0;
        for (TextModel.Sentence s : model.sentences) {
            Entity only = null;
            boolean several = false;
            boolean opens = false;
            for (; m < mentionOrder.size() && mentionOrder.get(m)[0] < s.endToken(); m++) {
                int at = mentionOrder.get(m)[0];
                if (at < s.firstToken()) continue;
                Entity e = mentionEntities.get(m);
                if (only == null) {
                    only = e;
                    opens = at == s.firstToken() || at == s.firstToken() + 1 && PersonGender.ofWord(model.token(s.firstToken()).lower()) != PersonGender.UNKNOWN;
                } else if (only != e) several = true;
            }
            if (only == null || several || !opens || only.gender != PersonGender.UNKNOWN || only.kind != SpeakerKind.PERSON && only.kind != SpeakerKind.UNKNOWN) continue;
            int[] count = votes.computeIfAbsent(only, x -> new int[2]);
            for (int k = s.firstToken() + 1; k < s.endToken(); k++) vote(k, count);
            if (s.index() + 1 < model.sentences.size()) vote(model.sentences.get(s.index() + 1).firstToken(), count);
        }
        votes.forEach((e, count) -> {
            e.gender = sexOf(count);
            if (e.gender != PersonGender.UNKNOWN) e.kind = SpeakerKind.PERSON;
        });
    }

    /**
     * "Velora is mourning her cousin": a one-word name the article never writes with a first name is no entity, so
     * nothing above gives it a sex; the sentences it opens, alone among the names, give it one by their possessives
     * ("his", "her" before a noun). A body's name is as often a lone word, and "Miramax offered to show her ... if she
     * signed" speaks of someone else, so subject pronouns give none here, and a common noun ("Police") never has one.
     */
    PersonGender sexOfLoneName(String name) {
        if (EnglishDictionary.isCommonNoun(name)) return PersonGender.UNKNOWN;
        return loneNames.computeIfAbsent(name, this::voteOnLoneName);
    }

    private PersonGender voteOnLoneName(String name) {
        int[] count = new int[2];
        int m = 0;
        for (TextModel.Sentence s : model.sentences) {
            boolean namesAnEntity = false;
            for (; m < mentionOrder.size() && mentionOrder.get(m)[0] < s.endToken(); m++) namesAnEntity |= mentionOrder.get(m)[0] >= s.firstToken();
            if (namesAnEntity || s.endToken() - s.firstToken() < 2 || !model.token(s.firstToken()).text().equals(name)
                    || model.token(s.firstToken() + 1).capitalised()) continue;
            for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
                if (model.token(k).is("his") || model.token(k).is("her")) vote(k, count);
            }
        }
        return sexOf(count);
    }

    private static PersonGender sexOf(int[] count) {
        if (count[0] >= 2 && count[1] == 0) return PersonGender.FEMALE;
        if (count[1] >= 2 && count[0] == 0) return PersonGender.MALE;
        return PersonGender.UNKNOWN;
    }

    /**
     * Counts a subject or possessive pronoun of one sex at token {@code k}; "her" is also an object, so only with a
     * word of content behind it ("her cousin", not "told her that").
     */
    private void vote(int k, int[] count) {
        Token t = model.token(k);
        if (!t.word() || t.quoted()) return;
        switch (t.lower()) {
            case "she", "herself" -> count[0]++;
            case "her" -> { if (possessiveHer(k)) count[0]++; }
            case "he", "his", "himself" -> count[1]++;
            default -> { }
        }
    }

    private boolean possessiveHer(int k) {
        if (k + 1 >= model.tokens.size()) return false;
        Token next = model.token(k + 1);
        return next.word() && !next.quoted() && !next.capitalised() && !EnglishDictionary.isFunctionWord(next.lower()) && !lex.englishStop.contains(next.lower());
    }

    /**
     * "Uma Reed Is Angry", "Missile Over Dorvik": in a title-case headline a capitalised verb, adjective or function word
     * ends the name before it. Finite verbs without a noun reading end it though the dictionary also lists the
     * capitalised form as a name ("Is"); adjectives and function words only where it does not ("Theresa May", "Neil Young").
     */
    private static boolean endsName(Token t) {
        String lower = t.lower();
        if (EnglishDictionary.isCommonNoun(lower)) return false;
        if (EnglishDictionary.isFiniteVerb(lower)) return true;
        return !EnglishDictionary.isName(t.text()) && (EnglishDictionary.isFunctionWord(lower) || EnglishDictionary.isAdjective(lower));
    }

    /**
     * "the set of “Kill Bill”", "„Fluch der Karibik“": capitalised words that are all a quotation holds are a title (a
     * film, a book, a song), nobody's name, and no pronoun stands for them.
     */
    private boolean quotedTitle(int from, int to) {
        if (from == 0 || to >= model.tokens.size() || !opensQuote(model.token(from - 1))) return false;
        Token after = model.token(to);
        if (closesQuote(after)) return true;
        return (after.isPunct(',') || after.isPunct('.')) && to + 1 < model.tokens.size() && closesQuote(model.token(to + 1));
    }

    /** A quotation mark, or a single one ("‘Kill Bill,’", "‚Tatort‘"), which stands alone only where it quotes. */
    private static boolean opensQuote(Token t) {
        return NounPhrases.isQuoteMark(t) || t.is("‘") || t.is("‚");
    }

    private static boolean closesQuote(Token t) {
        return NounPhrases.isQuoteMark(t) || t.is("’") || t.is("‘");
    }

    private boolean startsName(int i, TextModel.Sentence s) {
        Token t = model.token(i);
        return t.word() && t.capitalised() && !lex.isStop(t, english) && !lex.timeWords.contains(t.lower());
    }

    private void learnRun(int from, int to, TextModel.Sentence s, EnglishNameOpening opening) {
        // "Ms Reed": a form of address written without its full stop opens the run but is no part of the name; the sex
        // it gives is read before the name, as for "Ms. Reed"
        if (english && to - from >= 2 && lex.formsOfAddress.contains(model.token(from).lower())) from++;
        boolean addressed = english && addressedAt(from);
        int lastRole = -1;
        String possessor = null;
        for (int k = from; k < to; k++) {
            String lower = model.token(k).lower();
            if (lex.roleSuffix(lower) != null) lastRole = k;
            else if (k + 1 < to && lower.endsWith("s") && lex.roleSuffix(model.token(k + 1).lower()) != null) possessor = model.token(k).text().substring(0, model.token(k).text().length() - 1);
        }
        int nameFrom = lastRole + 1 > from ? lastRole + 1 : from;
        // "Telefonat Putin": a leading common noun is not part of the name
        while (nameFrom < to - 1 && looksLikeCommonNoun(model.token(nameFrom).lower())) nameFrom++;
        // "Actress Uma Reed", "Ohio-based Drelmont": a word describing the bearer is not part of the name
        boolean describedBearer = false;
        if (opening != null && nameFrom < to) {
            int proper = opening.nameFrom(nameFrom, to);
            describedBearer = proper > nameFrom;
            if (describedBearer) described.put(canonicalKey(join(nameFrom, to)), join(proper, to));
            nameFrom = proper;
        }
        if (nameFrom >= to || lastRole >= from && nameFrom == to - 1 && commonNounAfterRole(model.token(nameFrom))) return;
        String name = join(nameFrom, to);
        // a described bearer ("Actress Reed") is someone the article introduces, however short the name
        boolean multi = to - nameFrom >= 2 || describedBearer;
        String role = lastRole >= 0 ? model.token(lastRole).text() : null;
        if (!multi && role == null) {
            Entity known = byNameOrSurname(name);
            if (known != null) {
                mention(known, from);
                if (known.gender == PersonGender.UNKNOWN) known.gender = addressBefore(from);
                return;
            }
            // "Ms Reed" names a person even where the article never gives her first name, and so does a person noun
            // giving a sex right before the name ("her father Bassel")
            if (!addressed && !(english && addressBefore(from) != PersonGender.UNKNOWN)) return;
        }
        Entity e = byName.get(canonicalKey(name));
        if (e == null) {
            if (byName.size() >= MAX_ENTITIES) return;
            e = new Entity(name, kindOf(name, role));
            e.commonWords = !english && commonWords(nameFrom, to);
            e.thingHeaded = english && role == null && commonHead(nameFrom, to);
            if (e.kind == SpeakerKind.UNKNOWN && opensWithFirstName(nameFrom, to, e)) e.kind = SpeakerKind.PERSON;
            byName.put(canonicalKey(name), e);
            String last = canonicalKey(name.substring(name.lastIndexOf(' ') + 1));
            byLastWord.computeIfAbsent(last, k -> new ArrayList<>()).add(e);
        }
        mention(e, nameFrom);
        if (e.gender == PersonGender.UNKNOWN) e.gender = genderOf(from, nameFrom, to, lastRole);
        // "Mrs. Uma Reed": whoever the text gives a sex is a person
        if (e.kind == SpeakerKind.UNKNOWN && e.gender != PersonGender.UNKNOWN) e.kind = SpeakerKind.PERSON;
        if (role != null) {
            if (e.role == null) e.role = role;
            byRole.putIfAbsent(roleKey(role), e);
            if (e.affiliation == null) e.affiliation = possessor != null ? possessor : organisationOfRole(role);
            if (e.kind == SpeakerKind.UNKNOWN || e.kind == SpeakerKind.ORGANISATION) e.kind = SpeakerKind.PERSON;
        }
        // apposition after the name: "Dmitri Peskow, Sprecher des Kremls,"
        if (to + 1 < s.endToken() && model.token(to).isPunct(',')) {
            Token next = model.token(to + 1);
            String suffix = next.word() ? lex.roleSuffix(next.lower()) : null;
            if (suffix != null) {
                if (e.role == null) e.role = next.text();
                byRole.putIfAbsent(roleKey(next.text()), e);
                e.kind = SpeakerKind.PERSON;
                if (e.gender == PersonGender.UNKNOWN) e.gender = PersonGender.ofRole(next.text(), suffix, english);
                if (to + 3 < s.endToken() && (model.token(to + 2).is("des") || model.token(to + 2).is("der") || model.token(to + 2).is("of"))) {
                    Lexicons.Org org = organisation(model.token(to + 3).text());
                    if (org != null && e.affiliation == null) e.affiliation = org.canonical();
                }
            }
        }
    }

    /**
     * The sex the run [from, to) gives the person it names: a form of address before it ("Mrs. Reed"), a role in it
     * ("Sprecherin Anna Vogt", "Actress Uma Reed", the last role at {@code lastRole}), else the name's first word as a
     * first name ({@code nameFrom}); UNKNOWN when none does.
     */
    private PersonGender genderOf(int from, int nameFrom, int to, int lastRole) {
        PersonGender g = addressBefore(from);
        if (g != PersonGender.UNKNOWN) return g;
        if (lastRole >= from) {
            Token role = model.token(lastRole);
            g = PersonGender.ofRole(role.text(), lex.roleSuffix(role.lower()), english);
            if (g != PersonGender.UNKNOWN) return g;
        }
        for (int k = from; k < nameFrom; k++) {
            g = PersonGender.ofWord(model.token(k).lower());
            if (g != PersonGender.UNKNOWN) return g;
        }
        Token first = model.token(nameFrom);
        g = PersonGender.ofWord(first.lower());
        return g != PersonGender.UNKNOWN || to - nameFrom < 2 ? g : PersonGender.ofFirstName(first.text(), english);
    }

    /** "Mr Abe", "Sen. Holm": a form of address or a title with its full stop right before token {@code from}. */
    private boolean addressedAt(int from) {
        int k = from - 1;
        if (k >= 0 && model.token(k).isPunct('.')) k--;
        if (k < 0 || !model.token(k).word()) return false;
        String lower = model.token(k).lower();
        return lex.formsOfAddress.contains(lower) || k + 1 < from && TextModel.TITLE_ABBREVIATIONS.contains(lower);
    }

    /** "Mrs. Reed", "Herr Vogt", "actress Uma Reed": the form of address or person noun right before token {@code from}. */
    private PersonGender addressBefore(int from) {
        int k = from - 1;
        if (k >= 0 && model.token(k).isPunct('.')) k--;
        return k >= 0 && model.token(k).word() ? PersonGender.ofWord(model.token(k).lower()) : PersonGender.UNKNOWN;
    }

    /**
     * Whether every word in [from, to) is one the German dictionary knows, none of them as a name, or a compound of
     * known words ("Wetterdienst"): "Deutsche Wetterdienst", "Millionen Euro" name a body or a thing, nobody.
     */
    private boolean commonWords(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = model.token(k).text();
            GermanDictionary.Kind kind = GermanDictionary.kind(w);
            if (kind == GermanDictionary.Kind.PROPER || kind == GermanDictionary.Kind.UNKNOWN && !GermanDictionary.isUnknownCompoundNoun(w)) return false;
        }
        return true;
    }

    /**
     * "Shettlestone Road", "Cannes Film Festival", "AP Photo": an English run whose last word the dictionary knows as a
     * common noun, and not also as a name, names a place, a body or a thing, unless a first name stands in it: surnames
     * are often common nouns too ("Shane Perry", "Anna Cook").
     */
    private boolean commonHead(int from, int to) {
        Token head = model.token(to - 1);
        if (!EnglishDictionary.isCommonNoun(head.lower()) || EnglishDictionary.isName(head.text())) return false;
        if (PersonGender.isFirstName(model.token(from).text(), true)) return false;
        // inside the run only the German dictionary's first names: the English lists hold words such as "Bay" ("Green Bay Rovers")
        for (int k = from + 1; k < to - 1; k++) if (GermanDictionary.isFirstName(model.token(k).text())) return false;
        return true;
    }

    /**
     * "wirft Ministerin Täuschung vor": a lone word after a role that has a common noun's ending and is a noun the German
     * dictionary knows, not as a name, is what is said of the office holder, not their name ("Ministerin Vogt" is one).
     */
    private boolean commonNounAfterRole(Token t) {
        return !english && looksLikeCommonNoun(t.lower()) && GermanDictionary.kind(t.text()) == GermanDictionary.Kind.COMMON;
    }

    private void mention(Entity e, int token) {
        e.mentions.add(token);
        mentionOrder.add(new int[] {token});
        mentionEntities.add(e);
    }

    private static final List<String> NOUN_ENDINGS = Lexicon.wordList("noun-endings-de.txt");

    private static boolean looksLikeCommonNoun(String lower) {
        for (String ending : NOUN_ENDINGS) if (lower.endsWith(ending) && lower.length() > ending.length() + 2) return true;
        return false;
    }

    /**
     * "Elon Musk", "Quentin Tarantino": a run of names opening with a first name the dictionary knows is a person, so
     * that "Musk said" later is one too; not where it is headed by a common noun ("Victoria Station") or is a country.
     */
    private boolean opensWithFirstName(int nameFrom, int to, Entity e) {
        return to - nameFrom >= 2 && !e.thingHeaded && !e.commonWords && PersonGender.isFirstName(model.token(nameFrom).text(), english);
    }

    private SpeakerKind kindOf(String name, String role) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (role == null && CountryNames.isCountry(name)) return SpeakerKind.GOVERNMENT;
        if (lex.mediaNames.contains(lower) || lex.mediaNames.contains(stripArticle(lower))) return SpeakerKind.MEDIA;
        if (role != null && lex.mediaNouns.contains(lex.roleSuffix(role.toLowerCase(Locale.ROOT)) == null ? role.toLowerCase(Locale.ROOT) : "")) return SpeakerKind.MEDIA;
        Lexicons.Org org = organisation(name);
        if (org != null) return org.kind();
        return role != null ? SpeakerKind.PERSON : SpeakerKind.UNKNOWN;
    }

    /** "Kremlsprecher" -> Kreml, "Regierungssprecher" -> Bundesregierung; null when the prefix names nothing known. */
    private String organisationOfRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        String suffix = lex.roleSuffix(lower);
        if (suffix == null) return null;
        String prefix = lower.substring(0, lower.lastIndexOf(suffix)).replace("-", "");
        if (prefix.isEmpty()) return null;
        Lexicons.Org org = lex.organisations.get(prefix);
        return org == null ? null : org.canonical();
    }

    Lexicons.Org organisation(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Lexicons.Org org = lex.organisations.get(lower);
        if (org == null && lower.endsWith("s")) org = lex.organisations.get(lower.substring(0, lower.length() - 1));
        return org;
    }

    /** The name proper of a run the article opened with a description ("Actress Uma Reed" -> "Uma Reed"), else the run itself. */
    String properName(String run) {
        return described.getOrDefault(canonicalKey(run), run);
    }

    /** The entity a surname or full name refers to, e.g. "Peskow" or "Peskows" -> Dmitri Peskow; null if unknown. */
    Entity byNameOrSurname(String name) {
        String key = canonicalKey(name);
        String genitiveless = key.endsWith("s") ? key.substring(0, key.length() - 1) : null;
        Entity found = null;
        List<Entity> candidates = new ArrayList<>(byLastWord.getOrDefault(key.substring(key.lastIndexOf(' ') + 1), List.of()));
        if (genitiveless != null) candidates.addAll(byLastWord.getOrDefault(genitiveless.substring(genitiveless.lastIndexOf(' ') + 1), List.of()));
        for (Entity e : candidates) {
            String full = canonicalKey(e.name);
            if (full.endsWith(" " + key) || (genitiveless != null && full.endsWith(" " + genitiveless))) {
                if (found == null || e.mentions.size() > found.mentions.size()) found = e;
            }
        }
        // the full name wins over a surname learnt alone ("Kreml-Chef Putin" -> Wladimir Putin)
        if (found != null) return found;
        Entity exact = byName.get(key);
        if (exact != null) return exact;
        return genitiveless != null ? byName.get(genitiveless) : null;
    }

    /** The entity introduced with this role ("der Kreml-Chef" -> Kremlchef Wladimir Putin), allowing a shorter role ("Kanzler" for "Bundeskanzler"). */
    Entity byRole(String role) {
        String key = roleKey(role);
        Entity found = byRole.get(key);
        if (found == null) {
            for (Map.Entry<String, Entity> e : byRole.entrySet()) if (e.getKey().endsWith(key) && key.length() >= 5) found = e.getValue();
        }
        if (found == null) return null;
        Entity full = byNameOrSurname(found.name);
        if (full != null && full != found && full.affiliation == null) full.affiliation = found.affiliation;
        return full != null ? full : found;
    }

    /** The person mentioned last before the token, for pronouns and roles learnt from nowhere. */
    Entity lastPersonBefore(int token) {
        return lastPersonBefore(token, PersonGender.UNKNOWN);
    }

    /** The person mentioned last before the token whose sex does not conflict with a pronoun's ({@code pronoun}). */
    Entity lastPersonBefore(int token, PersonGender pronoun) {
        int lo = 0, hi = mentionOrder.size() - 1, last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentionOrder.get(mid)[0] < token) { last = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        for (int i = last; i >= 0 && i > last - 50; i--) {
            Entity e = mentionEntities.get(i);
            // "Er kündigte Revision an" after "vier Millionen Euro": a run of common nouns is nobody a pronoun stands for
            if (e.gender.conflicts(pronoun) || e.thingHeaded && e.gender == PersonGender.UNKNOWN && pronoun != PersonGender.UNKNOWN) continue;
            if (e.kind == SpeakerKind.PERSON || e.kind == SpeakerKind.UNKNOWN && !e.commonWords) return e;
        }
        return null;
    }

    /** Token index of the last mention of a person before the token who may be the one a pronoun of sex {@code pronoun} stands for, or -1. */
    int lastPersonMentionBefore(int token, PersonGender pronoun) {
        Entity e = lastPersonBefore(token, pronoun);
        if (e == null) return -1;
        int best = -1;
        for (int at : e.mentions) if (at < token && at > best) best = at;
        return best;
    }

    private String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) sb.append(' ');
            sb.append(model.token(k).text());
        }
        return sb.toString();
    }

    /** Inflected and female endings of common roles, to strip so that "Kremlsprecherin" and "Kremlsprechers" meet "Kremlsprecher". */
    private static final String[][] ROLE_INFLECTIONS = inflections();

    private static String[][] inflections() {
        List<String[]> out = new ArrayList<>();
        for (String ending : Lexicon.wordList("role-key-endings-de.txt")) {
            for (String role : Lexicon.wordList("role-keys-de.txt")) out.add(new String[] {role + ending, ending});
        }
        return out.toArray(new String[0][]);
    }

    static String roleKey(String role) {
        String lower = role.toLowerCase(Locale.ROOT).replace("-", "");
        for (String[] inflection : ROLE_INFLECTIONS) {
            if (lower.endsWith(inflection[0])) return lower.substring(0, lower.length() - inflection[1].length());
        }
        return lower;
    }

    static String canonicalKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static String stripArticle(String lower) {
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }
}
