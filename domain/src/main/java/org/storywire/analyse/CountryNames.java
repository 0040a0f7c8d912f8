package org.storywire.analyse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of the world's countries in English and German ("North Korea", "Nordkorea", "Saudi Arabia"), read from the
 * JDK's own locale data (CLDR): what the German morphology dictionary does not give for English names of several
 * words. A country that speaks is its government ("North Korea said"); it is nobody "he" or "she" stands for.
 */
public final class CountryNames {

    private static final Set<String> NAMES = names();

    private CountryNames() {}

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
                String name = country.getDisplayCountry(language);
                // "Myanmar (Burma)", "Congo - Kinshasa": the bracket and the dash add what the text does not write
                int cut = indexOfAny(name, " (", " - ");
                names.add(fold(cut < 0 ? name : name.substring(0, cut)));
            }
        }
        return Set.copyOf(names);
    }

    private static int indexOfAny(String text, String a, String b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace('&', ' ').replace("  ", " ");
    }

    /** Whether the words, as written (any case), are a country's name in English or German. */
    public static boolean isCountry(String name) {
        return NAMES.contains(fold(name));
    }
}
