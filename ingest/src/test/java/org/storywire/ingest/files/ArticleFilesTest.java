package org.storywire.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storywire.avro.TimePrecision;
import org.storywire.ingest.article.ArticleSink;
import org.storywire.ingest.article.IncomingArticle;
import org.storywire.ingest.article.PublicationTime;

class ArticleFilesTest {
    @TempDir
    Path dir;

    private final List<IncomingArticle> articles = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(IncomingArticle article) {
            articles.add(article);
        }

        @Override
        public void reject(String where, String reason) {
            rejected.add(where + ": " + reason);
        }
    };

    @Test
    void plainTextKeepsItsBodyAndReadsTheMetadataLine() throws IOException {
        String text = " date 2024-11 Der Fährbetrieb ruht. Ein Sprecher sagte, man warte auf besseres Wetter.\n\nZweiter Absatz.\n";
        Path file = write("2024/011_faehre.txt", text);
        new ArticleFiles(1_000_000).read(dir, file, sink);
        assertThat(rejected).isEmpty();
        IncomingArticle a = articles.get(0);
        assertThat(a.id()).isEqualTo("2024/011_faehre.txt");
        assertThat(a.body()).isEqualTo(text);
        // German text: the metadata month starts in Berlin time, as the processor's cleaner reads it.
        assertThat(a.published()).isEqualTo(new PublicationTime(Instant.parse("2024-10-31T23:00:00Z"), TimePrecision.MONTH));
        assertThat(a.source()).isEqualTo("files");
        assertThat(a.feed()).isEqualTo(file.toString());
    }

    @Test
    void aDatelineIsMorePreciseThanAMonth() throws IOException {
        Path file = write("a.txt", " date 2024-11 Bericht Stand: 11.11.2024 08:01 Uhr\n\nText.");
        new ArticleFiles(1_000_000).read(dir, file, sink);
        assertThat(articles.get(0).published()).isEqualTo(new PublicationTime(Instant.parse("2024-11-11T07:01:00Z"), TimePrecision.MINUTE));
    }

    @Test
    void metadataLineCanCarryUrlAndLanguage() throws IOException {
        Path file = write("a.txt", "\n\nurl https://hafen.example/x?utm_source=a language DE date 2025-03-04\nDer Text.");
        new ArticleFiles(1_000_000).read(dir, file, sink);
        IncomingArticle a = articles.get(0);
        assertThat(a.url()).isEqualTo("https://hafen.example/x?utm_source=a");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.published().precision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void textThatMerelyStartsWithAMetadataWordIsText() throws IOException {
        ArticleFiles files = new ArticleFiles(1_000_000);
        files.read(dir, write("a.txt", "Language barriers keep many families from applying, the mayor said."), sink);
        files.read(dir, write("b.txt", "Date: 2025-03-04\nDer Text."), sink);
        files.read(dir, write("c.txt", "date 2024-11 url Hafen: Die Fähre fährt wieder."), sink);
        assertThat(articles.get(0).language()).isNull();
        assertThat(articles.get(0).published()).isNull();
        assertThat(articles.get(1).published().precision()).isEqualTo(TimePrecision.DAY);
        assertThat(articles.get(2).published().precision()).isEqualTo(TimePrecision.MONTH);
        assertThat(articles.get(2).url()).isNull();
    }

    @Test
    void htmlGivesTextTitleUrlAndTime() throws IOException {
        Path file = write("page.html", """
                <html><head><title>Fallback</title>
                <meta property="og:title" content="Kaimauer bleibt gesperrt">
                <meta property="og:site_name" content="Hafenblatt Nord">
                <link rel="canonical" href="https://hafenblatt.example/kaimauer">
                <meta property="article:published_time" content="2025-03-05T18:30:00+01:00">
                <script>var tracking = 1;</script><style>p {}</style></head>
                <body><h1>Kaimauer bleibt gesperrt</h1><p>Die Stadt  sperrt die
                Kaimauer.</p><p>Ein Sprecher sagte: „Wir prüfen.“<br>Mehr folgt.</p></body></html>
                """);
        new ArticleFiles(1_000_000).read(dir, file, sink);
        IncomingArticle a = articles.get(0);
        assertThat(a.title()).isEqualTo("Kaimauer bleibt gesperrt");
        assertThat(a.outlet()).isEqualTo("Hafenblatt Nord");
        assertThat(a.url()).isEqualTo("https://hafenblatt.example/kaimauer");
        assertThat(a.published()).isEqualTo(new PublicationTime(Instant.parse("2025-03-05T17:30:00Z"), TimePrecision.SECOND));
        assertThat(a.body()).isEqualTo("Kaimauer bleibt gesperrt\nDie Stadt sperrt die Kaimauer.\nEin Sprecher sagte: „Wir prüfen.“\nMehr folgt.");
    }

    @Test
    void htmlMayDeclareAnotherCharsetButTextMustBeUtf8() throws IOException {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Grüße</title></head><body><p>Straße gesperrt</p></body></html>";
        Path declared = dir.resolve("old.html");
        Files.write(declared, page.getBytes("windows-1252"));
        Path undeclared = dir.resolve("bad.html");
        Files.write(undeclared, "<p>Stra\u00dfe</p>".getBytes(StandardCharsets.ISO_8859_1));
        ArticleFiles files = new ArticleFiles(1_000_000);
        files.read(dir, declared, sink);
        files.read(dir, undeclared, sink);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Grüße");
            assertThat(a.body()).isEqualTo("Straße gesperrt");
        });
        assertThat(rejected).containsExactly(undeclared + ": invalid UTF-8 at byte 7");
    }

    @Test
    void jsonFilesHoldOneArticleOrAnArray() throws IOException {
        Path one = write("one.json", "{\"title\":\"T\",\"text\":\"Body one\",\"published\":\"2025-03-04\",\"outlet\":\"O\"}");
        Path many = write("many.json", "[{\"id\":\"a-1\",\"body\":\"Body a\"},{\"body\":\"\"},{\"url\":\"https://x.example/b\",\"body\":\"Body b\"}]");
        ArticleFiles files = new ArticleFiles(1_000_000);
        files.read(dir, one, sink);
        files.read(dir, many, sink);
        assertThat(articles).extracting(IncomingArticle::id).containsExactly("one.json", "a-1", null);
        assertThat(articles.get(2).url()).isEqualTo("https://x.example/b");
        assertThat(rejected).containsExactly(many + "[1]: no body: one of body, text must be a non-empty string");
    }

    @Test
    void jsonLinesReportBadLinesAndReadTheRest() throws IOException {
        byte[] good = "{\"id\":\"1\",\"body\":\"Erster Text\",\"language\":\"de\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = "{\"id\":\"2\",\"body\":\n".getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] last = "\r\n{\"id\":\"3\",\"body\":\"Dritter\"}\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("batch.jsonl");
        Files.write(file, concat(good, broken, badUtf8, last));
        new ArticleFiles(1_000_000).read(dir, file, sink);
        assertThat(articles).extracting(IncomingArticle::id).containsExactly("1", "3");
        assertThat(articles).extracting(IncomingArticle::source).containsOnly("jsonl");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0)).startsWith(file + ":2: malformed JSON");
        assertThat(rejected.get(1)).isEqualTo(file + ":3: invalid UTF-8 at byte 9");
    }

    @Test
    void badFilesAreReportedWithTheReason() throws IOException {
        Path big = write("big.txt", "x".repeat(2_000));
        Path invalid = dir.resolve("latin1.txt");
        Files.write(invalid, "Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1));
        Path malformed = write("broken.json", "{\"body\": \"unterminated");
        ArticleFiles files = new ArticleFiles(1_000);
        files.read(dir, big, sink);
        files.read(dir, invalid, sink);
        files.read(dir, malformed, sink);
        files.read(dir, dir.resolve("missing.txt"), sink);
        assertThat(articles).isEmpty();
        assertThat(rejected).hasSize(4);
        assertThat(rejected.get(0)).isEqualTo(big + ": file too large: 2000 bytes, limit 1000");
        assertThat(rejected.get(1)).isEqualTo(invalid + ": invalid UTF-8 at byte 2");
        assertThat(rejected.get(2)).startsWith(malformed + ": malformed JSON");
        assertThat(rejected.get(3)).startsWith(dir.resolve("missing.txt") + ": unreadable: NoSuchFileException");
    }

    @Test
    void listsSupportedFilesRecursivelyInPathOrder() throws IOException {
        write("b/2.txt", "x");
        write("a/1.html", "x");
        write("a/0.jsonl", "x");
        write("c.pdf", "x");
        write(".hidden/3.txt", "x");
        assertThat(ArticleFiles.list(dir)).extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("a/0.jsonl", "a/1.html", "b/2.txt");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
