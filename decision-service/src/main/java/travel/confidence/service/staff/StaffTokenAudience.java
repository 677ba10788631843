package travel.confidence.service.staff;

import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import jakarta.inject.Singleton;
import java.util.List;
import travel.confidence.service.admin.StaffAudience;

/** Every token the sign-in hands out is made for staff ({@code aud}), so no traveller-facing API accepts it. */
@Singleton
class StaffTokenAudience implements ClaimsAudienceProvider {

    @Override
    public List<String> audience() {
        return List.of(StaffAudience.VALUE);
    }
}
