package org.storywire.app;

import picocli.CommandLine;

/** The command line as {@code storywire} builds it, for tests outside the package. */
public final class MainAccess {
    private MainAccess() {}

    public static CommandLine commandLine() {
        return Main.commandLine();
    }
}
