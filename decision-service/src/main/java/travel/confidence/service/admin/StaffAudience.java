package travel.confidence.service.admin;

/**
 * The {@code aud} of every token the service's own sign-in hands out to staff. The admin API accepts only tokens
 * with it (and signed with the service's own key); the travellers' API refuses every token with it. So a staff
 * token never acts as a traveller's, and a traveller's token never reaches the admin API.
 */
public final class StaffAudience {

    public static final String VALUE = "confidence-staff";

    private StaffAudience() {
    }
}
