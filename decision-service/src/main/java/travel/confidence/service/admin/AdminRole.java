package travel.confidence.service.admin;

import java.util.Locale;
import java.util.Optional;

/**
 * What a member of staff may do. An editor drafts, edits, validates and previews rule set versions; an admin
 * also publishes, rolls back and runs experiments. {@link #SYSTEM} marks changes the service makes itself
 * (seeding the first version, a guardrail stopping a variant); nobody can act in it.
 */
public enum AdminRole {
    EDITOR("editor"),
    ADMIN("admin"),
    SYSTEM("system");

    private final String key;

    AdminRole(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether someone in this role may do what {@code required} may do. */
    public boolean allows(AdminRole required) {
        return this == ADMIN && required != SYSTEM || this == required;
    }

    /** A role a person can hold (editor or admin), by its key in any case. */
    public static Optional<AdminRole> ofStaff(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return wanted.equals(EDITOR.key) ? Optional.of(EDITOR) : wanted.equals(ADMIN.key) ? Optional.of(ADMIN) : Optional.empty();
    }
}
