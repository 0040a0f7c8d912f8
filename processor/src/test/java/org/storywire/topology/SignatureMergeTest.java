package org.storywire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignatureMergeTest {
    @Test
    void aSignatureWaitsUntilEveryPartitionHasOneThenTheEarliestLeavesFirst() {
        SignatureMerge<String> merge = new SignatureMerge<>(2);
        merge.add(new SignatureMerge.Entry<>(0, 10, 300, "a"));
        merge.add(new SignatureMerge.Entry<>(0, 11, 100, "b"));
        assertThat(merge.ready()).as("partition 1 has sent nothing yet").isEmpty();

        merge.add(new SignatureMerge.Entry<>(1, 5, 200, "c"));
        // Heads a (300) and c (200): c leaves; partition 1 is empty again, so a and b wait, in their partition's order.
        assertThat(merge.ready()).extracting(SignatureMerge.Entry::value).containsExactly("c");
        assertThat(merge.waiting()).isEqualTo(2);
        assertThat(merge.drain()).extracting(SignatureMerge.Entry::value).containsExactly("a", "b");
        assertThat(merge.waiting()).isZero();
    }

    @Test
    void aBoundedDrainGivesTheFirstOfAFullDrainsOrderAndTheRestKeepWaiting() {
        SignatureMerge<String> whole = new SignatureMerge<>(3);
        SignatureMerge<String> bounded = new SignatureMerge<>(3);
        long[][] entries = {{0, 0, 500}, {0, 1, 700}, {1, 0, 100}, {1, 1, 600}, {1, 2, 900}}; // partition, offset, time; 2 silent
        for (long[] e : entries) {
            whole.add(new SignatureMerge.Entry<>((int) e[0], e[1], e[2], e[0] + ":" + e[1]));
            bounded.add(new SignatureMerge.Entry<>((int) e[0], e[1], e[2], e[0] + ":" + e[1]));
        }
        List<String> inBatches = new ArrayList<>();
        for (int batch = 0; batch < 3; batch++) bounded.drain(2).forEach(e -> inBatches.add(e.value()));

        assertThat(inBatches).containsExactlyElementsOf(whole.drain().stream().map(SignatureMerge.Entry::value).toList())
                .containsExactly("1:0", "0:0", "1:1", "0:1", "1:2");
        assertThat(bounded.waiting()).isZero();
    }

    @Test
    void aPartitionBeyondTheExpectedOnesIsWaitedForToo() {
        SignatureMerge<String> merge = new SignatureMerge<>(1);
        merge.add(new SignatureMerge.Entry<>(2, 0, 100, "late partition"));
        assertThat(merge.ready()).as("partitions 0 and 1 now count").isEmpty();
        merge.add(new SignatureMerge.Entry<>(0, 0, 300, "x"));
        merge.add(new SignatureMerge.Entry<>(1, 0, 200, "y"));
        assertThat(merge.ready()).extracting(SignatureMerge.Entry::value).containsExactly("late partition");
    }

    @Test
    void theSamePartitionSequencesGiveTheSameOrderHoweverTheyInterleave() {
        Random random = new Random(7);
        List<List<SignatureMerge.Entry<String>>> partitions = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<SignatureMerge.Entry<String>> sequence = new ArrayList<>();
            for (int i = 0; i < 40; i++) sequence.add(new SignatureMerge.Entry<>(p, i, random.nextInt(1_000), p + "/" + i));
            partitions.add(sequence);
        }
        List<String> first = merged(partitions, new Random(1));
        for (long seed = 2; seed < 30; seed++) {
            assertThat(merged(partitions, new Random(seed))).as("interleaving %d", seed).isEqualTo(first);
        }
        assertThat(first).hasSize(120);
    }

    @Test
    void noPartitionsIsAMistake() {
        assertThatThrownBy(() -> new SignatureMerge<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Feeds the partitions' sequences in a random interleaving, collecting what leaves, then drains the rest. */
    private static List<String> merged(List<List<SignatureMerge.Entry<String>>> partitions, Random random) {
        SignatureMerge<String> merge = new SignatureMerge<>(partitions.size());
        int[] next = new int[partitions.size()];
        List<String> out = new ArrayList<>();
        int left = partitions.stream().mapToInt(List::size).sum();
        while (left > 0) {
            int p = random.nextInt(partitions.size());
            if (next[p] == partitions.get(p).size()) continue;
            merge.add(partitions.get(p).get(next[p]++));
            left--;
            merge.ready().forEach(e -> out.add(e.value()));
        }
        merge.drain().forEach(e -> out.add(e.value()));
        return out;
    }
}
