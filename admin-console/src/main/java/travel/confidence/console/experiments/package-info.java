/**
 * Experiments: A/B tests of rule set versions. Everyone sees them and their per-variant metrics with intervals and
 * guardrail states; admins create them, set shares, start and stop them. Only through the decision-service client.
 */
package travel.confidence.console.experiments;
