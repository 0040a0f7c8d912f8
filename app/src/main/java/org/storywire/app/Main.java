package org.storywire.app;

import org.storywire.bench.BenchCommand;
import org.storywire.app.ops.DlqCommand;
import org.storywire.app.ops.ResetCommand;
import org.storywire.eval.EvalCommand;
import org.storywire.eval.KafkaSeedsPipeline;
import org.storywire.eval.SeedsEvalCommand;
import org.storywire.ingest.IngestCommand;
import org.storywire.platform.StartupException;
import org.storywire.processor.ProcessCommand;
import org.storywire.processor.ReplayCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The storywire command line. Each subcommand lives with the module whose work it does. */
@Command(
        name = "storywire",
        mixinStandardHelpOptions = true,
        version = "storywire 0.1.0",
        description = "Watch news stories form, get denied and change, live from wire feeds.",
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            ProcessCommand.class,
            ReplayCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            DlqCommand.class,
            ResetCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with {@code eval seeds --through-kafka} able to start the embedded system. */
    static CommandLine commandLine() {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == SeedsEvalCommand.class) return (K) new SeedsEvalCommand(KafkaSeedsPipeline::start);
                return defaults.create(type);
            }
        }).setExecutionExceptionHandler(Main::startupProblemInOneLine);
    }

    /** A start-up problem or a path the user fixes with an option is one line, not a stack trace. */
    private static int startupProblemInOneLine(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        String problem;
        if (e instanceof StartupException) problem = e.getMessage();
        else if (e instanceof java.nio.file.NoSuchFileException missing) problem = "no such file or directory: " + missing.getFile();
        else if (e instanceof java.nio.file.AccessDeniedException denied) problem = "permission denied: " + denied.getFile();
        else if (e instanceof java.nio.file.NotDirectoryException notDirectory) problem = "not a directory: " + notDirectory.getFile();
        else throw e;
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + problem);
        command.getErr().flush();
        return 2;
    }
}
