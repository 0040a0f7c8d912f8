package org.storywire.serde;

/**
 * Avro 1.12.2 refuses to instantiate generated classes outside the packages listed in the system
 * property {@code org.apache.avro.SERIALIZABLE_PACKAGES}; 1.12.1 (our version) does not check.
 * Adding the package of each class we (de)serialize keeps an Avro upgrade from breaking the serde.
 * Existing entries are kept.
 */
final class TrustedAvroPackages {
    static final String PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";

    private TrustedAvroPackages() {
    }

    static synchronized void trust(String packageName) {
        String current = System.getProperty(PROPERTY);
        if (current == null || current.isBlank()) {
            System.setProperty(PROPERTY, packageName);
            return;
        }
        for (String trusted : current.split(",")) {
            if (trusted.trim().equals(packageName)) {
                return;
            }
        }
        System.setProperty(PROPERTY, current + "," + packageName);
    }
}
