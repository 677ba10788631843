package travel.confidence.console.decisionservice;

import io.micronaut.serde.annotation.Serdeable;

/** A new draft: a copy of version {@code from} (any status) with a label. */
@Serdeable
public record NewDraft(long from, String label) {
}
