package travel.confidence.data.advisory;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.external.Sourced;

/** The offline default: the advisory levels of the bundled open data snapshot. */
@Singleton
@Requires(property = StateDepartmentSettings.PREFIX + ".enabled", notEquals = "true")
class OpenDataAdvisorySource implements AdvisorySource {

    private final DestinationCatalogue catalogue;

    OpenDataAdvisorySource(DestinationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Sourced<AdvisoryLevel> current(String destinationId) {
        return BundledAdvisories.sourced(catalogue, destinationId, null);
    }
}
