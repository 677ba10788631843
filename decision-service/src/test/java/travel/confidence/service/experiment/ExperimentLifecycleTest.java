package travel.confidence.service.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.data.decision.DecisionLog;
import travel.confidence.service.support.AdminHttp;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * An experiment from start to stop: users are split between the live version and a candidate, each decision
 * records its version and variant, the metrics join what users did afterwards, a guardrail stops the candidate
 * and its users fall back to the control, and a decision's trace shows all of it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExperimentLifecycleTest implements TestPropertyProvider {

    private static final int USERS = 40;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DecisionLog decisionLog;
    @Inject
    MongoDatabase documents;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @Test
    void users_split_by_share_outcomes_are_measured_and_a_guardrail_stops_the_candidate() {
        AdminHttp editor = AdminHttp.editor(server);
        AdminHttp admin = AdminHttp.admin(server);
        long candidate = validatedCandidate(editor);

        String body = """
                {"name":"Candidate against live","description":"Same rules, new version",
                 "variants":[{"name":"control","versionId":1,"share":0.5},
                             {"name":"candidate","versionId":%d,"share":0.5}],
                 "guardrails":{"maxLowBadgeShare":0.9,"minDecisions":5,"minFeedback":3,"maxComplaintRate":1}}"""
                .formatted(candidate);
        assertThat(editor.post("/api/admin/experiments", body).status()).isEqualTo(403);
        AdminHttp.Reply created = admin.post("/api/admin/experiments", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long experiment = ((Number) created.json(json).get("id")).longValue();
        String control = "exp" + experiment + ":control";
        String treatment = "exp" + experiment + ":candidate";
        assertThat(admin.post("/api/admin/experiments/" + experiment + "/start", "").json(json))
                .containsEntry("status", "running");

        // Everyone is scored for Yemen, which every version rates Low.
        Map<String, String> variantOf = new HashMap<>();
        Map<String, String> decisionOf = new HashMap<>();
        for (int i = 0; i < USERS; i++) {
            Map<String, Object> response = calculate("user-" + i, "YE");
            String variant = response.get("variant").toString();
            variantOf.put("user-" + i, variant);
            decisionOf.put("user-" + i, response.get("decisionId").toString());
            assertThat(response.get("ruleVersion")).isEqualTo(variant.equals(control) ? "v1" : "v" + candidate);
            assertThat(calculate("user-" + i, "YE").get("variant")).as("the same user stays in the same variant")
                    .isEqualTo(variant);
        }
        List<String> treated = users(variantOf, treatment);
        List<String> controlled = users(variantOf, control);
        assertThat(treated).hasSizeGreaterThan(5);
        assertThat(controlled).hasSizeGreaterThan(5);

        // What the users did afterwards: bookmarks (one from before the decision, which does not count) and ratings.
        Instant later = Instant.now().plusSeconds(5);
        for (String user : treated.subList(0, 3)) {
            signal(user, "bookmark", later);
        }
        signal(controlled.get(0), "bookmark", later);
        signal(controlled.get(1), "bookmark", Instant.now().minusSeconds(3600));
        signal(controlled.get(2), "view", later);
        feedback(treated.get(0), 1, later);
        feedback(treated.get(1), 2, later);
        feedback(treated.get(2), 5, later);
        feedback(controlled.get(0), 4, later);
        decisionLog.flush();

        Map<String, Object> metrics = editor.get("/api/admin/experiments/" + experiment + "/metrics").json(json);
        Map<String, Object> candidateMetrics = variant(metrics, "candidate");
        Map<String, Object> controlMetrics = variant(metrics, "control");
        // The second request of each user was served from the score cache: one decision per user.
        assertThat(candidateMetrics).containsEntry("decisions", treated.size()).containsEntry("users", treated.size())
                .containsEntry("guardrail", "breached");
        assertThat(rate(candidateMetrics, "lowBadgeShare")).containsEntry("count", treated.size())
                .containsEntry("value", 1.0);
        assertThat(rate(candidateMetrics, "bookmarkRate")).containsEntry("count", 3).containsEntry("n", treated.size());
        assertThat(rate(controlMetrics, "bookmarkRate")).containsEntry("count", 1).containsEntry("n", controlled.size());
        Map<String, Object> bookmarks = rate(candidateMetrics, "bookmarkRate");
        assertThat(((Number) bookmarks.get("low")).doubleValue()).isLessThan(((Number) bookmarks.get("value")).doubleValue());
        assertThat(((Number) bookmarks.get("high")).doubleValue()).isGreaterThan(((Number) bookmarks.get("value")).doubleValue());
        Map<String, Object> rating = rate(candidateMetrics, "rating");
        assertThat(rating).containsEntry("n", 3);
        assertThat(((Number) rating.get("mean")).doubleValue()).isCloseTo(8 / 3.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(rate(candidateMetrics, "complaintRate")).containsEntry("count", 2).containsEntry("n", 3);
        assertThat(controlMetrics).containsEntry("guardrail", "control");

        // The guardrail stops the candidate; its users get the control from now on.
        Map<String, Object> check = admin.post("/api/admin/experiments/" + experiment + "/guardrails/check", "").json(json);
        assertThat(check.get("stopped")).asList().containsExactly("candidate");
        Map<String, Object> after = calculate(treated.get(0), "YE");
        assertThat(after).containsEntry("variant", control).containsEntry("ruleVersion", "v1");
        assertThat(editor.get("/api/admin/experiments/" + experiment).body()).contains("share of Low badges 1.000 is above the limit 0.900");
        Map<String, Object> stop = first(editor.get("/api/admin/audit?targetType=experiment&targetId=" + experiment).json(json));
        assertThat(stop).containsEntry("action", "experiment.variant.stop").containsEntry("actor", "guardrail")
                .containsEntry("role", "system");

        // The trace of a candidate decision shows its inputs, version, variant, and the table rows it matched.
        Map<String, Object> trace = editor.get("/api/admin/decisions/" + decisionOf.get(treated.get(1))).json(json);
        assertThat(trace).containsEntry("variant", treatment).containsEntry("ruleVersion", "v" + candidate)
                .containsEntry("destinationId", "YE").containsEntry("badge", "Low");
        assertThat(trace.get("inputs").toString()).contains("travelStyle=any");
        assertThat(list(trace.get("rowsMatched"))).anySatisfy(row -> {
            assertThat(row).containsEntry("file", "tables/safety.drl.csv").containsEntry("table", "Safety")
                    .containsEntry("rule", "Safety: someone advises against all travel");
            assertThat(((Number) row.get("line")).intValue()).isGreaterThan(9);
        });
        assertThat(trace.get("otherRulesFired").toString()).contains("Total the weighted factors");
        assertThat(editor.get("/api/admin/decisions/no-such-decision").status()).isEqualTo(404);

        // One experiment at a time; a stopped one sends everyone back to the live version.
        AdminHttp.Reply second = admin.post("/api/admin/experiments", body.replace("Candidate against live", "Second"));
        long secondId = ((Number) second.json(json).get("id")).longValue();
        assertThat(admin.post("/api/admin/experiments/" + secondId + "/start", "").status()).isEqualTo(409);
        assertThat(admin.post("/api/admin/experiments/" + experiment + "/stop", "").json(json)).containsEntry("status", "stopped");
        assertThat(calculate("user-after-stop", "YE")).doesNotContainKey("variant").containsEntry("ruleVersion", "v1");
    }

    @Test
    void shares_must_add_up_and_drafts_cannot_be_served() {
        AdminHttp admin = AdminHttp.admin(server);
        AdminHttp.Reply uneven = admin.post("/api/admin/experiments", """
                {"name":"Uneven","variants":[{"name":"control","versionId":1,"share":0.5},{"name":"b","versionId":1,"share":0.3}]}""");
        assertThat(uneven.status()).isEqualTo(400);
        assertThat(uneven.body()).contains("\"field\":\"variants\"", "add up to 1");
        long draft = ((Number) GovernanceJson.map(AdminHttp.editor(server).post("/api/admin/rules/versions", "{\"from\":1}")
                .json(json).get("version")).get("id")).longValue();
        AdminHttp.Reply withDraft = admin.post("/api/admin/experiments", """
                {"name":"Draft","variants":[{"name":"control","versionId":1,"share":0.5},{"name":"b","versionId":%d,"share":0.5}]}"""
                .formatted(draft));
        assertThat(withDraft.status()).isEqualTo(409);
        assertThat(withDraft.body()).contains("VERSION_NOT_SERVABLE", "variants[1].versionId");
    }

    private long validatedCandidate(AdminHttp editor) {
        long id = ((Number) GovernanceJson.map(editor.post("/api/admin/rules/versions", "{\"from\":1,\"label\":\"Candidate\"}")
                .json(json).get("version")).get("id")).longValue();
        String pipeline = editor.get("/api/admin/rules/versions/" + id + "/file?path=drl/pipeline.drl").body();
        assertThat(editor.putText("/api/admin/rules/versions/" + id + "/drl/pipeline.drl",
                pipeline + "// A candidate for an experiment: same rules, a version of its own.\n").status()).isEqualTo(200);
        assertThat(editor.post("/api/admin/rules/versions/" + id + "/validate", "").json(json)).containsEntry("valid", true);
        return id;
    }

    private Map<String, Object> calculate(String user, String destination) {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/calculate", """
                {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"2027-10-01","endDate":"2027-10-08"}}"""
                .formatted(destination, user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        try {
            return GovernanceJson.map(json.readValue(reply.body(), Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signal(String user, String type, Instant at) {
        documents.getCollection("implicit_signals").insertOne(new Document("userId", user).append("eventType", type)
                .append("destinationId", "YE").append("timestamp", Date.from(at)));
    }

    private void feedback(String user, int overall, Instant at) {
        documents.getCollection("explicit_feedback").insertOne(new Document("userId", user).append("tripId", "trip-" + user)
                .append("destinationId", "YE").append("ratings", new Document("overall", overall).append("safety", 3)
                        .append("value", 3).append("accessibility", 3).append("experience", 3))
                .append("timestamp", Date.from(at)));
    }

    private static List<String> users(Map<String, String> variantOf, String variant) {
        List<String> users = new ArrayList<>();
        variantOf.forEach((user, v) -> {
            if (v.equals(variant)) {
                users.add(user);
            }
        });
        users.sort(null);
        return users;
    }

    private static Map<String, Object> variant(Map<String, Object> metrics, String name) {
        return list(metrics.get("variants")).stream().filter(v -> v.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Object> rate(Map<String, Object> variant, String name) {
        return GovernanceJson.map(variant.get(name));
    }

    private static Map<String, Object> first(Map<String, Object> page) {
        return list(page.get("entries")).get(0);
    }

    private static List<Map<String, Object>> list(Object value) {
        return GovernanceJson.list(value);
    }

    /** Casts for JSON read as maps and lists. */
    static final class GovernanceJson {
        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object value) {
            return (Map<String, Object>) value;
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> list(Object value) {
            return (List<Map<String, Object>>) value;
        }
    }
}
