package org.storywire.ingest;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.feed.FeedIngest;
import org.storywire.ingest.feed.FeedPoller;
import org.storywire.ingest.files.ArticleFiles;
import org.storywire.ingest.http.FeedTokens;
import org.storywire.ingest.http.HttpIngestServer;
import org.storywire.ingest.http.HttpIngestSettings;
import org.storywire.ingest.replay.ArchiveReplay;
import org.storywire.lifecycle.Shutdown;
import org.storywire.security.ServerKeystore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storywire ingest}: publish raw articles to articles.raw from files, feeds, HTTP or an archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish raw articles to Kafka (articles.raw): files, RSS/Atom feeds, HTTP push, archive replay.",
        subcommands = {IngestCommand.FilesCommand.class, IngestCommand.RssCommand.class, IngestCommand.HttpCommand.class,
                IngestCommand.ReplayCommand.class, IngestCommand.RetractCommand.class})
public final class IngestCommand implements Runnable {
    /**
     * How long Ctrl-C or SIGTERM may take to stop a live ingest, as for the processor (a broker that
     * went away holds a flush for the producer's delivery timeout, 2 min). Past it the JVM exits
     * without the last flush; nothing is lost by that, since only acknowledged articles are marked
     * as published: the next poll sends them again, and an HTTP sender got no 202 for them.
     */
    static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(30);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Choose a source: files, rss, http, replay or retract");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand()).execute(args));
    }

    @Command(name = "files", mixinStandardHelpOptions = true,
            description = {"Publish the articles in files and directories (recursively, in path order).",
                    ".txt (the first line may carry metadata such as 'date 2024-11'), .html, .json (one article or an array),"
                            + " .jsonl (one article per line)."})
    static final class FilesCommand extends Subcommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
        List<Path> paths;

        @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for articles that do not name one.")
        String outlet;

        @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB", converter = Sizes.ByteSize.class,
                description = "Larger article files (and JSON Lines lines) are reported and skipped (default: ${DEFAULT-VALUE}).")
        long maxFileSize;

        @Override
        public Integer call() throws Exception {
            return withRun(false, run -> {
                ArticleFiles files = new ArticleFiles(maxFileSize);
                List<FileUnderRoot> work = new ArrayList<>();
                for (Path root : paths) {
                    if (!Files.exists(root)) {
                        run.summary.failed(root.toString(), "no such file or directory");
                        continue;
                    }
                    for (Path file : ArticleFiles.list(root)) {
                        work.add(new FileUnderRoot(root, file));
                    }
                }
                if (work.isEmpty() && run.summary.failedCount() == 0) {
                    run.summary.failed(String.join(" ", paths.stream().map(Path::toString).toList()), "no .txt, .html, .json or .jsonl files");
                }
                OutletDefault sink = new OutletDefault(run.publisher, outlet);
                return run.publishAll(work.size(), "files", done -> {
                    for (FileUnderRoot next : work) {
                        files.read(next.root(), next.file(), sink);
                        done.run();
                    }
                });
            });
        }
    }

    @Command(name = "rss", mixinStandardHelpOptions = true,
            description = "Poll RSS 2.0 / Atom feeds with conditional GET and publish each item; runs until stopped unless --once.")
    static final class RssCommand extends Subcommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "URL", description = "Feed URLs.")
        List<URI> feeds;

        @Option(names = "--once", description = "Poll every feed once, then exit.")
        boolean once;

        @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5m", converter = Sizes.Interval.class,
                description = "Time between polls in live mode, e.g. 30s, 5m (default: ${DEFAULT-VALUE}).")
        Duration interval;

        @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = Sizes.Interval.class,
                description = "Connect and read timeout per feed (default: ${DEFAULT-VALUE}).")
        Duration timeout;

        @Override
        public Integer call() throws Exception {
            return withRun(false, run -> {
                FeedIngest ingest = new FeedIngest(new FeedPoller(timeout, 50L * 1024 * 1024, Clock.systemUTC()), feeds, run.publisher);
                AtomicInteger exitCode = new AtomicInteger();
                CountDownLatch polled = new CountDownLatch(1);
                Shutdown shutdown = Shutdown.onSignal(SHUTDOWN_BOUND, System.err);
                shutdown.add("publishing (flush and summary)", () -> exitCode.set(run.finish()));
                // Polling ends between feeds; the feed being read is published whole, since its validators would skip the rest.
                shutdown.add("feed polling", () -> {
                    ingest.stop();
                    polled.await();
                });
                try {
                    if (once) {
                        ingest.pollOnce();
                    } else {
                        ingest.run(interval, () -> {
                            run.publisher.flush();
                            System.err.println(run.summary.line());
                        });
                    }
                } finally {
                    polled.countDown();
                }
                shutdown.now();
                return exitCode.get();
            });
        }
    }

    @Command(name = "http", mixinStandardHelpOptions = true,
            description = {"Accept articles POSTed to /articles; runs until stopped.",
                    "One JSON article, an array, or JSON Lines; answers 202 with the assigned ids, 400 for invalid input,"
                            + " 413 above --max-request-size, 401/403 without an accepted token when tokens are set,"
                            + " 429 above --rate-limit.",
                    "A single token can also come from the environment variable STORYWIRE_INGEST_TOKEN (feed name 'default');"
                            + " the TLS keystore password from STORYWIRE_TLS_KEYSTORE_PASSWORD."})
    static final class HttpCommand extends Subcommand implements Callable<Integer> {
        @Option(names = "--port", paramLabel = "N", defaultValue = "8090", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "${env:STORYWIRE_HTTP_BIND:-127.0.0.1}",
                description = "Address to listen on; 0.0.0.0 for every interface (env STORYWIRE_HTTP_BIND; default: ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--token-file", paramLabel = "FILE", defaultValue = "${env:STORYWIRE_INGEST_TOKEN_FILE}",
                description = "'NAME TOKEN' per line: requests need one of the tokens, articles record its NAME as their feed;"
                        + " read again when it changes (env STORYWIRE_INGEST_TOKEN_FILE).")
        Path tokenFile;

        @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "20",
                description = "Requests per second per feed, bursts up to a second's worth; 0 for none (default: ${DEFAULT-VALUE}).")
        double rateLimit;

        @Option(names = "--tls-keystore", paramLabel = "FILE", defaultValue = "${env:STORYWIRE_TLS_KEYSTORE}",
                description = "PKCS12 keystore with the server's key and certificate: serve HTTPS (env STORYWIRE_TLS_KEYSTORE).")
        Path tlsKeystore;

        @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "10MB", converter = Sizes.ByteSize.class,
                description = "Larger requests get 413 (default: ${DEFAULT-VALUE}).")
        long maxRequestSize;

        @Override
        public Integer call() throws Exception {
            HttpIngestSettings settings;
            try {
                settings = settings(System.getenv());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("ingest: " + e.getMessage());
                return 2;
            }
            IngestRun run;
            try {
                run = new IngestRun(options, false, spec.commandLine().getOut(), spec.commandLine().getErr());
            } catch (IngestRun.SetupException e) {
                return setupFailed(spec, e);
            }
            HttpIngestServer server;
            try {
                server = HttpIngestServer.start(settings, run.publisher);
            } catch (RuntimeException e) {
                run.close();
                if (!isBindFailure(e)) throw e;
                spec.commandLine().getErr().println("ingest http: port " + port + " is already in use; start with another --port");
                return 2;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("accepting articles on " + (settings.tls().isPresent() ? "https" : "http") + "://" + bind + ":" + server.port()
                    + "/articles" + settings.tokens().map(t -> " with " + t.size() + " feed tokens").orElse(" from anyone who reaches it"));
            if (settings.tokens().isEmpty() && !InetAddress.getByName(bind).isLoopbackAddress()) {
                err.println("warning: " + bind + " is reachable from other machines and no token is required: set --token-file");
            }
            err.flush();
            Shutdown shutdown = Shutdown.onSignal(SHUTDOWN_BOUND, System.err);
            shutdown.add("publishing (flush and summary)", run::finish);
            shutdown.add("HTTP server", server);
            shutdown.await();
            return 0;
        }

        HttpIngestSettings settings(Map<String, String> env) {
            String singleToken = env.getOrDefault("STORYWIRE_INGEST_TOKEN", "");
            if (tokenFile != null && !singleToken.isEmpty()) {
                throw new IllegalArgumentException("give either --token-file or STORYWIRE_INGEST_TOKEN, not both");
            }
            Optional<FeedTokens> tokens = tokenFile != null ? Optional.of(FeedTokens.file(tokenFile))
                    : singleToken.isEmpty() ? Optional.empty() : Optional.of(FeedTokens.single(singleToken));
            Optional<ServerKeystore> tls = Optional.ofNullable(tlsKeystore)
                    .map(path -> new ServerKeystore(path, env.getOrDefault(ServerKeystore.PASSWORD_ENV, "")));
            if (rateLimit < 0) {
                throw new IllegalArgumentException("--rate-limit must be 0 or more");
            }
            return new HttpIngestSettings(bind, port, maxRequestSize, tls, tokens, rateLimit);
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Re-publish an archive in publication-time order with the original timestamps.",
                    "ARCHIVE is a directory of article files or a JSON Lines file; sent as fast as possible, or at --speed times real time."})
    static final class ReplayCommand extends Subcommand implements Callable<Integer> {
        @Parameters(paramLabel = "ARCHIVE", description = "Directory of article files, or a .jsonl file.")
        Path archive;

        @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "0",
                description = "History seconds per wall second, e.g. 3600 for an hour a second; 0 = as fast as possible (default).")
        double speed;

        @Option(names = "--force", description = "Publish articles even if their content was published before (into a fresh topic).")
        boolean force;

        @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB", converter = Sizes.ByteSize.class,
                description = "Larger article files are reported and skipped (default: ${DEFAULT-VALUE}).")
        long maxFileSize;

        @Override
        public Integer call() throws Exception {
            return withRun(force, run -> {
                if (!Files.exists(archive)) {
                    run.summary.failed(archive.toString(), "no such file or directory");
                    return run.finish();
                }
                ArchiveReplay replay = new ArchiveReplay(new ArticleFiles(maxFileSize), speed, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
                List<ArchiveReplay.Entry> ordered = replay.index(archive, run.publisher);
                return run.publishAll(ordered.size(), "archive entries", done -> replay.replay(ordered, new ArticleSink() {
                    @Override
                    public void accept(IncomingArticle article) {
                        run.publisher.accept(article);
                        done.run();
                    }

                    @Override
                    public void reject(String where, String reason) {
                        run.publisher.reject(where, reason);
                        done.run();
                    }
                }));
            });
        }
    }

    @Command(name = "retract", mixinStandardHelpOptions = true,
            description = {"Retract articles: publish a tombstone (null value) for each id.",
                    "--feed retracts every article whose latest version came from that feed (an HTTP push token's name)."})
    static final class RetractCommand extends Subcommand implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "ID", description = "Article ids, as in the record keys.")
        List<String> ids = new ArrayList<>();

        @Option(names = "--feed", paramLabel = "NAME", description = "Also retract every article of this feed.")
        String feed;

        @Override
        public Integer call() throws Exception {
            if (ids.isEmpty() && feed == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Give article ids, --feed NAME, or both");
            }
            return withRun(false, run -> {
                List<String> retracted = new ArrayList<>(ids);
                if (feed != null) {
                    Set<String> ofFeed = PublishedArticles.idsOfFeed(options, feed);
                    spec.commandLine().getErr().println(ofFeed.size() + " articles of feed " + feed + " in " + options.topic);
                    retracted.addAll(ofFeed);
                }
                List<CompletableFuture<Void>> sent = retracted.stream().distinct().map(run.publisher::retract).toList();
                run.publisher.flush();
                sent.forEach(f -> f.exceptionally(e -> null).join());
                return run.finish();
            });
        }
    }

    /** A file to read, and the directory given on the command line that its id is relative to. */
    private record FileUnderRoot(Path root, Path file) {
    }

    /** Fills in the outlet given on the command line for articles that do not name one. */
    private record OutletDefault(ArticlePublisher publisher, String outlet) implements ArticleSink {
        @Override
        public void accept(IncomingArticle article) {
            publisher.accept(outlet != null && article.outlet() == null ? article.withOutlet(outlet) : article);
        }

        @Override
        public void reject(String where, String reason) {
            publisher.reject(where, reason);
        }
    }

    /** What a subcommand does with its run; answers the exit code. */
    private interface RunBody {
        int apply(IngestRun run) throws Exception;
    }

    /** What every subcommand has: where to publish, and its command line for output and errors. */
    abstract static class Subcommand {
        @Mixin
        IngestOptions options;

        @Spec
        CommandLine.Model.CommandSpec spec;

        /** Sets up a run, hands it to {@code body} and closes it; a run that cannot be set up is one line and exit code 1. */
        int withRun(boolean force, RunBody body) throws Exception {
            try (IngestRun run = new IngestRun(options, force, spec.commandLine().getOut(), spec.commandLine().getErr())) {
                return body.apply(run);
            } catch (IngestRun.SetupException e) {
                return setupFailed(spec, e);
            }
        }
    }

    /** Nothing could be ingested: say why in one line rather than a stack trace. */
    private static int setupFailed(CommandLine.Model.CommandSpec spec, IngestRun.SetupException e) {
        spec.commandLine().getErr().println("ingest: " + e.getMessage());
        return 1;
    }

    private static boolean isBindFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) return true;
        }
        return false;
    }
}
