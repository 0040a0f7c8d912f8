package org.storywire.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function of a word, remembered: news repeats its words from sentence to sentence and
 * article to article, and the answers (dictionary readings, name and role tests) read only static data,
 * so they never go stale. Cleared when full, so a long run stays bounded.
 *
 * <p>Shared by all threads (it was one map per thread): a word one stream thread has judged is judged for
 * the other too, and a thread started later (a restarted stream thread, each bench run's workers) does not
 * judge the language's common words afresh. An answer computed twice by two threads at once is the same
 * answer, so a plain get and put suffice; computeIfAbsent would also fail where a computation asks the
 * same memo for another word (a compound's parts).
 */
public final class WordMemo<K, V> {
    private final Map<K, V> answers = new ConcurrentHashMap<>();
    private final int kept;
    private final Function<K, V> compute;

    public WordMemo(int kept, Function<K, V> compute) {
        this.kept = kept;
        this.compute = compute;
    }

    public V get(K key) {
        V answer = answers.get(key);
        if (answer != null) return answer;
        answer = compute.apply(key);
        if (answers.size() >= kept) answers.clear();
        answers.put(key, answer);
        return answer;
    }
}
