package org.storywire.platform;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether the ports a command is about to listen on are free, checked before anything starts:
 * a broker that finds its port taken fails half-started, with a stack trace naming no option.
 */
public final class PortCheck {
    private PortCheck() {}

    /**
     * Binds and releases {@code port} on loopback, where storywire's servers listen; 0 (any port) is always free.
     *
     * @throws StartupException naming {@code option} when the port is taken
     */
    public static void requireFree(int port, String option) {
        if (port == 0) return;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw inUse(port, option, e);
        }
    }

    /** The one-line error for a port found taken, here or by a server's own bind. */
    public static StartupException inUse(int port, String option, Throwable cause) {
        return new StartupException("port " + port + " is already in use; start with another " + option + " (0 picks a free one)", cause);
    }

    /** Whether {@code error} or one of its causes is a failed bind. */
    public static boolean isBindFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BindException) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }
}
