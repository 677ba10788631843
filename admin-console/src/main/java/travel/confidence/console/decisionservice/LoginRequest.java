package travel.confidence.console.decisionservice;

import io.micronaut.serde.annotation.Serdeable;

/** What the service's login endpoint reads. */
@Serdeable
record LoginRequest(String username, String password) {
}
