package org.storywire.story;

import java.time.Instant;

/**
 * What the story layer needs to know about an article besides its statements: who published it
 * (independent-source counting), its headline and lead (the article's topic, which resolves
 * statements that name no event of their own), and when it was published (time travel).
 * {@code published} may be null when unknown.
 */
public record ArticleInfo(String articleId, String outlet, String url, String title, String lead, Instant published) {}
