package travel.confidence.console.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The two staff roles of the admin API; an admin may do everything an editor may. */
public enum StaffRole {
    EDITOR,
    ADMIN;

    /** The role's name in the service's tokens and accounts. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allows(StaffRole required) {
        return this == ADMIN || required == EDITOR;
    }

    static Optional<StaffRole> ofKey(String key) {
        for (StaffRole role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The strongest staff role among the roles a token names; empty if it names none. */
    static Optional<StaffRole> strongestOf(Collection<String> roles) {
        return roles.stream().map(StaffRole::ofKey).flatMap(Optional::stream)
                .reduce((a, b) -> a == ADMIN || b == ADMIN ? ADMIN : EDITOR);
    }
}
