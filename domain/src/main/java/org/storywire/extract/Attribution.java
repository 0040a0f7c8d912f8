package org.storywire.extract;

/** How the statement is attributed in the text. */
public enum Attribution { DIRECT_QUOTE, INDIRECT_SPEECH, REPORTED, ANONYMOUS_SOURCES, OUTLET }
