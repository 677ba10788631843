package travel.confidence.data.preference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a collection's indexes at start, and again before the next use if the store was down at start:
 * a store that comes up after the service must not leave it without indexes (or unable to start at all).
 */
final class Indexing {

    private static final Logger LOG = LoggerFactory.getLogger(Indexing.class);

    private final String what;
    private final Runnable create;
    private volatile boolean done;

    Indexing(String what, Runnable create) {
        this.what = what;
        this.create = create;
        try {
            ensure();
        } catch (RuntimeException e) {
            LOG.warn("Could not create the {} indexes at start; will retry on first use: {}", what, e.toString());
        }
    }

    void ensure() {
        if (!done) {
            synchronized (this) {
                if (!done) {
                    Guarded.run("create the " + what + " indexes", create);
                    done = true;
                }
            }
        }
    }
}
