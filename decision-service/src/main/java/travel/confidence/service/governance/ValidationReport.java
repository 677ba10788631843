package travel.confidence.service.governance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * Everything validation found wrong with a version; {@code valid} only when nothing was. Each problem names the
 * check, the file, the table or rule, and the line (of a DRL file) or row (of a table or examples file, 1-based
 * as a spreadsheet numbers rows).
 */
@Serdeable
record ValidationReport(long versionId, String version, String checksum, boolean valid, String checkedAt,
                        String checkedBy, Summary summary, List<Problem> problems) {

    /**
     * @param check {@code compile}, {@code gap}, {@code overlap}, {@code table}, {@code example} or {@code property}
     * @param details what else locates the problem: for a gap or overlap the indicator, traveller values, range
     *                and the table lines involved; for a property its number and the counterexample
     */
    @Serdeable
    record Problem(String check, @Nullable String file, @Nullable String table, @Nullable String rule,
                   @Nullable Integer line, String message, Map<String, Object> details) {
    }

    @Serdeable
    record Summary(int compileErrors, int gaps, int overlaps, int examplesRun, int examplesFailed,
                   List<PropertyOutcome> properties) {
    }

    @Serdeable
    record PropertyOutcome(int property, String name, int examples, boolean passed, @Nullable String counterexample) {
    }
}
