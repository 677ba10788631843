package travel.confidence.data.lock;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** Conditional updates on {@code job_lock}; each returns how many rows changed (1: done, 0: not allowed). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JobLockRepository extends CrudRepository<JobLockRow, String> {

    @Query("UPDATE job_lock SET owner = :owner, locked_at = :now, locked_until = :until "
            + "WHERE name = :name AND (owner IS NULL OR locked_until < :now OR owner = :owner)")
    int tryAcquire(String name, String owner, Instant now, Instant until);

    @Query("UPDATE job_lock SET locked_until = :until WHERE name = :name AND owner = :owner AND locked_until >= :now")
    int renew(String name, String owner, Instant now, Instant until);

    @Query("UPDATE job_lock SET owner = NULL, locked_until = :now, last_completed_at = :now, "
            + "processed_through = :processedThrough WHERE name = :name AND owner = :owner")
    int complete(String name, String owner, Instant now, Instant processedThrough);

    @Query("UPDATE job_lock SET owner = NULL, locked_until = :now WHERE name = :name AND owner = :owner")
    int release(String name, String owner, Instant now);
}
