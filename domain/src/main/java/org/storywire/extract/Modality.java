package org.storywire.extract;

/** Whether a proposition reports a past event, an intention, or an assessment. */
public enum Modality { PAST_EVENT, INTENTION, ASSESSMENT, UNKNOWN }
