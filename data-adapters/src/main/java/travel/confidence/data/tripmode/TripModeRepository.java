package travel.confidence.data.tripmode;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Trip modes by user id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TripModeRepository extends CrudRepository<StoredTripMode, String> {
}
