package org.storywire.story;

/** Where a statement stands in its article's clean text (mirrors the Avro {@code Evidence}). */
public record Evidence(String articleId, String sentence, int sentenceBegin, int sentenceEnd, int contentBegin, int contentEnd) {}
