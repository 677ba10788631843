package travel.confidence.data.profile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Traveller profiles by user id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProfileRepository extends CrudRepository<StoredProfile, String> {
}
