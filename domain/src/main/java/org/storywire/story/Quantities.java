package org.storywire.story;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storywire.analyse.DictionaryReader;
import org.storywire.analyse.EnglishDictionary;
import org.storywire.analyse.GermanDictionary;

/**
 * The quantity a claim is about ("cut about 2,000 jobs", "350 Stellen"): two reports about the same
 * actors with different figures are different claims, and a confirmation of one figure is not a
 * confirmation of the other. Years, dates, times, percentages, money and small counts are not such
 * quantities: they describe a claim rather than tell it apart.
 */
final class Quantities {
    private Quantities() {}

    private static final String MARK = "qty-";
    private static final int SMALLEST = 10;
    // An amount of money written with words after the number ("14 Millionen Euro", "240 million euros", "14 Euro mehr"): a
    // price or a fee describes a claim as the symbol-written "$418 million" does, and reports round it differently.
    private static final String MONEY_AFTER = "\\s*(?:(?:Millionen|Milliarden|Mio\\.|Mrd\\.|million|billion|bn)\\s+)?"
            + "(?:Euro|euros?|Dollar|dollars?|Pfund|pounds?|Franken|francs?|EUR|USD|GBP|CHF)\\b";
    // A whole number with thousands separators, not inside a date ("Oct. 20", "20. Oktober", "2025-09-14"),
    // a time ("6:12"), a percentage or an amount of money.
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,:$€£/-])(\\d{1,3}(?:[,.]\\d{3})+|\\d+)(?![\\d:/-]|[.,]\\d|\\s*(?:%|Prozent|percent|per cent|Uhr|a\\.m|p\\.m|[ap]m\\b)"
                    + "|" + MONEY_AFTER + ")");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?iu)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|april|mai|juni|juli|august|september|oktober"
                    + "|november|dezember|january|february|march|june|july|october|december)\\.?\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "(?iu)^\\.?\\s*(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|oct|dec|may|march)");

    /** The claim's quantity as a key part ({@code ["qty-2000"]}: safe in a URL path), or none. */
    static List<String> keyOf(String text) {
        if (text == null) return List.of();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            long value;
            String written = m.group(1);
            try {
                value = Long.parseLong(written.replace(",", "").replace(".", ""));
            } catch (NumberFormatException tooLong) {
                continue;
            }
            boolean year = value >= 1900 && value <= 2100 && written.length() == 4
                    && (YEAR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find() || !countsAPluralNoun(text, m.end()));
            if (value < SMALLEST || year) continue;
            if (SAMPLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) continue;
            if (GIVEN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) continue;
            if (MULTIPLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 10))).find()) continue;
            if (UNIT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()) continue;
            if (MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            if (MONTH_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 10))).find()) continue;
            return List.of(MARK + value);
        }
        return List.of();
    }

    // "three of 40 jars", "drei von 40 Gläsern", "12 out of 50 samples": the number after a count and "of" is the size of what
    // was tested, which reports choose freely; the claim is about the part.
    private static final Pattern SAMPLE_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eine[mnrs]?|ein|zwei|drei|vier|fünf|sechs"
                    + "|sieben|acht|neun|zehn|elf|zwölf)\\s+(?:of|out of|von|aus)\\s+$");

    // "Der Kreis wolle die rund 160 Schüler nach X fahren lassen", "its 12,500 employees", "alle 140 Beschäftigten", "the 2,000
    // job cuts reported last month": a count behind a definite article, a possessive or "all" presents what it counts as
    // known, the setting of a claim or an earlier report's figure; a claim's own figure comes new ("rund 250 Stellen streichen").
    private static final Pattern GIVEN_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:der|die|das|den|dem|des|the|all|alle[nmrs]?|sein(?:e[nmrs]?)?|ihr(?:e[nmrs]?)?|unser(?:e[nmrs]?)?|its|their|our"
                    + "|these|those|diese[nmrs]?)\\s+(?:(?:rund|etwa|knapp|gut|fast|über|mehr als|weniger als|insgesamt|about|around|nearly"
                    + "|almost|roughly|some|more than|fewer than|over)\\s+)?$");

    // "the 1,500 metres champion", "bis zu 250 Meter hoch", "40 Tonnen schwer": a length, an area or a weight measures what the claim
    // describes; it counts no things the claim is about. A span of time can be the claim itself ("den Krieg in 24 Stunden beenden").
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?iu)^\\s+(?:met(?:er|re)s?|kilomet(?:er|re)s?|km|miles?|meilen|tonnen|tonnes|tons|kilo(?:gramm|grams?)?|kg|hektar|hectares?)\\b");

    // "20 times the legal limit", "das 20-Fache des Grenzwerts", "20-mal so hoch": a multiple compares a measurement with a
    // limit, which reports round and word freely ("um ein Vielfaches"); it counts nothing the claim is about.
    private static final Pattern MULTIPLE_AFTER = Pattern.compile("(?iu)^(?:\\s*times\\b|\\s*mal\\b|-?fach|-?mal\\b|-fache)");

    // "In 2019 jobs were cut", "seit 2020 Stellen": a preposition of time makes the number a year whatever follows
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?iu)\\b(?:in|im|seit|since|until|bis|ab|jahr|year)\\s+$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");

    /**
     * "cut 2000 jobs", "2000 Stellen streichen": a number in the years' range that counts the plural noun right after
     * it is a figure; "im Jahr 2000", "the 2024 election" are years.
     */
    private static boolean countsAPluralNoun(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (!next.find()) return false;
        String word = next.group(1);
        for (DictionaryReader.Entry e : EnglishDictionary.entries(word)) if ("NNS".equals(e.tag())) return true;
        for (DictionaryReader.Entry e : GermanDictionary.entries(word)) {
            if (e.tag() != null && e.tag().startsWith("SUB:") && e.tag().contains(":PLU")) return true;
        }
        return false;
    }

    static boolean isQuantity(List<String> topic) {
        return topic.size() == 1 && topic.get(0).startsWith(MARK);
    }
}
