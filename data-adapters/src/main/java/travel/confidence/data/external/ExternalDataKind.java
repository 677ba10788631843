package travel.confidence.data.external;

import java.time.Duration;

/** The seed's kinds of external data and how long a fetched value stays fresh (seed: ExternalDataCache TTLs). */
public enum ExternalDataKind {
    SAFETY("safety", Duration.ofDays(7)),
    WEATHER("weather", Duration.ofHours(6)),
    TRANSPORT("transport", Duration.ofDays(30)),
    HEALTH("health", Duration.ofDays(30));

    private final String key;
    private final Duration ttl;

    ExternalDataKind(String key, Duration ttl) {
        this.key = key;
        this.ttl = ttl;
    }

    /** The seed's {@code dataType}. */
    public String key() {
        return key;
    }

    public Duration ttl() {
        return ttl;
    }
}
