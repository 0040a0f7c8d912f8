package org.storywire.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.storywire.avro.RawArticle;
import org.storywire.avro.Statement;
import org.storywire.avro.StoryState;
import org.storywire.avro.TimePrecision;

class AvroEvolutionTest {
    /** The statement's fields since v5: the words it quotes and the question it answers. */
    private static final Set<String> ADDED_IN_V5 = Set.of("quoted", "question");

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

        readEachOther(current, v1);
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

    /** The statement as published before the article's lead was taken off it (the lead is read by grouping alone, before publishing). */
    static Schema statementV1() throws IOException {
        try (InputStream in = AvroEvolutionTest.class.getResourceAsStream("/evolution/Statement-v1.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    @Test
    void statementV1IsTheCurrentSchemaWithALeadOnItsArticle() throws IOException {
        Schema v1Article = statementV1().getField("article").schema().getTypes().get(1);
        Schema article = Statement.getClassSchema().getField("article").schema().getTypes().get(1);

        assertThat(v1Article.getFields()).map(Schema.Field::name).containsExactly("title", "lead", "published");
        assertThat(article.getFields()).map(Schema.Field::name).containsExactly("title", "published");
        readEachOther(Statement.getClassSchema(), statementV1());
    }

    /** Each schema reads what the other wrote: a field added or removed with a default. */
    private static void readEachOther(Schema current, Schema earlier) {
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, earlier).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(earlier, current).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }

    /** A directly quoted denial in an earlier statement schema, with what it has no default for. */
    private static GenericRecord denial(Schema schema) {
        GenericRecord statement = new GenericData.Record(schema);
        statement.put("storyId", "call:ru+us");
        statement.put("articleId", "wire-1");
        statement.put("ordinal", 3);
        statement.put("stance", new GenericData.EnumSymbol(schema.getField("stance").schema(), "DENIAL"));
        statement.put("attribution", new GenericData.EnumSymbol(schema.getField("attribution").schema(), "DIRECT_QUOTE"));
        GenericRecord evidence = new GenericData.Record(schema.getField("evidence").schema());
        evidence.put("articleId", "wire-1");
        evidence.put("sentence", "Der Kreml wies dies zurück.");
        for (String offset : new String[] {"sentenceBegin", "sentenceEnd", "contentBegin", "contentEnd"}) evidence.put(offset, 0);
        statement.put("evidence", evidence);
        return statement;
    }

    /** Every field not set yet that has a default, set to it. */
    private static GenericRecord withDefaults(GenericRecord statement) {
        for (Schema.Field f : statement.getSchema().getFields()) {
            if (statement.get(f.name()) == null && f.hasDefaultValue()) statement.put(f.name(), GenericData.get().getDefaultValue(f));
        }
        return statement;
    }

    @Test
    void aV1StatementWithALeadReadsIntoTheCurrentClass() throws IOException {
        Schema v1 = statementV1();
        GenericRecord statement = denial(v1);
        statement.put("confidence", 0.9);
        Schema articleSchema = v1.getField("article").schema().getTypes().get(1);
        GenericRecord article = new GenericData.Record(articleSchema);
        article.put("title", "Kein Telefonat");
        article.put("lead", "Moskau bestreitet ein Gespräch. ".repeat(60));
        article.put("published", 1_731_000_000_000L);
        statement.put("article", article);
        statement.put("standing", new GenericData.EnumSymbol(v1.getField("standing").schema(), "PARTY"));
        statement.put("madeAtPrecision", new GenericData.EnumSymbol(v1.getField("madeAtPrecision").schema(), "DAY"));
        withDefaults(statement);
        byte[] bytes = AvroWireFormat.encode(9, new GenericDatumWriter<>(v1), statement);

        Statement read = AvroWireFormat.decode(bytes, new SpecificDatumReader<>(v1, Statement.getClassSchema(),
                SpecificData.getForClass(Statement.class)), AvroWireFormat.schemaId(bytes));

        assertThat(read.getArticleId()).isEqualTo("wire-1");
        assertThat(read.getArticle().getTitle()).isEqualTo("Kein Telefonat");
        assertThat(read.getArticle().getPublished()).isEqualTo(Instant.ofEpochMilli(1_731_000_000_000L));
    }

    /** The statement as published before it carried its sentence's shingle hashes. */
    static Schema statementV2() throws IOException {
        try (InputStream in = AvroEvolutionTest.class.getResourceAsStream("/evolution/Statement-v2.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    @Test
    void statementV2IsTheCurrentSchemaWithoutShinglesAndEachReadsTheOther() throws IOException {
        Schema v2 = statementV2();
        Schema current = Statement.getClassSchema();

        assertThat(v2.getFields()).map(Schema.Field::name)
                .containsExactlyElementsOf(current.getFields().stream().map(Schema.Field::name)
                        .filter(name -> !name.equals("shingles") && !name.equals("relayedBy") && !ADDED_IN_V5.contains(name)).toList());
        readEachOther(current, v2);
    }

    @Test
    void aV2StatementReadsIntoTheCurrentClassWithNoShingles() throws IOException {
        Schema v2 = statementV2();
        GenericRecord statement = withDefaults(denial(v2));
        byte[] bytes = AvroWireFormat.encode(11, new GenericDatumWriter<>(v2), statement);

        Statement read = AvroWireFormat.decode(bytes, new SpecificDatumReader<>(v2, Statement.getClassSchema(),
                SpecificData.getForClass(Statement.class)), AvroWireFormat.schemaId(bytes));

        assertThat(read.getEvidence().getSentence()).isEqualTo("Der Kreml wies dies zurück.");
        assertThat(read.getShingles()).isEmpty();
    }

    /** The statement as published before it carried the source relaying it. */
    static Schema statementV3() throws IOException {
        try (InputStream in = AvroEvolutionTest.class.getResourceAsStream("/evolution/Statement-v3.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    @Test
    void statementV3IsTheCurrentSchemaWithoutItsRelayAndEachReadsTheOther() throws IOException {
        Schema v3 = statementV3();
        Schema current = Statement.getClassSchema();

        assertThat(v3.getFields()).map(Schema.Field::name)
                .containsExactlyElementsOf(current.getFields().stream().map(Schema.Field::name)
                        .filter(name -> !name.equals("relayedBy") && !ADDED_IN_V5.contains(name)).toList());
        readEachOther(current, v3);
    }

    @Test
    void aV3StatementReadsIntoTheCurrentClassWithNoRelay() throws IOException {
        Schema v3 = statementV3();
        GenericRecord statement = withDefaults(denial(v3));
        byte[] bytes = AvroWireFormat.encode(12, new GenericDatumWriter<>(v3), statement);

        Statement read = AvroWireFormat.decode(bytes, new SpecificDatumReader<>(v3, Statement.getClassSchema(),
                SpecificData.getForClass(Statement.class)), AvroWireFormat.schemaId(bytes));

        assertThat(read.getEvidence().getSentence()).isEqualTo("Der Kreml wies dies zurück.");
        assertThat(read.getRelayedBy()).isNull();
    }

    /** The statement as published before it carried the words it quotes and the question it answers. */
    static Schema statementV4() throws IOException {
        try (InputStream in = AvroEvolutionTest.class.getResourceAsStream("/evolution/Statement-v4.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    @Test
    void statementV4IsTheCurrentSchemaWithoutWhatItCarriesAndEachReadsTheOther() throws IOException {
        Schema v4 = statementV4();
        Schema current = Statement.getClassSchema();

        assertThat(v4.getFields()).map(Schema.Field::name)
                .containsExactlyElementsOf(current.getFields().stream().map(Schema.Field::name).filter(name -> !ADDED_IN_V5.contains(name)).toList());
        readEachOther(current, v4);
    }

    @Test
    void aV4StatementReadsIntoTheCurrentClassQuotingNothingAndAnsweringNoQuestion() throws IOException {
        Schema v4 = statementV4();
        GenericRecord statement = withDefaults(denial(v4));
        byte[] bytes = AvroWireFormat.encode(13, new GenericDatumWriter<>(v4), statement);

        Statement read = AvroWireFormat.decode(bytes, new SpecificDatumReader<>(v4, Statement.getClassSchema(),
                SpecificData.getForClass(Statement.class)), AvroWireFormat.schemaId(bytes));

        assertThat(read.getEvidence().getSentence()).isEqualTo("Der Kreml wies dies zurück.");
        assertThat(read.getQuoted()).isEmpty();
        assertThat(read.getQuestion()).isNull();
    }

    /** The story as published before its timeline was taken off the topic (the API gives it; each statement is in story-updates). */
    static Schema storyStateV1() throws IOException {
        try (InputStream in = AvroEvolutionTest.class.getResourceAsStream("/evolution/StoryState-v1.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    @Test
    void storyStateV1IsTheCurrentSchemaWithItsTimelineAndEachReadsTheOther() throws IOException {
        Schema v1 = storyStateV1();
        Schema current = StoryState.getClassSchema();

        assertThat(current.getFields()).map(Schema.Field::name).containsExactlyElementsOf(v1.getFields().stream()
                .map(Schema.Field::name).filter(name -> !name.equals("timeline") && !name.equals("timelineDropped")).toList());
        readEachOther(current, v1);
    }

    @Test
    void aV1StoryWithATimelineReadsIntoTheCurrentClass() throws IOException {
        Schema v1 = storyStateV1();
        GenericRecord story = new GenericData.Record(v1);
        story.put("storyId", "call:ru+us");
        story.put("title", "Kein Telefonat");
        story.put("status", new GenericData.EnumSymbol(v1.getField("status").schema(), "DENIED"));
        Schema entrySchema = v1.getField("timeline").schema().getElementType();
        GenericRecord entry = withDefaults(new GenericData.Record(entrySchema));
        entry.put("speaker", "Dmitri Peskow");
        entry.put("stance", new GenericData.EnumSymbol(entrySchema.getField("stance").schema(), "DENIAL"));
        entry.put("standing", new GenericData.EnumSymbol(entrySchema.getField("standing").schema(), "PARTY"));
        entry.put("ordinal", 3);
        entry.put("evidence", denial(statementV2()).get("evidence"));
        story.put("timeline", java.util.List.of(entry));
        story.put("timelineDropped", 4L);
        withDefaults(story);
        byte[] bytes = AvroWireFormat.encode(13, new GenericDatumWriter<>(v1), story);

        StoryState read = AvroWireFormat.decode(bytes, new SpecificDatumReader<>(v1, StoryState.getClassSchema(),
                SpecificData.getForClass(StoryState.class)), AvroWireFormat.schemaId(bytes));

        assertThat(read.getStoryId()).isEqualTo("call:ru+us");
        assertThat(read.getStatus().name()).isEqualTo("DENIED");
    }
}
