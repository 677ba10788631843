package travel.confidence.service.preference;

import java.util.Optional;

/** Why a well-formed record was held for review instead of being learned from. */
public enum QuarantineReason {
    FUTURE_TIMESTAMP("its timestamp is in the future"),
    STALE_TIMESTAMP("its timestamp is too far in the past"),
    DURATION_TOO_LONG("it lasted longer than a day"),
    DUPLICATE_FEEDBACK("the traveller already gave different feedback on this trip"),
    UNKNOWN_DESTINATION("its destination is not in the catalogue"),
    BURST("it came in a burst of signals faster than a person browses"),
    SUPERSEDED("a reviewer approved newer feedback on the same trip in its place");

    private final String description;

    QuarantineReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Optional<QuarantineReason> byCode(String code) {
        for (QuarantineReason reason : values()) {
            if (reason.name().equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
