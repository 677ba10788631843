package travel.confidence.service.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static travel.confidence.service.preference.PreferenceFixtures.aView;
import static travel.confidence.service.preference.PreferenceFixtures.json;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import travel.confidence.api.preference.ImplicitSignal;
import travel.confidence.api.preference.QuarantineItem;
import travel.confidence.api.preference.QuarantinePage;
import travel.confidence.api.preference.TrackResult;
import travel.confidence.data.preference.RecordedSignal;
import travel.confidence.data.preference.SignalStore;
import travel.confidence.data.profile.StoredWeights;
import travel.confidence.data.profile.WeightsRepository;
import travel.confidence.service.support.JsonHttp;

/**
 * What the service acknowledged survives the process being killed outright (SIGKILL: no shutdown hook, no
 * store closing) the moment the last answer arrives: the accepted signals and the quarantined one are all
 * there when the service starts again on the same data directory, and the quarantined one can then be
 * approved and is learned from. The embedded document store commits to its file only about once a second
 * on its own; this test fails if acknowledged writes are not made durable before the answer.
 */
class AcknowledgedSignalsSurviveAHardStopIT {

    private static final String TRAVELLER = "hard-stop-traveller";

    @TempDir
    Path dataDir;

    @Test
    void acknowledged_signals_and_a_quarantined_one_survive_a_kill_and_the_quarantined_one_is_then_learned_from()
            throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ImplicitSignal> accepted = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accepted.add(aView(TRAVELLER, i % 2 == 0 ? "TH" : "VN", now.minusSeconds(60 - i), Duration.ofSeconds(60 + i)));
        }
        ImplicitSignal fromTheFuture = aView(TRAVELLER, "EG", now.plus(Duration.ofDays(2)), Duration.ofSeconds(90));

        Process service = startServiceProcess();
        try {
            JsonHttp http = new JsonHttp(URI.create("http://127.0.0.1:" + port + "/"));
            awaitHealthy(http, service);
            JsonMapper mapper = JsonMapper.createDefault();
            for (ImplicitSignal signal : accepted) {
                JsonHttp.Reply reply = http.post("/api/preferences/track-implicit", json(mapper, signal));
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            }
            JsonHttp.Reply held = http.post("/api/preferences/track-implicit", json(mapper, fromTheFuture));
            assertThat(held.status()).as(held.body()).isEqualTo(202);
            assertThat(held.as(mapper, TrackResult.class).success()).isTrue();
        } finally {
            service.destroyForcibly(); // SIGKILL, right after the last acknowledgement
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(service.exitValue()).as("killed, not stopped").isNotZero();

        Map<String, Object> properties = Map.of("confidence.data-dir", dataDir.toString(), "micronaut.server.port", -1,
                "confidence.preferences.learning-scheduled", false);
        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = restarted.getApplicationContext();
            JsonMapper mapper = context.getBean(JsonMapper.class);
            JsonHttp http = new JsonHttp(restarted);
            JsonHttp staff = JsonHttp.asAdmin(restarted);

            List<RecordedSignal> stored = context.getBean(SignalStore.class).forUser(TRAVELLER, Instant.now().plusSeconds(5), 50);
            assertThat(stored).extracting(RecordedSignal::timestamp)
                    .containsExactlyInAnyOrderElementsOf(accepted.stream().map(s -> Instant.parse(s.timestamp())).toList());

            QuarantinePage pending = staff.get("/api/admin/quarantine?userId=" + TRAVELLER + "&status=pending")
                    .as(mapper, QuarantinePage.class);
            assertThat(pending.items()).singleElement().satisfies(q -> {
                assertThat(q.reasons()).containsExactly("FUTURE_TIMESTAMP");
                assertThat(q.signal().destinationId()).isEqualTo("EG");
            });

            JsonHttp.Reply approved = staff.post("/api/admin/quarantine/" + pending.items().get(0).id() + "/approve",
                    "{\"reason\":\"device clock was two days ahead\"}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.as(mapper, QuarantineItem.class).status()).isEqualTo("approved");
            assertThat(staff.post("/api/admin/preferences/learn", "").status()).isEqualTo(200);

            StoredWeights learned = context.getBean(WeightsRepository.class).findById(TRAVELLER).orElseThrow();
            assertThat(learned.interactions()).as("ten accepted and the approved one").isEqualTo(11);
            assertThat(learned.confidence()).isGreaterThan(0);
        }
    }

    private int port;

    /** The service in a JVM of its own, on this test's data directory and a free port. */
    private Process startServiceProcess() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile(dataDir, "service", ".log");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dconfidence.data-dir=" + dataDir, "-Dmicronaut.server.port=" + port,
                "-Dconfidence.preferences.learning-scheduled=false", "travel.confidence.service.Application")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(JsonHttp http, Process service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service process is running").isTrue();
            try {
                if (http.get("/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become healthy within two minutes");
    }
}
