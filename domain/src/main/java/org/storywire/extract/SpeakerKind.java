package org.storywire.extract;

/** What kind of source a speaker is; decides, with the story's actors, a statement's standing. */
public enum SpeakerKind { PERSON, ORGANISATION, GOVERNMENT, MEDIA, ANONYMOUS, UNKNOWN }
