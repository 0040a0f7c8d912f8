package org.storywire.ingest.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Reads one file under {@code root} and hands its articles, or why not, to the sink. */
    public void read(Path root, Path file, ArticleSink sink) {
        String where = file.toString();
        try {
            String extension = extension(file);
            if (extension.equals("jsonl") || extension.equals("ndjson")) {
                readJsonLines(file, sink);
                return;
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                sink.reject(where, "file too large: " + size + " bytes, limit " + maxFileBytes);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String pathId = pathId(root, file);
            switch (extension) {
                case "txt" -> sink.accept(TextArticles.parse(Utf8.decode(bytes), pathId, where));
                case "html", "htm" -> sink.accept(HtmlArticles.parse(HtmlArticles.decode(bytes), pathId, where));
                default -> readJson(Utf8.decode(bytes), pathId, where, sink);
            }
        } catch (Utf8.InvalidUtf8Exception e) {
            sink.reject(where, e.getMessage());
        } catch (IOException e) {
            sink.reject(where, "unreadable: " + describe(e));
        } catch (IllegalArgumentException e) {
            sink.reject(where, e.getMessage());
        }
    }

    private void readJson(String text, String pathId, String where, ArticleSink sink) {
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
                    sink.accept(JsonArticles.fromJson(node.get(i), "files", where));
                } catch (IllegalArgumentException e) {
                    sink.reject(where + "[" + i + "]", e.getMessage());
                }
            }
            return;
        }
        IncomingArticle article = JsonArticles.fromJson(node, "files", where);
        boolean identified = article.id() != null || article.url() != null;
        sink.accept(identified ? article : withId(article, pathId));
    }

    private void readJsonLines(Path file, ArticleSink sink) throws IOException {
        String where = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int lineNumber = 0;
            LineBytes line;
            while ((line = nextLine(in)) != null) {
                lineNumber++;
                String lineWhere = where + ":" + lineNumber;
                if (line.tooLong) {
                    sink.reject(lineWhere, "line too long: more than " + maxFileBytes + " bytes");
                    continue;
                }
                try {
                    String text = Utf8.decode(line.bytes);
                    if (text.isBlank()) {
                        continue;
                    }
                    sink.accept(JsonArticles.fromJson(JsonArticles.MAPPER.readTree(text), "jsonl", where));
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

    private record LineBytes(byte[] bytes, boolean tooLong) {
    }

    /** The next line's bytes without the line end; a line over the limit is skipped, not buffered. */
    private LineBytes nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b = in.read();
        if (b == -1) {
            return null;
        }
        while (b != -1 && b != '\n') {
            if (!tooLong) {
                buffer.write(b);
                tooLong = buffer.size() > maxFileBytes;
            }
            b = in.read();
        }
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new LineBytes(tooLong ? new byte[0] : Arrays.copyOf(bytes, length), tooLong);
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
