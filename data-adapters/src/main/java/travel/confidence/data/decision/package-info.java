/**
 * The decision log in the document store: what was decided, for whom, under which rule version and variant,
 * with which rules fired. Written off the request path; read by the audit trail, replays and experiments.
 */
package travel.confidence.data.decision;
