package org.storywire.registry;

/**
 * The schema registry could not be reached or answered with an error. {@link #status()} is the
 * HTTP status (0 when no answer came), {@link #errorCode()} the registry's {@code error_code}
 * (0 when none), {@link #url()} the base URL that failed.
 */
public class RegistryException extends RuntimeException {
    private final int status;
    private final int errorCode;
    private final String url;

    public RegistryException(String message, int status, int errorCode, String url, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
        this.url = url;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    public String url() {
        return url;
    }
}
