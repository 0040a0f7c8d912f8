package org.storywire.event;

/** Entities and terms are indexed apart (a name and a stem may be spelled alike): a prefix per space in the store's feature keys. */
enum FeatureSpace {
    ENTITIES("e:"),
    TERMS("t:");

    private final String prefix;

    FeatureSpace(String prefix) {
        this.prefix = prefix;
    }

    String key(String feature) {
        return prefix + feature;
    }
}
