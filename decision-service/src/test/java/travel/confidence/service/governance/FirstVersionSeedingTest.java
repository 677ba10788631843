package travel.confidence.service.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.data.ruleset.LiveRuleSet;
import travel.confidence.data.ruleset.LiveRuleSetRepository;
import travel.confidence.rules.ruleset.BundledRuleSet;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * The first start against an empty store: several instances (here: threads) seeding at the same moment end up
 * with exactly one published first version, and none of them fails.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstVersionSeedingTest implements TestPropertyProvider {

    private static final int INSTANCES = 4;

    @Inject
    BundledVersionSeeder seeder;
    @Inject
    LiveRuleSetRepository live;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @Test
    void instances_seeding_an_empty_store_together_store_one_first_version() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM rule_version")).as("seeded at start").isEqualTo(1);
        execute("DELETE FROM live_rule_set", "DELETE FROM rule_file", "DELETE FROM rule_version");
        long seedsBefore = count("SELECT COUNT(*) FROM audit_log WHERE action = 'version.seed'");

        CyclicBarrier together = new CyclicBarrier(INSTANCES);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            Thread thread = new Thread(() -> {
                try {
                    together.await();
                    seeder.seedIfEmpty();
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(60_000);
        }

        assertThat(failures).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM rule_version")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM rule_file")).isEqualTo(BundledRuleSet.load().files().size());
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'version.seed'")).isEqualTo(seedsBefore + 1);
        LiveRuleSet pointer = live.findById(LiveRuleSet.ROW).orElseThrow();
        assertThat(count("SELECT COUNT(*) FROM rule_version WHERE status = 'published' AND id = " + pointer.versionId()))
                .isEqualTo(1);
        assertThat(pointer.checksum()).isEqualTo(BundledRuleSet.load().checksum());
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
