package travel.confidence.console.decisionservice;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A version with every file. */
@Serdeable
public record RuleVersionDetail(RuleVersion version, List<RuleFile> files) {

    public RuleVersionDetail {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /**
     * One file of a version.
     *
     * @param kind {@code table}, {@code drl}, {@code examples} or {@code settings}
     */
    @Serdeable
    public record RuleFile(String path, String kind, int size, String content) {

        /** DRL and examples files are edited as text; tables have their grid, settings the weights view. */
        public boolean isEditableAsText() {
            return "drl".equals(kind) || "examples".equals(kind);
        }
    }
}
