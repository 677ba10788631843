package travel.confidence.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not compile; the live version is never replaced by one. */
public final class RuleSetInvalidException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetInvalidException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
