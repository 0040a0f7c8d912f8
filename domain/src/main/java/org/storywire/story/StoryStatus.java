package org.storywire.story;

/** A story's status (DESIGN.md): DENIED over CLAIMED over UNCONFIRMED, from the parties' latest positions. */
public enum StoryStatus { UNCONFIRMED, CLAIMED, DENIED }
