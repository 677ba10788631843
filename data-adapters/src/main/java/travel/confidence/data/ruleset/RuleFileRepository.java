package travel.confidence.data.ruleset;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The files of rule set versions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RuleFileRepository extends CrudRepository<StoredRuleFile, Long> {

    List<StoredRuleFile> findByVersionIdOrderByPath(Long versionId);

    Optional<StoredRuleFile> findByVersionIdAndPath(Long versionId, String path);

    void deleteByVersionIdAndPath(Long versionId, String path);
}
