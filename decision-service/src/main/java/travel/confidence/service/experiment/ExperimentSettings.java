package travel.confidence.service.experiment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** @param guardrailInterval how often the running experiment's guardrails are checked */
@ConfigurationProperties(ExperimentSettings.PREFIX)
record ExperimentSettings(@Bindable(defaultValue = "30s") Duration guardrailInterval) {

    static final String PREFIX = "confidence.experiments";
}
