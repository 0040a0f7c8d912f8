package org.storywire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatedAlternationTest {

    @Test
    void aPlainRunOrARequiredGroupOfPlainWordsIsWhatAMatchHolds() {
        assertThat(RequiredLiterals.of("\\bes gab (kein|keine|keinen)\\b")).containsExactly("es gab ");
        assertThat(RequiredLiterals.of("\\b(unwahr|haltlos|gegenstandslos)\\b")).containsExactly("unwahr", "haltlos", "gegenstandslos");
        // an optional character ends a run without itself; "s?" and "\.?" may be absent
        assertThat(RequiredLiterals.of("\\bcookies? zu\\.?\\s*$")).containsExactly("cookie");
        assertThat(RequiredLiterals.of("^\\s*\\(?bericht von\\b.{0,200}\\bredigiert von\\b")).containsExactly("redigiert von");
        // a repeated character is in the run once; what follows it starts a new run
        assertThat(RequiredLiterals.of("ab+cde")).containsExactly("cde");
        // a group that may be absent or a branch without literals gives nothing
        assertThat(RequiredLiterals.of("(kein|\\w+) plan")).containsExactly(" plan");
        assertThat(RequiredLiterals.of("x(?:lange )?y")).containsExactly("x");
    }

    @Test
    void whatTheReaderDoesNotModelGivesNoLiterals() {
        assertThat(RequiredLiterals.of("\\Qabc\\E")).isNull();
        assertThat(RequiredLiterals.of("\\x41bc")).isNull();
        assertThat(RequiredLiterals.of("(?>abc)")).isNull();
        assertThat(RequiredLiterals.of("\\w+")).isNull();
    }

    @Test
    void aGroupWithNothingAfterItIsOpenedIntoItsBranches() {
        assertThat(GatedAlternation.branches("(?:a|(?:b|c)d|(e|f))")).containsExactly("a", "(?:b|c)d", "e", "f");
        assertThat(GatedAlternation.branches("[|]x|y")).containsExactly("[|]x", "y");
    }

    @Test
    void answersAsTheAlternationInOnePattern() {
        List<String> alternatives = List.of("(?:\\bes gab (kein|keine)\\b)", "(?:\\b(unwahr|frei erfunden)\\b|^\\W*falsch\\W*$)",
                "(?:\\bnicht (der wahrheit|wahr)\\b)", "(?:(?i)Zorvel)", "(?:\\bwar\\b[^.]{0,20}\\bgeplant\\b)");
        GatedAlternation gated = GatedAlternation.of("(?u)", alternatives);
        Pattern whole = Pattern.compile("(?u)" + String.join("|", alternatives));
        for (String text : List.of("es gab keine absprache mit der werft", "die meldung sei unwahr", "  falsch! ", "das ist falsch, sagte sie",
                "das ist nicht wahr", "ein zorvel kam", "das war so nicht geplant", "das war seit langem, seit jahren so geplant", "")) {
            assertThat(gated.find(text)).as(text).isEqualTo(whole.matcher(text).find());
        }
    }

    @Test
    void aBackReferenceKeepsTheAlternationOnePattern() {
        List<String> alternatives = List.of("(?:(a)x)", "(?:(b)\\1)");
        GatedAlternation gated = GatedAlternation.of("(?u)", alternatives);
        Pattern whole = Pattern.compile("(?u)" + String.join("|", alternatives));
        for (String text : List.of("ax", "bb", "ba", "b")) assertThat(gated.find(text)).as(text).isEqualTo(whole.matcher(text).find());
    }

    /** The word lists' own alternations, on texts made of their literals' pieces and invented words, answer as one pattern. */
    @Test
    void theWordListsAlternationsAnswerAsOnePattern() {
        List<String> stance = new ArrayList<>();
        for (String line : Lexicon.lines("stance-content.txt")) {
            String[] f = line.split("\t");
            if (!f[0].equals("trigger")) stance.add("(?:" + f[1] + ")");
        }
        List<String> boilerplate = new ArrayList<>();
        for (String line : Lexicon.lines("boilerplate.txt")) {
            if (line.startsWith("line:") && !line.contains("\\p{Lu}") && !line.startsWith("line:^")) boilerplate.add("(?:" + line.substring(5) + ")");
        }
        Random random = new Random(28);
        for (List<String> alternatives : List.of(stance, boilerplate)) {
            GatedAlternation gated = GatedAlternation.of("(?u)", alternatives);
            Pattern whole = Pattern.compile("(?u)" + String.join("|", alternatives));
            List<String> pieces = new ArrayList<>(List.of("der", "plan", "sei", "the", "report", ",", ".", " ", "2024", "'", "\"", "quorvat"));
            for (String a : alternatives) {
                List<String> literals = RequiredLiterals.of(GatedAlternation.branches(a).get(0));
                if (literals != null) pieces.addAll(literals);
            }
            int matched = 0;
            for (int n = 0; n < 5_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(8); k >= 0; k--) text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(3) == 0 ? "" : " ");
                boolean expected = whole.matcher(text).find();
                if (expected) matched++;
                assertThat(gated.find(text.toString())).as(text.toString()).isEqualTo(expected);
            }
            assertThat(matched).isGreaterThan(20);
        }
    }
}
