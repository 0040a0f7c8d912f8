package org.storywire.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storywire eval}: the subcommands that score cleaning, extraction, grouping and status against gold data, or learn from it. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction against gold data.",
        subcommands = {SeedsEvalCommand.class, SamplesEvalCommand.class, QuotesEvalCommand.class, EventsEvalCommand.class, CueFormsEvalCommand.class,
                CuelessReportsEvalCommand.class})
public final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
