package travel.confidence.data.relational;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The log of dataset loads. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DataLoadRepository extends CrudRepository<DataLoad, Long> {

    List<DataLoad> findByDatasetOrderByLoadedAtDesc(String dataset);
}
