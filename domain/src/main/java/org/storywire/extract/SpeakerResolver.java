package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storywire.analyse.CountryNames;
import org.storywire.analyse.GermanDictionary;

/**
 * Who a speaker phrase is: a person, organisation, government or medium, through the article's own names, roles and
 * appositions ({@link EntityMemory}); pronouns and "die 46-Jährige" resolve to the last speaker or person, report
 * nouns ("Polizeiangaben") to their author. The phrase itself is found by {@link SpeakerFinder}.
 */
final class SpeakerResolver extends ExtractionStep {
    private final PersonNouns persons;

    SpeakerResolver(Extraction x) {
        super(x);
        this.persons = new PersonNouns(morph);
    }

    /**
     * "Vosskamp werde bleiben, fügte er hinzu", "Cole will stay, she said": the pronoun after a cue that closes the content
     * before it speaks of someone that content does not name as the speaker; a name there is spoken of.
     */
    private boolean insideTheContentItsCueCloses(int personAt, NounPhrase np, TextModel.Sentence s) {
        int cue = np.first() - 1;
        if (personAt < s.firstToken() || cue - 1 <= personAt) return false;
        Token closing = model.token(cue - 1);
        return closing.isPunct(',') || isQuoteMark(closing);
    }

    Speaker resolve(NounPhrase np, TextModel.Sentence s) {
        int begin = model.token(np.first()).begin();
        int end = model.token(np.end() - 1).end();
        String mention = text.substring(begin, end);
        Span span = new Span(begin, end);
        if (!np.pronoun() && NounPhrases.ageNoun(model.token(np.end() - 1))) {
            // "die 46-Jährige": the person spoken of last
            if (doc.lastStatement != null && doc.lastStatement.speaker != null && doc.lastStatement.speaker.kind() == SpeakerKind.PERSON && s.index() - doc.lastStatement.sentence <= 4) {
                Speaker last = doc.lastStatement.speaker;
                return new Speaker(mention, span, last.canonical(), last.affiliation(), last.kind());
            }
            EntityMemory.Entity e = memory.lastPersonBefore(np.first());
            if (e != null) return new Speaker(mention, span, e.name, e.affiliation, SpeakerKind.PERSON);
        }
        if (np.pronoun()) {
            String p = model.token(np.first()).lower();
            // "Dieser bestätigte ...": a demonstrative turns from the last speaker to someone else named before; who that is,
            // the mention alone does not say
            if (!english && NounPhrases.DEMONSTRATIVES_DE.contains(p)) return new Speaker(mention, span, null, null, SpeakerKind.UNKNOWN);
            boolean person = !p.equals("they") && !p.equals("wir") && !p.equals("we") && !p.equals("it");
            // "it" is a report or an organisation, never a person
            if (p.equals("it")) {
                Speaker last = doc.lastStatement == null ? null : doc.lastStatement.speaker;
                boolean thing = last != null && last.kind() != SpeakerKind.PERSON && s.index() - doc.lastStatement.sentence <= 4;
                return thing ? new Speaker(mention, span, last.canonical(), last.affiliation(), last.kind())
                        : new Speaker(mention, span, null, null, SpeakerKind.UNKNOWN);
            }
            // "Senator Ann Cole spoke on Monday. She said ...": a person named after the last statement comes first
            PersonGender sex = PersonGender.ofPronoun(p, english);
            int personAt = memory.lastPersonMentionBefore(np.first(), sex);
            boolean newerPerson = person && personAt >= 0 && doc.lastStatement != null && model.token(personAt).begin() >= doc.lastStatement.evidenceEnd
                    && opensItsSentence(personAt) && !insideTheContentItsCueCloses(personAt, np, s);
            if (doc.lastStatement != null && doc.lastStatement.speaker != null && s.index() - doc.lastStatement.sentence <= 4 && !newerPerson
                    && (!person || doc.lastStatement.speaker.kind() == SpeakerKind.PERSON || agreesWithArticle(p, doc.lastStatement.speaker))
                    && !genderOf(doc.lastStatement.speaker).conflicts(sex)) {
                Speaker last = doc.lastStatement.speaker;
                return new Speaker(mention, span, last.canonical(), last.affiliation(), last.kind());
            }
            EntityMemory.Entity e = memory.lastPersonBefore(np.first(), sex);
            if (e != null) return new Speaker(mention, span, e.name, e.affiliation, SpeakerKind.PERSON);
            Token noun = english || !p.equals("er") ? null : masculinePersonNounBefore(np.first(), s);
            return noun == null ? new Speaker(mention, span, null, null, SpeakerKind.UNKNOWN)
                    : new Speaker(mention, span, noun.text(), null, SpeakerKind.PERSON);
        }
        // "Velmora's defence ministry", "Reed's lawyers": the name before a possessive is no one who speaks here; the body
        // or group the common noun after it names is, and the phrase is all the name it has
        if (english && possessiveBefore(np)) return new Speaker(mention, span, mention, null, SpeakerKind.UNKNOWN);
        List<Token> head = new ArrayList<>();
        boolean addressed = false;
        for (int k = np.first(); k < np.end(); k++) {
            Token t = model.token(k);
            // "Mr. Holm" is Anton Holm: a title written with its full stop is no part of the name, nor is a form of
            // address without one ("Ms Reed"); who is addressed so is a person
            if (TextModel.TITLE_ABBREVIATIONS.contains(t.lower()) && k + 1 < np.end() && abbreviationDot(k + 1)
                    || english && formOfAddress(k, np.end())) {
                addressed = true;
                continue;
            }
            boolean surname = !head.isEmpty() && t.capitalised() && NounPhrases.isFirstName(head.get(head.size() - 1), english);
            if (t.word() && (t.capitalised() || lex.anonymous.contains(t.lower()) || lex.roleSuffix(t.lower()) != null) && (!lex.isStop(t, english) || surname)) head.add(t);
        }
        if (head.isEmpty() || english && describedCommonNoun(head, np)) return new Speaker(mention, span, mention, null, SpeakerKind.UNKNOWN);
        int lastRole = -1;
        boolean media = false;
        for (int k = 0; k < head.size(); k++) {
            String lower = head.get(k).lower();
            if (lex.roleSuffix(lower) != null) lastRole = k;
            if (lex.mediaNouns.contains(lower)) { lastRole = k; media = true; }
        }
        List<Token> name = head.subList(lastRole + 1, head.size());
        if (!name.isEmpty()) {
            String nameText = properName(head, name);
            Lexicons.Org org = name.size() == 1 ? memory.organisation(nameText) : null;
            if (org != null) return new Speaker(mention, span, org.canonical(), org.canonical(), org.kind());
            if (lex.anonymous.contains(name.get(name.size() - 1).lower())) return new Speaker(mention, span, nameText, null, SpeakerKind.ANONYMOUS);
            EntityMemory.Entity e = memory.byNameOrSurname(nameText);
            if (e != null) return new Speaker(mention, span, e.name, e.affiliation, media ? SpeakerKind.MEDIA : addressed ? SpeakerKind.PERSON : kindOrPerson(e, 1));
            Speaker report = english || name.size() != 1 ? null : reportSource(mention, span, name.get(0));
            if (report != null) return report;
            boolean isMedia = media || lex.mediaNames.contains(nameText.toLowerCase(Locale.ROOT));
            // "Pyongyang said", "Texas sued": a place that speaks is its government
            if (!isMedia && lastRole < 0 && namesPlace(nameText, name.size())) return new Speaker(mention, span, nameText, null, SpeakerKind.GOVERNMENT);
            // "Müller", "Lindner": one word the dictionary knows as a surname is a person, not an organisation; so is a noun
            // of persons ("der Papst", "die Wissenschaftler", "die Königin")
            boolean person = addressed || lastRole >= 0 || name.size() >= 2
                    || english && memory.sexOfLoneName(nameText) != PersonGender.UNKNOWN
                    || !english && (GermanDictionary.isSurname(nameText) || name.size() == 1 && persons.person(nameText));
            SpeakerKind kind = isMedia ? SpeakerKind.MEDIA : person ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION;
            return new Speaker(mention, span, nameText, null, kind);
        }
        Token role = head.get(lastRole);
        EntityMemory.Entity e = memory.byRole(role.text());
        // "ein Sprecher des Konzerns" after "Verbandssprecherin Lea Dornbusch": a role of the other sex is someone else
        if (e != null && e.gender.conflicts(PersonGender.ofRole(role.text(), lex.roleSuffix(role.lower()), english))) e = null;
        if (e != null) return new Speaker(mention, span, e.name, e.affiliation, kindOrPerson(e, 2));
        boolean definite = model.token(np.first()).is("der") || model.token(np.first()).is("die") || model.token(np.first()).is("the");
        // "the Delta spokesman": a name before the role names its body, so someone new speaks
        if (definite && lastRole == 0 && !namesItsBody(np, s) && doc.lastStatement != null && doc.lastStatement.speaker != null && doc.lastStatement.speaker.kind() == SpeakerKind.PERSON
                && s.index() - doc.lastStatement.sentence <= 3) {
            Speaker last = doc.lastStatement.speaker;
            return new Speaker(mention, span, last.canonical(), last.affiliation(), last.kind());
        }
        return new Speaker(mention, span, roleCompound(head, lastRole), null, SpeakerKind.PERSON);
    }

    /**
     * "Local police", "Republican voters": capitalised adjectives before a common noun that heads the phrase name no one
     * by name; the phrase is all the name it has.
     */
    private boolean describedCommonNoun(List<Token> head, NounPhrase np) {
        Token last = model.token(np.end() - 1);
        if (!last.word() || last.capitalised() || head.contains(last)) return false;
        for (Token t : head) if (!NounPhrases.capitalisedAdjective(t)) return false;
        return true;
    }

    /**
     * The name of the words behind the last role or media noun ({@code name}), or the shorter name the article's run
     * gives its bearer where that run is the whole head: "NFL Network Insider Ian Reed" is Ian Reed, "Insider" a title
     * between the outlet and the first name (`EnglishNameOpening`).
     */
    private String properName(List<Token> head, List<Token> name) {
        String behind = joinTokens(name);
        String bearer = memory.properName(joinTokens(head));
        return bearer.length() < behind.length() && behind.endsWith(" " + bearer) ? bearer : memory.properName(behind);
    }

    /** A country's name, or one word the German dictionary knows only as a place ("Texas", "Singapur"), not as a person's name. */
    private static boolean namesPlace(String name, int words) {
        if (CountryNames.isCountry(name)) return true;
        return words == 1 && GermanDictionary.isPlace(name) && !GermanDictionary.isFirstName(name) && !GermanDictionary.isSurname(name);
    }

    /** The sex of the person a speaker names, as the article gives it (UNKNOWN for bodies and people it does not). */
    private PersonGender genderOf(Speaker speaker) {
        if (speaker.kind() != SpeakerKind.PERSON || speaker.canonical() == null) return PersonGender.UNKNOWN;
        EntityMemory.Entity e = memory.byNameOrSurname(speaker.canonical());
        return e == null ? PersonGender.UNKNOWN : e.gender;
    }

    /** A phrase headed by a common noun (no role, no name) with a possessive before it: "Velmora's defence ministry", "workers' delegates". */
    private boolean possessiveBefore(NounPhrase np) {
        Token last = model.token(np.end() - 1);
        if (!last.word() || last.capitalised() || lex.roleSuffix(last.lower()) != null || lex.anonymous.contains(last.lower())) return false;
        for (int k = np.first(); k < np.end() - 1; k++) {
            Token t = model.token(k);
            if (t.possessive() || (t.is("'") || t.is("’")) && k > np.first() && model.token(k - 1).end() == t.begin()) return true;
        }
        return false;
    }

    /**
     * "Die Verteidigung bestreitet das. Sie kündigte an ...": a German pronoun takes the gender of the noun it stands for, so
     * "sie" after "die Verteidigung" (and "er" after "der Konzern") is that body, person or not.
     */
    private boolean agreesWithArticle(String pronoun, Speaker last) {
        if (english || last.mention() == null || last.canonical() == null) return false;
        int space = last.mention().indexOf(' ');
        if (space < 0) return false;
        String article = last.mention().substring(0, space).toLowerCase(Locale.ROOT);
        return pronoun.equals("sie") && article.equals("die") || pronoun.equals("er") && article.equals("der");
    }

    /** "its chief executive": the office is every role word standing right before the last one, not the last word alone. */
    private String roleCompound(List<Token> head, int lastRole) {
        int first = lastRole;
        while (first > 0 && head.get(first - 1).end() + 1 == head.get(first).begin() && lex.roleSuffix(head.get(first - 1).lower()) != null) first--;
        return joinTokens(head.subList(first, lastRole + 1));
    }

    /**
     * "Das Gericht verurteilte den Bauunternehmer ... Er kündigte Revision an": with no named person before it, "er"
     * stands for the last noun of the sentence before (or its own, before it) that names a person by a role or an
     * agent ending and agrees with it: masculine singular by the dictionary. Null when there is none.
     */
    private Token masculinePersonNounBefore(int pronoun, TextModel.Sentence s) {
        int from = s.index() > 0 ? model.sentences.get(s.index() - 1).firstToken() : s.firstToken();
        for (int k = pronoun - 1; k >= from; k--) {
            Token t = model.token(k);
            if (!t.word() || !t.capitalised() || t.quoted() || k == s.firstToken()) continue;
            String w = t.lower();
            if ((lex.roleSuffix(w) != null || lex.isAgentNoun(w)) && morph.german(t.text()).has(Morphology.NOMINATIVE_MASCULINE)) return t;
        }
        return null;
    }

    /**
     * "Berichten zufolge", "Medienberichten zufolge", "nach Polizeiangaben": a report noun names no
     * one. Alone or behind media it is an anonymous source, kept as such; a compound's first part
     * names the report's author ("Polizei"), who is the speaker.
     */
    private Speaker reportSource(String mention, Span span, Token word) {
        String lower = word.lower();
        String report = lex.reportNounOf(lower);
        if (report == null) return null;
        String part = lower.substring(0, lower.length() - report.length());
        if (part.length() < 3) return new Speaker(mention, span, mention, null, SpeakerKind.ANONYMOUS);
        // "ARD-Bericht", "dpa-Meldung": a hyphen sets the author off as written; "Regierungs|angaben": the author is the
        // compound's first word, without its linking element
        String author = part.endsWith("-") ? word.text().substring(0, part.length() - 1)
                : GermanDictionary.compoundPart(Character.toUpperCase(part.charAt(0)) + part.substring(1));
        String key = author.toLowerCase(Locale.ROOT);
        if (lex.mediaNouns.contains(key) || lex.anonymous.contains(key)) return new Speaker(mention, span, mention, null, SpeakerKind.ANONYMOUS);
        return new Speaker(mention, span, author, null, SpeakerKind.ORGANISATION);
    }

    /**
     * "Die Chefin der Gewerkschaft Verdi", "der Sprecher von Vantel", "the head of Vantel": a role
     * whose attribute names its body introduces someone new, not the person who spoke last.
     */
    private boolean namesItsBody(NounPhrase np, TextModel.Sentence s) {
        int k = np.end();
        if (k + 1 >= s.endToken()) return false;
        Token link = model.token(k);
        if (!(link.is("der") || link.is("des") || link.is("von") || link.is("vom") || link.is("of"))) return false;
        k++;
        if (k + 1 < s.endToken() && (model.token(k).is("der") || model.token(k).is("the"))) k++;
        while (k + 1 < s.endToken() && model.token(k).word() && !model.token(k).capitalised() && GermanSubjects.isLowerAdjective(model.token(k).lower())) k++;
        return model.token(k).word() && model.token(k).capitalised();
    }

    /** "Ms Reed", "Mr Abe": an English form of address written without its full stop, before a capitalised word. */
    private boolean formOfAddress(int k, int end) {
        return k + 1 < end && lex.formsOfAddress.contains(model.token(k).lower()) && model.token(k + 1).word() && model.token(k + 1).capitalised();
    }

    /**
     * The kind of the entity a mention resolved to, counting at least {@code minWords} words (a role with a name is
     * someone): the entity's, whichever of its mentions speaks, so "Reed said" is the "Uma Reed" the article named
     * first, and "Ohio-based Drelmont" is the one word "Drelmont".
     */
    private SpeakerKind kindOrPerson(EntityMemory.Entity e, int minWords) {
        if (e.kind != SpeakerKind.UNKNOWN) return e.kind;
        int words = Math.max(minWords, e.name.split(" ").length);
        // "Der Deutsche Wetterdienst", "das Statistische Bundesamt": two words, but common ones, name a body; so does an
        // English run headed by a common noun ("Lakeside Rovers")
        return words >= 2 && !e.commonWords && !e.thingHeaded ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION;
    }
}
