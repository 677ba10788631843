package travel.confidence.data.transport;

import jakarta.inject.Singleton;
import java.util.Map;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.SourcedValue;
import travel.confidence.data.external.Sourced;
import travel.confidence.data.opendata.IndicatorsOfFactor;
import travel.confidence.rules.model.Factor;

/** The transport indicators of the bundled open data (World Bank LPI, OpenFlights routes). */
@Singleton
class OpenDataTransportSource implements TransportSource {

    private final DestinationCatalogue catalogue;

    OpenDataTransportSource(DestinationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Sourced<Map<String, SourcedValue>> transport(String destinationId) {
        return IndicatorsOfFactor.of(catalogue, destinationId, Factor.TRANSPORT_ACCESSIBILITY);
    }
}
