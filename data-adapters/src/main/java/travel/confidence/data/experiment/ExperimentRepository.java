package travel.confidence.data.experiment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Experiments. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ExperimentRepository extends CrudRepository<StoredExperiment, Long> {

    List<StoredExperiment> listOrderByIdDesc();

    List<StoredExperiment> findByStatus(String status);
}
