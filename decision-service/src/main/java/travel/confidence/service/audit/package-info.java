/**
 * The audit trail of admin changes (written inside each change's transaction, read by staff) and the trace of a
 * single decision from the decision log. Reads rules only to point a decision's fired rules at table rows.
 */
package travel.confidence.service.audit;
