package travel.confidence.data.mongo;

import com.mongodb.WriteConcern;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Makes an acknowledged write durable before a caller reports success. A real MongoDB does that itself with
 * a journaled majority write concern. The embedded server's store commits to its file only about once a
 * second, so a write acknowledged just before the process is killed would be lost (measured: 14 of 15 such
 * writes were gone after a restart); here {@link #awaitDurable()} commits. Commits are grouped: callers that
 * wrote while another commit was already running share the next one, so the file sees far fewer commits
 * than there are writes under load.
 */
@Singleton
public class DocumentDurability {

    private final EmbeddedMongoServer embedded;
    private final Object tickets = new Object();
    private final Object commits = new Object();
    private long issued;
    private long committedThrough;

    DocumentDurability(@Nullable EmbeddedMongoServer embedded) {
        this.embedded = embedded;
    }

    /** The write concern for records that must not be lost once acknowledged. */
    public WriteConcern writeConcern() {
        return WriteConcern.MAJORITY.withJournal(true);
    }

    /** Returns once every write acknowledged to this caller before the call is on disk. */
    public void awaitDurable() {
        if (embedded == null) {
            return;
        }
        long ticket;
        synchronized (tickets) {
            ticket = ++issued;
        }
        synchronized (commits) {
            if (committedThrough >= ticket) {
                return;
            }
            long through;
            synchronized (tickets) {
                through = issued;
            }
            try {
                embedded.flush();
            } catch (RuntimeException e) {
                throw new DocumentStoreException("the document store could not write to its file", e);
            }
            committedThrough = through;
        }
    }
}
