package org.storywire.ingest.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.JsonArticles;
import org.storywire.ingest.article.Utf8;

/**
 * Reads article files: {@code .txt}, {@code .html}/{@code .htm}, {@code .json} (one article or an
 * array) and {@code .jsonl}/{@code .ndjson} (one article per line). A file holding one article
 * without its own id or URL is identified by its path relative to the directory being read, so
 * that an edited file is an update of the same article. Every problem goes to the sink with the
 * file (and line) and the reason; reading goes on.
 */
public final class ArticleFiles {
    private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "json", "jsonl", "ndjson");

    private final long maxFileBytes;

    /** @param maxFileBytes larger single-article files (and JSON Lines lines) are rejected unread */
    public ArticleFiles(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The readable files under {@code root} (or root itself), sorted by path; hidden ones skipped. */
    public static List<Path> list(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .filter(p -> EXTENSIONS.contains(extension(p)))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Where an article was read, so that it can be read again later without keeping it in memory:
     * a JSON Lines line by byte offset and length, anything else by file and element (the index in
     * a JSON array, else 0).
     */
    public record Location(Path root, Path file, long offset, int length, int element) {
        public boolean isLine() {
            return offset >= 0;
        }
    }

    /** Receives each article read together with its location. */
    @FunctionalInterface
    public interface LocatedArticleSink {
        void accept(IncomingArticle article, Location location);
    }

    /** Reads one file under {@code root} and hands its articles, or why not, to the sink. */
    public void read(Path root, Path file, ArticleSink sink) {
        read(root, file, (article, location) -> sink.accept(article), sink);
    }

    /** Like {@link #read(Path, Path, ArticleSink)}, telling where each article is. */
    public void read(Path root, Path file, LocatedArticleSink articles, ArticleSink sink) {
        String where = file.toString();
        try {
            String extension = extension(file);
            if (extension.equals("jsonl") || extension.equals("ndjson")) {
                readJsonLines(root, file, articles, sink);
                return;
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                sink.reject(where, "file too large: " + size + " bytes, limit " + maxFileBytes);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String pathId = pathId(root, file);
            Location whole = new Location(root, file, -1, 0, 0);
            switch (extension) {
                case "txt" -> articles.accept(TextArticles.parse(Utf8.decode(bytes), pathId, where), whole);
                case "html", "htm" -> articles.accept(HtmlArticles.parse(HtmlArticles.decode(bytes), pathId, where), whole);
                default -> readJson(Utf8.decode(bytes), whole, pathId, articles, sink);
            }
        } catch (Utf8.InvalidUtf8Exception e) {
            sink.reject(where, e.getMessage());
        } catch (IOException e) {
            sink.reject(where, "unreadable: " + describe(e));
        } catch (IllegalArgumentException e) {
            sink.reject(where, e.getMessage());
        }
    }

    private void readJson(String text, Location whole, String pathId, LocatedArticleSink articles, ArticleSink sink) {
        String where = whole.file().toString();
        JsonNode node;
        try {
            node = JsonArticles.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            sink.reject(where, "malformed JSON: " + e.getOriginalMessage());
            return;
        }
        if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                try {
                    articles.accept(JsonArticles.fromJson(node.get(i), "files", where),
                            new Location(whole.root(), whole.file(), -1, 0, i));
                } catch (IllegalArgumentException e) {
                    sink.reject(where + "[" + i + "]", e.getMessage());
                }
            }
            return;
        }
        IncomingArticle article = JsonArticles.fromJson(node, "files", where);
        boolean identified = article.id() != null || article.url() != null;
        articles.accept(identified ? article : withId(article, pathId), whole);
    }

    private void readJsonLines(Path root, Path file, LocatedArticleSink articles, ArticleSink sink) throws IOException {
        String where = file.toString();
        try (LineReader lines = new LineReader(Files.newInputStream(file), maxFileBytes)) {
            int lineNumber = 0;
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                String lineWhere = where + ":" + lineNumber;
                if (line.tooLong()) {
                    sink.reject(lineWhere, "line too long: more than " + maxFileBytes + " bytes");
                    continue;
                }
                try {
                    IncomingArticle article = jsonLine(line.bytes(), where);
                    if (article != null) {
                        articles.accept(article, new Location(root, file, line.offset(), line.bytes().length, 0));
                    }
                } catch (Utf8.InvalidUtf8Exception e) {
                    sink.reject(lineWhere, e.getMessage());
                } catch (JsonProcessingException e) {
                    sink.reject(lineWhere, "malformed JSON: " + e.getOriginalMessage());
                } catch (IllegalArgumentException e) {
                    sink.reject(lineWhere, e.getMessage());
                }
            }
        }
    }

    /** The article on a JSON Lines line, or null for a blank line. */
    private static IncomingArticle jsonLine(byte[] bytes, String where) throws Utf8.InvalidUtf8Exception, JsonProcessingException {
        String text = Utf8.decode(bytes);
        return text.isBlank() ? null : JsonArticles.fromJson(JsonArticles.MAPPER.readTree(text), "jsonl", where);
    }

    /**
     * Reads the JSON Lines article at {@code location} again.
     *
     * @throws IOException when the file cannot be read or the line no longer holds an article
     */
    public static IncomingArticle readLine(Location location) throws IOException {
        String where = location.file().toString();
        try (FileChannel channel = FileChannel.open(location.file(), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(location.length());
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, location.offset() + buffer.position()) < 0) {
                    throw new IOException("shorter than when it was indexed");
                }
            }
            IncomingArticle article = jsonLine(buffer.array(), where);
            if (article == null) {
                throw new IOException("changed since it was indexed");
            }
            return article;
        } catch (IllegalArgumentException e) {
            throw new IOException("changed since it was indexed: " + e.getMessage(), e);
        }
    }

    private static IncomingArticle withId(IncomingArticle a, String id) {
        return new IncomingArticle(id, a.source(), a.outlet(), a.url(), a.title(), a.body(), a.language(), a.published(), a.fetched(), a.feed());
    }

    /** The path relative to the directory read, with forward slashes: 2024/003_trump.txt. */
    static String pathId(Path root, Path file) {
        Path relative = Files.isRegularFile(root) ? file.getFileName() : root.relativize(file);
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }
}
