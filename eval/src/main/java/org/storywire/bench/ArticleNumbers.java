package org.storywire.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.storywire.avro.Statement;
import org.storywire.avro.StoryUpdate;
import org.storywire.config.StorywireConfig;
import org.storywire.processor.ProcessCommand;
import org.storywire.topology.SerdeFactory;

/** For the latency run: the number of this run's article a statement or update names, from the article id; -1 for another's. */
final class ArticleNumbers {
    final String statements;
    private final String prefix;
    private final Deserializer<Statement> statement;
    private final Deserializer<StoryUpdate> update;

    ArticleNumbers(StorywireConfig config, String runId) {
        this.statements = config.topics().statements();
        this.prefix = runId + "-";
        SerdeFactory serdes = ProcessCommand.serdeFactory(config);
        this.statement = serdes.valueSerde(Statement.class).deserializer();
        this.update = serdes.valueSerde(StoryUpdate.class).deserializer();
    }

    int ofStatement(ConsumerRecord<String, byte[]> r) {
        Statement s = r.value() == null ? null : statement.deserialize(r.topic(), r.value());
        return s == null ? -1 : number(s.getArticleId());
    }

    int ofUpdate(ConsumerRecord<String, byte[]> r) {
        StoryUpdate u = r.value() == null ? null : update.deserialize(r.topic(), r.value());
        return u == null || u.getCause() == null ? -1 : number(u.getCause().getEvidence().getArticleId());
    }

    private int number(String articleId) {
        return articleId.startsWith(prefix) ? Integer.parseInt(articleId.substring(prefix.length())) : -1;
    }
}
