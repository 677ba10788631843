package travel.confidence.data.health;

import jakarta.inject.Singleton;
import java.util.Map;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.SourcedValue;
import travel.confidence.data.external.Sourced;
import travel.confidence.data.opendata.IndicatorsOfFactor;
import travel.confidence.rules.model.Factor;

/** The health indicators of the bundled open data (World Bank WDI). */
@Singleton
class OpenDataHealthSource implements HealthSource {

    private final DestinationCatalogue catalogue;

    OpenDataHealthSource(DestinationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Sourced<Map<String, SourcedValue>> health(String destinationId) {
        return IndicatorsOfFactor.of(catalogue, destinationId, Factor.HEALTH_EMERGENCY);
    }
}
