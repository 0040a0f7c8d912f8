package org.storywire.app;

import picocli.CommandLine;

/** Prints the {@code --help} page of every command and subcommand: run in a JVM of its own with secrets in its environment. */
public final class HelpPages {
    private HelpPages() {
    }

    public static void main(String[] args) {
        print(Main.commandLine());
    }

    private static void print(CommandLine command) {
        System.out.println(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        command.getSubcommands().values().forEach(HelpPages::print);
    }
}
