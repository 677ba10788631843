/**
 * A/B tests of rule set versions: experiments and their variants, the stable assignment of users to variants
 * (the {@link travel.confidence.service.rules.RuleSelector} of decisions), per-variant outcome metrics and the
 * guardrails that stop a failing variant. Reads outcomes; writes only experiments and the audit log.
 */
package travel.confidence.service.experiment;
