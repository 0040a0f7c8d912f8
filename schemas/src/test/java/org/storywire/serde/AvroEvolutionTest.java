package org.storywire.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.avro.TimePrecision;

class AvroEvolutionTest {

    static Schema rawArticleV1() throws IOException {
        try (InputStream in = AvroEvolutionTest.class.getResourceAsStream("/evolution/RawArticle-v1.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    /** A v1 RawArticle, as a producer built before the {@code feed} field would have written it. */
    static GenericRecord v1Article(Schema v1) {
        GenericRecord record = new GenericData.Record(v1);
        record.put("id", "wire-1");
        record.put("source", "files");
        record.put("outlet", "dpa");
        record.put("body", "Der Kreml wies dies zurück.");
        record.put("published", 1_731_000_000_000L);
        record.put("publishedPrecision", new GenericData.EnumSymbol(v1.getField("publishedPrecision").schema(), "DAY"));
        record.put("fetched", 1_731_000_100_000L);
        record.put("contentHash", "abc");
        return record;
    }

    @Test
    void v1IsTheCurrentSchemaWithoutTheFeedField() throws IOException {
        Schema v1 = rawArticleV1();
        Schema current = RawArticle.getClassSchema();

        assertThat(v1.getFields()).map(Schema.Field::name)
                .containsExactlyElementsOf(current.getFields().stream().map(Schema.Field::name)
                        .filter(name -> !name.equals("feed")).toList());
        assertThat(current.getField("feed").doc()).startsWith("Added in v2");
    }

    @Test
    void currentSchemaReadsV1AndV1ReadsCurrent() throws IOException {
        Schema v1 = rawArticleV1();
        Schema current = RawArticle.getClassSchema();

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, v1).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(v1, current).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void aV1RecordReadsIntoTheCurrentGeneratedClassWithTheFeedDefault() throws IOException {
        Schema v1 = rawArticleV1();
        byte[] bytes = AvroWireFormat.encode(7, new GenericDatumWriter<>(v1), v1Article(v1));

        RawArticle article = AvroWireFormat.decode(bytes, new SpecificDatumReader<>(v1, RawArticle.getClassSchema(),
                SpecificData.getForClass(RawArticle.class)), AvroWireFormat.schemaId(bytes));

        assertThat(article.getId()).isEqualTo("wire-1");
        assertThat(article.getOutlet()).isEqualTo("dpa");
        assertThat(article.getPublished()).isEqualTo(Instant.ofEpochMilli(1_731_000_000_000L));
        assertThat(article.getPublishedPrecision()).isEqualTo(TimePrecision.DAY);
        assertThat(article.getFeed()).isNull();
    }
}
