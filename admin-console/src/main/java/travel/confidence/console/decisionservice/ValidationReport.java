package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * Everything validation found wrong with a version; {@code valid} only when nothing was.
 */
@Serdeable
public record ValidationReport(long versionId, String version, String checksum, boolean valid, String checkedAt,
                               String checkedBy, Summary summary, List<Problem> problems) {

    public ValidationReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /**
     * One problem: the check that found it, where (file, table or rule, line of a DRL file or row of a table or
     * examples file), and what.
     *
     * @param check {@code compile}, {@code gap}, {@code overlap}, {@code table}, {@code example} or {@code property}
     */
    @Serdeable
    public record Problem(String check, @Nullable String file, @Nullable String table, @Nullable String rule,
                          @Nullable Integer line, String message, @Nullable Map<String, Object> details) {
    }

    @Serdeable
    public record Summary(int compileErrors, int gaps, int overlaps, int examplesRun, int examplesFailed,
                          List<PropertyOutcome> properties) {

        public Summary {
            properties = properties == null ? List.of() : List.copyOf(properties);
        }
    }

    /** One of the seed's properties checked on generated inputs. */
    @Serdeable
    public record PropertyOutcome(int property, String name, int examples, boolean passed,
                                  @Nullable String counterexample) {
    }
}
