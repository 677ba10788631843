package travel.confidence.data.destination;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.opendata.OpenDataCatalogue;
import travel.confidence.data.opendata.OpenDataFiles;
import travel.confidence.data.opendata.OpenDataSettings;
import travel.confidence.data.relational.DataLoad;
import travel.confidence.data.relational.DataLoadRepository;

/**
 * Loads the open data into the destination store at start when the data changed since the last load, then
 * fills the in-memory catalogue from the store. Every load is logged in the relational store.
 */
@Singleton
public class CatalogueLoader implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueLoader.class);

    private final OpenDataSettings settings;
    private final DestinationStore store;
    private final DestinationCatalogue catalogue;
    private final DataLoadRepository loads;
    private final Clock clock;

    CatalogueLoader(OpenDataSettings settings, DestinationStore store, DestinationCatalogue catalogue,
                    DataLoadRepository loads, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.catalogue = catalogue;
        this.loads = loads;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        load();
    }

    /**
     * What identifies a loaded catalogue: the files' checksum and the loader's format version, so a change in
     * how files map to documents reloads too.
     */
    public static String datasetChecksum(OpenDataFiles files) {
        return OpenDataCatalogue.FORMAT_VERSION + ":" + files.checksum();
    }

    /** Reloads if the files changed; returns the number of destinations in the catalogue afterwards. */
    public synchronized int load() {
        OpenDataFiles files = settings.files();
        String checksum = datasetChecksum(files);
        if (store.datasetChecksum().filter(checksum::equals).isEmpty()) {
            List<DestinationRecord> records = new OpenDataCatalogue(files).build();
            store.replaceAll(records, checksum);
            loads.save(new DataLoad(null, "open-data", checksum, files.describe(), records.size(), Instant.now(clock)));
            LOG.info("Loaded {} destinations from the open data ({})", records.size(), files.describe());
        }
        catalogue.replace(store.findAll());
        return catalogue.size();
    }
}
