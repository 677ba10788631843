package travel.confidence.service.admin;

/** Who is making an admin request, and in which role. Recorded in the audit log with every change. */
public record AdminPrincipal(String user, AdminRole role) {

    /** The service itself, for changes nobody asked for in a request (seeding, guardrails). */
    public static AdminPrincipal system(String what) {
        return new AdminPrincipal(what, AdminRole.SYSTEM);
    }
}
