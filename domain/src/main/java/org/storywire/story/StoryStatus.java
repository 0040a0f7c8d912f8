package org.storywire.story;

/** A story's status (docs/story-model.md, "Positions and the status rule"): DENIED over CLAIMED over UNCONFIRMED, from the parties' latest positions. */
public enum StoryStatus { UNCONFIRMED, CLAIMED, DENIED }
