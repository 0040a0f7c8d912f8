package org.storywire.extract;

/** A speaker candidate: tokens [first, end) of a noun phrase or pronoun. */
record NounPhrase(int first, int end, boolean pronoun, boolean named) {
    int length() { return end - first; }
}
