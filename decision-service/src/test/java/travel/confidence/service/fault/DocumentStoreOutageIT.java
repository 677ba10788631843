package travel.confidence.service.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.data.mongo.EmbeddedMongoServer;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.MixedLoad;

/**
 * The document store (MongoDB wire protocol; here a server of the test's own, reached by URI as a real MongoDB
 * would be) stops for eight seconds under a steady mixed load and comes back on the same port. Meanwhile scores
 * and live context are served as usual (they do not depend on it: the decision log waits in memory), and
 * signals and surveys that cannot be stored are refused with a retryable 503, never acknowledged falsely. The
 * service recovers by itself, and every signal and survey it acknowledged, before, during or after, is there.
 */
class DocumentStoreOutageIT {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStoreOutageIT.class);
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    @TempDir
    Path dir;

    @Test
    void signals_and_surveys_are_stored_or_refused_as_retryable_while_scores_go_on_and_the_service_recovers_by_itself()
            throws Exception {
        int storePort = freePort();
        Path storeFiles = dir.resolve("document-store");
        EmbeddedMongoServer store = EmbeddedMongoServer.start(storeFiles, storePort);
        String run = "mongo-outage-" + UUID.randomUUID().toString().substring(0, 8);
        String profiled = run + "-profiled";
        Map<String, Object> properties = Map.of(
                "confidence.data-dir", dir.resolve("service").toString(),
                "micronaut.server.port", -1,
                "confidence.mongo.uri", "mongodb://127.0.0.1:" + storePort,
                "confidence.mongo.timeout-millis", 1000,
                "confidence.preferences.learning-scheduled", false);
        try (EmbeddedServer service = ApplicationContext.run(EmbeddedServer.class, properties)) {
            JsonHttp http = new JsonHttp(service);
            assertThat(http.put("/api/profiles/" + profiled, "{\"persona\":{\"budgetTier\":\"luxury\",\"travelStyle\":\"solo\"}}")
                    .status()).isEqualTo(201);

            OutageReport report;
            Instant recovered;
            try (MixedLoad load = new MixedLoad(http, run, profiled, 6).start()) {
                Thread.sleep(4_000);
                Instant down = Instant.now();
                store.close();
                Thread.sleep(OUTAGE.toMillis());
                store = restart(storeFiles, storePort);
                Instant up = Instant.now();
                recovered = awaitRecovery(http, run);
                LOG.info("Document store back at {}; the service stored a signal again {} ms later", up,
                        Duration.between(up, recovered).toMillis());
                Thread.sleep(4_000);
                load.close();
                report = new OutageReport(load.sent(), down, up);
            }
            LOG.info("Mixed load around the document store outage: {}", report.summary());

            assertThat(report.during("signal")).as("the outage was felt").anyMatch(s -> s.status() == 503);
            report.writesWereAcknowledgedOrRetryable();
            for (MixedLoad.Sent score : report.all("calculate")) {
                assertThat(score.status()).as(score.body()).isEqualTo(200);
                ConfidenceScoreResponse response = service.getApplicationContext().getBean(JsonMapper.class)
                        .readValue(score.body(), ConfidenceScoreResponse.class);
                assertThat(response.preliminary()).as("a full decision, not an estimate").isFalse();
            }
            assertThat(report.all("adjust-context")).allSatisfy(s -> assertThat(s.status()).isEqualTo(200));
            assertThat(report.after("signal", recovered.plusSeconds(1))).as("recovered without a restart").isNotEmpty()
                    .allSatisfy(s -> assertThat(s.status()).as(s.body()).isIn(200, 202));
            report.nothingAcknowledgedIsMissing(service.getApplicationContext());
        } finally {
            store.close();
        }
    }

    /** Starts the store again on its port and files; the port may take a moment to be free. */
    private static EmbeddedMongoServer restart(Path files, int port) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return EmbeddedMongoServer.start(files, port);
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw last;
    }

    /** The first moment a new signal is stored again. */
    private static Instant awaitRecovery(JsonHttp http, String run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int n = 0;
        while (System.nanoTime() < deadline) {
            String user = run + "-probe-" + n++;
            JsonHttp.Reply reply = http.post("/api/preferences/track-implicit", "{\"userId\":\"" + user
                    + "\",\"eventType\":\"click\",\"destinationId\":\"JP\",\"timestamp\":\"" + Instant.now().minusSeconds(1) + "\"}");
            if (reply.status() == 200) {
                return Instant.now();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not store a signal within 60 s of the store coming back");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
