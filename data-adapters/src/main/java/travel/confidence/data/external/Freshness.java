package travel.confidence.data.external;

/** How fresh a value is; {@link #wire()} is the word the API shows. */
public enum Freshness {
    /** Fetched from the live source for this request. */
    LIVE("live"),
    /** Fetched earlier and still within its time to live. */
    CACHED("cached"),
    /** The last known good value, served because the live source failed or was too slow. */
    STALE("stale"),
    /** The open data shipped with the product. */
    BUNDLED("bundled"),
    /** Nothing usable: the decision goes on without it. */
    UNAVAILABLE("unavailable");

    private final String wire;

    Freshness(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
