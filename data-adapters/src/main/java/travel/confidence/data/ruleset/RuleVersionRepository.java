package travel.confidence.data.ruleset;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Rule set versions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RuleVersionRepository extends CrudRepository<StoredRuleVersion, Long> {

    List<StoredRuleVersion> listOrderByIdDesc();

    List<StoredRuleVersion> findByStatus(String status);

    /** The version published most recently before the live one: what a rollback republishes. */
    Optional<StoredRuleVersion> findFirstByStatusOrderByPublishedAtDesc(String status);
}
