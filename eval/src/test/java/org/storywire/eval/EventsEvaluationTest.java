package org.storywire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsEvaluationTest {
    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void pairsAndBCubedByHand() {
        // gold: {a,b,c} {d}; predicted: {a,b} {c,d}
        Map<String, String> gold = map("a", "x", "b", "x", "c", "x", "d", "y");
        Map<String, String> pred = map("a", "1", "b", "1", "c", "2", "d", "2");
        EventsEvaluation.Scores s = EventsEvaluation.score(pred, gold);
        // predicted pairs ab, cd; gold pairs ab, ac, bc: one true pair
        assertEquals(0.5, s.pairsP(), 1e-9);
        assertEquals(1 / 3.0, s.pairsR(), 1e-9);
        // BCubed precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
        assertEquals(0.75, s.bcubedP(), 1e-9);
        assertEquals(2 / 3.0, s.bcubedR(), 1e-9);
        assertEquals(2, s.events());
        assertEquals(2, s.goldEvents());
        assertEquals("events: pairs_p=0.50 pairs_r=0.33 pairs_f1=0.40 bcubed_p=0.75 bcubed_r=0.67 bcubed_f1=0.71 articles=4 events=2 gold_events=2", s.summaryLine());
    }

    @Test
    void agreementOfTwoClusterings() {
        Map<String, String> a = map("a", "1", "b", "1", "c", "2", "d", "2");
        assertEquals(1.0, EventsEvaluation.agreement(a, map("a", "x", "b", "x", "c", "y", "d", "y")).pairF1(), 1e-9);
        EventsEvaluation.Agreement split = EventsEvaluation.agreement(a, map("a", "x", "b", "y", "c", "z", "d", "z"));
        assertEquals(5 / 6.0, split.rand(), 1e-9);
        assertEquals(2 / 3.0, split.pairF1(), 1e-9);
    }
}
