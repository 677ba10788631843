package travel.confidence.service.preference;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.data.preference.FeedbackStore;
import travel.confidence.data.preference.QuarantineStore;
import travel.confidence.data.preference.SignalStore;

/**
 * Opens the preference stores when the service starts, so their collections and indexes exist before the
 * first signal arrives (creating a store creates its indexes; if the document store is down then, each
 * store retries on first use).
 */
@Singleton
class PreferenceStoresAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(PreferenceStoresAtStart.class);

    private final SignalStore signals;
    private final FeedbackStore feedback;
    private final QuarantineStore quarantine;

    PreferenceStoresAtStart(SignalStore signals, FeedbackStore feedback, QuarantineStore quarantine) {
        this.signals = signals;
        this.feedback = feedback;
        this.quarantine = quarantine;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        LOG.debug("Preference stores open: {}, {}, {}", signals.getClass().getSimpleName(),
                feedback.getClass().getSimpleName(), quarantine.getClass().getSimpleName());
    }
}
