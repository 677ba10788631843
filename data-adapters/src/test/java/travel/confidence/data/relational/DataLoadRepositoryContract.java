package travel.confidence.data.relational;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the data-load log must do on every relational database the product runs on. Each subclass names a
 * database; the schema comes from the product's Flyway migrations and the SQL from the repository compiled
 * for PostgreSQL, exactly as in production. Rows are read back through plain JDBC too, so a test sees what
 * is really in the table, not what the repository remembers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DataLoadRepositoryContract {

    private static final Instant JANUARY = Instant.parse("2026-01-15T08:30:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-01T12:00:00.123456Z");
    private static final Instant JULY = Instant.parse("2026-07-20T23:59:59Z");

    /** Each run writes its own dataset, so rows left by an earlier run on the same database cannot interfere. */
    private final String dataset = "repository-test-" + UUID.randomUUID();

    private ApplicationContext context;
    private DataLoadRepository repository;
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
                // Only the relational store is under test: no catalogue load, no document store.
                .beanConfigurations(BeanConfiguration.disabled("travel.confidence.data.destination"))
                .start();
        repository = context.getBean(DataLoadRepository.class);
        // The bean is the transaction-aware proxy; the tests read the database outside any transaction.
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void the_test_talks_to_the_database_it_names() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(databaseProduct());
        }
    }

    @Test
    void the_schema_is_created_by_the_flyway_migration() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT description, success FROM flyway_schema_history WHERE version = '1'");
             ResultSet row = query.executeQuery()) {
            assertThat(row.next()).as("migration V1 recorded").isTrue();
            assertThat(row.getString("description")).isEqualTo("data load");
            assertThat(row.getBoolean("success")).isTrue();
        }
    }

    @Test
    void a_saved_load_is_a_row_in_the_data_load_table() throws SQLException {
        DataLoad saved = repository.save(new DataLoad(null, dataset, "a".repeat(64), "bundled copy", 250, MARCH));

        assertThat(saved.id()).isNotNull();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT dataset, checksum, origin, records, loaded_at FROM data_load WHERE id = ?")) {
            query.setLong(1, saved.id());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("dataset")).isEqualTo(dataset);
                assertThat(row.getString("checksum")).isEqualTo("a".repeat(64));
                assertThat(row.getString("origin")).isEqualTo("bundled copy");
                assertThat(row.getInt("records")).isEqualTo(250);
                assertThat(row.getObject("loaded_at", OffsetDateTime.class).toInstant()).isEqualTo(MARCH);
                assertThat(row.next()).isFalse();
            }
        }
        assertThat(repository.findById(saved.id())).contains(saved);
    }

    @Test
    void the_loads_of_a_dataset_come_back_newest_first_and_only_that_dataset() {
        String otherDataset = dataset + "-other";
        DataLoad march = repository.save(new DataLoad(null, dataset, "b".repeat(64), "/srv/open-data", 249, MARCH));
        DataLoad january = repository.save(new DataLoad(null, dataset, "c".repeat(64), "bundled copy", 250, JANUARY));
        DataLoad july = repository.save(new DataLoad(null, dataset, "d".repeat(64), "bundled copy", 251, JULY));
        repository.save(new DataLoad(null, otherDataset, "e".repeat(64), "bundled copy", 1, JULY));

        List<DataLoad> loads = repository.findByDatasetOrderByLoadedAtDesc(dataset);

        assertThat(loads).filteredOn(load -> load.checksum().matches("[bcd]+")).containsExactly(july, march, january);
        assertThat(loads).extracting(DataLoad::dataset).containsOnly(dataset);
        assertThat(loads).extracting(DataLoad::loadedAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(repository.findByDatasetOrderByLoadedAtDesc(otherDataset)).singleElement()
                .satisfies(load -> assertThat(load.records()).isEqualTo(1));
    }

    @Test
    void ids_are_generated_by_the_database_and_distinct() {
        DataLoad first = repository.save(new DataLoad(null, dataset, "f".repeat(64), "bundled copy", 250, JANUARY));
        DataLoad second = repository.save(new DataLoad(null, dataset, "f".repeat(64), "bundled copy", 250, JANUARY));

        assertThat(first.id()).isNotNull().isNotEqualTo(second.id());
        assertThat(repository.findById(second.id())).contains(second);
    }
}
