/**
 * The audit log: who changed what, when, as which role, with the recorded state before and after. Reads only
 * through the decision-service client.
 */
package travel.confidence.console.audit;
