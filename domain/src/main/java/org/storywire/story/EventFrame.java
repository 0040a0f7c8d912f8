package org.storywire.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storywire.analyse.ThreeLetterIndex;

/**
 * The kind of event a statement is about, read from trigger words on normalised tokens
 * ({@link TextAnalysis#tokens}). The words are the event vocabulary of {@code lexicon/events.txt},
 * which the extractor's propositions read too (see {@link EventVocabulary}). Together with the actors' sides and the report's source it names a
 * story. For interactions (a call, a meeting) being ready or planning to do it is a proposition of
 * its own ("Putin says he is ready to talk" is not "Trump and Putin spoke"), so those frames split
 * on intention; for one-sided acts the intention and the act are one story ("no plans to
 * congratulate", then "congratulated").
 */
public enum EventFrame {
    COMMUNICATION(true),
    MEETING(true),
    CONGRATULATION(false),
    INFORMATION(false),
    AGREEMENT(false),
    SANCTIONS(false),
    RESIGNATION(false),
    ARREST(false),
    /** Ending a war or conflict: needs a conflict word and an ending word in the same text. */
    CONFLICT_END(false);

    private static final EventFrame[] FRAMES = values();
    // "sprechen von/über", "talk about": speaking of something, not speaking with someone.
    private static final Set<String> TALKING_ABOUT = StoryWords.words("speaking-of");
    private static final Set<String> TALKING_WITH = StoryWords.words("speaking-with");
    private static final EventVocabulary VOCABULARY = EventVocabulary.read();
    private static final ThreeLetterIndex<List<Trigger>> TRIGGERS_BY_START = new ThreeLetterIndex<>(triggersByStart());
    /** Each frame's infixes by ordinal, read once from the vocabulary; arrays, as an iterator per token and frame was most of the grouper's garbage. */
    private static final String[][] INFIXES = java.util.Arrays.stream(FRAMES).map(f -> VOCABULARY.infixes(f.label()).toArray(String[]::new)).toArray(String[][]::new);

    private final boolean splitsOnIntention;
    /** Computed once: every token of every statement looks up its frames' words by it. */
    private final String label;

    EventFrame(boolean splitsOnIntention) {
        this.splitsOnIntention = splitsOnIntention;
        this.label = name().toLowerCase().replace('_', '-');
    }

    public boolean splitsOnIntention() { return splitsOnIntention; }

    /** Relational events need two sides ("X called Y"); a mention of only one is completed from context. */
    public boolean isRelational() { return this == COMMUNICATION || this == MEETING || this == CONGRATULATION; }

    public String label() { return label; }

    /** The frame whose trigger comes first in the tokens, if any. */
    public static Optional<EventFrame> detect(List<String> tokens) {
        Boolean conflict = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            int frames = triggeredFrames(token);
            for (int f = 0; frames != 0; f++, frames >>>= 1) {
                if ((frames & 1) == 0) continue;
                EventFrame frame = FRAMES[f];
                if (frame == CONFLICT_END && !(conflict != null ? conflict : (conflict = mentionsConflict(tokens)))) continue;
                if (frame == COMMUNICATION && !frame.nounTrigger(token) && talksAbout(tokens, i)) continue;
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    /** Whether any token is a trigger word of some frame, context aside: without one no part of the text has a frame. */
    static boolean hasTriggerWord(List<String> tokens) {
        for (String token : tokens) if (triggeredFrames(token) != 0) return true;
        return false;
    }

    /**
     * The frames whose trigger words {@code token} is, as bits by ordinal. This runs for every token of
     * every statement and clause, the grouper's hottest path: prefixes and exceptions are looked up by
     * the token's first letters instead of tried one by one.
     */
    private static int triggeredFrames(String token) {
        int frames = 0;
        int vetoed = 0;
        if (token.length() >= TRIGGER_KEY) {
            // indexed, not iterated: most tokens start no trigger, and the empty list's iterator was made for each of them
            List<Trigger> starting = TRIGGERS_BY_START.getOrDefault(token, 0, List.of());
            for (int k = 0; k < starting.size(); k++) {
                Trigger t = starting.get(k);
                boolean hit = t.exact() ? token.equals(t.text()) : token.startsWith(t.text());
                if (!hit) continue;
                if (t.exception()) vetoed |= 1 << t.frame().ordinal();
                else frames |= 1 << t.frame().ordinal();
            }
        }
        for (EventFrame frame : FRAMES) if (frame.nounTrigger(token)) frames |= 1 << frame.ordinal();
        return frames & ~vetoed;
    }

    private static boolean mentionsConflict(List<String> tokens) {
        for (String t : tokens) for (String w : VOCABULARY.context(CONFLICT_END.label())) if (t.contains(w)) return true;
        return false;
    }

    /** A trigger word start, a whole trigger word (flag {@code word} in events.txt: "end", not "endlich") or an exception that vetoes its frame. */
    private record Trigger(EventFrame frame, String text, boolean exact, boolean exception) {}

    private static final int TRIGGER_KEY = 3;

    private static Map<String, List<Trigger>> triggersByStart() {
        Map<String, List<Trigger>> index = new HashMap<>();
        for (EventFrame frame : FRAMES) {
            List<Trigger> triggers = new ArrayList<>();
            for (EventVocabulary.Word w : VOCABULARY.starts(frame.label())) triggers.add(new Trigger(frame, w.text(), w.whole(), false));
            for (String e : VOCABULARY.exceptions(frame.label())) triggers.add(new Trigger(frame, e, false, true));
            for (Trigger t : triggers) {
                if (t.text().length() < TRIGGER_KEY) throw new IllegalStateException("trigger shorter than " + TRIGGER_KEY + " letters: " + t.text());
                index.computeIfAbsent(t.text().substring(0, TRIGGER_KEY), k -> new ArrayList<>()).add(t);
            }
        }
        return index;
    }

    /**
     * "von einem feindlichen Land sprechen", "spricht über Frieden", "talk about": speaking of
     * something rather than with someone, unless a partner is named too ("mit Putin über ... sprechen").
     */
    private static boolean talksAbout(List<String> tokens, int verb) {
        boolean about = false;
        for (int k = Math.max(0, verb - 5); k <= Math.min(tokens.size() - 1, verb + 2); k++) {
            String t = tokens.get(k);
            if (TALKING_WITH.contains(t)) return false;
            if (TALKING_ABOUT.contains(t)) about = true;
        }
        return about;
    }

    private boolean nounTrigger(String token) {
        for (String infix : INFIXES[ordinal()]) if (token.contains(infix)) return true;
        return false;
    }
}
