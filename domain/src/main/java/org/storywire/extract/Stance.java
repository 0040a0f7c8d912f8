package org.storywire.extract;

/** What a speaker does with a proposition (DESIGN.md, "The story model"). */
public enum Stance { CLAIM, DENIAL, NO_COMMENT, CONFIRMATION }
