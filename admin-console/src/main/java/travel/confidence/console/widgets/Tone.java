package travel.confidence.console.widgets;

/**
 * Colours for status pills. White text on each background meets WCAG AA for normal text (at least 4.5:1);
 * {@code ToneTest} computes it.
 */
public enum Tone {
    NEUTRAL("#475467"),
    INFO("#175CD3"),
    GOOD("#1E6B3A"),
    WARNING("#8A4B00"),
    BAD("#B42318");

    public static final String TEXT = "#FFFFFF";

    private final String background;

    Tone(String background) {
        this.background = background;
    }

    public String background() {
        return background;
    }

    /** The tone of a status word the service uses for versions, experiments, quarantine and guardrails. */
    public static Tone ofStatus(String status) {
        return switch (status == null ? "" : status) {
            case "published", "running", "approved", "ok", "done", "valid" -> GOOD;
            case "validated", "control" -> INFO;
            case "draft", "pending", "queued" -> WARNING;
            case "rejected", "breached", "failed", "invalid" -> BAD;
            default -> NEUTRAL;
        };
    }
}
