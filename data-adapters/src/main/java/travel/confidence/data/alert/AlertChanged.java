package travel.confidence.data.alert;

/** An alert was posted or retracted: whatever depends on a destination's alerts must not outlive this. */
public record AlertChanged(String destinationId, String alertId, Change change) {

    public enum Change { POSTED, RETRACTED }
}
