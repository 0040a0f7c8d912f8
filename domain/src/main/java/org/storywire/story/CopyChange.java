package org.storywire.story;

/** A write to the copy index of one part of a family (a story id or {@link StoryFamily#RESPONSES}). */
public record CopyChange(String part, CopyIndex.Write write) {}
