package org.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BipartiteMatchingTest {
    @Test
    void findsTheMatchingThatPairsTheMost() {
        // greedy would give left 0 the right 0 and leave left 1 unmatched
        int[] match = BipartiteMatching.match(List.of(List.of(0, 1), List.of(0)), 2, null);
        assertThat(match).containsExactly(1, 0);
    }

    @Test
    void respectsBlockedRightItems() {
        int[] match = BipartiteMatching.match(List.of(List.of(0, 1)), 2, new boolean[] {true, false});
        assertThat(match).containsExactly(1);
    }
}
