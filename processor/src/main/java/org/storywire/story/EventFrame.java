package org.storywire.story;

import java.util.List;
import java.util.Optional;

/**
 * The kind of event a statement is about, read from trigger words on normalised tokens
 * ({@link TextAnalysis#tokens}). Together with the actors' sides and the report's source it names a
 * story. For interactions (a call, a meeting) being ready or planning to do it is a proposition of
 * its own ("Putin says he is ready to talk" is not "Trump and Putin spoke"), so those frames split
 * on intention; for one-sided acts the intention and the act are one story ("no plans to
 * congratulate", then "congratulated").
 */
public enum EventFrame {
    COMMUNICATION(true, List.of("telefon", "anruf", "anrief", "angerufen", "sprech", "sprach", "gesproch", "spricht", "kommunizi",
            "horer", "wenden", "wendet", "wandte", "call", "phone", "talk", "spoke", "speak", "conversation"),
            List.of("gesprach", "telefonat", "kontakt", "dialog", "contact"),
            List.of("sprecher", "sprecherin", "sprache", "spracheregelung", "speaker", "spokesman", "spokeswoman", "callback")),
    MEETING(true, List.of("treff", "traf", "getroff", "gipfel", "besuch", "meet", "summit", "visit"), List.of(), List.of("meeting-point")),
    CONGRATULATION(false, List.of("gratul", "gluckwunsch", "congratul"), List.of(), List.of()),
    INFORMATION(false, List.of("informiert", "informierte", "unterrichtet", "informed", "briefed"), List.of(), List.of()),
    AGREEMENT(false, List.of("abkommen", "vereinbar", "agreement", "deal"), List.of(), List.of()),
    SANCTIONS(false, List.of("sanktion", "sanction"), List.of(), List.of()),
    RESIGNATION(false, List.of("rucktritt", "zurucktret", "zurucktrat", "resign"), List.of(), List.of()),
    ARREST(false, List.of("festgenommen", "verhaftet", "festnahme", "arrest"), List.of(), List.of()),
    /** Ending a war or conflict: needs a conflict word and an ending word in the same text. */
    CONFLICT_END(false, List.of("beend", "losen", "losung", "stopp", "ending", "ended", "end", "stop"), List.of(), List.of());

    // "sprechen von/über", "talk about": speaking of something, not speaking with someone.
    private static final java.util.Set<String> TALKING_ABOUT = java.util.Set.of("von", "uber", "about", "of");
    private static final java.util.Set<String> TALKING_WITH = java.util.Set.of("mit", "miteinander", "with", "to");
    private static final List<String> CONFLICT_WORDS = List.of("krieg", "konflikt", "war", "conflict", "kampfe");

    private final boolean splitsOnIntention;
    private final List<String> prefixes;
    private final List<String> infixes;
    private final List<String> exceptions;

    EventFrame(boolean splitsOnIntention, List<String> prefixes, List<String> infixes, List<String> exceptions) {
        this.splitsOnIntention = splitsOnIntention;
        this.prefixes = prefixes;
        this.infixes = infixes;
        this.exceptions = exceptions;
    }

    public boolean splitsOnIntention() { return splitsOnIntention; }

    /** Relational events need two sides ("X called Y"); a mention of only one is completed from context. */
    public boolean isRelational() { return this == COMMUNICATION || this == MEETING || this == CONGRATULATION; }

    public String label() { return name().toLowerCase().replace('_', '-'); }

    /** The frame whose trigger comes first in the tokens, if any. */
    public static Optional<EventFrame> detect(List<String> tokens) {
        boolean conflict = tokens.stream().anyMatch(t -> CONFLICT_WORDS.stream().anyMatch(t::contains));
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            for (EventFrame frame : values()) {
                if (frame == CONFLICT_END && !conflict) continue;
                if (frame == COMMUNICATION && !frame.nounTrigger(token) && talksAbout(tokens, i)) continue;
                if (frame.triggers(token)) return Optional.of(frame);
            }
        }
        return Optional.empty();
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

    private boolean nounTrigger(String token) { return infixes.stream().anyMatch(token::contains); }

    private boolean triggers(String token) {
        if (exceptions.stream().anyMatch(token::startsWith)) return false;
        if (this == CONFLICT_END) return prefixes.stream().anyMatch(p -> p.length() <= 4 ? token.equals(p) : token.startsWith(p));
        return prefixes.stream().anyMatch(token::startsWith) || infixes.stream().anyMatch(token::contains);
    }
}
