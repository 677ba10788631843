package travel.confidence.console.decisionservice;

import java.util.Optional;

/**
 * The bearer token of the member of staff on whose behalf the console is calling right now. Implemented where
 * the console keeps who is signed in (the Vaadin session); empty when nobody is.
 */
public interface StaffToken {

    Optional<String> current();
}
