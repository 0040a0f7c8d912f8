package org.storywire.app.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storywire dlq}: what went to the dead-letter topic, why, and putting it back after a fix. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Inspect the dead-letter topic (STORYWIRE_TOPIC_DLQ, default articles.dlq) and replay records after a fix.",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Show.class, DlqCommand.Replay.class})
public final class DlqCommand {
    /** {@code dlq list}: one line per dead letter. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per dead letter: position, time, source, key, reason.")
    static final class ListLetters implements Callable<Integer> {
        @Mixin OperatorOptions options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DeadLetterTopic topic = new DeadLetterTopic(options.config());
            List<DeadLetter> letters = topic.readAll();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d dead letters in %s%n", letters.size(), topic.name());
            for (DeadLetter letter : letters) {
                out.printf("%-8s %s  from %s  key %s%n         %s: %s%n", letter.position(), letter.timestamp(), letter.source(),
                        letter.keyText(), shortName(letter.exception()), Printable.text(bytes(letter.message()), 160));
            }
            return 0;
        }
    }

    /** {@code dlq show P:O}: everything one dead letter says. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "A dead letter in full: headers, key, value, stack trace.")
    static final class Show implements Callable<Integer> {
        @Mixin OperatorOptions options;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "PARTITION:OFFSET", arity = "1..*", description = "Dead letters by their position in the dead-letter topic.")
        List<String> positions;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Selection selection = Selection.of(new DeadLetterTopic(options.config()).readAll(), positions);
            for (DeadLetter letter : selection.found()) {
                out.printf("dead letter %s, written %s%n", letter.position(), letter.timestamp());
                out.printf("  source:    %s%n", letter.source());
                out.printf("  key:       %s%n", letter.keyText());
                out.printf("  exception: %s%n", letter.exception());
                out.printf("  message:   %s%n", letter.message());
                out.printf("  value:     %s%n", letter.omittedBytes() != null ? "left out, " + letter.omittedBytes() + " bytes (read it at the source)"
                        : letter.value() == null ? "(none)" : Printable.text(letter.value(), 400));
                letter.headers().forEach(h -> {
                    if (!h.key().startsWith(DeadLetter.ERROR_HEADER_PREFIX) && !h.key().equals(DeadLetter.OMITTED_HEADER)) {
                        out.printf("  header %s: %s%n", h.key(), h.value() == null ? "(null)" : Printable.text(h.value(), 200));
                    }
                });
                out.printf("  stack trace:%n%s%n", letter.stacktrace() == null ? "    (none)" : letter.stacktrace().indent(4).stripTrailing());
            }
            return selection.report(spec.commandLine().getErr());
        }
    }

    /** {@code dlq replay P:O ... | --all}: back to the source topic. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Publish dead letters again to the topic they came from (key, value and headers as received), e.g. after a fix.")
    static final class Replay implements Callable<Integer> {
        @Mixin OperatorOptions options;
        @Spec CommandSpec spec;

        @Option(names = "--all", description = "Every dead letter, in partition and offset order.")
        boolean all;

        @Parameters(paramLabel = "PARTITION:OFFSET", arity = "0..*", description = "Dead letters by their position in the dead-letter topic.")
        List<String> positions = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (all == !positions.isEmpty()) {
                err.println("dlq replay: give PARTITION:OFFSET positions (see dlq list) or --all");
                return 2;
            }
            DeadLetterTopic topic = new DeadLetterTopic(options.config());
            List<DeadLetter> letters = topic.readAll();
            Selection selection = all ? new Selection(letters, List.of()) : Selection.of(letters, positions);
            List<DeadLetter> replayable = new ArrayList<>();
            for (DeadLetter letter : selection.found()) {
                if (letter.sourceTopic() == null) err.printf("dlq replay: %s names no source topic; not replayed%n", letter.position());
                else if (letter.omittedBytes() != null) err.printf("dlq replay: %s holds no value (%s bytes were left out); not replayed%n",
                        letter.position(), letter.omittedBytes());
                else replayable.add(letter);
            }
            List<RecordMetadata> sent = topic.replay(replayable);
            for (int i = 0; i < sent.size(); i++) {
                out.printf("replayed %s -> %s-%d@%d%n", replayable.get(i).position(), sent.get(i).topic(), sent.get(i).partition(), sent.get(i).offset());
            }
            return selection.report(err) != 0 || replayable.size() < selection.found().size() ? 1 : 0;
        }
    }

    /** The dead letters asked for, and the positions that name none. */
    record Selection(List<DeadLetter> found, List<String> missing) {
        static Selection of(List<DeadLetter> letters, List<String> positions) {
            Map<String, DeadLetter> byPosition = letters.stream().collect(Collectors.toMap(DeadLetter::position, Function.identity()));
            List<DeadLetter> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String position : positions) {
                DeadLetter letter = byPosition.get(position.strip());
                if (letter == null) missing.add(position);
                else found.add(letter);
            }
            return new Selection(found, missing);
        }

        int report(PrintWriter err) {
            missing.forEach(p -> err.printf("dlq: no dead letter at %s (positions are PARTITION:OFFSET, see dlq list)%n", p));
            return missing.isEmpty() ? 0 : 1;
        }
    }

    private static String shortName(String exceptionClass) {
        return exceptionClass == null ? "unknown" : exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1);
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
