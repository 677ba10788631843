package travel.confidence.service.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.data.decision.DecisionLog;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.service.support.AdminHttp;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * The governance workflow end to end, over HTTP as the console drives it: an editor copies the live version,
 * raises the safety weight (and updates the persona examples that pin the weights), edits a table row and
 * leaves a gap, sees validation name it, fixes it, sees validation pass, previews the impact; an admin then
 * publishes while travellers keep calculating, and rolls back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceWorkflowTest implements TestPropertyProvider {

    private static final String RULES = "/api/admin/rules";
    private static final int LOAD_THREADS = 6;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GovernanceWorkflowTest.class);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DecisionLog decisionLog;
    @Inject
    DestinationCatalogue catalogue;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        // The load below runs on the same two cores as the server; a generous budget keeps a slow machine from
        // turning into preliminary answers what this test is about: no request fails during the swap.
        properties.put("confidence.scoring.budget", "10s");
        return properties;
    }

    @Test
    void a_draft_is_edited_validated_previewed_published_under_load_and_rolled_back() throws Exception {
        AdminHttp editor = AdminHttp.editor(server);
        AdminHttp admin = AdminHttp.admin(server);
        assertThat(editor.get(RULES + "/live").json(json)).containsEntry("version", "v1").containsEntry("servedHere", "v1");
        calculate("warm-up-user", "JP");
        calculate("warm-up-user", "IS");

        // An editor copies the live version into a draft.
        AdminHttp.Reply created = editor.post(RULES + "/versions", "{\"from\":1,\"label\":\"Safety up, crowds down\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> draft = map(created.json(json).get("version"));
        long id = ((Number) draft.get("id")).longValue();
        String version = "v" + id;
        assertThat(draft).containsEntry("status", "draft").containsEntry("parentVersion", "v1")
                .containsEntry("author", "erin.editor");
        String draftPath = RULES + "/versions/" + id;

        // A weight: safety up, crowds down; the persona examples pin the weights, so they change with them.
        AdminHttp.Reply weights = editor.put(draftPath + "/weights", """
                {"weights":{"safetyIndex":0.25,"weatherStability":0.1,"transportAccessibility":0.15,
                 "languageCompatibility":0.1,"healthEmergency":0.15,"budgetMatch":0.1,"crowdDensity":0.05,
                 "preferenceAlignment":0.1}}""");
        assertThat(weights.status()).as(weights.body()).isEqualTo(200);
        assertThat(editor.get(draftPath + "/weights").json(json).get("weights").toString()).contains("safetyIndex=0.25");
        assertThat(editor.putText(draftPath + "/examples/persona-weights.csv",
                fixture("governance/persona-weights-for-safety-up-crowds-down.csv")).status()).isEqualTo(200);

        // A table row: doctors count as plentiful only from 3.8 per 1,000, which leaves 3.5-3.8 uncovered.
        Map<String, Object> health = editor.get(draftPath + "/tables/health").json(json);
        List<List<String>> rows = rows(health);
        setCell(rows, "Health: doctors are plentiful", 2, "3.8");
        assertThat(putRows(editor, draftPath + "/tables/health", rows).status()).isEqualTo(200);

        Map<String, Object> failed = validate(editor, draftPath);
        assertThat(failed).containsEntry("valid", false);
        List<Map<String, Object>> problems = list(failed.get("problems"));
        assertThat(problems).singleElement().satisfies(gap -> {
            assertThat(gap).containsEntry("check", "gap").containsEntry("file", "tables/health.drl.csv")
                    .containsEntry("table", "Health");
            assertThat(gap.get("message").toString()).contains("physiciansPer1000 from 3.5 (inclusive) to 3.8 (exclusive)");
            Map<String, Object> details = map(gap.get("details"));
            assertThat(((Number) details.get("from")).doubleValue()).isEqualTo(3.5);
            assertThat(((Number) details.get("to")).doubleValue()).isEqualTo(3.8);
            assertThat(list(details.get("rules"))).hasSize(2);
        });
        assertThat(editor.get(draftPath).json(json).toString()).contains("status=draft");
        assertThat(admin.post(draftPath + "/publish", "").status()).as("a draft cannot be published").isEqualTo(409);

        // The fix: doctors are "common" up to 3.8.
        setCell(rows, "Health: doctors are common", 3, "3.8");
        assertThat(putRows(editor, draftPath + "/tables/health", rows).status()).isEqualTo(200);
        Map<String, Object> passed = validate(editor, draftPath);
        assertThat(passed.get("problems")).as(passed.toString()).asList().isEmpty();
        assertThat(passed).containsEntry("valid", true);
        Map<String, Object> summary = map(passed.get("summary"));
        assertThat(((Number) summary.get("examplesRun")).intValue()).isGreaterThan(50);
        assertThat(list(summary.get("properties"))).hasSize(5).allSatisfy(p -> assertThat(p).containsEntry("passed", true));
        assertThat(map(editor.get(draftPath).json(json).get("version"))).containsEntry("status", "validated");
        assertThat(editor.put(draftPath + "/weights", "{\"weights\":{}}").status())
                .as("a validated version no longer changes").isEqualTo(409);

        // The impact preview: the draft against v1 over the catalogue, two personas, two months, and a replay.
        decisionLog.flush();
        AdminHttp.Reply started = editor.post(draftPath + "/impact",
                "{\"personas\":[\"anonymous\",\"safety-first-solo\"],\"months\":[1,7],\"replay\":50,\"movers\":5}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Map<String, Object> job = awaitJob(editor, started.json(json).get("jobId").toString());
        assertThat(job).containsEntry("status", "done").containsEntry("percent", 100).containsEntry("draft", version)
                .containsEntry("live", "v1");
        Map<String, Object> report = map(job.get("report"));
        int decisions = catalogue.size() * 2 * 2;
        assertThat(map(report.get("grid"))).containsEntry("decisions", decisions);
        Map<String, Object> gridImpact = map(report.get("gridImpact"));
        assertThat(gridImpact).containsEntry("compared", decisions).containsEntry("failed", 0);
        assertThat(((Number) gridImpact.get("badgeChanges")).intValue()).isPositive();
        assertThat(list(gridImpact.get("biggestMovers"))).hasSize(5).allSatisfy(m ->
                assertThat(((Number) m.get("delta")).doubleValue()).isNotZero());
        Map<String, Object> replay = map(report.get("replay"));
        assertThat(((Number) replay.get("found")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) map(replay.get("impact")).get("compared")).intValue()).isEqualTo(replay.get("found"));

        // Publishing needs an admin.
        assertThat(editor.post(draftPath + "/publish", "").status()).isEqualTo(403);

        // Travellers keep calculating while the admin publishes.
        Load load = new Load();
        load.start();
        Thread.sleep(700);
        AdminHttp.Reply published = admin.post(draftPath + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json(json)).containsEntry("status", "published").containsEntry("live", true);
        Thread.sleep(1200);
        load.stop();
        LOG.info("{} concurrent /calculate requests during the publication, versions {}, {} failed",
                load.requests.get(), load.versions, load.failures.size());

        assertThat(load.failures).as("requests that failed during the swap: " + load.failureSamples).isEmpty();
        assertThat(load.requests.get()).isGreaterThan(20);
        assertThat(load.versions).as("every response came from exactly one of the two versions")
                .isEqualTo(Set.of("v1", version));
        assertThat(load.preliminary.get()).isZero();
        assertThat(calculate("after-publish", "PT").get("ruleVersion")).isEqualTo(version);
        assertThat(map(editor.get(RULES + "/versions/1").json(json).get("version"))).containsEntry("status", "archived");

        // Rollback republishes v1.
        assertThat(editor.post(RULES + "/rollback", "").status()).isEqualTo(403);
        AdminHttp.Reply rolledBack = admin.post(RULES + "/rollback", "");
        assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(200);
        assertThat(rolledBack.json(json)).containsEntry("version", "v1").containsEntry("status", "published");
        assertThat(calculate("after-rollback", "PT").get("ruleVersion")).isEqualTo("v1");
        assertThat(map(editor.get(draftPath).json(json).get("version"))).containsEntry("status", "archived");

        // Every change is in the audit log with who did it.
        List<Map<String, Object>> audit = list(editor.get("/api/admin/audit?targetType=rule-version&targetId=" + id)
                .json(json).get("entries"));
        assertThat(audit).extracting(e -> e.get("action")).containsSubsequence("version.publish", "version.validate",
                "table.update", "version.validate", "table.update", "examples.update", "weights.update", "version.create");
        assertThat(audit).filteredOn(e -> e.get("action").equals("version.publish"))
                .singleElement().satisfies(e -> assertThat(e).containsEntry("actor", "ada.admin").containsEntry("role", "admin"));
        assertThat(audit).filteredOn(e -> e.get("action").equals("weights.update")).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("actor", "erin.editor");
            assertThat(e.get("before").toString()).contains("weight.safetyIndex=0.200");
            assertThat(e.get("after").toString()).contains("weight.safetyIndex=0.250");
        });
    }

    /** Concurrent /calculate requests for distinct travellers, recording every failure and version. */
    private final class Load {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger preliminary = new AtomicInteger();
        final Set<String> versions = ConcurrentHashMap.newKeySet();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> failureSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        final ExecutorService pool = Executors.newFixedThreadPool(LOAD_THREADS);

        void start() {
            List<String> ids = List.copyOf(catalogue.ids());
            JsonHttp http = new JsonHttp(server);
            for (int t = 0; t < LOAD_THREADS; t++) {
                int thread = t;
                pool.execute(() -> {
                    for (int i = 0; running.get(); i++) {
                        String destination = ids.get((thread * 37 + i) % ids.size());
                        JsonHttp.Reply reply = http.post("/api/confidence/calculate", """
                                {"destinationId":"%s","userId":"load-%d-%d","travelDates":{"startDate":"2027-05-01","endDate":"2027-05-08"}}"""
                                .formatted(destination, thread, i));
                        requests.incrementAndGet();
                        if (reply.status() != 200) {
                            failures.add(destination);
                            if (failureSamples.size() < 3) {
                                failureSamples.add(reply.status() + " " + reply.body());
                            }
                            continue;
                        }
                        Map<String, Object> body = parse(reply.body());
                        versions.add(String.valueOf(body.get("ruleVersion")));
                        if (Boolean.TRUE.equals(body.get("preliminary"))) {
                            preliminary.incrementAndGet();
                        }
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private Map<String, Object> calculate(String user, String destination) {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/calculate", """
                {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"2027-03-01","endDate":"2027-03-10"}}"""
                .formatted(destination, user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return parse(reply.body());
    }

    private Map<String, Object> validate(AdminHttp editor, String draftPath) {
        AdminHttp.Reply reply = editor.post(draftPath + "/validate", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json(json);
    }

    private static Map<String, Object> awaitJob(AdminHttp editor, String jobId) throws InterruptedException {
        Map<String, Object> job = Map.of();
        for (int i = 0; i < 600; i++) {
            AdminHttp.Reply reply = editor.get(RULES + "/impact/" + jobId);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            job = parseStatic(reply.body());
            int percent = ((Number) job.get("percent")).intValue();
            assertThat(percent).isBetween(0, 100);
            if (!"queued".equals(job.get("status")) && !"running".equals(job.get("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        return job;
    }

    private AdminHttp.Reply putRows(AdminHttp editor, String path, List<List<String>> rows) throws IOException {
        return editor.put(path, json.writeValueAsString(Map.of("rows", rows)));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Map<String, Object> table) {
        List<List<String>> rows = new ArrayList<>();
        ((List<List<String>>) table.get("rows")).forEach(row -> rows.add(new ArrayList<>(row)));
        return rows;
    }

    private static void setCell(List<List<String>> rows, String rule, int column, String value) {
        rows.stream().filter(r -> r.get(0).equals(rule)).findFirst().orElseThrow().set(column, value);
    }

    private Map<String, Object> parse(String body) {
        try {
            return map(json.readValue(body, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parseStatic(String body) {
        try {
            return map(JsonMapper.createDefault().readValue(body, Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static String fixture(String path) {
        try (InputStream in = GovernanceWorkflowTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
