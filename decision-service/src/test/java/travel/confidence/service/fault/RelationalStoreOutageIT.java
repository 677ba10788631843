package travel.confidence.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.service.support.CiPostgres;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.MixedLoad;
import travel.confidence.service.support.TcpRelay;

/**
 * The real PostgreSQL becomes unreachable for eight seconds under a steady mixed load (every connection the
 * service holds is reset and new ones are refused, as when the database host restarts), then comes back. Every
 * answer meanwhile is a success or a retryable 503 {@code STORE_UNAVAILABLE}, never another 5xx or a hang; the
 * service recovers without a restart; what was stored before is still there, and what the document store
 * acknowledged is not lost.
 */
class RelationalStoreOutageIT {

    private static final Logger LOG = LoggerFactory.getLogger(RelationalStoreOutageIT.class);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final String LUXURY_SOLO = "{\"persona\":{\"budgetTier\":\"luxury\",\"travelStyle\":\"solo\"}}";

    @TempDir
    Path dir;

    @Test
    void answers_are_successes_or_retryable_refusals_while_postgresql_is_away_and_the_service_recovers_by_itself()
            throws Exception {
        URI postgres = URI.create(CiPostgres.url().substring("jdbc:".length()));
        String run = "pg-outage-" + UUID.randomUUID().toString().substring(0, 8);
        String profiled = run + "-profiled";
        try (TcpRelay relay = TcpRelay.to(postgres.getHost(), postgres.getPort())) {
            String throughRelay = "jdbc:postgresql://127.0.0.1:" + relay.port() + postgres.getRawPath();
            Map<String, Object> properties = Map.of(
                    "confidence.data-dir", dir.toString(),
                    "micronaut.server.port", -1,
                    "datasources.default.url", throughRelay,
                    "datasources.default.driver-class-name", "org.postgresql.Driver",
                    "datasources.default.username", CiPostgres.user(),
                    "datasources.default.password", CiPostgres.password(),
                    "datasources.default.dialect", "POSTGRES",
                    "datasources.default.connection-timeout", 1000,
                    "confidence.preferences.learning-scheduled", false);
            try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, properties)) {
                JsonHttp http = new JsonHttp(service);
                assertThat(http.put("/api/profiles/" + profiled, LUXURY_SOLO).status()).isEqualTo(201);

                OutageReport report;
                JsonHttp.Reply profileWrittenDuringOutage;
                Instant recovered;
                try (MixedLoad load = new MixedLoad(http, run, profiled, 4).start()) {
                    Thread.sleep(3_000);
                    Instant down = Instant.now();
                    relay.unplug();
                    Thread.sleep(OUTAGE.toMillis() / 2);
                    profileWrittenDuringOutage = http.put("/api/profiles/" + run + "-during", LUXURY_SOLO);
                    Thread.sleep(OUTAGE.toMillis() / 2);
                    relay.plugIn();
                    Instant up = Instant.now();
                    recovered = awaitRecovery(http, run);
                    LOG.info("PostgreSQL reachable again at {}; a profile was stored {} ms later", up,
                            Duration.between(up, recovered).toMillis());
                    Thread.sleep(3_000);
                    load.close();
                    report = new OutageReport(load.sent(), down, up);
                }
                LOG.info("Mixed load around the PostgreSQL outage: {}", report.summary());

                assertThat(profileWrittenDuringOutage.status()).as(profileWrittenDuringOutage.body()).isEqualTo(503);
                assertThat(profileWrittenDuringOutage.body()).contains("\"code\":\"STORE_UNAVAILABLE\"")
                        .contains("\"retryable\":true");
                report.writesWereAcknowledgedOrRetryable();
                assertThat(report.after("weights", recovered.plusSeconds(1))).as("recovered without a restart")
                        .isNotEmpty().allSatisfy(s -> assertThat(s.status()).as(s.body()).isEqualTo(200));
                assertThat(report.after("calculate", recovered.plusSeconds(1))).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.status()).as(s.body()).isEqualTo(200));
                assertThat(http.get("/api/profiles/" + profiled).body()).contains("\"budgetTier\":\"luxury\"");
                report.nothingAcknowledgedIsMissing(service.getApplicationContext());
            }
        }
    }

    /** The first moment a new profile is stored again. */
    private static Instant awaitRecovery(JsonHttp http, String run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int n = 0;
        while (System.nanoTime() < deadline) {
            JsonHttp.Reply reply = http.put("/api/profiles/" + run + "-probe-" + n++, LUXURY_SOLO);
            if (reply.status() == 201) {
                return Instant.now();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not store a profile within 60 s of PostgreSQL coming back");
    }
}
