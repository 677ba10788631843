package travel.confidence.data.experiment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** The variants of experiments. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VariantRepository extends CrudRepository<StoredVariant, Long> {

    List<StoredVariant> findByExperimentIdOrderById(Long experimentId);

    /**
     * Stops a variant unless it is stopped already; the count tells whether this call stopped it, so that
     * several instances checking the same guardrail record one stop between them.
     */
    @Query("UPDATE experiment_variant SET stopped_at = :at, stop_reason = :reason WHERE id = :id AND stopped_at IS NULL")
    long stopIfRunning(Long id, Instant at, String reason);
}
