package org.storywire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.clean.Lexicon;

/**
 * Where each statement of a sentence with several cues begins and ends, and which of them stay: a
 * cue nested in another's said part, a second verb of the same subject ("bestätigte ..., betonte
 * aber"), coordinated verbs, a closing or parenthetical "..., police said", a fronted adverbial
 * clause, a relative clause of the subject, a participle after the comma ("..., saying ...").
 * {@link CueFinder} finds the cues; this decides their bounds.
 */
final class ClauseBounds extends ExtractionStep {
    private static final Set<String> REFERENCE_VERBS_EN = Lexicon.words("reference-verbs-en.txt");
    /**
     * "blocked the bill while the mayor said ...": a temporal or concessive clause tells what someone else said beside the
     * main clause. A conditional or causal one ("if he says", "because they said") is part of the main clause's claim.
     */
    private static final Set<String> FRAMING_SUBORDINATORS_EN = Set.of("when", "while", "as", "after", "before", "although", "though", "whereas");

    /** "..., at the meeting this week she said": words between the fronted clause's comma and the main verb's subject. */
    private static final int MAIN_CLAUSE_GAP = 6;

    private static final Set<String> ROLE_DETERMINERS = Set.of("the", "a", "an");
    /** "the conservative news site": a role before a name is short. */
    private static final int MAX_ROLE_WORDS = 4;

    private final SpeakerFinder speakers;
    private final EnglishCueForms forms;
    private final NestedMarker nestedMarkers;
    private final Relays relays;
    private final QuotingSource quoting;
    private final TrailingSource trailingSources;

    ClauseBounds(Extraction x, SpeakerFinder speakers, EnglishCueForms forms) {
        super(x);
        this.speakers = speakers;
        this.forms = forms;
        this.nestedMarkers = new NestedMarker(model);
        this.relays = new Relays(model);
        this.quoting = new QuotingSource(x, speakers);
        this.trailingSources = new TrailingSource(x);
    }

    /** Keeps the outermost statement when one cue sits inside another's content, and one statement per content. */
    List<Draft> resolve(List<Draft> found) {
        if (english) found.removeIf(d -> d.learnedAttitude && insideListedSpeech(d, found));
        if (english) trailingSources.split(found);
        // "Laut X sollen ..., doch Moskau dementiert dies": the second clause is a statement of its own
        for (Draft d : found) {
            for (Draft o : found) {
                if (o == d || o.cueToken <= d.cueToken || model.token(o.cueToken).begin() >= d.contentEnd) continue;
                int opener = clauseOpenerBefore(o.cueToken, model.sentences.get(d.sentence));
                if (opener > d.cueToken && model.token(opener).begin() < d.contentEnd && model.token(opener).begin() > d.contentBegin) {
                    d.contentEnd = trimEnd(d.contentBegin, model.token(opener - 1).begin());
                }
            }
        }
        if (!english) splitAfterComma(found);
        splitCoordinated(found);
        if (english) endFrontedClauses(found);
        if (english) endSubjectModifiers(found);
        if (english) endRestrictiveRelatives(found);
        if (english) closingCueTakesTheClause(found);
        if (english) parentheticalCueTakesTheClauseBefore(found);
        if (english) shareCoordinatedSubject(found);
        // "X reported, citing two people, that ...": the participle adds to the statement before it; "..., she said, citing the storm",
        // "..., saying ...": it is a statement of its own; "according to" after the comma is a preposition, no participle
        if (english) {
            List<Draft> participles = found.stream().filter(d -> !d.reported && speakers.participleAfterComma(d.cueToken, model.sentences.get(d.sentence).firstToken())
                    && found.stream().anyMatch(o -> o.cueToken < d.cueToken)).toList();
            for (Draft p : participles) if (!splitOffParticiple(p, found)) found.remove(p);
        }
        for (Draft d : found) quoting.apply(d);
        relayNested(found);
        List<Draft> kept = new ArrayList<>();
        for (Draft d : found) {
            int cueAt = model.token(d.cueToken).begin();
            boolean nested = false;
            for (Draft o : found) {
                // a clause content holds its own subject and may hold an earlier cue; narrowed to its complement, it nests what it holds
                if (o == d || o.clauseContent && o.clauseBegin < 0 || !(o.contentBegin <= cueAt && cueAt < o.contentEnd)) continue;
                int otherCue = model.token(o.cueToken).begin();
                // "sagte X, nach ersten Erkenntnissen habe ...": a report marker inside the verb's said part is part of what was said
                if (o.reported && !d.reported && markerInSaidPart(o, d)) continue;
                // "kritisiert, dass ..., die nach Aussagen der Verbände nicht betroffen sind": a clause's marker inside the said part reports beside it
                if (d.inSubordinateClause && markerInSaidPart(d, o)) continue;
                if (verbInMarkersSaidPart(d, o)) continue;
                if (adjunctClauseOpener(d, o) >= 0) continue;
                boolean mutual = d.contentBegin <= otherCue && otherCue < d.contentEnd;
                // "Trump habe gesagt, dass ..., sagte Peskow weiter": the later, outer cue wins
                if (!mutual || o.cueToken > d.cueToken) nested = true;
            }
            if (nested) continue;
            // "sagte, nach Angaben der Polizei habe ...": the marker reports its clause beside the verb, the narrower statement first
            Draft outer = null;
            for (Draft k : kept) if (d.reported && !k.reported && markerInSaidPart(d, k) && nestedMarkers.ownStatement(d)) outer = k;
            if (outer != null) {
                nestedMarkers.narrow(d);
                kept.add(kept.indexOf(outer), d);
                continue;
            }
            Draft same = null;
            for (Draft k : kept) if (overlapShare(k, d) > 0.5 && !ownSubordinateClause(d, k) && !ownSubordinateClause(k, d) && adjunctClauseOpener(d, k) < 0 && adjunctClauseOpener(k, d) < 0 && !verbInMarkersSaidPart(d, k) && !verbInMarkersSaidPart(k, d)) same = k;
            if (same == null) { kept.add(d); continue; }
            // "Laut Tass dementierte der Kreml": the verb's stance and speaker win over the report marker,
            // "bekundete der Kanzler laut Regierungssprecher X": a claim keeps the marker's source.
            boolean dStrong = strong(d);
            boolean sameStrong = strong(same);
            boolean markerSaid = d.reported && !same.reported && markerInSaidPart(d, same);
            // the verb that wins keeps the marker's source as its relay
            if (dStrong && same.reported && !markerInSaidPart(same, d)) relays.relay(same, d);
            if (sameStrong && d.reported && !markerSaid) relays.relay(d, same);
            if ((dStrong && !sameStrong) || (!dStrong && !sameStrong && d.reported && !same.reported && !markerSaid)) {
                kept.set(kept.indexOf(same), d);
            }
        }
        // "Laut Spiegel hat der IWF angekündigt, ...": the marker relays the verb's statement, no statement of its own
        List<Draft> relaying = new ArrayList<>();
        for (Draft m : kept) for (Draft v : kept) if (verbInMarkersSaidPart(v, m) && relays.relay(m, v)) relaying.add(m);
        kept.removeAll(relaying);
        // what o reports ends where the clause of a statement of its own begins
        for (Draft d : kept) {
            for (Draft o : kept) {
                int opener = adjunctClauseOpener(d, o);
                if (opener < 0) continue;
                // "a story in which ...": the preposition opens the relative clause with its pronoun
                if (opener - 1 > o.cueToken && NounPhrases.PREPOSITIONS.contains(model.token(opener - 1).lower())) opener--;
                int at = model.token(opener).begin();
                if (o.contentBegin < at && at < o.contentEnd) o.contentEnd = trimEnd(o.contentBegin, at);
            }
        }
        return kept;
    }

    /**
     * "Die Zeitung berichtete, der Minister habe erklärt, ...": the outer verb relays the inner one's statement and goes.
     * In English only a denial, confirmation or refusal ("According to Tass, the Kremlin denied ..."): PolNeAR credits the
     * outlet of "X reported that Y said ..." once (relaying every verb there, dev: 4 more false positives, 2 fewer speakers).
     */
    private void relayNested(List<Draft> found) {
        List<Draft> relaying = new ArrayList<>();
        for (Draft o : found) {
            for (Draft d : found) if (o != d && (!english || strong(d)) && relays.inside(o, d) && relays.relay(o, d)) relaying.add(o);
        }
        found.removeAll(relaying);
    }

    /** A cue whose stance is no plain claim: a denial, a confirmation, a refusal to comment. */
    private static boolean strong(Draft d) {
        return !"CLAIM".equals(d.cueClass) && !"COMMENT".equals(d.cueClass) && !d.reported;
    }

    /**
     * "Orvane plans to cut jobs, the council said", "reported that the firm planned to ...": a learned attitude verb
     * inside what a listed speech verb says is part of that statement, not one of its own.
     */
    private boolean insideListedSpeech(Draft d, List<Draft> found) {
        int cueAt = model.token(d.cueToken).begin();
        for (Draft o : found) {
            if (o == d || o.learnedAttitude || !lex.cuesEn.containsKey(model.token(o.cueToken).lower())) continue;
            if (o.contentBegin <= cueAt && cueAt < o.contentEnd || closesAfter(o, d.cueToken)) return true;
        }
        return false;
    }

    /** "..., the council said": o's subject opens behind a comma after the token at. */
    private boolean closesAfter(Draft o, int at) {
        if (o.subject == null || o.subject.first() - 1 <= at || o.cueToken < o.subject.first()) return false;
        Token comma = model.token(o.subject.first() - 1);
        return comma.isPunct(',') && !comma.quoted();
    }

    /**
     * "criticized the spending, which an audit said was ...", "asked for a photo and Reed said ...", "left the room
     * when Reed said ...": a reporting verb whose own subject opens a relative, coordinated, temporal or concessive
     * clause inside o's content says something of its own, not part of what o's cue reports (PolNeAR annotates both).
     * Returns the clause's first token (the relative pronoun, conjunction or subordinator), or -1.
     */
    private int adjunctClauseOpener(Draft d, Draft o) {
        if (!english || d == o || d.reported || d.subject == null || d.subject.first() <= o.cueToken + 1) return -1;
        int at = model.token(d.subject.first()).begin();
        if (at < o.contentBegin || at >= o.contentEnd || !lex.cuesEn.containsKey(model.token(d.cueToken).lower())) return -1;
        Token before = model.token(d.subject.first() - 1);
        if (before.quoted()) return -1;
        boolean opens = relativePronoun(before) || before.is("and") || before.is("but") || FRAMING_SUBORDINATORS_EN.contains(before.lower());
        return opens ? d.subject.first() - 1 : -1;
    }

    /** "owners who fear ...", "a rule which has been criticized": the relative pronoun right before d's verb (auxiliaries and adverbs aside), its subject; -1 if none. */
    private int relativeBefore(Draft d) {
        int k = beforeVerbGroup(d.cueToken);
        return k > 0 && relativePronoun(model.token(k)) && !model.token(k).quoted() ? k : -1;
    }

    /** "when asked about ...", "after Ada Voss accused him": d's verb or its subject follows a subordinator of time or concession. */
    private boolean framingClause(Draft d) {
        int k = beforeVerbGroup(d.cueToken);
        if (k >= 0 && FRAMING_SUBORDINATORS_EN.contains(model.token(k).lower())) return true;
        return d.subject != null && d.subject.first() > 0 && FRAMING_SUBORDINATORS_EN.contains(model.token(d.subject.first() - 1).lower());
    }

    private static boolean relativePronoun(Token t) {
        return t.is("who") || t.is("which") || t.is("whom");
    }

    /**
     * "Nach Angaben der Polizei habe der Mann verlangt, ...", "Laut Spiegel hat der IWF angekündigt, ...": a reporting verb
     * whose subject stands in a German report marker's said part, with a said part of its own behind it, is a second
     * statement (its subject's), beside the marker's (the corpus annotates both). A verb without a subject there (a
     * passive, "wurde vorgeworfen") reports no one's words of its own; with the marker fronted, the subject stands right
     * behind the finite verb.
     */
    private boolean verbInMarkersSaidPart(Draft verb, Draft marker) {
        if (english || !marker.reported || verb.reported || verb.speaker == null || verb.subject == null) return false;
        int verbAt = model.token(verb.cueToken).begin();
        // the marker fronted, the subject stands right behind the finite verb ("hat der IWF", "habe der Mann")
        Token finite = model.token(Math.max(0, verb.subject.first() - 1));
        if (!finite.word() || finite.capitalised() || !morph.german(finite.text()).has(Morphology.VERB)) return false;
        int subjectAt = model.token(verb.subject.first()).begin();
        return model.token(marker.cueToken).begin() < verbAt && marker.contentBegin <= Math.min(verbAt, subjectAt)
                && verbAt < marker.contentEnd && verb.contentBegin > verbAt;
    }

    /**
     * "Der Verband fordert eine Prüfung des Unfalls, bei dem es sich seiner Meinung nach um einen Fehler handle": a
     * marker reporting the relative or adverbial clause it stands in, with the other statement's cue outside that
     * clause, says something beside that statement, not the same thing.
     */
    private boolean ownSubordinateClause(Draft marker, Draft other) {
        if (!marker.inSubordinateClause || other.inSubordinateClause) return false;
        int cueAt = model.token(other.cueToken).begin();
        return cueAt < marker.contentBegin || cueAt >= marker.contentEnd;
    }

    /**
     * Whether the report marker's cue lies in what the verb's cue introduces, behind the verb: "sagte, laut Plan solle ...".
     * A marker closing what it reports (", heißt es", ", so der Sender") is an attribution of its own. German only: English
     * sources close the sentence ("..., the Times reported") and PolNeAR credits them, a wash there (-1 speaker on train).
     */
    private boolean markerInSaidPart(Draft marker, Draft verb) {
        int verbAt = model.token(verb.cueToken).begin();
        int markerAt = model.token(marker.cueToken).begin();
        return !english && verb.contentBegin > verbAt && markerAt >= verb.contentBegin && markerAt < verb.contentEnd && marker.contentEnd > markerAt;
    }

    /**
     * "Reed criticised the plan, saying it would cost jobs", "…,” she said, adding that ...": a
     * participle after the comma whose complement is a clause or a quotation says something of its
     * own, with the subject of the verb before it. It becomes a statement of that speaker, and every
     * statement running over the comma ends there ("threatened to veto the bill, arguing ...": the
     * infinitive's verb too). A participle with a noun phrase behind it ("praised the plan, citing the
     * tide") is one as well (PolNeAR annotates it), unless it stands between commas before the that-clause
     * of the verb before it ("reported, citing two people, that ..."). Returns whether d was split off.
     */
    private boolean splitOffParticiple(Draft d, List<Draft> found) {
        int e = model.sentences.get(d.sentence).endToken();
        if (!takesClauseOrQuote(d.cueToken, e) && !refersTo(d.cueToken) && parenthetical(d.cueToken, e)) return false;
        Draft before = null;
        for (Draft o : found) if (o.cueToken < d.cueToken && (before == null || o.cueToken > before.cueToken)) before = o;
        // "rejected a report that ..., saying it has no plans": after a denial or confirmation of a report the participle gives its
        // grounds, one position; "dismissed the mayor as weak, arguing that ..." rejects no report and argues something of its own
        boolean claim = "CLAIM".equals(before.cueClass) || "COMMENT".equals(before.cueClass);
        if (before.speaker == null || !claim && namesAProposition(before)) return false;
        int comma = model.token(d.cueToken - 1).begin();
        for (Draft o : found) if (o.cueToken < d.cueToken && o.contentBegin < comma && o.contentEnd > comma) o.contentEnd = trimEnd(o.contentBegin, comma);
        d.speaker = before.speaker;
        d.subject = before.subject;
        d.groundsOf = before;
        return true;
    }

    /** "reported, citing two people, that ...": the participle's phrase ends on a comma before "that", the complement of the verb before it. */
    private boolean parenthetical(int cue, int e) {
        for (int k = cue + 1; k + 1 < e; k++) if (model.token(k).isPunct(',') && !model.token(k).quoted()) return model.token(k + 1).is("that");
        return false;
    }

    /** "referring to her rival": a verb of reference with "to" right behind it names what the speaker meant. */
    private boolean refersTo(int cue) {
        if (cue + 1 >= model.tokens.size() || !model.token(cue + 1).is("to")) return false;
        String lemma = morph.englishVerbLemma(model.token(cue).lower());
        return REFERENCE_VERBS_EN.contains(lemma == null ? model.token(cue).lower() : lemma);
    }

    /**
     * Whether behind the verb at cue stands a that-clause, a quotation, or a clause with a finite auxiliary or a
     * past-tense verb ("saying most residents wanted to stay"), before the next comma.
     */
    private boolean takesClauseOrQuote(int cue, int e) {
        if (forms.thatAfter(cue, e) >= 0) return true;
        for (int k = cue + 1; k < e; k++) {
            Token x = model.token(k);
            if (isQuoteMark(x) || x.isPunct(':')) return true;
            if (x.quoted()) continue;
            // "saying at one point, “...”": the quotation behind an adjunct's comma
            if (x.isPunct(',')) return k + 1 < e && isQuoteMark(model.token(k + 1)) && model.token(k + 1).quoted();
            if (CueFinder.FINITE_AUXILIARIES_EN.contains(x.lower()) || k > cue + 1 && pastTenseVerb(x, model.token(k - 1))) return true;
        }
        return false;
    }


    /**
     * "Investigators have found no evidence that ..., police said on Friday.": a subject and its
     * verb after a comma, with nothing but adjuncts behind the verb, close the sentence as its
     * attribution; the clause before the comma is what they said, cues inside it included. The
     * closing cue keeps the whole sentence as its content (grouping reads the actors there), and the
     * cues before its comma are no statements of their own.
     */
    private void closingCueTakesTheClause(List<Draft> found) {
        Draft closing = null;
        for (Draft d : found) if (closingCue(d)) closing = d;
        if (closing == null) return;
        int comma = commaBeforeSubject(closing);
        found.removeIf(o -> o.cueToken < comma);
        if (closing.clauseBegin >= 0) {
            closing.contentBegin = closing.clauseBegin;
            closing.clauseBegin = -1;
        }
    }

    /**
     * "Sales were great, he said, wiping his face", "Victory is vital, he said after the meeting, because ...", "The
     * economy, she said, is improving": a subject and its verb set off by commas, with nothing but adjuncts behind
     * the verb, attribute the clause before them. What follows the second comma is an adjunct of the speaker (a
     * participle, a subordinate or coordinated clause) and no part of what was said, unless it goes on with a finite
     * verb the clause before the first comma lacks. Cues before the first comma are no statements of their own.
     */
    private void parentheticalCueTakesTheClauseBefore(List<Draft> found) {
        for (Draft d : List.copyOf(found)) {
            int close = parentheticalComma(d, found);
            if (close < 0) continue;
            TextModel.Sentence s = model.sentences.get(d.sentence);
            int open = d.subject.first() - 1;
            found.removeIf(o -> o.cueToken < open);
            Token next = model.token(close + 1);
            int end = CueFinder.FINITE_AUXILIARIES_EN.contains(next.lower()) ? contentEndOf(s) : model.token(close).begin();
            setContent(d, model.token(s.firstToken()).begin(), end, s);
            d.clauseBegin = -1;
            d.clauseContent = true;
            return;
        }
    }

    /** The comma closing "…, he said (on Friday), …" behind d's verb and adjuncts, or -1 when d is no such parenthetical cue. */
    private int parentheticalComma(Draft d, List<Draft> found) {
        if (d.subject == null || d.subject.end() != d.cueToken) return -1;
        TextModel.Sentence s = model.sentences.get(d.sentence);
        int open = d.subject.first() - 1;
        if (open <= s.firstToken() || !model.token(open).isPunct(',') || model.token(open).quoted()) return -1;
        int k = Math.max(d.cueToken, d.particleToken) + 1;
        int e = s.endToken();
        if (k < e && !model.token(k).isPunct(',') && !(NounPhrases.PREPOSITIONS.contains(model.token(k).lower()) || lex.timeWords.contains(model.token(k).lower()))) return -1;
        for (int j = k; j + 1 < e; j++) {
            Token x = model.token(j);
            if (x.is("that") || x.quoted() || isQuoteMark(x) || x.isPunct(':')) return -1;
            if (!x.isPunct(',')) continue;
            Token next = model.token(j + 1);
            if (!next.word() || next.quoted() || next.capitalised()) return -1;
            // "..., one of the people said, adding that ...": a reporting participle goes on with what was said, one statement as before
            if (lex.cuesEn.containsKey(next.lower())) return -1;
            boolean adjunct = next.lower().endsWith("ing") || CueFinder.SUBORDINATORS_EN.contains(next.lower()) || next.is("and") || next.is("but");
            if (adjunct || CueFinder.FINITE_AUXILIARIES_EN.contains(next.lower())) return j;
            return found.stream().noneMatch(o -> o.cueToken < open) && phraseAfterClause(s.firstToken(), open, j + 1, e) ? j : -1;
        }
        return -1;
    }

    /**
     * "Fares will rise, he said, a change the board approved", "The crews were safe, she said, on condition of anonymity": a
     * noun phrase in apposition or a prepositional phrase behind the parenthetical cue, with no finite verb of its own
     * outside a relative clause, says nothing; the clause before the cue (it has a finite verb) is what was said. Unlike
     * "In Bergen, he said, the ferries had stopped", whose fronted phrase is no clause and whose words behind are.
     */
    private boolean phraseAfterClause(int first, int open, int after, int e) {
        Token next = model.token(after);
        // "it is his job, he said, to talk to Congress": "to" opens an infinitive, the rest of the said clause
        if (next.is("to") || !ANY_ARTICLE.contains(next.lower()) && !NounPhrases.PREPOSITIONS.contains(next.lower())) return false;
        if (!holdsFiniteVerb(first, open)) return false;
        for (int k = after; k < e; k++) {
            Token x = model.token(k);
            if (x.is("that") || RELATIVE_PRONOUNS_EN.contains(x.lower())) return true;
            if (x.quoted() || isQuoteMark(x) || x.isPunct(':') || x.isPunct(';')) return false;
            if (CueFinder.FINITE_AUXILIARIES_EN.contains(x.lower()) || k > after && pastTenseVerb(x, model.token(k - 1))) return false;
        }
        return true;
    }

    private boolean holdsFiniteVerb(int from, int end) {
        for (int k = from; k < end; k++) {
            Token x = model.token(k);
            if (!x.quoted() && (CueFinder.FINITE_AUXILIARIES_EN.contains(x.lower()) || k > from && pastTenseVerb(x, model.token(k - 1)))) return true;
        }
        return false;
    }

    /**
     * "..., the newspaper Harbour Post reported": the speaker is the name, and the comma closing what was said stands before
     * the determiner and common nouns in front of it: the token before those words.
     */
    private int commaBeforeSubject(Draft d) {
        int k = d.subject.first() - 1;
        if (!d.subject.named()) return k;
        int floor = Math.max(model.sentences.get(d.sentence).firstToken(), k - MAX_ROLE_WORDS);
        while (k > floor && roleWord(model.token(k))) k--;
        return k;
    }

    /** "the", "newspaper", "local": a lower-case determiner or common noun before a name it introduces. */
    private static boolean roleWord(Token x) {
        return x.word() && !x.quoted() && !x.capitalised() && (ROLE_DETERMINERS.contains(x.lower()) || EnglishDictionary.isCommonNoun(x.lower()));
    }

    /** Whether d's cue is "…, police said (on Friday)": the last cue of its sentence, its subject right after a comma, only adjuncts behind it. */
    private boolean closingCue(Draft d) {
        if (!d.clauseContent || d.subject == null || d.subject.end() != d.cueToken) return false;
        TextModel.Sentence s = model.sentences.get(d.sentence);
        int comma = commaBeforeSubject(d);
        if (comma <= s.firstToken() || !model.token(comma).isPunct(',')) return false;
        int k = Math.max(d.cueToken, d.particleToken) + 1;
        int e = s.endToken();
        while (e > k && !model.token(e - 1).word()) e--;
        if (k < e && !(NounPhrases.PREPOSITIONS.contains(model.token(k).lower()) || lex.timeWords.contains(model.token(k).lower()))) return false;
        for (int j = k; j < e; j++) {
            Token x = model.token(j);
            // "..., the paper reported on Monday, citing two sources": a participle after the comma adds to the report
            if (x.isPunct(',') && j + 1 < e && speakers.participleAfterComma(j + 1, s.firstToken())) return true;
            if (x.is("that") || x.quoted() || isQuoteMark(x) || x.isPunct(',') || x.isPunct(':')) return false;
        }
        return true;
    }

    /**
     * "After Ada Croft accused him of lying, Reed warned, “...”", "Asked about the plan, Reed said ...": a sentence
     * opening with an adverbial clause (a subordinator or a participle first) has its main clause after the comma
     * before the main verb's subject. A cue in the fronted clause says no more than that clause, so the main
     * clause's cue is a statement of its own, not a part of the fronted one. An adverbial phrase or a relative
     * clause of the subject may stand between that comma and the main verb ("..., at the meeting this week she said",
     * "..., residents who attended said").
     */
    private void endFrontedClauses(List<Draft> found) {
        for (Draft main : found) {
            if (main.subject == null) continue;
            TextModel.Sentence s = model.sentences.get(main.sentence);
            int comma = mainClauseComma(main, s, found);
            if (comma < 0) continue;
            boolean adverbial = opensWithAdverbialClause(s);
            int at = model.token(comma).begin();
            for (Draft d : found) {
                // "One month after announcing ..., Reed said", "Like others defending ..., Reed said": a participle heads an adjunct phrase;
                // "Like other owners who fear ..., Reed said": a relative clause describes a noun of the fronted phrase;
                // "On Sunday, when asked about ..., Reed said": a subordinate clause need not open the sentence
                if (!adverbial && !forms.participleClause(s, d.cueToken) && relativeBefore(d) < 0 && !framingClause(d)) continue;
                if (d != main && d.cueToken < comma && d.contentBegin < at && d.contentEnd > at) d.contentEnd = trimEnd(d.contentBegin, at);
            }
        }
    }

    /**
     * "Trump, who had questioned whether ..., said Friday that ...", "One pastor supporting Cruz, Dale Whit of
     * Marion, said ...": a cue between the main verb's subject and that verb stands in a relative clause,
     * apposition or participle phrase of the subject, whose content ends at the last comma or dash before the
     * main verb; the main verb's statement is its own, not part of it.
     */
    private void endSubjectModifiers(List<Draft> found) {
        for (Draft main : found) {
            if (main.subject == null || main.subject.end() >= main.cueToken || !opensModifier(main.subject.end())) continue;
            int cueAt = model.token(main.cueToken).begin();
            for (Draft d : found) {
                if (d == main || d.cueToken <= main.subject.first() || d.cueToken >= main.cueToken || d.contentBegin >= cueAt || d.contentEnd <= cueAt) continue;
                int cut = -1;
                for (int k = main.cueToken - 1; k > d.cueToken && cut < 0; k--) if (closesModifier(model.token(k))) cut = k;
                if (cut >= 0 && model.token(cut).begin() > d.contentBegin) d.contentEnd = trimEnd(d.contentBegin, model.token(cut).begin());
            }
        }
    }

    /**
     * "Pilots who want to close the quay said the decision was wrong": a cue inside the restrictive relative clause of the main
     * verb's subject says no more than that clause, which ends before the main verb.
     */
    private void endRestrictiveRelatives(List<Draft> found) {
        for (Draft main : found) {
            if (main.relativeBeforeVerb < 0) continue;
            int verbAt = model.token(main.cueToken).begin();
            for (Draft d : found) {
                if (d == main || d.cueToken <= main.relativeBeforeVerb || d.cueToken >= main.cueToken || d.contentEnd <= verbAt) continue;
                d.contentEnd = trimEnd(d.contentBegin, verbAt);
                if (d.clauseBegin >= 0 && d.clauseBegin < d.contentBegin) continue;
                d.clauseContent = false;
            }
        }
    }

    /** Behind a subject: a comma or dash (apposition, non-restrictive relative clause), "who"/"which"/"that", or a participle ("pastors supporting"). */
    private boolean opensModifier(int k) {
        Token x = model.token(k);
        if (x.quoted()) return false;
        return closesModifier(x) || x.is("who") || x.is("which") || x.is("that") || x.word() && (x.lower().endsWith("ing") || x.lower().endsWith("ed"));
    }

    private static boolean closesModifier(Token x) {
        return !x.quoted() && (x.isPunct(',') || x.text().equals("-") || x.text().equals("—") || x.text().equals("–"));
    }

    /**
     * The comma before the main clause: right before the subject, else the last one before it with at most
     * {@link #MAIN_CLAUSE_GAP} words between and no other cue between it and the main verb; -1 if none.
     */
    private int mainClauseComma(Draft main, TextModel.Sentence s, List<Draft> found) {
        int k = main.subject.first() - 1;
        int stop = Math.max(s.firstToken(), k - MAIN_CLAUSE_GAP);
        boolean gap = false;
        while (k > stop && model.token(k).word() && !model.token(k).quoted()) { k--; gap = true; }
        if (k <= s.firstToken() || !model.token(k).isPunct(',') || model.token(k).quoted()) return -1;
        if (gap && k > main.cueToken) return -1;
        if (gap) for (Draft o : found) if (o != main && o.cueToken > k && o.cueToken < main.cueToken) return -1;
        return k;
    }

    /** "When ...", "Although ...", "Asked ...", "Speaking ...", "Despite asking ...": the sentence opens with a subordinator, a participle, or a preposition and a gerund. */
    private boolean opensWithAdverbialClause(TextModel.Sentence s) {
        int f = s.firstToken();
        if (f < s.endToken() && isQuoteMark(model.token(f))) f++;
        if (f >= s.endToken() || !model.token(f).word()) return false;
        String w = model.token(f).lower();
        if (CueFinder.SUBORDINATORS_EN.contains(w)) return true;
        // "Despite challenging the leader, ...", "In asking for a delay, ...": a preposition with a gerund
        if (NounPhrases.PREPOSITIONS.contains(w) && f + 1 < s.endToken()) {
            Token next = model.token(f + 1);
            return next.word() && next.lower().endsWith("ing") && morph.english(next.lower()).has(Morphology.VERB);
        }
        return (w.endsWith("ed") || w.endsWith("ing")) && morph.english(w).has(Morphology.VERB);
    }

    /** "A spokeswoman confirmed the figure, but said it was ...": a verb right after "but"/"and" (or ", then") shares the earlier verb's subject. */
    private void shareCoordinatedSubject(List<Draft> found) {
        for (Draft b : found) {
            // "but has said", "and also told": auxiliaries and adverbs may stand between the conjunction and the verb
            int k = beforeVerbGroup(b.cueToken);
            // "offered him a job, then said ...": a comma before "then" joins the two verbs as "and" does
            boolean then = k >= 0 && model.token(k).isPunct(',') && !model.token(k).quoted() && model.token(k + 1).is("then");
            if (k < 0 || !(model.token(k).is("but") || model.token(k).is("and") || then)) continue;
            Draft a = null;
            for (Draft o : found) if (o != b && o.cueToken < b.cueToken && o.speaker != null && (a == null || o.cueToken > a.cueToken)) a = o;
            if (a == null) continue;
            b.speaker = a.speaker;
            b.subject = a.subject;
            // "said it was too early to decide but added ...": every earlier content running over the conjunction ends there
            int at = model.token(k).begin();
            if (b.contentBegin <= at) continue;
            for (Draft o : found) if (o.cueToken < b.cueToken && o.contentEnd > at && o.contentBegin < at) o.contentEnd = trimEnd(o.contentBegin, at);
        }
    }

    /** The token before the verb at cue and the finite auxiliaries and adverbs in front of it ("who has also said": "who"). */
    private int beforeVerbGroup(int cue) {
        int k = cue - 1;
        while (k > 0 && (CueFinder.FINITE_AUXILIARIES_EN.contains(model.token(k).lower()) || adverb(model.token(k)))) k--;
        return k;
    }

    /** "also", "repeatedly", "not": a word that modifies the verb behind it, no subject of its own. */
    private boolean adverb(Token t) {
        return t.word() && !t.capitalised() && (t.is("also") || t.is("then") || t.is("later") || t.is("not") || t.is("never")
                || t.lower().endsWith("ly") && t.lower().length() > 4);
    }

    /**
     * "Die Ministerin räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess", "Der Minister
     * bestätigte den Bericht, betonte aber, ...": a reporting verb right after a comma, with no subject of its own
     * behind it, is a second verb of the same subject (a coordinated verb phrase), and says something of its own.
     * The statement before ends at that comma; when its said part began there, it is its own clause.
     */
    private void splitAfterComma(List<Draft> found) {
        for (Draft b : found) {
            int comma = b.cueToken - 1;
            if (comma < 0 || !model.token(comma).isPunct(',')) continue;
            int commaAt = model.token(comma).begin();
            Draft a = null;
            for (Draft o : found) {
                if (o != b && o.cueToken < comma && o.speaker != null && o.contentEnd > commaAt && (a == null || o.cueToken > a.cueToken)) a = o;
            }
            if (a == null || a.subject == null) continue;
            // "Die Bank habe ... gemeldet, so die Aufsicht": behind a clause in the Konjunktiv, reported speech, a marker naming
            // its source behind it speaks that clause; the verb inside is part of what was reported, not a first verb of its subject
            if (b.reported && namesSourceBehind(b) && konjunktivBetween(a.subject.first(), a.cueToken)) continue;
            // "sagte, nach Angaben der Polizei habe ...": a marker opening the said clause names a source of its own
            if (b.reported && markerInSaidPart(b, a) && nestedMarkers.ownStatement(b)) continue;
            // "X, den die Zeitung zitiert, sagte ...", "X wies das zurück, die Sprecherin Y erklärte ...": a subject of its own;
            // a phrase between the first verb and the comma is in the first verb's said part, not the second verb's subject
            boolean inSaidPart = b.subject != null && b.subject.first() > Math.max(a.cueToken, a.particleToken) && b.subject.end() <= comma;
            if (b.subject != null && b.subject.first() != a.subject.first() && !inSaidPart) continue;
            // "X, den die Zeitung zitiert, sagte ...": a verb closing a relative clause after its subject is no main verb
            if (commaBetween(a.subject.end(), a.cueToken)) continue;
            if (a.contentBegin >= commaAt) {
                TextModel.Sentence s = model.sentences.get(a.sentence);
                int opener = clauseOpenerBefore(a.cueToken, s);
                a.contentBegin = opener > 0 ? model.token(opener).begin() : s.begin();
                a.clauseContent = true;
            }
            a.contentEnd = trimEnd(a.contentBegin, commaAt);
            // the second verb's clause starts behind the comma, with the verb
            if (b.clauseContent && b.contentBegin < commaAt) b.contentBegin = model.token(comma + 1).begin();
            b.speaker = a.speaker;
            b.subject = a.subject;
        }
    }

    /** Whether the draft's speaker is named behind its cue word: "so die Aufsicht", "laut Polizei". */
    private boolean namesSourceBehind(Draft d) {
        Span mention = d.speaker == null ? null : d.speaker.mentionSpan();
        return mention != null && mention.begin() > model.token(d.cueToken).begin();
    }

    /** Whether a finite verb in the Konjunktiv stands from {@code from} up to {@code cue}: "habe ... gemeldet", "hätten erklärt". */
    private boolean konjunktivBetween(int from, int cue) {
        for (int k = Math.max(0, from); k <= cue; k++) {
            Token t = model.token(k);
            if (!t.word()) continue;
            Morphology.Analysis a = morph.german(t.text());
            if (a.finite() && (morph.distinctiveKonjunktivI(t.text()) || a.has(Morphology.KJ2) && !a.has(Morphology.INDICATIVE))) return true;
        }
        return false;
    }

    private boolean inside(int token, Draft d) {
        int at = model.token(token).begin();
        return d.contentBegin <= at && at < d.contentEnd;
    }

    private boolean commaBetween(int from, int to) {
        for (int k = from; k < to; k++) if (model.token(k).isPunct(',')) return true;
        return false;
    }

    /**
     * "Die Abgeordnete erklärte, der Minister sei befangen, und kündigte an, ...": inside the said clause of a cue, "und"
     * right before a second cue with no subject between is the main clause going on with a second verb of the same subject
     * (the said clause has its own verb, in Konjunktiv); two statements, split at "und".
     */
    private boolean secondMainVerb(Draft a, Draft b) {
        int and = b.cueToken - 1;
        if (and <= a.cueToken || !inside(b.cueToken, a) || !model.token(and).is("und")) return false;
        // a said clause set off by its comma ("erklärte, ..."), not a phrase the cue governs ("sprach von einem „Dammbruch“")
        int first = firstTokenAt(model.sentences.get(a.sentence), a.contentBegin);
        if (first <= a.cueToken || !model.token(first - 1).isPunct(',')) return false;
        String verb = model.token(b.cueToken).lower();
        return !model.token(b.cueToken).capitalised() && !lex.konjunktivI.contains(verb) && !morph.distinctiveKonjunktivI(verb);
    }

    /** "..., and some said ...": in English a phrase opening the clause behind "and" right before the verb is that verb's own subject. */
    private boolean ownEnglishSubject(Draft b, int and) {
        return english && b.subject.first() == and + 1 && b.subject.end() == b.cueToken;
    }

    private void splitBefore(Draft a, Draft b, int and) {
        a.contentEnd = Math.min(a.contentEnd, trimEnd(a.contentBegin, model.token(and).begin()));
        if (b.clauseContent) b.contentBegin = Math.max(b.contentBegin, model.token(and + 1).begin());
        if (a.speaker != null) {
            b.speaker = a.speaker;
            b.subject = a.subject;
        }
    }

    /**
     * "hatte Putin gratuliert und sein Interesse bekundet", "kritisierte die Pläne und forderte, die Steuern zu senken":
     * two verbs, two statements, split at "und". In German the second verb's said part may follow its comma.
     */
    private void splitCoordinated(List<Draft> found) {
        for (Draft a : found) {
            for (Draft b : found) {
                if (a == b || b.cueToken <= a.cueToken) continue;
                if (!english && !a.clauseContent && secondMainVerb(a, b)) {
                    splitBefore(a, b, b.cueToken - 1);
                    continue;
                }
                if (!a.clauseContent || !(b.clauseContent || !english && inside(b.cueToken, a))) continue;
                for (int k = a.cueToken + 1; k < b.cueToken; k++) {
                    Token x = model.token(k);
                    if (x.quoted() || !(x.is("und") || x.is("sowie") || x.is("and"))) continue;
                    if (model.token(k + 1).begin() > a.contentBegin) {
                        a.contentEnd = Math.min(a.contentEnd, trimEnd(a.contentBegin, x.begin()));
                        b.contentBegin = Math.max(b.contentBegin, model.token(k + 1).begin());
                        // "Putin hatte gratuliert und sein Interesse bekundet": the subject is shared
                        // "Die Pläne kritisierte er und forderte, ...": a phrase before "und" is the first verb's, not the second's subject
                        if (a.speaker != null && (b.subject == null || b.subject.first() < k && !b.clauseContent
                                || b.subject.first() > k && !b.subject.pronoun() && !speakers.known(b.subject) && !ownEnglishSubject(b, k))) b.speaker = a.speaker;
                    }
                    break;
                }
            }
        }
    }
}
