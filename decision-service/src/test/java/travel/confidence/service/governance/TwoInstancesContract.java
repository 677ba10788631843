package travel.confidence.service.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.data.mongo.EmbeddedMongoServer;
import travel.confidence.service.support.AdminHttp;
import travel.confidence.service.support.StaffTokens;
import travel.confidence.service.preference.LearningBatch;
import travel.confidence.service.support.JsonHttp;

/**
 * Two service instances on the same stores, as behind a load balancer: a version published through one is
 * served by the other within 5 seconds, and so is a rollback made through the other; a profile saved through one
 * personalises the other's scores within the traveller ttl; the learning batch, checked every second by both,
 * runs once when it falls due. Each subclass names the
 * shared relational database; the document store is one MongoDB-wire server for both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesContract {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    /** {@code confidence.scoring.traveller-ttl}'s default. */
    private static final Duration TRAVELLER_TTL = Duration.ofSeconds(2);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TwoInstancesContract.class);

    private Path dir;
    private EmbeddedMongoServer documents;
    /** Instances behind one load balancer share one signing secret (CONFIDENCE_JWT_SECRET). */
    private static final String SHARED_SECRET = "two-instances-share-this-signing-secret-of-48-chars";
    private EmbeddedServer first;
    private EmbeddedServer second;
    private final JsonMapper json = JsonMapper.createDefault();

    /** The datasource both instances share. */
    abstract Map<String, Object> datasource(Path dir);

    @BeforeAll
    void start() throws IOException {
        dir = Files.createTempDirectory("two-instances");
        documents = EmbeddedMongoServer.start(dir.resolve("documents"), 0);
        first = instance("first");
        second = instance("second");
    }

    private EmbeddedServer instance(String name) {
        Map<String, Object> properties = new HashMap<>(datasource(dir));
        properties.put("confidence.data-dir", dir.resolve(name).toString());
        properties.put("confidence.mongo.uri", documents.connectionString());
        properties.put("micronaut.server.port", -1);
        properties.put("confidence.governance.poll-interval", "1s");
        // Both check every second whether the learning batch is due, as every instance in production does.
        properties.put("confidence.preferences.learning-first-check", "1s");
        properties.put("confidence.preferences.learning-check-every", "1s");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", SHARED_SECRET);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {second, first, documents}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void a_version_published_on_one_instance_is_served_by_the_other_within_5_seconds() throws Exception {
        AdminHttp editorOnFirst = new AdminHttp(first, "erin.editor", "editor");
        AdminHttp adminOnFirst = new AdminHttp(first, "ada.admin", "admin");
        // Signed by the first instance, accepted by the second: they share the signing secret.
        AdminHttp adminOnSecond = new AdminHttp(second.getURI(),
                StaffTokens.bearer(first.getApplicationContext(), "ada.admin", "admin"));
        Map<String, Object> live = adminOnFirst.get("/api/admin/rules/live").json(json);
        String before = live.get("version").toString();
        assertThat(live).containsEntry("servedHere", before);
        assertThat(adminOnSecond.get("/api/admin/rules/live").json(json)).containsEntry("servedHere", before);

        long draft = newValidatedVersion(editorOnFirst, ((Number) live.get("versionId")).longValue());
        String next = "v" + draft;
        assertThat(adminOnFirst.post("/api/admin/rules/versions/" + draft + "/publish", "").status()).isEqualTo(200);
        long published = System.nanoTime();
        assertThat(versionServedBy(first, "right-after-publish")).isEqualTo(next);

        Duration took = awaitServed(second, next);
        LOG.info("The second instance served {} {} ms after it was published on the first", next, took.toMillis());
        assertThat(took).as("the second instance serves %s", next).isLessThanOrEqualTo(WITHIN);
        assertThat(adminOnSecond.get("/api/admin/rules/live").json(json)).containsEntry("servedHere", next);
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(WITHIN.plusSeconds(5));

        assertThat(adminOnSecond.post("/api/admin/rules/rollback", "").status()).isEqualTo(200);
        assertThat(versionServedBy(second, "right-after-rollback")).isEqualTo(before);
        assertThat(awaitServed(first, before)).as("the first instance follows the rollback").isLessThanOrEqualTo(WITHIN);
    }

    @Test
    void a_profile_saved_through_one_instance_personalises_its_scores_at_once_and_the_others_within_the_traveller_ttl()
            throws Exception {
        String user = "two-instances-" + UUID.randomUUID();
        String calculate = "{\"destinationId\":\"JP\",\"userId\":\"" + user
                + "\",\"travelDates\":{\"startDate\":\"2027-04-01\",\"endDate\":\"2027-04-10\"}}";
        JsonHttp onFirst = new JsonHttp(first);
        JsonHttp onSecond = new JsonHttp(second);
        assertThat(personalised(onSecond, calculate)).as("unknown to both: a general score").isFalse();

        assertThat(onFirst.put("/api/profiles/" + user,
                "{\"persona\":{\"budgetTier\":\"luxury\",\"travelStyle\":\"solo\"}}").status()).isEqualTo(201);
        long saved = System.nanoTime();
        assertThat(personalised(onFirst, calculate)).as("the instance that saved the profile").isTrue();
        while (!personalised(onSecond, calculate)) {
            assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("the other instance still scores it as general")
                    .isLessThan(TRAVELLER_TTL.plusSeconds(3));
            Thread.sleep(100);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - saved);
        LOG.info("The second instance personalised the traveller {} ms after the first saved the profile", took.toMillis());
        assertThat(took).isLessThanOrEqualTo(TRAVELLER_TTL.plusSeconds(1));
    }

    @Test
    void the_learning_batch_falls_due_once_and_runs_on_one_instance_only() throws Exception {
        // The bean is a proxy bound to the connection of a transaction; the resolver gives the pool itself.
        DataSource shared = first.getApplicationContext().getBean(DataSourceResolver.class)
                .resolve(first.getApplicationContext().getBean(DataSource.class));
        setLastCompleted(shared, "CURRENT_TIMESTAMP"); // not due: let any run in flight finish before counting
        Thread.sleep(2_500);
        double before = learningRuns(first) + learningRuns(second);

        setLastCompleted(shared, "NULL"); // due now, for both instances
        long due = System.nanoTime();
        while (learningRuns(first) + learningRuns(second) == before) {
            assertThat(Duration.ofNanos(System.nanoTime() - due)).as("a run of the due batch").isLessThan(Duration.ofSeconds(30));
            Thread.sleep(100);
        }
        Thread.sleep(4_000); // four more checks on each instance
        LOG.info("Learning runs after the batch fell due: first {}, second {}", learningRuns(first), learningRuns(second));
        assertThat(learningRuns(first) + learningRuns(second) - before).as("runs on both instances together").isEqualTo(1);
    }

    private static void setLastCompleted(DataSource dataSource, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("UPDATE job_lock SET last_completed_at = " + value
                    + " WHERE name = '" + LearningBatch.JOB + "'");
        }
    }

    private static double learningRuns(EmbeddedServer instance) {
        return instance.getApplicationContext().getBean(MeterRegistry.class).find("confidence.learning.runs")
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private boolean personalised(JsonHttp http, String calculate) {
        JsonHttp.Reply reply = http.post("/api/confidence/calculate", calculate);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        try {
            return Boolean.TRUE.equals(json.readValue(reply.body(), Map.class).get("personalized"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code from} with a DRL comment of its own (a new checksum, the same decisions), validated. */
    private long newValidatedVersion(AdminHttp editor, long from) {
        AdminHttp.Reply created = editor.post("/api/admin/rules/versions", "{\"from\":" + from + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = ((Number) GovernanceWorkflowTest.map(created.json(json).get("version")).get("id")).longValue();
        String pipeline = editor.get("/api/admin/rules/versions/" + id + "/file?path=drl/pipeline.drl").body();
        assertThat(editor.putText("/api/admin/rules/versions/" + id + "/drl/pipeline.drl",
                pipeline + "// published from one instance, served by all: " + UUID.randomUUID() + "\n").status()).isEqualTo(200);
        AdminHttp.Reply report = editor.post("/api/admin/rules/versions/" + id + "/validate", "");
        assertThat(report.json(json)).as(report.body()).containsEntry("valid", true);
        return id;
    }

    private Duration awaitServed(EmbeddedServer server, String version) throws InterruptedException {
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            if (version.equals(versionServedBy(server, "poll-" + attempt))) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (Duration.ofNanos(System.nanoTime() - start).compareTo(WITHIN.plusSeconds(10)) > 0) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(50);
        }
    }

    /** The rule version of a fresh decision (a new user each time, so never a cached score). */
    private String versionServedBy(EmbeddedServer server, String user) {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/calculate", """
                {"destinationId":"NZ","userId":"%s-%s","travelDates":{"startDate":"2027-02-01","endDate":"2027-02-10"}}"""
                .formatted(user, UUID.randomUUID()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        try {
            return json.readValue(reply.body(), Map.class).get("ruleVersion").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
