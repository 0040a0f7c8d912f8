package org.storywire.alerts;

import java.time.Instant;
import org.storywire.query.Dtos;

/** What a matching update delivers, to the alerts topic and as a webhook's body. */
public record Alert(String ruleId, String ruleName, Dtos.Update update, Instant matchedAt) {}
