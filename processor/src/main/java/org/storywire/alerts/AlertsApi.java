package org.storywire.alerts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.storywire.query.QueryExceptions.BadRequest;
import org.storywire.query.QueryExceptions.NotFound;

/**
 * {@code /api/alerts}: create (POST, 201 with the rule and its secret, shown this once), list (GET)
 * and delete (DELETE /api/alerts/{id}, 204). Every instance holds every rule, so nothing is forwarded.
 */
public final class AlertsApi {
    static final int MAX_BODY = 16_384;

    private AlertsApi() {}

    public static void register(JavalinDefaultRoutingApi routes, AlertRuleStore store, List<String> allowedHosts,
                                ObjectMapper json, Clock clock) {
        ObjectMapper strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        routes.get("/api/alerts", ctx -> ctx.json(Map.of("items", store.all().stream().map(AlertRule::view).toList())));
        routes.post("/api/alerts", ctx -> {
            AlertRule rule = parse(strict, ctx.body()).toRule(allowedHosts, clock.instant());
            store.create(rule);
            ctx.status(201).json(rule.viewWithSecret());
        });
        routes.delete("/api/alerts/{id}", ctx -> {
            if (!store.delete(ctx.pathParam("id"))) throw new NotFound("no alert rule " + ctx.pathParam("id"));
            ctx.status(204);
        });
    }

    private static AlertRuleRequest parse(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) throw new BadRequest("the body must be a JSON object describing the rule");
        if (body.length() > MAX_BODY) throw new BadRequest("the body must be at most " + MAX_BODY + " characters");
        try {
            AlertRuleRequest request = json.readValue(body, AlertRuleRequest.class);
            if (request == null) throw new BadRequest("the body must be a JSON object describing the rule");
            return request;
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new BadRequest("unknown field " + e.getPropertyName() + "; fields are name, status, actor, text, language, webhookUrl, secret");
        } catch (IOException e) {
            throw new BadRequest("the body must be a JSON object with string fields name, status, actor, text, language, webhookUrl, secret");
        }
    }
}
