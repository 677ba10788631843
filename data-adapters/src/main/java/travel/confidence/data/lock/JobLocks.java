package travel.confidence.data.lock;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases for jobs that must run on one instance at a time. A lease is taken only when it is free or has run
 * out, by one conditional UPDATE, so two instances can never both hold it: the database decides. Leases
 * are timed by each instance's clock, so the lease must be much longer than any clock skew between them.
 */
@Singleton
public class JobLocks {

    private final JobLockRepository repository;
    private final Clock clock;
    private final String instance = "instance-" + UUID.randomUUID();

    JobLocks(JobLockRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** A held lease. Renew it while working; complete or release it when done. */
    public final class Lease implements AutoCloseable {

        private final String name;
        private final Duration length;
        private final JobLockRow taken;
        private Instant until;
        private boolean open = true;

        private Lease(String name, Duration length, JobLockRow taken, Instant until) {
            this.name = name;
            this.length = length;
            this.taken = taken;
            this.until = until;
        }

        /** The job's progress marker as its last completed run left it. */
        public Optional<Instant> processedThrough() {
            return Optional.ofNullable(taken.processedThrough());
        }

        public Optional<Instant> lastCompletedAt() {
            return Optional.ofNullable(taken.lastCompletedAt());
        }

        /** Extends the lease when half of it is used up; false if it was lost (ran out and someone took it). */
        public boolean keepAlive() {
            Instant now = clock.instant();
            if (Duration.between(now, until).compareTo(length.dividedBy(2)) > 0) {
                return true;
            }
            Instant next = now.plus(length);
            if (repository.renew(name, instance, now, next) == 1) {
                until = next;
                return true;
            }
            return false;
        }

        /** Marks the run finished with its progress marker and frees the lease. */
        public void complete(Instant processedThrough) {
            repository.complete(name, instance, clock.instant(), processedThrough);
            open = false;
        }

        @Override
        public void close() {
            if (open) {
                repository.release(name, instance, clock.instant());
                open = false;
            }
        }
    }

    /** Takes the lease of job {@code name} for {@code length}, if no other instance holds it. */
    public Optional<Lease> tryAcquire(String name, Duration length) {
        ensureRow(name);
        Instant now = clock.instant();
        Instant until = now.plus(length);
        if (repository.tryAcquire(name, instance, now, until) != 1) {
            return Optional.empty();
        }
        JobLockRow row = repository.findById(name).orElseThrow();
        return Optional.of(new Lease(name, length, row, until));
    }

    /** The lease row as it stands (for status pages and tests). */
    public Optional<JobLockRow> status(String name) {
        return repository.findById(name);
    }

    private void ensureRow(String name) {
        if (repository.existsById(name)) {
            return;
        }
        try {
            repository.save(new JobLockRow(name, null, null, Instant.EPOCH, null, null));
        } catch (DataAccessException e) {
            // another instance created it first; that is all we wanted
        }
    }
}
