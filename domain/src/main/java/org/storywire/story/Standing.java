package org.storywire.story;

/** PARTY: an actor of the story or someone speaking for one; THIRD_PARTY: media, insiders, analysts, critics. */
public enum Standing { PARTY, THIRD_PARTY }
