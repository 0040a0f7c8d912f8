package org.storywire.query;

/** Failures of a query that the API turns into HTTP answers. */
public final class QueryExceptions {
    private QueryExceptions() {}

    /** 404: no such story or article. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** 503 with Retry-After: stores are rebalancing or restoring, or the owner cannot be reached. */
    public static final class NotReady extends RuntimeException {
        public NotReady(String message) {
            super(message);
        }
    }

    /** 400: a parameter the API cannot use; the message says which and why. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }

    /** 404 with code not_yet: the story exists, but nothing of it was published by the time asked for. */
    public static final class NotYet extends RuntimeException {
        private final java.time.Instant firstSeen;

        public NotYet(String message, java.time.Instant firstSeen) {
            super(message);
            this.firstSeen = firstSeen;
        }

        public java.time.Instant firstSeen() {
            return firstSeen;
        }
    }
}
