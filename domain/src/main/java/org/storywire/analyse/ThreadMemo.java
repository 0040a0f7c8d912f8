package org.storywire.analyse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers of a pure function of a word, remembered per thread: news repeats its words from sentence
 * to sentence and article to article, and the answers (dictionary readings, name and role tests)
 * read only static data, so they never go stale. Cleared when full, so a long run stays bounded.
 */
public final class ThreadMemo<K, V> {
    private final ThreadLocal<Map<K, V>> answers = ThreadLocal.withInitial(HashMap::new);
    private final int kept;
    private final Function<K, V> compute;

    public ThreadMemo(int kept, Function<K, V> compute) {
        this.kept = kept;
        this.compute = compute;
    }

    public V get(K key) {
        Map<K, V> known = answers.get();
        V answer = known.get(key);
        if (answer != null) return answer;
        if (known.size() >= kept) known.clear();
        answer = compute.apply(key);
        known.put(key, answer);
        return answer;
    }
}
