/**
 * Review of quarantined signals and feedback: filters, the reasons in words, approve or reject (with a reason),
 * one record or many at once. Reads and decides only through the decision-service client.
 */
package travel.confidence.console.quarantine;
