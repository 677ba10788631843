package travel.confidence.data.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.inject.BeanConfiguration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.data.profile.StoredWeights;
import travel.confidence.data.profile.WeightsRepository;

/**
 * What preference learning needs from every relational database the product runs on: the V3 migration, job
 * leases that only one instance can hold at a time (decided by a conditional UPDATE, so by the database),
 * and learned weights with a version that stops two writers from overwriting each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LearningSchemaContract {

    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(15);

    private ApplicationContext context;
    private JobLockRepository locks;
    private WeightsRepository weights;
    private DataSource dataSource;

    /** The datasource configuration of the database under test. */
    abstract Map<String, Object> datasource();

    /** The database product name its JDBC driver reports. */
    abstract String databaseProduct();

    @BeforeAll
    void start() {
        context = ApplicationContext.builder()
                .properties(datasource())
                .properties(Map.of("flyway.datasources.default.enabled", true))
                .beanConfigurations(BeanConfiguration.disabled("travel.confidence.data.destination"))
                .start();
        locks = context.getBean(JobLockRepository.class);
        weights = context.getBean(WeightsRepository.class);
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Another instance of the service, with its own clock. */
    private JobLocks instanceAt(Instant now) {
        return new JobLocks(locks, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String aJob() {
        return "test-job-" + UUID.randomUUID();
    }

    @Test
    void the_test_talks_to_the_database_it_names_and_v3_is_applied() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT success FROM flyway_schema_history WHERE version = '3'")) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(databaseProduct());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getBoolean(1)).isTrue();
            }
        }
        assertThat(locks.findById("preference-learning")).as("the learning job's lease row").isPresent();
    }

    @Test
    void only_one_instance_holds_a_lease_and_another_takes_it_once_released() {
        String job = aJob();
        JobLocks a = instanceAt(T0);
        JobLocks b = instanceAt(T0.plusSeconds(1));

        Optional<JobLocks.Lease> held = a.tryAcquire(job, LEASE);
        assertThat(held).isPresent();
        assertThat(b.tryAcquire(job, LEASE)).as("held by a").isEmpty();

        held.get().close();
        assertThat(b.tryAcquire(job, LEASE)).as("released by a").isPresent();
    }

    @Test
    void a_lease_that_ran_out_can_be_taken_and_its_old_holder_learns_it_lost_it() {
        String job = aJob();
        AtomicReference<Instant> firstHoldersTime = new AtomicReference<>(T0);
        JobLocks.Lease paused = new JobLocks(locks, clockOf(firstHoldersTime)).tryAcquire(job, LEASE).orElseThrow();

        JobLocks later = instanceAt(T0.plus(LEASE).plusSeconds(1));
        assertThat(later.tryAcquire(job, LEASE)).as("the first holder stalled: its lease ran out").isPresent();

        firstHoldersTime.set(T0.plus(LEASE).plusSeconds(2));
        assertThat(paused.keepAlive()).as("the first holder wakes up and must stop").isFalse();
    }

    private static Clock clockOf(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    @Test
    void a_completed_run_leaves_its_progress_for_the_next_holder() {
        String job = aJob();
        try (JobLocks.Lease lease = instanceAt(T0).tryAcquire(job, LEASE).orElseThrow()) {
            lease.complete(T0.minusSeconds(30));
        }
        JobLocks.Lease next = instanceAt(T0.plusSeconds(60)).tryAcquire(job, LEASE).orElseThrow();

        assertThat(next.processedThrough()).contains(T0.minusSeconds(30));
        assertThat(next.lastCompletedAt()).contains(T0);
    }

    @Test
    void of_many_instances_racing_for_a_free_lease_exactly_one_wins() throws Exception {
        String job = aJob();
        instanceAt(T0).tryAcquire(job, Duration.ZERO).orElseThrow().close(); // the row exists, the lease is free
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            JobLocks instance = instanceAt(T0.plusSeconds(5));
            attempts.add(pool.submit(() -> {
                start.await();
                return instance.tryAcquire(job, LEASE).isPresent();
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> attempt : attempts) {
            winners += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
    }

    @Test
    void learned_weights_carry_their_taste_and_a_version_that_stops_a_stale_write() {
        String user = "schema-test-" + UUID.randomUUID();
        StoredWeights saved = weights.save(new StoredWeights(user, 0.2, 0.15, 0.15, 0.1, 0.15, 0.15, 0.1, 0.4, 25,
                T0, T0.minusSeconds(60), 0.1, 1.2, -0.3, 0.0, -0.5, 0.9, 0.2, null));
        StoredWeights read = weights.findById(user).orElseThrow();
        assertThat(read.tasteWeatherStability()).isEqualTo(1.2);
        assertThat(read.lastProcessedAt()).isEqualTo(T0.minusSeconds(60));
        assertThat(read.version()).isNotNull();

        weights.update(copyWithConfidence(read, 0.5));

        assertThatThrownBy(() -> weights.update(copyWithConfidence(read, 0.6))).isInstanceOf(OptimisticLockException.class);
        assertThat(weights.findById(user).orElseThrow().confidence()).isEqualTo(0.5);
        assertThat(saved.userId()).isEqualTo(user);
    }

    private static StoredWeights copyWithConfidence(StoredWeights w, double confidence) {
        return new StoredWeights(w.userId(), w.safetyIndex(), w.weatherStability(), w.transportAccessibility(),
                w.languageCompatibility(), w.healthEmergency(), w.budgetMatch(), w.crowdDensity(), confidence,
                w.interactions(), w.lastUpdated(), w.lastProcessedAt(), w.tasteSafetyIndex(), w.tasteWeatherStability(),
                w.tasteTransportAccessibility(), w.tasteLanguageCompatibility(), w.tasteHealthEmergency(),
                w.tasteBudgetMatch(), w.tasteCrowdDensity(), w.version());
    }
}
