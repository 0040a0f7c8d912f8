package org.storywire.extract;

import java.util.Locale;
import java.util.Set;
import org.storywire.analyse.GermanDictionary;
import org.storywire.clean.Lexicon;

/**
 * Whether a German common noun names a person, by word formation: a noun of a person has a feminine form in
 * "-in" (Movierung: "Organisator" - "Organisatorin", "Experte" - "Expertin", with an umlaut "Landrat" - "Landrätin"), and a noun in "-in" is that form of
 * another noun ("Aktivistin" - "Aktivist", "Anwältin" - "Anwalt"). Things have neither: "Faktor", "Motor", "Medizin".
 * The dictionary knows both forms, so no list of person nouns is needed, but for the few basic ones that have no
 * feminine form beside them ("Mann", "Frau", "Kind", "Eltern").
 */
final class PersonNouns {
    /** "Mann", "Frau", "Kind", "Eltern": persons by meaning alone, with no feminine form to tell them ({@code person-nouns-de.txt}). */
    private static final Set<String> BASIC = Lexicon.words("person-nouns-de.txt");

    private final Morphology morph;

    PersonNouns(Morphology morph) {
        this.morph = morph;
    }

    /** A capitalised noun as written ("Organisatoren", "Aktivistin", "Männer"). */
    boolean person(String word) {
        Morphology.Analysis a = morph.german(word);
        String lemma = a.lemma();
        if (!a.has(Morphology.NOUN) || a.has(Morphology.VERB) || lemma == null) return false;
        if (BASIC.contains(lemma.toLowerCase(Locale.ROOT))) return true;
        if (lemma.length() < 4) return false;
        if (lemma.endsWith("in")) {
            String base = lemma.substring(0, lemma.length() - 2);
            return noun(base) || noun(withoutUmlaut(base)) || noun(base + "e");
        }
        return noun(lemma + "in") || noun(withUmlaut(lemma) + "in") || lemma.endsWith("e") && noun(lemma.substring(0, lemma.length() - 1) + "in");
    }

    /**
     * A noun of a person, also as the head of a compound the dictionary lacks: "Kita-Träger" by the part behind its
     * hyphen, "Klimaforscher" by a tail that is a person noun behind a first part the dictionary knows ("Klima").
     */
    boolean personOrCompound(String word) {
        if (person(word)) return true;
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.length()) {
            String tail = word.substring(hyphen + 1);
            return Character.isUpperCase(tail.charAt(0)) && person(tail);
        }
        if (GermanDictionary.kind(word) != GermanDictionary.Kind.UNKNOWN) return false;
        if (personTail(word)) return true;
        // "Landrat", "Amtsarzt": a compound whose person tail is too short or missing is known by its feminine ("Land|rätin")
        return !word.endsWith("in") && (personTail(word + "in") || personTail(withUmlaut(word) + "in"));
    }

    /** A person noun behind a first part the dictionary knows ("Klima|forscher"). */
    private boolean personTail(String word) {
        for (int i = MIN_COMPOUND_PART; i <= word.length() - MIN_PERSON_TAIL; i++) {
            String tail = Character.toUpperCase(word.charAt(i)) + word.substring(i + 1);
            if (person(tail) && GermanDictionary.kind(GermanDictionary.compoundPart(word.substring(0, i))) != GermanDictionary.Kind.UNKNOWN) return true;
        }
        return false;
    }

    /** The shortest first part of a compound and the shortest person noun behind it ("Klima|forscher"). */
    private static final int MIN_COMPOUND_PART = 3;
    private static final int MIN_PERSON_TAIL = 5;

    private boolean noun(String form) {
        return morph.german(form).has(Morphology.NOUN);
    }

    /** "Landrat" -> "Landrät", "Arzt" -> "Ärzt", "Bauer" -> "Bäuer": the feminine form may umlaut the stem's last full vowel. */
    private static String withUmlaut(String stem) {
        for (int k = stem.length() - 1; k >= 0; k--) {
            int v = "aouAOU".indexOf(stem.charAt(k));
            if (v < 0) continue;
            // "au" umlauts as "äu"
            if (v == 2 && k > 0 && stem.charAt(k - 1) == 'a') return stem.substring(0, k - 1) + 'ä' + stem.substring(k);
            return stem.substring(0, k) + "äöüÄÖÜ".charAt(v) + stem.substring(k + 1);
        }
        return stem;
    }

    /** "Anwält" -> "Anwalt": the feminine form may umlaut the stem's last vowel. */
    private static String withoutUmlaut(String stem) {
        for (int k = stem.length() - 1; k >= 0; k--) {
            char c = stem.charAt(k);
            if ("äöü".indexOf(c) >= 0) return stem.substring(0, k) + "aou".charAt("äöü".indexOf(c)) + stem.substring(k + 1);
        }
        return stem;
    }
}
