package org.storywire.platform;

/**
 * A start-up problem the user solves with an option or by stopping another process. Its message
 * is the whole story, one line naming what to change, so the command line prints it without a
 * stack trace.
 */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
