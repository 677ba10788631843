package travel.confidence.console.security;

import jakarta.inject.Singleton;
import java.util.Optional;
import travel.confidence.console.decisionservice.StaffToken;

/** The token the decision-service client puts on admin calls: the one of whoever is signed in to this session. */
@Singleton
final class SessionStaffToken implements StaffToken {

    @Override
    public Optional<String> current() {
        return StaffSession.current().map(SignedInStaff::token);
    }
}
