package org.storywire.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.storywire.extract.Statement;

/**
 * The whole system as the seeds evaluation sees it: articles in, the statements it extracted and
 * the stories it formed out. The command line provides one that runs a real embedded broker.
 */
public interface SeedsPipeline extends AutoCloseable {

    /** A fresh run over the given articles of {@code directory}, published in that order. */
    Run run(Path directory, List<String> articleIds);

    /** Statements per article id, in article order, and each statement's story with the story's status. */
    record Run(Map<String, List<Statement>> statements, StoryScoring.Outcome outcome) {}

    @Override
    void close();
}
