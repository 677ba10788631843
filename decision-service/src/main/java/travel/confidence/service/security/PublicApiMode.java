package travel.confidence.service.security;

/** How the public API (everything under {@code /api} except {@code /api/admin}) authenticates travellers. */
public enum PublicApiMode {
    /** No token needed: for local use only. The service says so at start-up. */
    OPEN,
    /** Every request needs a traveller's bearer token, and may only touch that traveller's data. */
    JWT
}
