package org.storywire.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storywire.clean.Lexicon;

/**
 * A party's denial, and what its voices say right after it: "Veltrano denied the report. “Our contract
 * runs until 2031,” a Veltrano spokesman said." or "Die Reederei wies die Vorwürfe zurück. Die Gebühren seien verrechnet
 * worden, sagte ein Sprecher des Unternehmens." The plain assertion after the denial is its substance, so it denies too. A voice of the party is its own name again, a spokesperson or office-holder named for it ("a Veltrano
 * spokesman", "Quorvik-Sprecherin") or for no other body ("ein Sprecher des Konzerns", "Vorstandschef Jörn Aaldering",
 * "chief executive Gesa Wolters", "the company's chief executive, Jörn Aaldering,"), the party as a plain noun ("das Unternehmen", "the company") or a pronoun the
 * article resolved to one of these. The run of voices ends where someone else speaks, or after the frame's next
 * paragraph; only plain assertions change (a warning, a demand or a report is a point of its own), and the title,
 * a teaser item and a position reported as held before (pluperfect) frame nothing. {@link StanceReader#holdDenials}
 * holds a denial over the same named speaker's later words; this class adds the party's other voices. A confirmation is
 * not held so: the invented sets read the words after "bestätigte" as claims in some sets and as confirmations in others.
 */
final class PartyVoices extends ExtractionStep {
    private static final List<String> ASSERTING_DE = Lexicon.wordList("asserting-verbs-de.txt");
    private static final List<String> ASSERTING_EN = Lexicon.wordList("asserting-verbs-en.txt");
    /** Nouns by which a voice names its own body without its name: "Konzernsprecher", "a company spokeswoman". */
    private static final List<String> OWN_BODY = Lexicon.wordList("own-body-nouns.txt");
    /** "die", "the": a plain noun after a definite article points back to a body the article named. */
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "the");
    /** The words that hang an owner on a role: "ein Sprecher des Konzerns", "a spokeswoman for the company". */
    private static final Set<String> OWNER_LINKS = Set.of("des", "der", "von", "vom", "of", "for", "at");
    /** A party's name is matched by its words this long or longer ("Korvat" in "Korvat Chemie"). */
    private static final int MIN_NAME_WORD = 3;
    /** "the company's chief executive": an apposition naming an office has a few words. */
    private static final int MAX_APPOSITION = 5;

    private final StanceReader stances;

    PartyVoices(Extraction x, StanceReader stances) {
        super(x);
        this.stances = stances;
    }

    void hold() {
        if (doc.read.teaserItem()) return;
        List<Draft> drafts = new ArrayList<>(doc.drafts);
        drafts.sort(Comparator.comparingInt((Draft d) -> d.sentence).thenComparingInt(d -> d.cueToken));
        for (int i = 0; i < drafts.size(); i++) {
            Draft frame = drafts.get(i);
            if (stances.stance(frame) != Stance.DENIAL || !frames(frame)) continue;
            Set<String> voices = new HashSet<>();
            voices.add(frame.speaker.canonical());
            int lastParagraph = paragraph(frame) + 1;
            for (int j = i + 1; j < drafts.size(); j++) {
                Draft d = drafts.get(j);
                if (paragraph(d) > lastParagraph) break;
                if (d.speaker == null || d.speaker.canonical() == null) continue;
                if (!voices.contains(d.speaker.canonical()) && !speaksFor(d, frame.speaker)) break;
                voices.add(d.speaker.canonical());
                if (stances.stance(d) == Stance.CLAIM && plainlyAsserted(d)) d.forced = Stance.DENIAL;
            }
        }
    }

    /** A frame is a named party's own position, said now in the running text. */
    private boolean frames(Draft d) {
        if (d.speaker == null || d.speaker.canonical() == null || d.reported || d.attribution == Attribution.REPORTED) return false;
        SpeakerKind kind = d.speaker.kind();
        if (kind == SpeakerKind.UNKNOWN || kind == SpeakerKind.ANONYMOUS || kind == SpeakerKind.MEDIA) return false;
        return !doc.read.inTitle(d.evidenceBegin) && !stances.pluperfect(d);
    }

    private int paragraph(Draft d) {
        return model.sentences.get(d.sentence).paragraph();
    }

    /** Said now, in the speaker's own words, by a verb of plain assertion ("said", "sagte", "teilte mit"). */
    private boolean plainlyAsserted(Draft d) {
        if (d.reported || d.attribution == Attribution.REPORTED || stances.pluperfect(d) || d.cueText == null || d.cueText.isBlank()) return false;
        String cue = d.cueText.strip().toLowerCase(Locale.ROOT);
        for (String stem : english ? ASSERTING_EN : ASSERTING_DE) if (cue.startsWith(stem)) return true;
        return false;
    }

    /** Whether the draft's speaker mention is a voice of the party: named for it, or for no other body. */
    private boolean speaksFor(Draft d, Speaker party) {
        Span span = d.speaker.mentionSpan();
        if (span == null) return false;
        List<Token> words = new ArrayList<>();
        for (Token t : model.tokens) {
            if (t.begin() >= span.end()) break;
            if (t.begin() >= span.begin() && t.word()) words.add(t);
        }
        if (words.isEmpty()) return false;
        words.addAll(apposedBefore(span));
        Set<String> partyWords = nameWords(party.canonical());
        boolean role = false;
        for (Token t : words) {
            String lower = t.lower();
            if (namesParty(lower, partyWords)) return true;
            String suffix = lex.roleSuffix(lower);
            if (suffix != null) {
                String modifier = lower.substring(0, lower.length() - suffix.length());
                // "Gewerkschaftschef", "Grünwerk-Sprecherin": an office of another body
                if (!modifier.isEmpty() && !ownBody(modifier)) return false;
                role = true;
            } else if (capitalisedName(t) && !partOfName(t, d.speaker.canonical()) && !ownBody(lower)) {
                return false;
            }
        }
        if (role) return ownerAfter(span, partyWords);
        // "das Unternehmen", "the company": the party as a plain noun
        return words.size() == 2 && DEFINITE.contains(words.get(0).lower()) && ownBody(words.get(1).lower());
    }

    /** "the company's chief executive, Jörn Aaldering, said": the apposition right before a name, up to the mark that opens it. */
    private List<Token> apposedBefore(Span span) {
        int k = 0;
        while (k < model.tokens.size() && model.token(k).end() <= span.begin()) k++;
        List<Token> apposed = new ArrayList<>();
        if (k < 2 || !model.token(k - 1).isPunct(',')) return apposed;
        for (int j = k - 2; j >= 0 && apposed.size() < MAX_APPOSITION; j--) {
            Token t = model.token(j);
            if (!t.word() && !t.possessive() && !t.is("'") && !t.is("’")) break;
            if (t.word()) apposed.add(0, t);
        }
        return apposed;
    }

    /** "ein Sprecher des Konzerns", "a spokeswoman for Süderland Rundfunk": an owner after the role must be the party or a plain noun of it. */
    private boolean ownerAfter(Span span, Set<String> partyWords) {
        int k = 0;
        while (k < model.tokens.size() && model.token(k).begin() < span.end()) k++;
        if (k >= model.tokens.size() || !OWNER_LINKS.contains(model.token(k).lower())) return true;
        for (int j = k + 1; j < Math.min(model.tokens.size(), k + 4); j++) {
            Token t = model.token(j);
            if (!t.word()) return true;
            String lower = t.lower();
            if (namesParty(lower, partyWords) || ownBody(lower)) return true;
            if (t.capitalised() && !ANY_ARTICLE.contains(lower)) return false;
        }
        return true;
    }

    private boolean capitalisedName(Token t) {
        return t.capitalised() && !ANY_ARTICLE.contains(t.lower()) && (english || !t.quoted());
    }

    private static boolean partOfName(Token t, String canonical) {
        return canonical != null && canonical.contains(t.text());
    }

    private static boolean ownBody(String lower) {
        for (String noun : OWN_BODY) if (lower.startsWith(noun)) return true;
        return false;
    }

    private static Set<String> nameWords(String canonical) {
        Set<String> out = new HashSet<>();
        for (String w : canonical.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() >= MIN_NAME_WORD) out.add(w);
        return out;
    }

    /** "Veltrano", "Quorvik-Sprecherin", "Brannock's": a word that is or opens with one of the party's name words. */
    private static boolean namesParty(String lower, Set<String> partyWords) {
        for (String w : partyWords) {
            if (lower.equals(w) || lower.startsWith(w + "-") || lower.startsWith(w + "'") || lower.startsWith(w + "’")) return true;
        }
        return false;
    }
}
