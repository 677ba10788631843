package travel.confidence.console.security;

/** A signed-in member of staff opened a view their role does not allow; the error view says so plainly. */
public final class RoleRequiredException extends RuntimeException {

    private final StaffRole required;
    private final StaffRole actual;

    RoleRequiredException(StaffRole required, StaffRole actual) {
        super("This page needs the " + required.key() + " role; you are signed in as " + actual.key() + ".");
        this.required = required;
        this.actual = actual;
    }

    public StaffRole required() {
        return required;
    }

    public StaffRole actual() {
        return actual;
    }
}
