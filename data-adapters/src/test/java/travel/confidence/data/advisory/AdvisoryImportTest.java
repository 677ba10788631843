package travel.confidence.data.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import travel.confidence.api.alert.AdvisoryImportReport;
import travel.confidence.data.alert.AlertChanged;
import travel.confidence.data.alert.AlertStore;
import travel.confidence.data.alert.StoredAlert;
import travel.confidence.data.external.Freshness;
import travel.confidence.data.external.Sourced;
import travel.confidence.data.support.ApiStub;
import travel.confidence.data.support.MutableClock;
import travel.confidence.data.support.RecordedAlertEvents;
import travel.confidence.data.support.TestDataDir;

/**
 * The State Department feed against a local stub replaying recorded RSS: level changes become alerts and
 * retractions, and every failure path (HTTP 500, malformed payload, timeout, circuit open, stale cache)
 * leaves the last imported advisories in use.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdvisoryImportTest implements TestPropertyProvider {

    private static final Duration CIRCUIT_RESET = Duration.ofMillis(700);
    private static final String RSS = "application/rss+xml";
    private static final String FEED = "statedept/TAsTWs.xml";
    private static final String NEXT_DAY = "statedept/TAsTWs-next-day.xml";

    private final ApiStub stub = ApiStub.start(ApiStub.ok(FEED, RSS));

    @Inject
    AdvisoryImporter importer;
    @Inject
    AdvisorySource advisories;
    @Inject
    AlertStore alerts;
    @Inject
    MutableClock clock;
    @Inject
    RecordedAlertEvents events;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("confidence.data-dir", TestDataDir.create(),
                "confidence.context.advisories.enabled", "true",
                "confidence.context.advisories.feed-url", stub.uri("/_res/rss/TAsTWs.xml").toString(),
                "confidence.context.advisories.timeout", "1s",
                "confidence.context.advisories.retries", "1",
                "confidence.context.advisories.retry-delay", "20ms",
                "confidence.context.advisories.circuit-reset", CIRCUIT_RESET.toMillis() + "ms",
                "confidence.context.advisories.initial-delay", "1h");
    }

    @BeforeEach
    void closeTheCircuit() throws InterruptedException {
        clock.set(MutableClock.START);
        Thread.sleep(CIRCUIT_RESET.toMillis() + 100);
    }

    @AfterAll
    void stopStub() {
        stub.close();
    }

    private List<StoredAlert> importedAlerts(String destinationId) {
        return alerts.active(destinationId, clock.instant()).stream()
                .filter(a -> StoredAlert.ADVISORY_IMPORT.equals(a.origin())).toList();
    }

    @Test
    @Order(1) // the first import of this context: what we knew before is the bundled snapshot
    void level_changes_against_what_we_knew_become_alerts_and_retractions() {
        stub.answer(ApiStub.ok(FEED, RSS));

        AdvisoryImportReport first = importer.importNow();

        assertThat(first.failure()).as(first.failure()).isNull();
        assertThat(first.advisories()).as("every item with a level; Mexico and Worldwide Caution have none").isEqualTo(11);
        assertThat(first.destinations()).as("Israel, the West Bank and Gaza counts for IL and PS").isEqualTo(11);
        assertThat(first.unmatchedNames()).containsExactly("French West Indies");
        assertThat(first.raised()).as("against the bundled snapshot, where Peru is level 2").containsExactly("PE 2->3");
        assertThat(importedAlerts("PE")).singleElement().satisfies(alert -> {
            assertThat(alert.type()).isEqualTo("safety");
            assertThat(alert.severity()).isEqualTo("high");
            assertThat(alert.message()).isEqualTo("The U.S. Department of State raised its travel advisory for Peru "
                    + "from Level 2 to Level 3: Reconsider Travel");
            assertThat(alert.source()).isEqualTo("U.S. Department of State");
            assertThat(alert.issuedAt()).isEqualTo(Instant.parse("2026-04-16T18:30:00Z"));
            assertThat(alert.expiresAt()).isEqualTo(MutableClock.START.plus(Duration.ofDays(30)));
        });
        Sourced<AdvisoryLevel> palestine = advisories.current("PS");
        assertThat(palestine.freshness()).isEqualTo(Freshness.CACHED);
        assertThat(palestine.value().level()).isEqualTo(3);
        assertThat(palestine.source()).isEqualTo("U.S. Department of State travel advisory feed");

        stub.answer(ApiStub.ok(NEXT_DAY, RSS));
        clock.advance(Duration.ofDays(1));
        AdvisoryImportReport next = importer.importNow();

        assertThat(next.raised()).containsExactly("JP 1->2");
        assertThat(next.lowered()).containsExactlyInAnyOrder("DE 2->1", "PE 3->2");
        assertThat(next.alertsRetracted()).isEqualTo(1);
        assertThat(importedAlerts("PE")).isEmpty();
        assertThat(importedAlerts("JP")).singleElement().satisfies(a -> assertThat(a.severity()).isEqualTo("medium"));
        assertThat(events.all()).extracting(AlertChanged::destinationId, AlertChanged::change).contains(
                org.assertj.core.groups.Tuple.tuple("PE", AlertChanged.Change.POSTED),
                org.assertj.core.groups.Tuple.tuple("PE", AlertChanged.Change.RETRACTED),
                org.assertj.core.groups.Tuple.tuple("JP", AlertChanged.Change.POSTED));

        AdvisoryImportReport again = importer.importNow();
        assertThat(again.raised()).as("an unchanged feed changes nothing").isEmpty();
        assertThat(again.lowered()).isEmpty();
    }

    @Test
    void a_server_error_is_retried_then_leaves_the_imported_advisories_in_use() {
        stub.answer(ApiStub.ok(FEED, RSS));
        importer.importNow();
        stub.answer(500, null, RSS, Duration.ZERO);
        int before = stub.hits();

        AdvisoryImportReport failed = importer.importNow();

        assertThat(failed.failure()).isEqualTo("U.S. Department of State travel advisory feed answered HTTP 500");
        assertThat(stub.hits() - before).as("the first call and one retry").isEqualTo(2);
        assertThat(advisories.current("FR").freshness()).isEqualTo(Freshness.CACHED);
    }

    @Test
    void an_html_error_page_instead_of_the_feed_is_a_malformed_payload() {
        stub.answer(200, "statedept/access-denied.html", "text/html", Duration.ZERO);

        AdvisoryImportReport failed = importer.importNow();

        assertThat(failed.failure()).contains("malformed payload");
        assertThat(failed.advisories()).isZero();
    }

    @Test
    void a_feed_slower_than_its_timeout_is_given_up_on() {
        stub.answer(200, FEED, RSS, Duration.ofSeconds(3));
        long start = System.nanoTime();

        AdvisoryImportReport failed = importer.importNow();

        assertThat(failed.failure()).contains("did not answer within 1000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis())
                .as("two attempts of 1 s and a short pause, not the stub's 3 s each").isLessThan(2900);
    }

    @Test
    void after_a_failed_import_the_circuit_opens_and_the_next_import_does_not_call_the_feed() {
        stub.answer(500, null, RSS, Duration.ZERO);
        importer.importNow();
        int hits = stub.hits();
        stub.answer(ApiStub.ok(FEED, RSS));

        AdvisoryImportReport whileOpen = importer.importNow();

        assertThat(whileOpen.failure()).contains("circuit open");
        assertThat(stub.hits()).isEqualTo(hits);
    }

    @Test
    void imported_advisories_older_than_seven_days_are_served_stale_with_their_fetch_time() {
        stub.answer(ApiStub.ok(FEED, RSS));
        importer.importNow();
        Instant imported = clock.instant();
        clock.advance(Duration.ofDays(8));

        Sourced<AdvisoryLevel> stale = advisories.current("MM");

        assertThat(stale.freshness()).isEqualTo(Freshness.STALE);
        assertThat(stale.asOf()).isEqualTo(imported.toString());
        assertThat(stale.value().level()).isEqualTo(4);
        assertThat(stale.note()).contains("more than 7 days");
    }

    @Test
    void a_destination_the_feed_never_named_falls_back_to_the_bundled_snapshot() {
        Sourced<AdvisoryLevel> nz = advisories.current("NZ");

        assertThat(nz.freshness()).isEqualTo(Freshness.BUNDLED);
        assertThat(nz.value().level()).isEqualTo(1);
        assertThat(nz.asOf()).isEqualTo("2025-01-03");
    }
}
