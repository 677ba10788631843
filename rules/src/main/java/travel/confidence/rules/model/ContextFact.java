package travel.confidence.rules.model;

/**
 * The fact the context table matches: one {@link ContextSignal} of the decision being made. A matching row
 * calls {@link #adjust(String, double, String, String)}, which lists the change on the decision's sheet with
 * the row's reason followed by the signal's detail, so the traveller reads both the rule and the case.
 */
public final class ContextFact {

    private final ContextSignal signal;
    private final DecisionSheet sheet;

    ContextFact(ContextSignal signal, DecisionSheet sheet) {
        this.signal = signal;
        this.sheet = sheet;
    }

    public String getKind() {
        return signal.kind();
    }

    public String getSubject() {
        return signal.subject();
    }

    public String getLevel() {
        return signal.level();
    }

    public double getValue() {
        return signal.value();
    }

    public ContextSignal signal() {
        return signal;
    }

    /** Called by a context row: move the score by {@code points} (one decimal; negative lowers it). */
    public void adjust(String factor, double points, String reason, String rule) {
        String text = reason == null ? "" : reason.strip();
        if (!signal.detail().isEmpty()) {
            text = text + " (" + signal.detail() + ")";
        }
        sheet.adjust(factor, points, text, rule);
    }

    @Override
    public String toString() {
        return "ContextFact[" + signal.kind() + (signal.subject().isEmpty() ? "" : "/" + signal.subject())
                + (signal.level().isEmpty() ? "" : "/" + signal.level()) + "=" + signal.value() + "]";
    }
}
