package travel.confidence.data.tripmode;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.inject.BeanConfiguration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the trip-mode table must do on every relational database the product runs on: the schema from the V6
 * migration, the SQL from the repository compiled for PostgreSQL, rows read back through plain JDBC as well.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TripModeRepositoryContract {

    private static final Instant STARTED = Instant.parse("2026-04-20T06:15:00.123456Z");
    private static final Instant LATER = Instant.parse("2026-04-21T18:00:00Z");

    private final String user = "trip-mode-test-" + UUID.randomUUID();

    private ApplicationContext context;
    private TripModeRepository repository;
    private DataSource dataSource;

    abstract Map<String, Object> datasource();

    @BeforeAll
    void start() {
        context = ApplicationContext.builder()
                .properties(datasource())
                .properties(Map.of("flyway.datasources.default.enabled", true))
                .beanConfigurations(BeanConfiguration.disabled("travel.confidence.data.destination"))
                .start();
        repository = context.getBean(TripModeRepository.class);
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void the_table_comes_from_migration_v6() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT description, success FROM flyway_schema_history WHERE version = '6'");
             ResultSet row = query.executeQuery()) {
            assertThat(row.next()).as("migration V6 recorded").isTrue();
            assertThat(row.getString("description")).isEqualTo("trip mode");
            assertThat(row.getBoolean("success")).isTrue();
        }
    }

    @Test
    void switching_on_then_off_keeps_one_row_per_user_with_the_latest_state() throws SQLException {
        repository.save(new StoredTripMode(user, "trip-1", true, STARTED, "PT", STARTED));

        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT trip_id, active, started_at, current_destination FROM trip_mode WHERE user_id = ?")) {
            query.setString(1, user);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("trip_id")).isEqualTo("trip-1");
                assertThat(row.getBoolean("active")).isTrue();
                assertThat(row.getObject("started_at", OffsetDateTime.class).toInstant()).isEqualTo(STARTED);
                assertThat(row.getString("current_destination")).isEqualTo("PT");
                assertThat(row.next()).isFalse();
            }
        }

        repository.update(new StoredTripMode(user, "trip-1", false, null, "PT", LATER));

        assertThat(repository.findById(user)).hasValueSatisfying(mode -> {
            assertThat(mode.active()).isFalse();
            assertThat(mode.startedAt()).isNull();
            assertThat(mode.updatedAt()).isEqualTo(LATER);
        });
        assertThat(repository.findById(user + "-nobody")).isEmpty();
    }
}
