package travel.confidence.data.advisory;

import travel.confidence.data.external.Sourced;

/** The current U.S. State Department advisory for a destination, with its source and freshness. */
public interface AdvisorySource {

    Sourced<AdvisoryLevel> current(String destinationId);
}
