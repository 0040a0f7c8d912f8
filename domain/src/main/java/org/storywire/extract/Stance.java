package org.storywire.extract;

/** What a speaker does with a proposition (docs/story-model.md, "Statements and stances"). */
public enum Stance { CLAIM, DENIAL, NO_COMMENT, CONFIRMATION }
