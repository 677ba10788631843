package travel.confidence.service.governance;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A version with every file. */
@Serdeable
record VersionDetail(VersionSummary version, List<RuleFile> files) {

    /**
     * One file. {@code kind}: table, drl, examples or settings.
     */
    @Serdeable
    record RuleFile(String path, String kind, int size, String content) {
    }
}
