package travel.confidence.console.decisionservice;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A successful sign-in: the bearer token for the admin API, how many seconds it stays valid, and whom it names.
 *
 * @param roles {@code editor} or {@code admin}
 */
@Serdeable
public record LoginAnswer(@JsonProperty("access_token") String accessToken,
                          @JsonProperty("token_type") String tokenType,
                          @JsonProperty("expires_in") long expiresIn,
                          String username,
                          List<String> roles) {

    public LoginAnswer {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
