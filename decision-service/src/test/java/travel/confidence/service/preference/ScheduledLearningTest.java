package travel.confidence.service.preference;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.data.lock.JobLockRow;
import travel.confidence.data.lock.JobLocks;
import travel.confidence.service.support.TemporaryDataDir;

/** The batch runs on its own schedule, under its lease, and says how far it got. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledLearningTest implements TestPropertyProvider {

    @Inject
    JobLocks locks;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TemporaryDataDir.properties());
        properties.put("confidence.preferences.learning-first-check", "200ms");
        properties.put("confidence.preferences.learning-check-every", "200ms");
        return properties;
    }

    @Test
    void the_first_check_after_start_runs_the_batch_and_frees_the_lease() throws InterruptedException {
        Optional<JobLockRow> row = Optional.empty();
        for (int i = 0; i < 100 && row.map(JobLockRow::lastCompletedAt).isEmpty(); i++) {
            Thread.sleep(100);
            row = locks.status(LearningBatch.JOB);
        }

        assertThat(row).hasValueSatisfying(lease -> {
            assertThat(lease.lastCompletedAt()).as("a run completed").isNotNull();
            assertThat(lease.processedThrough()).as("signals up to the start of the run").isBeforeOrEqualTo(lease.lastCompletedAt());
            assertThat(lease.owner()).as("the lease is free again").isNull();
        });
    }
}
