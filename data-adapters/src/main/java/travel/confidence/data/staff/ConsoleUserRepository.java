package travel.confidence.data.staff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Console users by name. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConsoleUserRepository extends CrudRepository<ConsoleUser, String> {

    List<ConsoleUser> findAllOrderByUsername();
}
