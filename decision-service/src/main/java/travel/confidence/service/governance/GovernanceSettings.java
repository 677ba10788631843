package travel.confidence.service.governance;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * @param pollInterval     how often an instance asks the relational store which version is published (one
 *                         small query); a publication reaches every instance within this plus a compile
 * @param propertyExamples generated inputs per seed property when a draft is validated
 * @param propertySeed     the seed of those inputs, so a failure can be repeated
 * @param compiledVersions compiled versions kept in memory (by checksum) for previews, experiments and rollback
 */
@ConfigurationProperties(GovernanceSettings.PREFIX)
public record GovernanceSettings(@Bindable(defaultValue = "1s") Duration pollInterval,
                                 @Bindable(defaultValue = "200") int propertyExamples,
                                 @Bindable(defaultValue = "20260801") long propertySeed,
                                 @Bindable(defaultValue = "16") int compiledVersions) {

    public static final String PREFIX = "confidence.governance";
}
